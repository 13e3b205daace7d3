"""Contact time of pairs and programmes, and the signal of too little (issue 15)."""

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mentoring as m
from mentoring import samples
from mentoring.calendar import AcademicYear
from mentoring.contact import (
    _contact_totals,
    _pair_contact,
    pair_contact,
    program_contact,
)
from mentoring.errors import NotFoundError, ValidationError
from mentoring.health import HealthThresholds, SignalKind, pair_signals
from mentoring.model import ContactKind, WorkMethod
from mentoring.schedule import TU, Schedule
from mentoring.testing import strategies as ms

YEAR = AcademicYear.for_jurisdiction("ru", 2024)
ACTIVATED = dt.date(2024, 9, 16)


def _person(pid):
    return m.Person(id=pid, name=pid, organization="school")


def _program(minutes, *, every=1, paused=None, kind=ContactKind.MEETING, until=None):
    """One pair activated on 16 September 2024 with a weekly (or every
    *every* weeks) contact of *minutes*, done up to *until*."""
    pair = m.Pair.propose(id="p", mentor_id="m", mentee_id="e", on=ACTIVATED)
    pair = pair.activate(on=ACTIVATED)
    if paused is not None:
        pair = pair.pause(on=paused[0]).resume(on=paused[1])
    plan = m.MentoringPlan(
        id="plan", pair_id="p", goal="g", start=ACTIVATED, end=YEAR.end
    )
    tuesdays = Schedule.weekly(TU, start=ACTIVATED, interval=every).within(YEAR)
    plan = plan.add_scheduled(
        tuesdays,
        title="Meeting",
        method=WorkMethod.MEETING,
        id_prefix="meet",
        contact=kind,
        minutes=minutes,
    )
    until = until or YEAR.end
    plan = attrs.evolve(
        plan,
        activities=tuple(
            attrs.evolve(a, status=m.ActivityStatus.DONE, done_on=a.due)
            if a.due <= until
            else a
            for a in plan.activities
        ),
    )
    return m.Program(
        id="x",
        title="x",
        organization="school",
        year=YEAR,
        jurisdiction="ru",
        mentors=(m.Mentor(person=_person("m")),),
        mentees=(m.Mentee(person=_person("e")),),
        pairs=(pair,),
        plans=(plan,),
    )


def test_an_hour_every_school_week_is_an_hour_a_week():
    on = dt.date(2024, 10, 25)  # before the autumn vacation
    contact = pair_contact(_program(60), "p", on=on)
    school_days = YEAR.school_days(ACTIVATED, on)
    assert contact.total.weeks == len(school_days) / 5
    tuesdays = [d for d in school_days if d.weekday() == 1]
    assert contact.hours == len(tuesdays)
    assert contact.per_week == pytest.approx(1.0)
    assert contact.recorded


def test_observations_and_hours_are_counted_term_by_term():
    program = _program(45, kind=ContactKind.LESSON_OBSERVATION)
    contact = pair_contact(program, "p", on=dt.date(2025, 5, 30))
    assert [t.term for t in contact.terms] == ["Q1", "Q2", "Q3", "Q4"]
    assert sum(t.observations for t in contact.terms) == contact.observations
    assert sum(t.hours for t in contact.terms) == pytest.approx(contact.hours)
    assert contact.terms[0].observations == len(
        [
            d
            for d in YEAR.school_days(ACTIVATED, dt.date(2024, 10, 31))
            if d.weekday() == 1
        ]
    )


def test_a_pause_does_not_count_as_weeks_without_contact():
    on = dt.date(2024, 12, 20)
    paused = (dt.date(2024, 11, 8), dt.date(2024, 12, 2))
    plain = pair_contact(_program(60), "p", on=on)
    with_pause = pair_contact(_program(60, paused=paused), "p", on=on)
    assert with_pause.total.weeks < plain.total.weeks


def test_too_little_contact_is_a_warning_and_enough_is_not():
    on = dt.date(2024, 12, 20)
    low = pair_signals(_program(45, every=2), "p", on=on)
    assert [s.kind for s in low if s.kind is SignalKind.LOW_CONTACT] == [
        SignalKind.LOW_CONTACT
    ]
    assert next(s for s in low if s.kind is SignalKind.LOW_CONTACT).severity is (
        m.Severity.WARNING
    )
    enough = pair_signals(_program(75), "p", on=on)
    assert SignalKind.LOW_CONTACT not in {s.kind for s in enough}


def test_the_threshold_is_replaceable_and_zero_turns_it_off():
    on = dt.date(2024, 12, 20)
    program = _program(75)
    strict = HealthThresholds(contact_minutes_per_week=120)
    assert SignalKind.LOW_CONTACT in {
        s.kind for s in pair_signals(program, "p", on=on, thresholds=strict)
    }
    off = HealthThresholds(contact_minutes_per_week=0)
    low = _program(10)
    assert SignalKind.LOW_CONTACT not in {
        s.kind for s in pair_signals(low, "p", on=on, thresholds=off)
    }


