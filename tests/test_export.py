"""The edge that writes snapshots and reports as rows, CSV, JSON rows and text
tables (:mod:`mentoring.export`)."""

import csv
import datetime as dt
import io
import json

import pytest

from mentoring import ValidationError, export, serialization
from mentoring import indicators as ind
from mentoring.indicators import Column, Kind, Provenance

START, REVIEW = dt.date(2021, 9, 1), dt.date(2022, 5, 31)


def snapshot(on: dt.date, teachers: int, matched: int) -> ind.Snapshot:
    return ind.Snapshot(
        on=on,
        organization="school-1",
        values=(
            ind.Value(
                code="2.2",
                kind=Kind.STOCK,
                provenance=Provenance.COMPUTED,
                numerator=teachers,
                ids=frozenset(f"t{i}" for i in range(teachers)),
            ),
            ind.Value(
                code="match_rate",
                kind=Kind.RATE,
                provenance=Provenance.COMPUTED,
                numerator=matched,
                denominator=4,
                ids_dropped=True,
            ),
        ),
    )


SNAP = snapshot(REVIEW, 3, 3)
REPORT = ind.compare(snapshot(START, 2, 1), SNAP, targets={"2.2": 3})


def test_the_public_names_of_the_export():
    assert export.__all__ == ["rows", "to_csv", "to_json_rows", "to_table"]
    # one JSON document per name: the serialization's is the only `to_json`
    assert not hasattr(export, "to_json")
    assert not hasattr(ind, "to_json")


@pytest.mark.parametrize("data", [SNAP, REPORT], ids=["snapshot", "report"])
@pytest.mark.parametrize("lang", ["en", "ru", "ro", "kk"])
def test_json_rows_are_the_rows_with_iso_dates(data, lang):
    rows = export.rows(data, lang=lang)
    document = json.loads(export.to_json_rows(data, lang=lang))
    assert isinstance(document, list)
    assert len(document) == len(rows)
    for row, written in zip(rows, document, strict=True):
        assert list(written) == list(row)
        for key, value in row.items():
            if isinstance(value, dt.date):
                assert written[key] == value.isoformat()
            else:
                assert written[key] == value, key


def test_json_rows_keep_the_text_as_written():
    text = export.to_json_rows(SNAP, lang="ru")
    assert "Количество наставников из числа педагогов" in text
    assert "\\u" not in text


def test_json_rows_of_a_snapshot():
    first, second = json.loads(export.to_json_rows(SNAP))
    assert first["on"] == "2022-05-31"
    assert (first["code"], first["value"], first["ids"]) == (
        "2.2",
        3,
        ["t0", "t1", "t2"],
    )
    assert (second["code"], second["value"]) == ("match_rate", 0.75)
    assert second["ids"] is None  # dropped, not empty
    assert second["denominator"] == 4


def test_json_rows_of_a_report():
    first, second = json.loads(export.to_json_rows(REPORT, lang="ro"))
    assert (first["start_on"], first["review_on"]) == ("2021-09-01", "2022-05-31")
    assert (first["start"], first["review"], first["delta"]) == (2, 3, 1)
    assert (first["target"], first["attained"]) == (3, True)
    assert first["verdict"] == "s-a îmbunătățit"
    assert second["target"] is None


def test_json_rows_are_not_the_document_of_the_snapshot():
    # serialization.to_json writes the snapshot itself, which reads back;
    # to_json_rows writes a labelled table, one object per indicator.
    document = json.loads(serialization.to_json(SNAP))
    assert isinstance(document, dict)
    assert serialization.from_json(ind.Snapshot, serialization.to_json(SNAP)) == SNAP
    assert isinstance(json.loads(export.to_json_rows(SNAP)), list)


def test_csv_headers_are_keys_or_labels():
    keys = next(csv.reader(io.StringIO(export.to_csv(SNAP))))
    assert keys == [c.value for c in ind.SNAPSHOT_COLUMNS]
    labels = next(csv.reader(io.StringIO(export.to_csv(REPORT, headers="labels"))))
    assert labels[:2] == ["Start date", "Review date"]
    with pytest.raises(ValidationError) as err:
        export.to_csv(SNAP, headers="names")
    assert [str(p) for p in err.value.problems] == [
        "$.headers: must be one of 'keys', 'labels'; got 'names'"
    ]
    assert err.value.subject == "arguments of to_csv"


def test_a_table_shows_shares_as_percentages_in_the_language():
    table = export.to_table(SNAP, lang="ru", columns=(Column.CODE, Column.VALUE))
    assert table.splitlines() == [
        "Код         Значение",
        "----------  --------",
        "2.2                3",
        "match_rate    75,0\xa0%",
    ]


def test_a_bad_json_rows_argument_is_named_by_its_path():
    with pytest.raises(ValidationError) as err:
        export.to_json_rows(REPORT, lang="de", catalog=None)
    assert err.value.subject == "arguments of to_json_rows"
    assert [str(p) for p in err.value.problems] == [
        "$.lang: must be one of 'en', 'ru', 'ro', 'kk'; got 'de'",
        "$.catalog: expected a Catalog, got NoneType None",
    ]


def test_the_columns_of_a_table_may_be_a_generator():
    wanted = (Column.CODE, Column.VALUE)
    assert export.to_table(SNAP, columns=iter(wanted)) == export.to_table(
        SNAP, columns=wanted
    )
