"""Plan logic: assessments, activity changes, order warnings, progress."""

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.calendar import AcademicYear
from mentoring.errors import NotFoundError, TransitionError, ValidationError
from mentoring.model import (
    Activity,
    ActivityStatus,
    CriterionStatus,
    MentoringPlan,
    Pair,
    ReviewKind,
    Role,
    WorkMethod,
)
from mentoring.progress import ProgressWeights, plan_progress
from mentoring.schedule import TU, Schedule
from mentoring.templates import KAZAKH_MENTOR_MENTEE, RUSSIAN_YOUNG_SPECIALIST
from mentoring.testing import strategies

YEAR = AcademicYear.for_jurisdiction("kz", 2021)
MET = CriterionStatus.MET


def kz_plan() -> MentoringPlan:
    return MentoringPlan.from_template(KAZAKH_MENTOR_MENTEE, pair="p1", period=YEAR)


def small_plan() -> MentoringPlan:
    return MentoringPlan(
        id="plan",
        pair_id="p1",
        goal="",
        start=dt.date(2021, 9, 1),
        end=dt.date(2021, 12, 31),
        activities=(
            Activity(
                id="a1",
                title="Coaching",
                method=WorkMethod.COACHING,
                due=dt.date(2021, 9, 15),
            ),
            Activity(
                id="a2",
                title="Observation",
                method=WorkMethod.LESSON_OBSERVATION,
                due=dt.date(2021, 10, 15),
            ),
        ),
    )


# -- from a template -------------------------------------------------------------


def test_plan_from_the_kazakh_template_keeps_goal_and_criteria_in_order():
    plan = kz_plan()
    assert plan.goal == KAZAKH_MENTOR_MENTEE.goal
    assert [c.id for c in plan.criteria] == [
        "pair_created",
        "focus_issue_identified",
        "strategy_chosen",
        "joint_plan_developed",
    ]
    assert (plan.start, plan.end) == (YEAR.start, YEAR.end)
    assert plan.template == "kz-mentor-mentee"
    assert plan.id == "kz-mentor-mentee:p1"
    assert all(a.due in YEAR for a in plan.activities)


def test_plan_from_template_takes_a_pair_a_term_or_dates():
    pair = Pair.propose(id="p7", mentor_id="m1", mentee_id="e1", on=dt.date(2021, 9, 1))
    q2 = YEAR.term("Q2")
    plan = MentoringPlan.from_template(
        KAZAKH_MENTOR_MENTEE, pair=pair, period=q2, id="x"
    )
    assert (plan.pair_id, plan.id, plan.start, plan.end) == (
        "p7",
        "x",
        q2.start,
        q2.end,
    )
    dated = MentoringPlan.from_template(
        KAZAKH_MENTOR_MENTEE,
        pair="p1",
        period=(dt.date(2021, 9, 1), dt.date(2021, 10, 31)),
    )
    assert all(
        dt.date(2021, 9, 1) <= a.due <= dt.date(2021, 10, 31) for a in dated.activities
    )
    with pytest.raises(ValidationError):
        MentoringPlan.from_template(KAZAKH_MENTOR_MENTEE, pair="p1", period="2021")  # type: ignore[arg-type]


def test_russian_plan_reports_every_quarter_and_ends_at_the_pedagogical_council():
    year = AcademicYear.for_jurisdiction("ru", 2021)
    plan = MentoringPlan.from_template(RUSSIAN_YOUNG_SPECIALIST, pair="p1", period=year)
    reports = [a for a in plan.activities if a.id.startswith("quarter_report-")]
    assert [a.due for a in reports] == list(year.current_control_dates())
    final = plan.activity("final_review")
    assert final.method is WorkMethod.THEMATIC_COUNCIL
    assert final.due == dt.date(2022, 5, 31)
    assert len(plan.duties) == 20


# -- assessments -------------------------------------------------------------------


