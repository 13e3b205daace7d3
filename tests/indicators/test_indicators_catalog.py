"""The catalogue, values, snapshots and reports: their public methods."""

import datetime as dt
import pydoc

import pytest

from mentoring import (
    AcademicYear,
    NotFoundError,
    Program,
    ValidationError,
    export,
    labels,
)
from mentoring import indicators as ind
from mentoring.indicators import Kind, Provenance, Source, Unit

ON = dt.date(2022, 5, 31)
OPEN_LESSONS = ind.Indicator(
    code="open_lessons",
    group="custom",
    title_en="Open lessons",
    title_ro="Lecții deschise",
    unit=Unit.EVENTS,
    kind=Kind.CUMULATIVE,
)


def test_with_indicator_appends_and_leaves_the_catalogue_unchanged():
    mine = ind.CATALOG.with_indicator(OPEN_LESSONS)
    assert mine.codes() == (*ind.CATALOG.codes(), "open_lessons")
    assert "open_lessons" in mine
    assert "open_lessons" not in ind.CATALOG
    assert mine.get("open_lessons") is OPEN_LESSONS
    assert mine.group("custom") == (OPEN_LESSONS,)
    assert ind.CATALOG.with_indicator() == ind.CATALOG
    two = ind.Indicator(
        code="visits",
        group="custom",
        title_en="Visits",
        unit=Unit.EVENTS,
        kind=Kind.CUMULATIVE,
    )
    assert mine.with_indicator(two).group("custom") == (OPEN_LESSONS, two)


def test_without_drops_codes_and_refuses_unknown_ones():
    smaller = ind.CATALOG.without("2.2", "2.3")
    assert len(smaller) == len(ind.CATALOG) - 2
    assert "2.2" not in smaller
    with pytest.raises(ValidationError) as err:
        ind.CATALOG.without("9.9", "2.2", "8.8")
    assert [str(p) for p in err.value.problems] == [
        "$.codes[0]: no indicator with code '9.9' in the catalogue",
        "$.codes[2]: no indicator with code '8.8' in the catalogue",
    ]
    assert {p.code for p in err.value.problems} == {"unknown_id"}


def test_get_of_an_unknown_code_gives_the_default_and_never_raises():
    assert ind.CATALOG.get("1.1") is None
    assert ind.CATALOG.get("1.1", OPEN_LESSONS) is OPEN_LESSONS
    assert ind.CATALOG.get("2.2", OPEN_LESSONS).code == "2.2"
    assert ind.CATALOG.get(5) is None


def test_a_lookup_of_an_unknown_code_is_a_not_found_error():
    assert ind.CATALOG["2.2"] is ind.CATALOG.get("2.2")
    with pytest.raises(NotFoundError) as err:
        ind.CATALOG["1.1"]
    assert isinstance(err.value, KeyError)
    assert (err.value.kind, err.value.key) == ("indicator", "1.1")
    assert str(err.value) == "no indicator with code '1.1'"


def test_the_groups_of_the_catalogue():
    assert ind.CATALOG.group("nope") == ()
    assert [i.code for i in ind.CATALOG.group("2")] == [
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "2.5",
        "2.6",
    ]


def test_title_in_each_language_falls_back_to_english_for_a_missing_title():
    assert OPEN_LESSONS.title() == "Open lessons"
    assert OPEN_LESSONS.title("ro-MD") == "Lecții deschise"
    assert OPEN_LESSONS.title("ru") == "Open lessons"


def test_the_programme_metrics_use_american_spelling():
    assert "mentor_utilization" in ind.CATALOG
    assert not any("utilis" in code for code in ind.CATALOG.codes())
    assert ind.CATALOG["mentor_utilization"].kind is Kind.RATE


def test_missing_value_and_its_accessors():
    value = ind.Value.missing_value("2.2", Kind.STOCK, organizations=3)
    assert value.is_missing
    assert not value.is_unmerged
    assert (value.value, value.reported, value.missing) == (None, 0, 3)
    rate = ind.Value(code="match_rate", kind=Kind.RATE, provenance=Provenance.COMPUTED)
    assert rate.value is None  # nothing to divide by
    assert not rate.is_missing


