"""Plan building blocks shared by the samples (private).

A sample plan is made of a criteria list, a list of activity lines and a
progress profile: how many criteria were met at each review, and after which
day the pair stopped working (activities due later are missed).
"""

import datetime as dt
from collections.abc import Sequence

import attrs

from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear
from mentoring.model import (
    Activity,
    ActivityStatus,
    Assessment,
    ContactKind,
    CriterionStatus,
    MentoringPlan,
    PlanStep,
    PlanTemplate,
    ReviewKind,
    SuccessCriterion,
    WorkMethod,
)
from mentoring.samples._build import day
from mentoring.schedule import TU, Schedule

__all__ = ["PlanShape", "build_plan", "plan_from_template", "with_weekly_contact"]


@attrs.frozen(kw_only=True)
class PlanShape:
    """What plans of one kind share: goal, criteria, steps and activities."""

    __repr__ = value_repr

    goal: str
    template: str
    criteria: tuple[tuple[str, str], ...]
    steps: tuple[tuple[str, str, str, tuple[WorkMethod, ...], str | None], ...]
    #: (title, method, due day, step id) of each activity, in order.
    activities: tuple[tuple[str, WorkMethod, str, str], ...]
    focus_issue: str = ""
    strategy: str = ""


def build_plan(  # noqa: PLR0913
    shape: PlanShape,
    *,
    pair_id: str,
    assessor: str,
    start: str,
    end: str,
    reviews: Sequence[tuple[str, ReviewKind, int]],
    today: str,
    stalled_after: str | None = None,
    focus_issue: str | None = None,
) -> MentoringPlan:
    """A plan of *shape* for *pair_id*, as it stands on *today*.

    *reviews* are ``(day, kind, criteria met by then)``; at each review the
    newly met criteria are assessed met and the next one in progress.
    Activities due by *today* are done (two days early), or missed when due
    after *stalled_after*; later ones are still planned.
    """
    return MentoringPlan(
        id=f"plan-{pair_id}",
        pair_id=pair_id,
        goal=shape.goal,
        start=day(start),
        end=day(end),
        criteria=tuple(
            SuccessCriterion(id=cid, title=title) for cid, title in shape.criteria
        ),
        steps=tuple(
            PlanStep(id=sid, title=title, task=task, methods=methods, criterion_id=cid)
            for sid, title, task, methods, cid in shape.steps
        ),
        activities=_activities(shape, pair_id, day(today), stalled_after),
        assessments=_assessed(shape.criteria, assessor, reviews),
        focus_issue=shape.focus_issue if focus_issue is None else focus_issue,
        strategy=shape.strategy,
        template=shape.template,
    )


def _activities(
    shape: PlanShape, pair_id: str, today: dt.date, stalled_after: str | None
) -> tuple[Activity, ...]:
    found = []
    for i, (title, method, due_day, step) in enumerate(shape.activities, start=1):
        due = day(due_day)
        status, done_on = _state(due, today, stalled_after, due - dt.timedelta(days=2))
        found.append(
            Activity(
                id=f"{pair_id}-a{i}",
                title=title,
                method=method,
                due=due,
                status=status,
                done_on=done_on,
                step_id=step,
            )
        )
    return tuple(found)


def _state(
    due: dt.date, today: dt.date, stalled_after: str | None, earliest: dt.date
) -> tuple[ActivityStatus, dt.date | None]:
    """Done two days early by *today*; missed after a stall; else planned."""
    if due > today:
        return ActivityStatus.PLANNED, None
    if stalled_after is not None and due > day(stalled_after):
        return ActivityStatus.MISSED, None
    return ActivityStatus.DONE, max(earliest, due - dt.timedelta(days=2))


def _assessed(
    criteria: tuple[tuple[str, str], ...],
    assessor: str,
    reviews: Sequence[tuple[str, ReviewKind, int]],
) -> tuple[Assessment, ...]:
    ids = [cid for cid, _ in criteria]
    met = 0
    in_progress: str | None = None
    found: list[Assessment] = []

    def add(cid: str, status: CriterionStatus, on: str, kind: ReviewKind) -> None:
        found.append(
            Assessment(
                criterion_id=cid,
                status=status,
                on=day(on),
                assessor_id=assessor,
                review=kind,
            )
        )

    for on, kind, count in reviews:
        before = len(found)
        for cid in ids[met:count]:
            add(cid, CriterionStatus.MET, on, kind)
        met = max(met, count)
        if met < len(ids) and in_progress != ids[met]:
            in_progress = ids[met]
            add(in_progress, CriterionStatus.IN_PROGRESS, on, kind)
        if len(found) == before and ids:
            # Nothing moved: the review still records where the plan stands.
            if met < len(ids):
                add(ids[met], CriterionStatus.IN_PROGRESS, on, kind)
            else:
                add(ids[-1], CriterionStatus.MET, on, kind)
    return tuple(found)


def plan_from_template(  # noqa: PLR0913
    template: PlanTemplate,
    *,
    pair_id: str,
    assessor: str,
    start: str,
    end: str,
    reviews: Sequence[tuple[str, ReviewKind, int]],
    today: str,
    stalled_after: str | None = None,
    focus_issue: str = "",
    strategy: str = "",
) -> MentoringPlan:
    """A plan made from *template* (:mod:`mentoring.templates`) for
    *pair_id*, as it stands on *today*; see :func:`build_plan` for *reviews*
    and *stalled_after*.
    """
    plan = MentoringPlan.from_template(
        template, pair=pair_id, period=(day(start), day(end)), id=f"plan-{pair_id}"
    )
    first = day(start)
    activities = tuple(
        attrs.evolve(a, status=status, done_on=done_on)
        for a, (status, done_on) in (
            (a, _state(a.due, day(today), stalled_after, first))
            for a in plan.activities
        )
    )
    ids = tuple((c.id, c.title) for c in plan.criteria)
    return attrs.evolve(
        plan,
        activities=activities,
        assessments=_assessed(ids, assessor, reviews),
        focus_issue=focus_issue,
        strategy=strategy,
    )


def with_weekly_contact(  # noqa: PLR0913
    plan: MentoringPlan,
    *,
    year: AcademicYear,
    minutes: int,
    today: str,
    every: int = 1,
    stalled_after: str | None = None,
    title: str = "Консультация наставника",
) -> MentoringPlan:
    """*plan* with a mentor's consultation (*title*, in the sample's
    language) of *minutes* every *every* weeks on Tuesdays in term time:
    done by *today* (missed after a stall), later ones planned.
    """
    tuesdays = Schedule.weekly(TU, start=plan.start, interval=every).within(year)
    grown = plan.add_scheduled(
        tuesdays,
        title=title,
        method=WorkMethod.METHODICAL_CONSULTATION,
        id_prefix=f"{plan.pair_id}-consultation",
        contact=ContactKind.MEETING,
        minutes=minutes,
    )
    added = len(plan.activities)
    activities = tuple(
        attrs.evolve(a, status=status, done_on=done_on)
        for a, (status, done_on) in (
            (a, _state(a.due, day(today), stalled_after, a.due))
            for a in grown.activities[added:]
        )
    )
    return attrs.evolve(grown, activities=(*plan.activities, *activities))
