"""Bad input is refused with every problem and its path."""

import datetime as dt
import math

import attrs
import pytest

from mentoring import AcademicYear, Measurement, Program, ValidationError, export
from mentoring import indicators as ind
from mentoring.indicators import Kind, Provenance, Source, Unit

YEAR = AcademicYear.starting(2021)
ON = dt.date(2022, 5, 31)


def programme(*measurements: Measurement, organization: str = "school") -> Program:
    return Program(
        id="p",
        title="t",
        organization=organization,
        year=YEAR,
        measurements=measurements,
    )


def paths(err: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.path for p in err.value.problems]


def test_a_measurement_of_an_unknown_code_is_refused():
    with pytest.raises(ValidationError) as err:
        ind.compute(programme(Measurement(indicator="1.1", value=3, on=ON)), on=ON)
    assert paths(err) == ["$.measurements[0].indicator"]
    assert "'1.1'" in err.value.problems[0].message


def test_a_negative_count_is_refused_everywhere():
    with pytest.raises(ValidationError) as err:
        ind.compute(programme(Measurement(indicator="4.3", value=-1, on=ON)), on=ON)
    assert paths(err) == ["$.measurements[0].value"]
    with pytest.raises(ValidationError) as err:
        ind.Value(
            code="4.3",
            kind=Kind.CUMULATIVE,
            provenance=Provenance.COMPUTED,
            numerator=-2,
        )
    assert paths(err) == ["$.numerator"]


def test_every_bad_measurement_is_listed_with_its_path():
    bad = (
        Measurement(indicator="2.2", value=2.5, on=ON),  # a fractional count
        Measurement(indicator="retention_intent", value=1.5, on=ON),  # a share above 1
        Measurement(
            indicator="match_rate", value=0.5, on=ON
        ),  # computed, never measured
        Measurement(indicator="2.3", value=1, on=ON, organization="elsewhere"),
        Measurement(indicator="4.4", value=1, on=ON),
        Measurement(indicator="4.4", value=2, on=ON),  # twice on one day
    )
    with pytest.raises(ValidationError) as err:
        ind.compute(programme(*bad), on=ON)
    assert paths(err) == [
        "$.measurements[0].value",
        "$.measurements[1].value",
        "$.measurements[2].indicator",
        "$.measurements[3].organization",
        "$.measurements[5].on",
    ]


def test_paths_of_several_programmes_name_the_programme():
    good = programme(organization="a")
    bad = programme(Measurement(indicator="x", value=1, on=ON), organization="b")
    with pytest.raises(ValidationError) as err:
        ind.compute([good, bad], on=ON)
    assert paths(err) == ["$[1].measurements[0].indicator"]


def test_two_programmes_of_one_school_for_one_year_are_refused():
    with pytest.raises(ValidationError) as err:
        ind.compute([programme(), programme()], on=ON)
    assert paths(err) == ["$[1].year"]
    with pytest.raises(ValidationError):
        ind.compute([], on=ON)


def test_a_review_dated_before_the_start_is_refused():
    start = ind.compute(programme(), on=ON)
    review = ind.compute(programme(), on=dt.date(2021, 9, 1))
    with pytest.raises(ValidationError) as err:
        ind.compare(start, review)
    assert paths(err) == ["$.review.on"]
    with pytest.raises(ValidationError):
        ind.Report(start_on=ON, review_on=dt.date(2021, 9, 1), comparisons=())


def test_targets_for_unknown_codes_and_bad_weights_are_refused():
    snap = ind.compute(programme(), on=ON)
    with pytest.raises(ValidationError) as err:
        ind.compare(snap, snap, targets={"9.9": 1, "2.2": "many"})
    assert paths(err) == ["$.targets['9.9']", "$.targets['2.2']"]
    with pytest.raises(ValidationError) as err:
        ind.compare(
            snap,
            snap,
            targets=[ind.Target(code="2.2", value=1), ind.Target(code="2.2", value=2)],
        )
    assert paths(err) == ["$.targets[1].code"]
    report = ind.compare(snap, snap)
    with pytest.raises(ValidationError) as err:
        ind.effectiveness(report, weights={"speed": 1, "plan_progress": -1})
    assert paths(err) == ["$.weights['speed']", "$.weights['plan_progress']"]


def test_snapshots_of_different_dates_do_not_merge():
    a = ind.compute(programme(), on=ON)
    b = ind.compute(programme(), on=dt.date(2022, 1, 1))
    with pytest.raises(ValidationError) as err:
        ind.merge(a, b)
    assert paths(err) == ["$[1].on"]
    with pytest.raises(ValidationError):
        ind.merge_all([])
    with pytest.raises(ValidationError):
        ind.group_by([a], "country")