def test_a_reason_belongs_to_a_missing_value_only():
    with pytest.raises(ValidationError) as err:
        ind.Value(
            code="2.2", kind=Kind.STOCK, provenance=Provenance.COMPUTED, reason="x"
        )
    assert [p.path for p in err.value.problems] == ["$.reason"]
    with pytest.raises(ValidationError) as err:
        ind.Value(code="2.2", kind=Kind.STOCK, provenance=Provenance.MISSING)
    assert [p.path for p in err.value.problems] == ["$.reason"]
    unmerged = ind.Value(
        code="2.2",
        kind=Kind.STOCK,
        provenance=Provenance.MISSING,
        reported=2,
        reason="values that do not merge",
    )
    assert unmerged.is_unmerged
    assert unmerged.value is None


def test_snapshot_and_report_lookups():
    program = Program(
        id="p", title="t", organization="s", year=AcademicYear.starting(2021)
    )
    snap = ind.compute(program, on=ON)
    assert len(snap) == len(ind.CATALOG)
    assert "2.2" in snap
    assert "1.1" not in snap
    assert snap.codes() == tuple(sorted(ind.CATALOG.codes()))
    assert [v.code for v in snap] == list(snap.codes())
    assert snap.value("2.2") == 0
    assert snap["2.2"] is snap.get("2.2")
    assert snap.get("1.1") is None
    assert snap.get("1.1", snap["2.2"]) is snap["2.2"]
    with pytest.raises(NotFoundError, match=r"^no indicator with code '1\.1'$"):
        snap["1.1"]
    with pytest.raises(NotFoundError, match=r"'1\.1'"):
        snap.value("1.1")
    report = ind.compare(snap, snap, targets=[ind.Target(code="2.2", value=1)])
    assert len(report) == len(ind.CATALOG)
    assert [c.code for c in report] == list(ind.CATALOG.codes())
    assert report["2.2"].attained is False
    assert report.get("2.2") is report["2.2"]
    assert report.get("1.1") is None
    assert report.get("1.1", report["2.2"]) is report["2.2"]
    assert "2.2" in report
    assert "1.1" not in report
    with pytest.raises(NotFoundError) as err:
        report["1.1"]
    assert isinstance(err.value, KeyError)
    assert str(err.value) == "no indicator with code '1.1'"


def test_a_catalogue_shows_a_short_repr():
    assert repr(ind.CATALOG) == f"Catalog({len(ind.CATALOG)} indicators)"
    assert repr(ind.Catalog(indicators=(OPEN_LESSONS,))) == "Catalog(1 indicator)"
    assert repr(ind.Catalog(indicators=())) == "Catalog(0 indicators)"
    # the repr is short; equality still compares the indicators
    smaller = ind.CATALOG.without("2.2")
    assert smaller != ind.CATALOG
    assert repr(smaller) == f"Catalog({len(ind.CATALOG) - 1} indicators)"


@pytest.mark.parametrize(
    "function",
    [
        ind.compute,
        ind.compare,
        ind.measurement_problems,
        export.rows,
        export.to_csv,
        export.to_json_rows,
        export.to_table,
        labels.label,
        labels.missing_labels,
    ],
    ids=lambda f: f.__name__,
)
def test_help_of_a_function_defaulting_to_the_catalogue_is_short(function):
    # Before 0.1.0 help(compute) printed 16,852 characters: the catalogue.
    text = pydoc.render_doc(function, renderer=pydoc.plaintext)
    assert f"Catalog = Catalog({len(ind.CATALOG)} indicators)" in text
    assert len(text) < 4_000


def test_effectiveness_is_explained_as_effective():
    program = Program(
        id="p", title="t", organization="s", year=AcademicYear.starting(2021)
    )
    snap = ind.compute(program, on=ON)
    score = ind.effectiveness(ind.compare(snap, snap))
    assert score.explain(title="effective").splitlines()[0] == "0% effective"
    assert set(ind.DEFAULT_WEIGHTS) == {p.criterion for p in score.parts}


def test_source_and_measured_catalogue_entries():
    measured = [i.code for i in ind.CATALOG if i.source is Source.MEASURED]
    assert measured == ["academic_performance"]