def test_assessing_a_criterion_records_status_date_evidence_and_assessor():
    plan = kz_plan().assess(
        "pair_created",
        MET,
        on=dt.date(2021, 9, 6),
        assessor_id="curator",
        evidence="приказ № 12",
        review=ReviewKind.CURRENT,
    )
    (a,) = plan.assessments
    assert (a.criterion_id, a.status, a.on, a.assessor_id, a.evidence) == (
        "pair_created",
        MET,
        dt.date(2021, 9, 6),
        "curator",
        "приказ № 12",
    )
    assert plan.criterion_status("pair_created") is MET
    assert (
        plan.criterion_status("pair_created", on=dt.date(2021, 9, 5))
        is CriterionStatus.NOT_STARTED
    )


def test_assessing_a_criterion_the_plan_does_not_have_is_refused_naming_it():
    with pytest.raises(NotFoundError) as info:
        kz_plan().assess("lesson_plans_ready", MET, on=dt.date(2021, 9, 6))
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("criterion", "lesson_plans_ready")
    assert str(info.value) == "no criterion with id 'lesson_plans_ready'"


def test_looking_up_an_unknown_criterion_or_activity_is_a_not_found_error():
    assert kz_plan().criterion("pair_created").id == "pair_created"
    with pytest.raises(NotFoundError) as info:
        kz_plan().criterion("nope")
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("criterion", "nope")
    with pytest.raises(NotFoundError) as info:
        small_plan().activity("a9")
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("activity", "a9")
    assert str(info.value) == "no activity with id 'a9'"


def test_plan_built_with_an_assessment_of_an_unknown_criterion_is_refused():
    plan = kz_plan()
    bad = (
        *plan.assessments,
        attrs.evolve(
            plan.assess("pair_created", MET, on=dt.date(2021, 9, 6)).assessments[0],
            criterion_id="nope",
        ),
    )
    with pytest.raises(ValidationError) as info:
        attrs.evolve(plan, assessments=bad)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == (
        "$.assessments[0].criterion_id",
        "unknown_id",
    )
    assert problem.message == "no criterion with id 'nope' in the plan"


def test_criterion_met_before_an_earlier_one_is_flagged():
    plan = kz_plan().assess("strategy_chosen", MET, on=dt.date(2021, 9, 20))
    plan = plan.assess("pair_created", MET, on=dt.date(2021, 9, 6))
    (warning,) = plan.order_warnings()
    assert (warning.path, warning.code) == ("$.criteria[2]", "order")
    assert "'strategy_chosen'" in warning.message
    assert "'focus_issue_identified'" in warning.message
    in_order = plan.assess("focus_issue_identified", MET, on=dt.date(2021, 9, 13))
    assert in_order.order_warnings() == ()


# -- activities -------------------------------------------------------------------------


def test_activity_dated_outside_its_plan_is_refused_naming_it():
    plan = small_plan()
    late = Activity(
        id="a3", title="Seminar", method=WorkMethod.SEMINAR, due=dt.date(2022, 1, 10)
    )
    with pytest.raises(ValidationError) as info:
        plan.add_activity(late)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.activities[2].due", "outside")
    assert problem.message == (
        "2022-01-10 is outside the plan's period 2021-09-01..2021-12-31"
    )


def test_complete_miss_cancel_and_reschedule_return_new_plans():
    plan = small_plan()
    done = plan.complete("a1", on=dt.date(2021, 9, 14))
    assert plan.activity("a1").status is ActivityStatus.PLANNED
    assert done.activity("a1").status is ActivityStatus.DONE
    assert done.activity("a1").on_time
    missed = done.miss("a2")
    assert missed.activity("a2").status is ActivityStatus.MISSED
    moved = missed.reschedule("a2", to=dt.date(2021, 11, 5))
    assert moved.activity("a2").status is ActivityStatus.PLANNED
    assert moved.activity("a2").due == dt.date(2021, 11, 5)
    cancelled = moved.cancel("a2", reason="the mentee is ill")
    assert cancelled.activity("a2").status is ActivityStatus.CANCELLED
    assert cancelled.activity("a2").notes == "the mentee is ill"


