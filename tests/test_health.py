"""Health signals: quiet pairs, overdue activities, missing assessments, slow starts."""

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.calendar import AcademicYear
from mentoring.errors import NotFoundError, ValidationError
from mentoring.health import (
    HealthThresholds,
    Severity,
    SignalKind,
    _flagged_pairs,
    _is_quiet,
    _last_done,
    pair_signals,
    program_signals,
)
from mentoring.model import (
    CriterionStatus,
    Mentee,
    Mentor,
    MentoringPlan,
    Pair,
    Person,
    Program,
)
from mentoring.templates import RUSSIAN_YOUNG_SPECIALIST
from mentoring.testing import strategies as ms

YEAR = AcademicYear.for_jurisdiction("ru", 2021)


def programme(*plans: MentoringPlan, pairs: tuple[Pair, ...] | None = None) -> Program:
    mentors = tuple(
        Mentor(person=Person(id=f"m{i}", name=f"Mentor {i}"), capacity=2)
        for i in (1, 2)
    )
    mentees = tuple(
        Mentee(person=Person(id=f"e{i}", name=f"Mentee {i}")) for i in (1, 2, 3)
    )
    if pairs is None:
        pairs = (
            Pair.propose(
                id="p1", mentor_id="m1", mentee_id="e1", on=YEAR.start
            ).activate(on=dt.date(2021, 9, 6)),
            Pair.propose(
                id="p2", mentor_id="m2", mentee_id="e2", on=YEAR.start
            ).activate(on=dt.date(2021, 9, 6)),
            Pair.propose(id="p3", mentor_id="m1", mentee_id="e3", on=YEAR.start),
        )
    return Program(
        id="prog",
        title="Программа наставничества 2021-2022",
        organization="school",
        year=YEAR,
        jurisdiction="ru",
        mentors=mentors,
        mentees=mentees,
        pairs=pairs,
        plans=plans,
    )


def ru_plan(pair_id: str = "p1") -> MentoringPlan:
    return MentoringPlan.from_template(
        RUSSIAN_YOUNG_SPECIALIST, pair=pair_id, period=YEAR
    )


def kinds(signals):
    return {s.kind: s for s in signals}


def test_pair_quiet_for_45_days_is_yellow_and_for_60_red():
    plan = ru_plan().complete("introduction", on=dt.date(2021, 9, 1))
    prog = programme(plan)
    quiet = kinds(pair_signals(prog, "p1", on=dt.date(2021, 10, 16)))
    assert quiet[SignalKind.NO_RECENT_ACTIVITY].severity is Severity.WARNING
    assert "45 days" in quiet[SignalKind.NO_RECENT_ACTIVITY].reason
    assert (
        "last activity done on 2021-09-01"
        in quiet[SignalKind.NO_RECENT_ACTIVITY].reason
    )
    red = kinds(pair_signals(prog, "p1", on=dt.date(2021, 10, 31)))
    assert red[SignalKind.NO_RECENT_ACTIVITY].severity is Severity.CRITICAL
    calm = kinds(pair_signals(prog, "p1", on=dt.date(2021, 10, 15)))
    assert SignalKind.NO_RECENT_ACTIVITY not in calm


def test_quiet_thresholds_are_configurable():
    prog = programme(ru_plan().complete("introduction", on=dt.date(2021, 9, 1)))
    strict = HealthThresholds(quiet_warning_days=10, quiet_critical_days=20)
    found = kinds(pair_signals(prog, "p1", on=dt.date(2021, 9, 15), thresholds=strict))
    assert found[SignalKind.NO_RECENT_ACTIVITY].severity is Severity.WARNING
    with pytest.raises(ValidationError) as info:
        HealthThresholds(quiet_warning_days=60, quiet_critical_days=45)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.quiet_critical_days", "order")
    assert problem.message == "must not be below quiet_warning_days 60, got 45"
    with pytest.raises(ValidationError) as info:
        HealthThresholds(slow_start_weeks=-1)
    assert [str(p) for p in info.value.problems] == [
        "$.slow_start_weeks: must be >= 0, got -1"
    ]


def test_overdue_actions_raise_a_signal_naming_the_oldest():
    prog = programme(ru_plan())
    found = kinds(pair_signals(prog, "p1", on=dt.date(2021, 9, 10)))
    overdue = found[SignalKind.OVERDUE_ACTIVITIES]
    assert overdue.severity is Severity.WARNING
    assert "2 overdue activities" in overdue.reason
    assert "due 2021-09-01" in overdue.reason
    later = kinds(pair_signals(prog, "p1", on=dt.date(2021, 9, 20)))
    assert later[SignalKind.OVERDUE_ACTIVITIES].severity is Severity.CRITICAL


