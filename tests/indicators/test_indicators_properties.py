"""Invariants of computing and merging indicators, over generated programmes."""

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentoring import AcademicYear, Measurement, Program, export
from mentoring import indicators as ind
from mentoring.indicators import Kind, Provenance
from mentoring.testing import strategies as ms

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def school(program: Program, name: str) -> Program:
    """The programme as the school *name* (measurements from the test kit
    are dropped: their values do not follow the indicators' kinds)."""
    return attrs.evolve(program, organization=name, measurements=())


@st.composite
def schools(draw: st.DrawFn, n: int) -> list[Program]:
    found = []
    for i in range(n):
        program = draw(ms.programs(max_mentors=3, max_mentees=4))
        found.append(school(program, f"school-{i}"))
    return found


@st.composite
def dated(draw: st.DrawFn) -> tuple[Program, dt.date, dt.date]:
    program = school(draw(ms.programs(max_mentors=3, max_mentees=4)), "school")
    span = (program.year.end - program.year.start).days
    a, b = sorted(draw(st.integers(0, span)) for _ in range(2))
    first = program.year.start + dt.timedelta(days=a)
    return program, first, program.year.start + dt.timedelta(days=b)


def day_in(program: Program) -> dt.date:
    return program.year.start + dt.timedelta(days=200)


def revalidated(value: ind.Value) -> ind.Value:
    return attrs.evolve(value)  # runs every construction-time check again


@SETTINGS
@given(dated())
def test_computed_values_are_valid_and_rates_stay_within_unit(args):
    program, on, _ = args
    snapshot = ind.compute(program, on=on)
    assert snapshot.codes() == tuple(sorted(ind.CATALOG.codes()))
    assert attrs.evolve(snapshot) == snapshot  # built unchecked, passes the checks
    for value in snapshot:
        assert revalidated(value) == value
        if value.kind is Kind.RATE and value.value is not None:
            assert 0.0 <= value.value <= 1.0
        if (
            value.provenance is Provenance.COMPUTED
            and value.kind.is_count
            and value.code != "conflicts"
        ):
            assert value.numerator == len(value.ids)


@SETTINGS
@given(schools(2))
def test_merging_is_commutative(programs):
    a, b = (ind.compute(p, on=day_in(p)) for p in programs)
    if a.on != b.on:
        b = ind.compute(programs[1], on=a.on)
    assert ind.merge(a, b) == ind.merge(b, a)


@SETTINGS
@given(schools(3))
def test_merging_is_associative(programs):
    on = day_in(programs[0])
    a, b, c = (ind.compute(p, on=on) for p in programs)
    assert ind.merge(ind.merge(a, b), c) == ind.merge(a, ind.merge(b, c))
    left = ind.merge(ind.merge(a, b, keep_ids=False), c, keep_ids=False)
    right = ind.merge(a, ind.merge(b, c, keep_ids=False), keep_ids=False)
    assert left == right
    assert all(v.ids_dropped and not v.ids for v in left)


@SETTINGS
@given(schools(3))
def test_merging_per_school_snapshots_equals_computing_all_schools_at_once(programs):
    on = day_in(programs[0])
    together = ind.compute(programs, on=on)
    one_by_one = ind.merge_all(ind.compute(p, on=on) for p in reversed(programs))
    assert together == one_by_one
    assert together.organizations == 3
    for value in together:
        if value.kind.is_count and not value.is_missing:
            parts = [ind.compute(p, on=on)[value.code] for p in programs]
            if value.distinct:
                # every id once, plus what was counted without one
                people = frozenset().union(*(p.ids for p in parts))
                rest = sum(p.numerator - len(p.ids) for p in parts)
                assert value.numerator == len(people) + rest
                assert value.ids == people
            else:
                assert value.numerator == sum(p.numerator for p in parts)
        if value.kind is Kind.RATE and value.value is not None:
            assert 0.0 <= value.value <= 1.0