def test_done_activity_cannot_be_missed_or_rescheduled():
    done = small_plan().complete("a1", on=dt.date(2021, 9, 14))
    with pytest.raises(TransitionError, match="'done' to 'missed'"):
        done.miss("a1")
    with pytest.raises(TransitionError):
        done.reschedule("a1", to=dt.date(2021, 9, 20))


def test_rescheduling_outside_the_plan_is_refused():
    with pytest.raises(ValidationError) as info:
        small_plan().reschedule("a1", to=dt.date(2022, 2, 1))
    assert info.value.problems[0].path == "$.activities[0].due"


@pytest.mark.parametrize(
    "change",
    [
        lambda plan: plan.complete("a9", on=dt.date(2021, 9, 14)),
        lambda plan: plan.miss("a9"),
        lambda plan: plan.cancel("a9"),
        lambda plan: plan.reschedule("a9", to=dt.date(2021, 9, 14)),
    ],
)
def test_changing_an_activity_the_plan_does_not_have_is_refused_naming_it(change):
    with pytest.raises(NotFoundError) as info:
        change(small_plan())
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("activity", "a9")
    assert str(info.value) == "no activity with id 'a9'"


def test_overdue_activities_as_of_a_date():
    plan = small_plan()
    assert plan.overdue(dt.date(2021, 9, 15)) == ()
    assert [a.id for a in plan.overdue(dt.date(2021, 10, 20))] == ["a1", "a2"]
    plan = plan.complete("a1", on=dt.date(2021, 9, 20))
    assert [a.id for a in plan.overdue(dt.date(2021, 10, 20))] == ["a2"]


def test_activities_from_a_schedule():
    plan = small_plan().add_scheduled(
        Schedule.weekly(TU, start=dt.date(2021, 9, 1)).within(YEAR),
        title="Коучинг",
        method=WorkMethod.COACHING,
        id_prefix="coaching",
    )
    coaching = [a for a in plan.activities if a.id.startswith("coaching-")]
    assert coaching[0].id == "coaching-2021-09-07"
    assert all(
        a.due.weekday() == 1 and plan.start <= a.due <= plan.end for a in coaching
    )
    assert all(YEAR.is_school_day(a.due) for a in coaching)


# -- progress ------------------------------------------------------------------------------


def test_progress_has_criteria_and_activity_parts():
    plan = small_plan()
    assert plan_progress(plan).value == 0.0
    plan = plan.complete("a1", on=dt.date(2021, 9, 10)).complete(
        "a2", on=dt.date(2021, 10, 20)
    )
    score = plan_progress(plan)
    part = score.part("activities_done")
    assert part.raw == pytest.approx(0.75)  # one on time, one late at half credit
    assert score.part("criteria_met").weight == 0  # the plan has no criteria
    assert score.value == pytest.approx(0.75)
    strict = plan_progress(plan, weights=ProgressWeights(late_credit=0.0))
    assert strict.value == pytest.approx(0.5)


def test_progress_of_the_kazakh_plan_counts_criteria_met():
    plan = kz_plan().assess("pair_created", MET, on=dt.date(2021, 9, 6))
    score = plan_progress(plan, weights=ProgressWeights(activities=0))
    assert score.value == pytest.approx(0.25)
    assert "1 of 4 criteria met" in score.explain(title="progress")


@settings(max_examples=200)
@given(strategies.plans(), st.data())
def test_progress_stays_in_unit_interval_and_never_falls_when_an_activity_is_completed(
    plan, data
):
    on = data.draw(st.none() | st.dates(plan.start, plan.end + dt.timedelta(days=60)))
    weights = data.draw(
        st.builds(
            ProgressWeights,
            criteria=st.floats(0, 5),
            activities=st.floats(0, 5),
            late_credit=st.floats(0, 1),
        )
    )
    before = plan_progress(plan, on=on, weights=weights)
    assert 0.0 <= before.value <= 1.0
    open_ids = [
        a.id
        for a in plan.activities
        if a.status in (ActivityStatus.PLANNED, ActivityStatus.MISSED)
    ]
    if not open_ids:
        return
    chosen = data.draw(st.sampled_from(open_ids))
    done_on = data.draw(st.dates(plan.start, plan.end + dt.timedelta(days=60)))
    after = plan_progress(plan.complete(chosen, on=done_on), on=on, weights=weights)
    assert 0.0 <= after.value <= 1.0
    assert after.value >= before.value


