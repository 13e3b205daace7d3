"""The contact indicators of teacher induction (issue 15): contact hours per
pair and lesson observations per new teacher, counted by hand, checked
against mentoring.contact, and merged exactly."""

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentoring import (
    AcademicYear,
    Activity,
    ActivityStatus,
    Mentee,
    Mentor,
    MentoringPlan,
    Pair,
    Person,
    Program,
    export,
    indicators,
    samples,
)
from mentoring._demo import review_day
from mentoring.contact import program_contact
from mentoring.indicators import CATALOG, Kind, Unit
from mentoring.model import ContactKind, WorkMethod
from mentoring.testing import strategies as ms

YEAR = AcademicYear.starting(2021)
ON = dt.date(2021, 12, 1)
HOURS, OBSERVATIONS = "contact_hours_per_pair", "observations_per_mentee"


def _pair(pid: str, mentor: str, mentee: str, started: dt.date | None) -> Pair:
    pair = Pair.propose(
        id=pid, mentor_id=mentor, mentee_id=mentee, on=dt.date(2021, 9, 1)
    )
    return pair if started is None else pair.activate(on=started)


def _done(
    aid: str,
    on: dt.date,
    minutes: int | None,
    contact: ContactKind | None = ContactKind.MEETING,
) -> Activity:
    return Activity(
        id=aid,
        title=aid,
        method=WorkMethod.MEETING,
        due=on,
        status=ActivityStatus.DONE,
        done_on=on,
        contact=contact,
        minutes=minutes,
    )


def _plan(pair_id: str, *activities: Activity) -> MentoringPlan:
    return MentoringPlan(
        id=f"plan-{pair_id}",
        pair_id=pair_id,
        goal="g",
        start=YEAR.start,
        end=YEAR.end,
        activities=activities,
    )


def _program() -> Program:
    people = {i: Person(id=i, name=i) for i in ("a", "b", "m1", "m2", "m3", "m4")}
    observe = ContactKind.LESSON_OBSERVATION
    plans = (
        # p1: 90 min meeting + 45 min observation + a planned one (not done)
        _plan(
            "p1",
            _done("a1", dt.date(2021, 9, 14), 90),
            _done("a2", dt.date(2021, 10, 5), 45, observe),
            attrs.evolve(
                _done("a3", dt.date(2021, 12, 20), 60),
                status=ActivityStatus.PLANNED,
                done_on=None,
            ),
        ),
        # p2: 20 + 40 min, an observation without minutes
        _plan(
            "p2",
            _done("b1", dt.date(2021, 9, 21), 20),
            _done("b2", dt.date(2021, 10, 12), 40),
            _done("b3", dt.date(2021, 11, 9), None, observe),
        ),
        # p3: records neither time nor kind of contact: not counted
        _plan("p3", _done("c1", dt.date(2021, 9, 21), None, None)),
        # p4: not started by ON: not counted, though its plan records time
        _plan("p4", _done("d1", dt.date(2021, 11, 2), 60)),
    )
    return Program(
        id="p",
        title="t",
        organization="o",
        year=YEAR,
        mentors=(Mentor(person=people["a"], capacity=3), Mentor(person=people["b"])),
        mentees=tuple(Mentee(person=people[m]) for m in ("m1", "m2", "m3", "m4")),
        pairs=(
            _pair("p1", "a", "m1", dt.date(2021, 9, 6)),
            _pair("p2", "a", "m2", dt.date(2021, 9, 6)),
            _pair("p3", "b", "m3", dt.date(2021, 9, 6)),
            _pair("p4", "a", "m4", None),
        ),
        plans=plans,
    )


def test_contact_indicators_are_in_the_induction_group_in_hours_and_events():
    hours, observations = CATALOG[HOURS], CATALOG[OBSERVATIONS]
    assert (hours.group, hours.unit, hours.kind) == (
        "induction",
        Unit.HOURS,
        Kind.AVERAGE,
    )
    assert (observations.unit, observations.kind) == (Unit.EVENTS, Kind.AVERAGE)


def test_contact_hours_per_pair_counts_the_minutes_done_by_pairs_that_record_them():
    snap = indicators.compute(_program(), on=ON)
    hours = snap[HOURS]
    # p1: 135 min done; p2: 60 min; p3 records no time, p4 has not started
    assert (hours.denominator, hours.ids) == (2, frozenset({"p1", "p2"}))
    assert hours.numerator == pytest.approx((135 + 60) / 60, abs=1e-9)
    assert hours.value == pytest.approx(1.625, abs=1e-9)


def test_lesson_observations_per_new_teacher_count_done_observations():
    snap = indicators.compute(_program(), on=ON)
    obs = snap[OBSERVATIONS]
    # m1 and m2 (their plans record the kind of contact), one observation each
    assert (obs.numerator, obs.denominator) == (2, 2)
    assert obs.ids == frozenset({"m1", "m2"})
    before = indicators.compute(_program(), on=dt.date(2021, 10, 1))[OBSERVATIONS]
    assert before.value == 0  # recorded, none done yet: a zero, not missing