def test_a_pair_just_started_or_without_recorded_time_is_not_flagged():
    early = dt.date(2024, 9, 27)
    assert SignalKind.LOW_CONTACT not in {
        s.kind for s in pair_signals(_program(10), "p", on=early)
    }
    none = _program(None)
    assert not pair_contact(none, "p", on=dt.date(2024, 12, 20)).recorded
    assert SignalKind.LOW_CONTACT not in {
        s.kind for s in pair_signals(none, "p", on=dt.date(2024, 12, 20))
    }


def test_negative_minutes_are_refused():
    with pytest.raises(ValidationError) as err:
        m.Activity(
            id="a", title="a", method=WorkMethod.MEETING, due=ACTIVATED, minutes=-5
        )
    assert [p.path for p in err.value.problems] == ["$.minutes"]


def test_an_unknown_pair_is_not_found():
    with pytest.raises(NotFoundError):
        pair_contact(_program(60), "nobody", on=ACTIVATED)


def test_the_russian_sample_flags_exactly_its_stalled_pair():
    program = samples.load("ru")
    on = dt.date(2022, 5, 27)
    found = program_contact(program, on=on)
    assert [p.pair_id for p in found.pairs if p.per_week < 1] == ["ru-p6"]
    low = [
        s.pair_id
        for s in m.program_signals(program, on=on)
        if s.kind is SignalKind.LOW_CONTACT
    ]
    assert low == ["ru-p6"]


@settings(max_examples=25, deadline=None)
@given(
    minutes=st.lists(st.integers(0, 240), min_size=1, max_size=3),
    on=st.dates(dt.date(2024, 9, 16), dt.date(2025, 8, 31)),
)
def test_the_programmes_hours_are_the_sum_of_its_pairs(minutes, on):
    programs = [_program(n) for n in minutes]
    pairs = [attrs.evolve(p.pairs[0], id=f"p{i}") for i, p in enumerate(programs)]
    plans = [
        attrs.evolve(p.plans[0], id=f"plan{i}", pair_id=f"p{i}")
        for i, p in enumerate(programs)
    ]
    mentors = tuple(m.Mentor(person=_person(f"m{i}")) for i in range(len(programs)))
    pairs = [attrs.evolve(p, mentor_id=f"m{i}") for i, p in enumerate(pairs)]
    mentees = tuple(m.Mentee(person=_person(f"e{i}")) for i in range(len(programs)))
    pairs = [attrs.evolve(p, mentee_id=f"e{i}") for i, p in enumerate(pairs)]
    program = attrs.evolve(
        programs[0],
        mentors=mentors,
        mentees=mentees,
        pairs=tuple(pairs),
        plans=tuple(plans),
    )
    assert program.problems() == ()
    total = program_contact(program, on=on)
    assert total.total.hours == pytest.approx(sum(p.hours for p in total.pairs))
    assert total.total.weeks == pytest.approx(sum(p.total.weeks for p in total.pairs))
    assert sum(t.hours for t in total.terms) == pytest.approx(total.total.hours)
    reordered = attrs.evolve(program, pairs=tuple(reversed(program.pairs)))
    assert program_contact(reordered, on=on) == total


@settings(max_examples=60, deadline=None)
@given(ms.programs(max_mentors=3, max_mentees=4), st.data())
def test_contact_totals_are_what_pair_contact_counts(program, data):
    """contact's one-pass totals (what compute and compute_many's contact
    and observation indicators read) give the minutes, observations and
    whether time is recorded that pair_contact gives, on every day where
    they may turn; activities with and without minutes and kinds."""
    timed = st.sampled_from([None, 0, 15, 45])
    kinds = st.sampled_from([None, *ContactKind])
    plans = tuple(
        attrs.evolve(
            plan,
            activities=tuple(
                attrs.evolve(a, minutes=data.draw(timed), contact=data.draw(kinds))
                for a in plan.activities
            ),
        )
        for plan in program.plans
    )
    days = {program.year.start, program.year.end}
    for plan in plans:
        for a in plan.activities:
            if a.done_on is not None:
                days |= {a.done_on, a.done_on - dt.timedelta(days=1)}
    for pair in program.pairs:
        own = tuple(p for p in plans if p.pair_id == pair.id)
        for on in sorted(days):
            minutes, observations, records_time, records_kind = _contact_totals(own, on)
            contact = _pair_contact(pair, own, program.year, on)
            assert minutes / 60 == contact.hours
            assert observations == contact.observations
            assert records_time == contact.recorded
            assert records_kind == any(
                a.contact is not None for p in own for a in p.activities
            )