@SETTINGS
@given(dated())
def test_delta_equals_review_minus_start(args):
    program, first, second = args
    report = ind.compare(
        ind.compute(program, on=first), ind.compute(program, on=second)
    )
    for c in report:
        if c.start is None or c.review is None:
            assert c.delta is None
            assert c.verdict is ind.Verdict.UNKNOWN
        else:
            assert c.delta == c.review - c.start
            assert (c.growth is None) == (c.start == 0)
    score = ind.effectiveness(report)
    assert 0.0 <= score.value <= 1.0


@SETTINGS
@given(schools(4))
def test_group_by_district_merges_the_schools_of_each_district(programs):
    programs = [attrs.evolve(p, district=f"d{i % 2}") for i, p in enumerate(programs)]
    on = day_in(programs[0])
    snapshots = [ind.compute(p, on=on) for p in programs]
    groups = ind.group_by(snapshots, "district")
    assert list(groups) == ["d0", "d1"]
    assert groups["d0"] == ind.merge(snapshots[0], snapshots[2])
    assert ind.merge(groups["d0"], groups["d1"]) == ind.merge_all(snapshots)


def test_a_rate_is_recomputed_from_its_parts_never_averaged():
    on = dt.date(2022, 5, 31)

    def rate(n, d, org):
        v = ind.Value(
            code="match_rate",
            kind=Kind.RATE,
            provenance=Provenance.COMPUTED,
            numerator=n,
            denominator=d,
        )
        return ind.Snapshot(on=on, values=(v,), organization=org, district="d")

    total = ind.merge_all([rate(1, 1, "a"), rate(1, 3, "b"), rate(0, 0, "c")])
    assert total.value("match_rate") == 0.5
    assert (total.organization, total.district, total.organizations) == ("", "d", 3)


def test_a_code_missing_on_one_side_counts_those_organizations_as_missing():
    on = dt.date(2022, 5, 31)
    v = ind.Value(
        code="2.2",
        kind=Kind.STOCK,
        provenance=Provenance.COMPUTED,
        numerator=2,
        ids=frozenset({"a", "b"}),
    )
    with_it = ind.Snapshot(on=on, values=(v,))
    without = ind.Snapshot(on=on, values=(), organizations=3)
    merged = ind.merge(with_it, without)
    assert (merged["2.2"].reported, merged["2.2"].missing) == (1, 3)
    assert merged.organizations == 4


@pytest.mark.parametrize("lang", ["en", "ru", "ro"])
def test_export_rows_csv_json_and_table_agree(lang):
    program = Program(
        id="p", title="t", organization="s", year=AcademicYear.starting(2021)
    )
    snapshot = ind.compute(program, on=dt.date(2021, 9, 1))
    rows = export.rows(snapshot, lang=lang)
    assert [r["code"] for r in rows] == list(ind.CATALOG.codes())
    assert len(export.to_csv(snapshot, lang=lang).splitlines()) == len(rows) + 1
    assert len(export.to_table(snapshot, lang=lang).splitlines()) == len(rows) + 2
    import json

    assert [
        r["code"] for r in json.loads(export.to_json_rows(snapshot, lang=lang))
    ] == [r["code"] for r in rows]


_MERGE_DAY = dt.date(2022, 5, 31)


def _one(code: str, kind: Kind, org: str, **fields: object) -> ind.Snapshot:
    value = ind.Value(code=code, kind=kind, **fields)  # type: ignore[arg-type]
    return ind.Snapshot(on=_MERGE_DAY, values=(value,), organization=org)