def test_a_catalogue_refuses_duplicates_and_uncomputable_entries():
    dup = ind.CATALOG["2.2"]
    with pytest.raises(ValidationError) as err:
        ind.CATALOG.with_indicator(dup)
    assert err.value.problems[0].path.endswith(".code")
    mine = ind.Indicator(
        code="open_lessons",
        group="custom",
        title_en="Open lessons",
        unit=Unit.EVENTS,
        kind=Kind.CUMULATIVE,
        source=Source.COMPUTED,
    )
    with pytest.raises(ValidationError) as err:
        ind.compute(programme(), on=ON, catalog=ind.CATALOG.with_indicator(mine))
    assert paths(err) == [f"$.catalog.indicators[{len(ind.CATALOG)}].source"]
    with pytest.raises(ValidationError):
        ind.Indicator(
            code="x", group="g", title_en="X", unit=Unit.PERSONS, kind=Kind.RATE
        )


def test_a_users_measured_indicator_is_computed_from_its_measurements():
    mine = ind.Indicator(
        code="open_lessons",
        group="custom",
        title_en="Open lessons",
        title_ru="Открытые уроки",
        unit=Unit.EVENTS,
        kind=Kind.CUMULATIVE,
    )
    catalog = ind.CATALOG.with_indicator(mine)
    snap = ind.compute(
        programme(Measurement(indicator="open_lessons", value=4, on=ON)),
        on=ON,
        catalog=catalog,
    )
    assert snap.value("open_lessons") == 4
    assert (
        export.rows(snap, lang="ru", catalog=catalog)[-1]["indicator"]
        == "Открытые уроки"
    )
    without = ind.compute(programme(), on=ON, catalog=catalog)
    assert without["open_lessons"].is_missing


def test_every_duplicate_programme_year_of_every_organization_is_listed():
    twice = [
        programme(organization="a"),
        programme(organization="a"),
        programme(organization="a"),
        programme(organization="b"),
        programme(organization="b"),
    ]
    with pytest.raises(ValidationError) as err:
        ind.compute(twice, on=ON)
    assert paths(err) == ["$[1].year", "$[2].year", "$[4].year"]


def test_snapshots_of_different_organizations_do_not_compare():
    mine = ind.compute(programme(organization="o"), on=ON)
    other = ind.compute(programme(organization="other"), on=dt.date(2021, 9, 1))
    with pytest.raises(ValidationError) as err:
        ind.compare(other, mine)
    assert paths(err) == ["$.review.organization"]
    assert "'o'" in err.value.problems[0].message
    north = attrs.evolve(other, organization="o", district="north", region="r1")
    south = attrs.evolve(mine, district="south", region="r2")
    with pytest.raises(ValidationError) as err:
        ind.compare(north, south)
    assert paths(err) == ["$.review.district", "$.review.region"]
    # a merged snapshot has no organization: it compares with any
    merged = attrs.evolve(mine, organization="")
    assert ind.compare(other, merged).organization == ""


def test_a_target_that_is_not_a_finite_number_is_refused_at_its_code():
    snap = ind.compute(programme(), on=ON)
    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValidationError) as err:
            ind.compare(snap, snap, targets={"2.2": bad})
        assert paths(err) == ["$.targets['2.2']"]
        assert err.value.subject == "comparison"


def test_measurement_problems_states_what_compute_refuses():
    def problems(code, value, **kwargs):
        m = Measurement(indicator=code, value=value, on=ON, organization="x")
        return [p.path for p in ind.measurement_problems(m, **kwargs)]

    assert problems("2.2", 3) == []
    assert problems("2.2", 3.0) == []
    assert problems("2.2", 2.5) == ["$.value"]
    assert problems("4.3", -1) == ["$.value"]
    assert problems("retention_intent", 1) == []
    assert problems("retention_intent", 1.5) == ["$.value"]
    assert problems("academic_performance", -0.1) == ["$.value"]
    assert problems("satisfaction", 4.2) == []
    assert problems("satisfaction", 0.5) == ["$.value"]
    assert problems("match_rate", 0.5) == ["$.indicator"]
    assert problems("1.1", 1) == ["$.indicator"]
    assert problems("2.2", 1, organization="x") == []
    assert problems("2.2", 1, organization="y") == ["$.organization"]
    with pytest.raises(ValidationError) as err:
        ind.compute(
            programme(Measurement(indicator="satisfaction", value=7, on=ON)), on=ON
        )
    assert paths(err) == ["$.measurements[0].value"]