# -- due between, last done --------------------------------------------------------------


def test_due_between_lists_activities_due_in_the_span_by_date_then_id():
    plan = small_plan().add_activity(
        Activity(
            id="a0",
            title="Meeting",
            method=WorkMethod.MEETING,
            due=dt.date(2021, 9, 15),
        )
    )
    september = plan.due_between(dt.date(2021, 9, 1), dt.date(2021, 9, 30))
    assert [a.id for a in september] == ["a0", "a1"]
    # Both ends are inclusive, whatever the status.
    done = plan.complete("a2", on=dt.date(2021, 10, 1))
    assert [
        a.id for a in done.due_between(dt.date(2021, 9, 15), dt.date(2021, 10, 15))
    ] == [
        "a0",
        "a1",
        "a2",
    ]
    assert plan.due_between(dt.date(2021, 9, 16), dt.date(2021, 10, 14)) == ()
    assert plan.due_between(dt.date(2021, 10, 15), dt.date(2021, 9, 15)) == ()


def test_last_done_is_the_latest_day_an_activity_was_done_by_a_day():
    plan = small_plan()
    assert plan.last_done() is None
    plan = plan.complete("a2", on=dt.date(2021, 9, 10)).complete(
        "a1", on=dt.date(2021, 9, 20)
    )
    assert plan.last_done() == dt.date(2021, 9, 20)
    assert plan.last_done(on=dt.date(2021, 9, 19)) == dt.date(2021, 9, 10)
    assert plan.last_done(on=dt.date(2021, 9, 9)) is None
    # A missed or cancelled activity was not done.
    assert small_plan().miss("a1").cancel("a2").last_done() is None


@settings(max_examples=100)
@given(strategies.plans(), st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)))
def test_last_done_is_the_max_done_on_by_that_day(plan, on):
    days = [
        a.done_on for a in plan.activities if a.done_on is not None and a.done_on <= on
    ]
    assert plan.last_done(on=on) == max(days, default=None)


# -- wrong types are refused with paths --------------------------------------------------


class Wrong:
    def __repr__(self):
        return "Wrong()"


WRONG = Wrong()
DAY = dt.date(2021, 9, 20)
SMALL = small_plan()
KZ = kz_plan()
A1 = SMALL.activities[0]
PERIOD = (dt.date(2021, 9, 1), dt.date(2021, 12, 31))

PLAN_CALLS = [
    ("done_by", A1.done_by, {"day": DAY}),
    ("duties_of", RUSSIAN_YOUNG_SPECIALIST.duties_of, {"role": Role.MENTOR}),
    (
        "criterion_status",
        KZ.criterion_status,
        {"criterion_id": "pair_created", "on": DAY},
    ),
    ("activity", SMALL.activity, {"activity_id": "a1"}),
    ("criterion", KZ.criterion, {"criterion_id": "pair_created"}),
    ("met_criteria", KZ.met_criteria, {"on": DAY}),
    ("overdue", SMALL.overdue, {"on": DAY}),
    ("due_between", SMALL.due_between, {"first": DAY, "last": DAY}),
    ("last_done", SMALL.last_done, {"on": DAY}),
    ("order_warnings", KZ.order_warnings, {"on": DAY}),
    (
        "assess",
        KZ.assess,
        {
            "criterion_id": "pair_created",
            "status": MET,
            "on": DAY,
            "assessor_id": "curator",
            "evidence": "",
            "review": ReviewKind.CURRENT,
        },
    ),
    ("complete", SMALL.complete, {"activity_id": "a1", "on": DAY}),
    ("miss", SMALL.miss, {"activity_id": "a1"}),
    ("cancel", SMALL.cancel, {"activity_id": "a1", "reason": "ill"}),
    ("reschedule", SMALL.reschedule, {"activity_id": "a1", "to": DAY}),
    ("add_activities", SMALL.add_activities, {"activities": ()}),
    (
        "add_activity",
        SMALL.add_activity,
        {"activity": attrs.evolve(A1, id="a9")},
    ),
    (
        "add_scheduled",
        SMALL.add_scheduled,
        {
            "schedule": Schedule.weekly(TU, start=dt.date(2021, 9, 1)),
            "title": "Coaching",
            "method": WorkMethod.COACHING,
            "id_prefix": "coach",
            "step_id": None,
            "delivery": None,
        },
    ),
    (
        "from_template",
        MentoringPlan.from_template,
        {"template": KAZAKH_MENTOR_MENTEE, "pair": "p1", "period": PERIOD, "id": None},
    ),
    ("plan_progress", plan_progress, {"plan": SMALL, "on": DAY, "weights": None}),
]