def test_a_measured_rate_is_never_averaged_with_another_value():
    computed = _one(
        "retention_intent",
        Kind.RATE,
        "a",
        provenance=Provenance.COMPUTED,
        numerator=3,
        denominator=10,
    )
    measured = _one(
        "retention_intent",
        Kind.RATE,
        "b",
        provenance=Provenance.MEASURED,
        numerator=0.5,
        denominator=1,
        measured_on=_MERGE_DAY,
    )
    merged = ind.merge(computed, measured)["retention_intent"]
    assert merged.value is None  # not 3.5 / 11
    assert merged.is_missing
    assert merged.is_unmerged
    assert (merged.reported, merged.missing) == (2, 0)
    assert "'retention_intent'" in merged.reason
    assert merged == ind.merge(measured, computed)["retention_intent"]
    twice = ind.merge(measured, attrs.evolve(measured, organization="c"))
    assert twice["retention_intent"].is_unmerged
    # whatever joins later, it stays missing (the merge stays associative)
    later = ind.merge_all(
        [computed, measured, attrs.evolve(computed, organization="d")]
    )
    assert later["retention_intent"].is_unmerged
    assert later["retention_intent"].reported == 3
    # with organizations that have no value, the measurement is kept as it is
    nothing = ind.Snapshot(on=_MERGE_DAY, values=(), organization="e")
    alone = ind.merge(measured, nothing)["retention_intent"]
    assert (alone.value, alone.provenance, alone.missing) == (
        0.5,
        Provenance.MEASURED,
        1,
    )


def test_a_measured_average_is_never_averaged_and_measured_counts_still_add():
    def mean(org, provenance, total, count):
        return _one(
            "satisfaction",
            Kind.AVERAGE,
            org,
            provenance=provenance,
            numerator=total,
            denominator=count,
        )

    merged = ind.merge(
        mean("a", Provenance.COMPUTED, 8, 2), mean("b", Provenance.MEASURED, 4.5, 1)
    )
    assert merged["satisfaction"].is_unmerged
    counts = ind.merge(
        _one("2.2", Kind.STOCK, "a", provenance=Provenance.COMPUTED, numerator=2),
        _one("2.2", Kind.STOCK, "b", provenance=Provenance.MEASURED, numerator=5),
    )["2.2"]
    assert (counts.value, counts.provenance) == (7, Provenance.MIXED)


def test_computing_schools_with_a_measured_rate_gives_a_missing_district_rate():
    year = AcademicYear.starting(2021)
    share = Measurement(indicator="retention_intent", value=0.5, on=dt.date(2022, 5, 1))
    measured = Program(
        id="a", title="t", organization="a", year=year, measurements=(share,)
    )
    computed = Program(id="b", title="t", organization="b", year=year)
    value = ind.compute([measured, computed], on=_MERGE_DAY)["retention_intent"]
    assert value.is_unmerged
    assert value.reported == 2


_KINDS = {
    "2.2": Kind.STOCK,
    "retention_intent": Kind.RATE,
    "satisfaction": Kind.AVERAGE,
}


@st.composite
def _organization(draw: st.DrawFn, name: str) -> ind.Snapshot:
    values = []
    for code, kind in sorted(_KINDS.items()):
        how = draw(st.sampled_from(["computed", "measured", "missing", "absent"]))
        if how == "absent":
            continue
        if how == "missing":
            values.append(ind.Value.missing_value(code, kind))
            continue
        if kind.is_count:
            num, den = draw(st.integers(0, 9)), 0
        elif how == "measured":
            num, den = draw(st.sampled_from([0, 0.25, 0.5, 1])), 1
        else:
            den = draw(st.integers(0, 9))
            num = draw(st.integers(0, den))
        values.append(
            ind.Value(
                code=code,
                kind=kind,
                provenance=Provenance(how),
                numerator=num,
                denominator=den,
            )
        )
    return ind.Snapshot(on=_MERGE_DAY, values=tuple(values), organization=name)


@SETTINGS
@given(_organization("a"), _organization("b"), _organization("c"))
def test_merging_with_measured_values_is_commutative_and_associative(a, b, c):
    assert ind.merge(a, b) == ind.merge(b, a)
    assert ind.merge(ind.merge(a, b), c) == ind.merge(a, ind.merge(b, c))
    merged = ind.merge_all([a, b, c])
    for value in merged:
        assert revalidated(value) == value
        parts = [s[value.code] for s in (a, b, c) if value.code in s]
        reporting = [p for p in parts if not p.is_missing]
        weightless = [
            p
            for p in reporting
            if p.provenance is Provenance.MEASURED and not p.kind.is_count
        ]
        assert value.is_unmerged == (bool(weightless) and len(reporting) > 1)
        if not value.is_missing:
            assert value.numerator == sum(p.numerator for p in reporting)