def test_nothing_recorded_is_missing_not_zero():
    bare = attrs.evolve(_program(), plans=())
    snap = indicators.compute(bare, on=ON)
    assert snap[HOURS].is_missing
    assert snap[OBSERVATIONS].is_missing


def test_the_hours_agree_with_mentoring_contact_on_the_samples():
    for name in ("ru", "md", "kz"):
        program = samples.load(name)
        on = review_day(program)
        contact = program_contact(program, on=on)
        recorded = [p for p in contact.pairs if p.recorded]
        value = indicators.compute(program, on=on)[HOURS]
        assert value.denominator == len(recorded), name
        assert value.value == pytest.approx(
            sum(p.hours for p in recorded) / len(recorded), abs=1e-6
        )


def test_hours_are_shown_in_hours_in_the_table_and_csv():
    snap = indicators.compute(_program(), on=ON)
    table = export.to_table(snap, lang="ru")
    assert "1,6\u00a0ч" in table
    row = next(r for r in export.rows(snap) if r["code"] == HOURS)
    assert row["unit"] == "hours"
    assert row["value"] == pytest.approx(1.625, abs=1e-9)


# -- merged snapshots equal the union computed at once -----------------------


def _schools(*minutes: int) -> tuple[Program, list[Program]]:
    """One pair per school with *minutes* of contact done, and the union of
    the schools' pairs as one programme."""
    people = {i: Person(id=i, name=i) for i in ("a", *(f"m{i}" for i in range(9)))}
    pairs = tuple(
        _pair(f"p{i}", "a", f"m{i}", dt.date(2021, 9, 6)) for i in range(len(minutes))
    )
    plans = tuple(
        _plan(f"p{i}", _done(f"a{i}", dt.date(2021, 9, 14), n))
        for i, n in enumerate(minutes)
    )
    whole = Program(
        id="w",
        title="t",
        organization="whole",
        year=YEAR,
        mentors=(Mentor(person=people["a"], capacity=9),),
        mentees=tuple(Mentee(person=people[f"m{i}"]) for i in range(len(minutes))),
        pairs=pairs,
        plans=plans,
    )
    parts = [
        attrs.evolve(whole, organization=f"s{i}", pairs=(pair,), plans=(plan,))
        for i, (pair, plan) in enumerate(zip(pairs, plans, strict=True))
    ]
    return whole, parts


def test_hours_merge_exactly_in_any_order_where_floats_would_not():
    # 15/60 + 20/60 + 20/60 in floats depends on the order of the additions
    whole, parts = _schools(15, 20, 20)
    a, b, c = (indicators.compute(p, on=ON) for p in parts)
    union = indicators.compute(whole, on=ON)[HOURS]
    left = indicators.merge(indicators.merge(a, b), c)[HOURS]
    right = indicators.merge(a, indicators.merge(b, c))[HOURS]
    assert left.numerator == right.numerator == union.numerator
    assert left.value == right.value == union.value
    assert union.numerator == pytest.approx(55 / 60, abs=1e-9)


_MINUTES = st.sampled_from((None, 15, 20, 40, 45, 60, 90))
_KINDS = st.sampled_from((None, *ContactKind))


@st.composite
def _with_contact(draw: st.DrawFn) -> Program:
    """A generated programme whose activities record contact (minutes that
    are not whole quarters of an hour among them)."""
    program = draw(ms.programs(max_mentors=3, max_mentees=4, with_records=False))
    plans = tuple(
        attrs.evolve(
            plan,
            activities=tuple(
                attrs.evolve(a, minutes=draw(_MINUTES), contact=draw(_KINDS))
                for a in plan.activities
            ),
        )
        for plan in program.plans
    )
    return attrs.evolve(program, organization="whole", plans=plans)


def _part(program: Program, mentees: set[str], name: str) -> Program:
    """The pairs of *mentees* and their plans, as the organization *name*
    (everyone stays enrolled: people shared between organizations)."""
    pairs = tuple(p for p in program.pairs if p.mentee_id in mentees)
    ids = {p.id for p in pairs}
    plans = tuple(p for p in program.plans if p.pair_id in ids)
    return attrs.evolve(program, organization=name, pairs=pairs, plans=plans)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(_with_contact(), st.data())
def test_merged_contact_values_equal_the_union_computed_at_once(program, data):
    mentees = sorted({p.mentee_id for p in program.pairs})
    left = set(data.draw(st.sets(st.sampled_from(mentees))) if mentees else ())
    on = program.year.start + dt.timedelta(
        days=data.draw(st.integers(0, (program.year.end - program.year.start).days))
    )
    whole = indicators.compute(program, on=on)
    a = indicators.compute(_part(program, left, "a"), on=on)
    b = indicators.compute(_part(program, set(mentees) - left, "b"), on=on)
    for merged in (indicators.merge(a, b), indicators.merge(b, a)):
        for code in (HOURS, OBSERVATIONS):
            got, want = merged[code], whole[code]
            assert got.is_missing == want.is_missing, code
            # exact: no rounding differs between one sum and two
            assert (got.numerator, got.denominator) == (
                want.numerator,
                want.denominator,
            ), code
            assert got.value == want.value, code
            assert got.ids == want.ids, code