@pytest.mark.parametrize(("name", "function", "good"), PLAN_CALLS)
def test_every_plan_call_works_with_good_arguments(name, function, good):
    function(**good)


@pytest.mark.parametrize(
    ("function", "arguments", "bad"),
    [
        pytest.param(function, {**good, arg: WRONG}, arg, id=f"{name}-{arg}")
        for name, function, good in PLAN_CALLS
        for arg in good
    ],
)
def test_a_wrong_type_to_any_plan_argument_is_refused_with_its_path(
    function, arguments, bad
):
    with pytest.raises(ValidationError) as info:
        function(**arguments)
    assert [p.path for p in info.value.problems] == [f"$.{bad}"]


@pytest.mark.parametrize(
    ("call", "paths"),
    [
        (lambda: SMALL.due_between("2021-09-01", DAY), ["$.first"]),
        (lambda: SMALL.last_done(on=dt.datetime(2021, 9, 1)), ["$.on"]),  # noqa: DTZ001
        (lambda: SMALL.add_activities([A1, "a2"]), ["$.activities"]),
        (
            lambda: MentoringPlan.from_template(
                KAZAKH_MENTOR_MENTEE, pair="p1", period=(PERIOD[0],)
            ),
            ["$.period"],
        ),
        (
            lambda: MentoringPlan.from_template(
                KAZAKH_MENTOR_MENTEE, pair="p1", period=(PERIOD[1], PERIOD[0])
            ),
            ["$.period"],
        ),
        (
            lambda: SMALL.reschedule("a1", to=dt.date(2022, 1, 1)),
            ["$.activities[0].due"],
        ),
    ],
)
def test_bad_plan_arguments_are_refused_with_their_paths(call, paths):
    with pytest.raises(ValidationError) as info:
        call()
    assert [p.path for p in info.value.problems] == paths


@settings(max_examples=300)
@given(strategies.plans(), st.data())
def test_progress_counts_what_the_plan_says_met_and_done(plan, data):
    days = st.none() | st.dates(plan.start, plan.end + dt.timedelta(days=60))
    if plan.assessments:  # the days an assessment changes what is met, and before
        assessed = [
            a.on - dt.timedelta(days=d) for a in plan.assessments for d in (0, 1)
        ]
        days |= st.sampled_from(assessed)
    on = data.draw(days)
    criteria, activities = plan_progress(plan, on=on).parts
    met, total = len(plan.met_criteria(on=on)), len(plan.criteria)
    assert criteria.reason == (
        f"{met} of {total} criteria met" if total else "no criteria"
    )
    counted = [a for a in plan.activities if a.status is not ActivityStatus.CANCELLED]
    done = [a for a in counted if a.status is ActivityStatus.DONE and a.done_by(on)]
    on_time = sum(1 for a in done if a.on_time)
    late = len(done) - on_time
    n = len(counted)
    reason = f"{on_time} of {n} activities done on time" if n else "no activities"
    assert activities.reason == reason + (f", {late} late" if late else "")
