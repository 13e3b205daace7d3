"""The catalogue, values, snapshots and reports: their public methods."""

import datetime as dt

import pytest

from mentoring import AcademicYear, Program, ValidationError
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
    assert [p.message for p in err.value.problems] == [
        "no indicator '9.9' in the catalogue",
        "no indicator '8.8' in the catalogue",
    ]


def test_get_of_an_unknown_code_is_a_key_error():
    with pytest.raises(KeyError):
        ind.CATALOG.get("1.1")
    assert ind.CATALOG.group("nope") == ()
    assert [i.code for i in ind.CATALOG.group("2")] == [
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "2.5",
        "2.6",
    ]


def test_title_in_each_locale_falls_back_to_english_for_a_missing_title():
    assert OPEN_LESSONS.title() == "Open lessons"
    assert OPEN_LESSONS.title("ro-MD") == "Lecții deschise"
    assert OPEN_LESSONS.title("ru") == "Open lessons"


def test_the_programme_metrics_use_american_spelling():
    assert "mentor_utilization" in ind.CATALOG
    assert not any("utilis" in code for code in ind.CATALOG.codes())
    assert ind.CATALOG.get("mentor_utilization").kind is Kind.RATE


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
    with pytest.raises(KeyError):
        snap.get("1.1")
    report = ind.compare(snap, snap, targets=[ind.Target(code="2.2", value=1)])
    assert len(report) == len(ind.CATALOG)
    assert [c.code for c in report] == list(ind.CATALOG.codes())
    assert report.get("2.2").attained is False
    with pytest.raises(KeyError):
        report.get("1.1")


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