def test_no_assessment_is_information_until_the_current_control_has_passed():
    prog = programme(ru_plan())  # Q1: school days 2021-09-01..2021-10-29
    early = kinds(pair_signals(prog, "p1", on=dt.date(2021, 9, 20)))
    assert early[SignalKind.NO_ASSESSMENT_THIS_TERM].severity is Severity.INFO
    before = kinds(pair_signals(prog, "p1", on=dt.date(2021, 10, 25)))
    signal = before[SignalKind.NO_ASSESSMENT_THIS_TERM]
    assert signal.severity is Severity.INFO
    assert signal.reason == (
        "no assessment in term Q1 (2021-09-01..2021-10-29);"
        " current control due 2021-10-29 (in 4 days)"
    )
    on_the_day = kinds(pair_signals(prog, "p1", on=dt.date(2021, 10, 29)))
    signal = on_the_day[SignalKind.NO_ASSESSMENT_THIS_TERM]
    assert signal.severity is Severity.INFO
    assert signal.reason.endswith("current control due 2021-10-29 (today)")
    after = kinds(pair_signals(prog, "p1", on=dt.date(2021, 10, 30)))
    signal = after[SignalKind.NO_ASSESSMENT_THIS_TERM]
    assert signal.severity is Severity.WARNING
    assert signal.reason.endswith("current control was due 2021-10-29 (1 day ago)")
    assessed = ru_plan().assess(
        "needs_identified", CriterionStatus.MET, on=dt.date(2021, 10, 1)
    )
    fine = kinds(pair_signals(programme(assessed), "p1", on=dt.date(2021, 10, 30)))
    assert SignalKind.NO_ASSESSMENT_THIS_TERM not in fine


def test_the_term_of_a_missing_assessment_is_its_school_part():
    # Q2 runs 2021-11-01..2021-12-31; school from 11-08 (holidays) to 12-28
    prog = programme(ru_plan())
    signal = kinds(pair_signals(prog, "p1", on=dt.date(2021, 12, 20)))[
        SignalKind.NO_ASSESSMENT_THIS_TERM
    ]
    assert "term Q2 (2021-11-08..2021-12-28)" in signal.reason
    assert "2021-12-31" not in signal.reason


def test_the_warning_before_the_current_control_is_configurable():
    prog = programme(ru_plan())
    two_weeks = HealthThresholds(assessment_warning_days=14)

    def severity(on: dt.date) -> Severity:
        signals = kinds(pair_signals(prog, "p1", on=on, thresholds=two_weeks))
        return signals[SignalKind.NO_ASSESSMENT_THIS_TERM].severity

    # fewer than 14 days left before the control of 2021-10-29 is a warning
    assert severity(dt.date(2021, 10, 15)) is Severity.INFO  # 14 days left
    assert severity(dt.date(2021, 10, 16)) is Severity.WARNING  # 13 days left
    assert severity(dt.date(2021, 10, 29)) is Severity.WARNING
    assert severity(dt.date(2021, 10, 30)) is Severity.WARNING
    assert HealthThresholds().assessment_warning_days == 0


def test_reasons_agree_in_number():
    plan = ru_plan().complete("introduction", on=dt.date(2021, 9, 6))
    one_day = HealthThresholds(quiet_warning_days=1, quiet_critical_days=2)
    quiet = kinds(
        pair_signals(programme(plan), "p1", on=dt.date(2021, 9, 7), thresholds=one_day)
    )
    assert quiet[SignalKind.NO_RECENT_ACTIVITY].reason.startswith(
        "1 day without activity"
    )
    one_week = HealthThresholds(slow_start_weeks=1)
    slow = kinds(
        pair_signals(
            programme(ru_plan()), "p1", on=dt.date(2021, 9, 8), thresholds=one_week
        )
    )
    assert slow[SignalKind.SLOW_START].reason.startswith(
        "no activity done in the first week of plan"
    )


def test_plan_with_no_activity_in_its_first_weeks_is_flagged():
    prog = programme(ru_plan())
    before = kinds(pair_signals(prog, "p1", on=dt.date(2021, 9, 28)))
    assert SignalKind.SLOW_START not in before
    after = kinds(pair_signals(prog, "p1", on=dt.date(2021, 9, 29)))
    assert after[SignalKind.SLOW_START].severity is Severity.WARNING
    recovered = ru_plan().complete("introduction", on=dt.date(2021, 10, 5))
    info = kinds(pair_signals(programme(recovered), "p1", on=dt.date(2021, 10, 6)))
    assert info[SignalKind.SLOW_START].severity is Severity.INFO


def test_active_pair_without_a_plan_is_flagged_and_proposed_pair_is_not():
    prog = programme(ru_plan("p1"))
    assert SignalKind.NO_PLAN in kinds(
        pair_signals(prog, "p2", on=dt.date(2021, 9, 10))
    )
    assert pair_signals(prog, "p3", on=dt.date(2021, 12, 10)) == ()


def test_programme_signals_put_the_most_severe_first_and_are_deterministic():
    prog = programme(ru_plan("p1"), ru_plan("p2"))
    on = dt.date(2021, 11, 20)
    signals = program_signals(prog, on=on)
    ranks = [s.severity.rank for s in signals]
    assert ranks == sorted(ranks, reverse=True)
    assert {s.pair_id for s in signals} == {"p1", "p2"}
    assert all(s.on == on for s in signals)
    reversed_prog = programme(
        ru_plan("p2"), ru_plan("p1"), pairs=tuple(reversed(prog.pairs))
    )
    assert program_signals(reversed_prog, on=on) == signals


def test_unknown_pair_raises_not_found():
    with pytest.raises(NotFoundError) as info:
        pair_signals(programme(), "p9", on=dt.date(2021, 9, 10))
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("pair", "p9")


@settings(max_examples=50)
@given(st.dates(YEAR.start, YEAR.end), st.sets(st.integers(0, 16), max_size=8))
def test_signals_are_valid_values_for_any_day(on, done):
    plan = ru_plan()
    for i in sorted(done):
        activity = plan.activities[i]
        plan = plan.complete(activity.id, on=activity.due)
    for signal in program_signals(programme(plan), on=on):
        assert signal.reason
        assert signal.pair_id in {"p1", "p2"}  # p3 is only proposed


# -- wrong types are refused with paths --------------------------------------------------


class Wrong:
    def __repr__(self):
        return "Wrong()"


WRONG = Wrong()
HEALTH_CALLS = [
    (
        "pair_signals",
        pair_signals,
        {
            "program": programme(),
            "pair_id": "p1",
            "on": dt.date(2021, 9, 10),
            "thresholds": None,
        },
    ),
    (
        "program_signals",
        program_signals,
        {
            "program": programme(),
            "on": dt.date(2021, 9, 10),
            "thresholds": HealthThresholds(),
        },
    ),
]


@pytest.mark.parametrize(
    ("function", "arguments", "bad"),
    [
        pytest.param(function, {**good, arg: WRONG}, arg, id=f"{name}-{arg}")
        for name, function, good in HEALTH_CALLS
        for arg in good
    ],
)
def test_a_wrong_type_to_any_health_argument_is_refused_with_its_path(
    function, arguments, bad
):
    with pytest.raises(ValidationError) as info:
        function(**arguments)
    assert [p.path for p in info.value.problems] == [f"$.{bad}"]


def test_a_datetime_is_not_a_day_for_health_signals():
    with pytest.raises(ValidationError) as info:
        program_signals(programme(), on=dt.datetime(2021, 9, 10))  # noqa: DTZ001
    assert [p.path for p in info.value.problems] == ["$.on"]


# -- the library's own fast paths agree with the public functions ---------------


@settings(max_examples=40, deadline=None)
@given(
    ms.programs(max_mentors=3, max_mentees=4),
    st.integers(0, 400),
    st.sampled_from([None, HealthThresholds(quiet_warning_days=0, slow_start_weeks=0)]),
)
def test_flagged_pairs_are_the_pairs_with_a_signal(program, days, thresholds):
    on = program.year.start + dt.timedelta(days=days)
    signals = program_signals(program, on=on, thresholds=thresholds)
    assert _flagged_pairs(program, on, thresholds) == {s.pair_id for s in signals}
    for signal in signals:  # built without the checks, they pass them
        assert attrs.evolve(signal) == signal


def _days_around_activities(program: Program) -> list[dt.date]:
    """The days where a rule over a programme's activities may turn: each
    activity's due and done days, the day before them, and the year's ends."""
    days = [program.year.start, program.year.end]
    for plan in program.plans:
        for a in plan.activities:
            for day in (a.due, a.done_on):
                if day is not None:
                    days += [day, day - dt.timedelta(days=1)]
    return sorted(set(days))


@settings(max_examples=60, deadline=None)
@given(ms.programs(max_mentors=3, max_mentees=4), st.integers(-30, 400))
def test_the_last_activity_done_is_the_plans_last_done(program, days):
    """health's loop for a plan's last activity done by a day (what the
    quiet signal and compute_many's health share read) gives what
    MentoringPlan.last_done gives, on every day where it may turn."""
    by_pair: dict[str, list[MentoringPlan]] = {}
    for plan in program.plans:
        by_pair.setdefault(plan.pair_id, []).append(plan)
    extra = program.year.start + dt.timedelta(days=days)
    for on in [*_days_around_activities(program), extra]:
        for plan in program.plans:
            assert _last_done(plan, on) == plan.last_done(on=on)
        for pair in program.pairs:
            plans = tuple(by_pair.get(pair.id, ()))
            done = [d for p in plans if (d := p.last_done(on=on)) is not None]
            since = max(done) if done else pair.started_on or pair.proposed_on
            for quiet in (0, 1, 45):
                t = HealthThresholds(
                    quiet_warning_days=quiet, quiet_critical_days=max(quiet, 60)
                )
                expected = (on - since).days >= quiet
                assert _is_quiet(pair, plans, on, t) == expected
