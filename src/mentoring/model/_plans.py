"""The types of a pair's plan: :class:`MentoringPlan`, :class:`PlanStep`,
:class:`Activity`, and the :class:`PlanTemplate` a plan is made from.

A plan has a goal, ordered success criteria, ordered steps (each with its task,
methods and criterion), dated activities and assessments. Every change is a
method that returns a new plan: assess a criterion; complete, miss, cancel or
reschedule an activity; add activities, one by one or from a
:class:`~mentoring.schedule.Schedule`. Progress is measured in
:mod:`mentoring.progress`; the templates of the seeds are in
:mod:`mentoring.templates`.
"""

import datetime as dt
import enum
from collections.abc import Iterable, Iterator

import attrs
from dateutil.relativedelta import relativedelta

from mentoring._checks import check, non_empty, validated
from mentoring._enums import (
    ActivityStatus,
    CriterionStatus,
    DeliveryMode,
    ReviewKind,
    Role,
    WorkMethod,
)
from mentoring._problems import duplicate, out_of_range, problem, shown, unknown_id
from mentoring.calendar import AcademicYear, Term
from mentoring.errors import NotFoundError, Problem, TransitionError, ValidationError
from mentoring.model._criteria import Assessment, SuccessCriterion
from mentoring.model._pairs import Pair
from mentoring.schedule import Schedule

__all__ = [
    "ACTIVITY_TRANSITIONS",
    "Activity",
    "ActivityTiming",
    "Duty",
    "MentoringPlan",
    "PlanStep",
    "PlanTemplate",
    "TemplateActivity",
]

_A = ActivityStatus

#: Where an activity may go from each status (rescheduling makes it planned
#: again; a done activity is final).
ACTIVITY_TRANSITIONS: dict[ActivityStatus, frozenset[ActivityStatus]] = {
    _A.PLANNED: frozenset({_A.DONE, _A.MISSED, _A.CANCELLED, _A.PLANNED}),
    _A.MISSED: frozenset({_A.DONE, _A.CANCELLED, _A.PLANNED}),
    _A.CANCELLED: frozenset({_A.PLANNED}),
    _A.DONE: frozenset(),
}


@attrs.frozen(kw_only=True)
class Activity:
    """One dated action of a plan: a joint lesson plan, a coaching session, a
    lesson observation, ... with its status and the day it was done.

    .. versionadded:: 0.1.0
    """

    id: str
    title: str
    method: WorkMethod
    due: dt.date
    status: ActivityStatus = ActivityStatus.PLANNED
    done_on: dt.date | None = None
    step_id: str | None = None
    delivery: DeliveryMode | None = None
    notes: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        done = self.status is ActivityStatus.DONE
        if done and self.done_on is None:
            yield problem(
                "$.done_on", "missing", "a done activity needs the day it was done"
            )
        if not done and self.done_on is not None:
            yield problem(
                "$.done_on",
                "rule",
                "only a done activity has done_on; status is"
                f" {shown(self.status.value)}",
            )

    @property
    def on_time(self) -> bool:
        """Whether the activity was done by its due date."""
        return self.done_on is not None and self.done_on <= self.due

    @validated
    def done_by(self, day: dt.date | None) -> bool:
        """Whether the activity was done on or before *day* (ever, if None)."""
        if self.done_on is None:
            return False
        return day is None or self.done_on <= day


@attrs.frozen(kw_only=True)
class PlanStep:
    """A step of the plan (этап): what the teacher does, the concrete actions,
    the task, the methods and the criterion that shows the step is done.

    ``criterion_id`` names the plan-level criterion the step serves;
    ``success_criterion`` keeps the step's own wording of success (the Kazakh
    template: "Выбрана стратегия для менторинга").

    .. versionadded:: 0.1.0
    """

    id: str
    title: str
    task: str = ""
    methods: tuple[WorkMethod, ...] = ()
    criterion_id: str | None = None
    actions: str = ""
    success_criterion: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)


class ActivityTiming(enum.StrEnum):
    """When a template's activity falls in the plan's period.

    .. versionadded:: 0.1.0
    """

    AT_START = "at_start"  #: the first (school) day, plus ``offset_days``
    MONTHLY = "monthly"  #: every month from the start, plus ``offset_days``
    EACH_TERM = "each_term"  #: at each term's current control (a quarterly report)
    AT_END = "at_end"  #: the last (school) day, minus ``offset_days``


@attrs.frozen(kw_only=True)
class Duty:
    """One item of a duty checklist: what the mentor or the mentee must do
    (S004: "Требования, предъявляемые к наставнику", "... к молодому
    специалисту").

    .. versionadded:: 0.1.0
    """

    id: str
    role: Role
    text: str
    text_en: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.text", self.text)


@attrs.frozen(kw_only=True)
class TemplateActivity:
    """An activity a template plans, dated when a plan is made from it.

    .. versionadded:: 0.1.0
    """

    id: str
    title: str
    method: WorkMethod
    timing: ActivityTiming = ActivityTiming.AT_START
    offset_days: int = 0
    step_id: str | None = None
    delivery: DeliveryMode | None = None

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        if self.offset_days < 0:
            yield out_of_range("$.offset_days", self.offset_days, low=0)


@attrs.frozen(kw_only=True)
class PlanTemplate:
    """A plan as data, to make a pair's plan from: the goal, the success
    criteria in order, the steps, the activities and the duty checklists.

    Titles, goals and criteria keep the wording of their source language;
    ``title_en`` and ``goal_en`` give English, and each criterion's
    ``description`` its English gloss. :mod:`mentoring.templates` holds the
    seeds' templates; add your own the same way.

    .. versionadded:: 0.1.0
    """

    id: str
    title: str
    goal: str
    criteria: tuple[SuccessCriterion, ...]
    steps: tuple[PlanStep, ...] = ()
    activities: tuple[TemplateActivity, ...] = ()
    duties: tuple[Duty, ...] = ()
    title_en: str = ""
    goal_en: str = ""
    language: str = ""
    jurisdictions: tuple[str, ...] = ()
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.title", self.title)
        yield from _part_problems("template", self)
        steps = {s.id for s in self.steps}
        for i, act in enumerate(self.activities):
            if act.step_id is not None and act.step_id not in steps:
                yield unknown_id(
                    f"$.activities[{i}].step_id",
                    "step",
                    act.step_id,
                    where="in the template",
                )

    @validated
    def duties_of(self, role: Role) -> tuple[Duty, ...]:
        """The checklist of *role* (the mentor's, the mentee's), in order."""
        return tuple(d for d in self.duties if d.role is role)


def _duplicates(label: str, ids: list[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            yield duplicate(f"$.{label}[{i}].id", item)
        seen.add(item)


def _part_problems(
    whose: str, parts: "PlanTemplate | MentoringPlan"
) -> Iterator[Problem]:
    """Duplicate ids among the criteria, steps, activities and duties of a
    template or a plan (*whose*), and steps naming a criterion it lacks.
    """
    yield from _duplicates("criteria", [c.id for c in parts.criteria])
    yield from _duplicates("steps", [s.id for s in parts.steps])
    yield from _duplicates("activities", [a.id for a in parts.activities])
    yield from _duplicates("duties", [d.id for d in parts.duties])
    criteria = {c.id for c in parts.criteria}
    for i, step in enumerate(parts.steps):
        if step.criterion_id is not None and step.criterion_id not in criteria:
            yield unknown_id(
                f"$.steps[{i}].criterion_id",
                "criterion",
                step.criterion_id,
                where=f"in the {whose}",
            )


@attrs.frozen(kw_only=True)
class MentoringPlan:
    """A pair's plan for a period (план менторинга, план профессионального
    становления, plan individual de mentorat).

    Criteria are kept in the template's order: a criterion met while an
    earlier one is unmet is flagged by the plan logic. A look-up or a change
    that names an activity or a criterion the plan does not have raises
    :class:`~mentoring.errors.NotFoundError` (also a ``KeyError``).

    .. versionadded:: 0.1.0
    """

    id: str
    pair_id: str
    goal: str
    start: dt.date
    end: dt.date
    criteria: tuple[SuccessCriterion, ...] = ()
    steps: tuple[PlanStep, ...] = ()
    activities: tuple[Activity, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    focus_issue: str = ""
    strategy: str = ""
    template: str = ""
    duties: tuple[Duty, ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.pair_id", self.pair_id)
        if self.end < self.start:
            yield problem(
                "$.end",
                "order",
                f"must not be before start {self.start}, got {self.end}",
            )
        yield from _part_problems("plan", self)
        criteria = {c.id for c in self.criteria}
        steps = {s.id for s in self.steps}
        for i, act in enumerate(self.activities):
            if not self.start <= act.due <= self.end:
                yield problem(
                    f"$.activities[{i}].due",
                    "outside",
                    f"{act.due} is outside the plan's period {self.start}..{self.end}",
                )
            if act.step_id is not None and act.step_id not in steps:
                yield unknown_id(
                    f"$.activities[{i}].step_id",
                    "step",
                    act.step_id,
                    where="in the plan",
                )
        for i, a in enumerate(self.assessments):
            if a.criterion_id not in criteria:
                yield unknown_id(
                    f"$.assessments[{i}].criterion_id",
                    "criterion",
                    a.criterion_id,
                    where="in the plan",
                )

    @validated
    def criterion_status(
        self, criterion_id: str, *, on: dt.date | None = None
    ) -> CriterionStatus:
        """The status of the latest assessment of *criterion_id* (by *on*)."""
        latest: Assessment | None = None
        for a in self.assessments:
            if a.criterion_id != criterion_id or (on is not None and a.on > on):
                continue
            if latest is None or a.on >= latest.on:
                latest = a
        return latest.status if latest else CriterionStatus.NOT_STARTED

    # -- look-ups ------------------------------------------------------------

    @validated
    def activity(self, activity_id: str) -> Activity:
        """The activity with the id *activity_id*.

        Raises:
            ~mentoring.errors.NotFoundError: if the plan has no such activity
                (also a ``KeyError``).
        """
        return self.activities[self._activity_index(activity_id)]

    @validated
    def criterion(self, criterion_id: str) -> SuccessCriterion:
        """The success criterion with the id *criterion_id*.

        Raises:
            ~mentoring.errors.NotFoundError: if the plan has no such criterion
                (also a ``KeyError``).
        """
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise NotFoundError("criterion", criterion_id)

    def _activity_index(self, activity_id: str) -> int:
        for i, a in enumerate(self.activities):
            if a.id == activity_id:
                return i
        raise NotFoundError("activity", activity_id)

    @validated
    def met_criteria(
        self, *, on: dt.date | None = None
    ) -> tuple[SuccessCriterion, ...]:
        """The criteria met (by *on*), in the plan's order."""
        return tuple(
            c
            for c in self.criteria
            if self.criterion_status(c.id, on=on) is CriterionStatus.MET
        )

    @validated
    def overdue(self, on: dt.date) -> tuple[Activity, ...]:
        """The activities still planned whose due date is before *on*, by due
        date then id.
        """
        late = [a for a in self.activities if a.status is _A.PLANNED and a.due < on]
        return tuple(sorted(late, key=lambda a: (a.due, a.id)))

    @validated
    def due_between(self, first: dt.date, last: dt.date) -> tuple[Activity, ...]:
        """The activities due from *first* to *last* inclusive, by due date."""
        found = [a for a in self.activities if first <= a.due <= last]
        return tuple(sorted(found, key=lambda a: (a.due, a.id)))

    @validated
    def last_done(self, *, on: dt.date | None = None) -> dt.date | None:
        """The latest day an activity was done (by *on*), if any was."""
        days = [a.done_on for a in self.activities if a.done_on and a.done_by(on)]
        return max(days, default=None)

    @validated
    def order_warnings(self, *, on: dt.date | None = None) -> tuple[Problem, ...]:
        """A problem for each criterion met (by *on*) while an earlier one, in
        the template's order, is not: the Kazakh plan meets "pair created",
        then "focus problem identified", then "strategy", then "joint plan".
        """
        warnings: list[Problem] = []
        unmet: SuccessCriterion | None = None
        for i, c in enumerate(self.criteria):
            if self.criterion_status(c.id, on=on) is CriterionStatus.MET:
                if unmet is not None:
                    warnings.append(
                        problem(
                            f"$.criteria[{i}]",
                            "order",
                            f"criterion {shown(c.id)} ({c.title}) is met while"
                            f" the earlier criterion {shown(unmet.id)}"
                            f" ({unmet.title}) is not",
                        )
                    )
            elif unmet is None:
                unmet = c
        return tuple(warnings)

    # -- changes: each returns a new plan --------------------------------------

    @validated
    def assess(  # noqa: PLR0913
        self,
        criterion_id: str,
        status: CriterionStatus,
        *,
        on: dt.date,
        assessor_id: str = "",
        evidence: str = "",
        review: ReviewKind = ReviewKind.CURRENT,
    ) -> "MentoringPlan":
        """Record where *criterion_id* stands on *on*, on whose judgement and
        with what evidence. A criterion the plan does not have raises
        :class:`~mentoring.errors.NotFoundError` naming it.

        >>> from mentoring.templates import KAZAKH_MENTOR_MENTEE
        >>> plan = MentoringPlan.from_template(
        ...     KAZAKH_MENTOR_MENTEE, pair="p1",
        ...     period=(dt.date(2021, 9, 1), dt.date(2022, 5, 31)))
        >>> plan = plan.assess("pair_created", CriterionStatus.MET,
        ...                    on=dt.date(2021, 9, 6), assessor_id="curator")
        >>> [c.id for c in plan.met_criteria()]
        ['pair_created']
        """
        self.criterion(criterion_id)
        assessment = Assessment(
            criterion_id=criterion_id,
            status=status,
            on=on,
            assessor_id=assessor_id,
            evidence=evidence,
            review=review,
        )
        return attrs.evolve(self, assessments=(*self.assessments, assessment))

    def _move(
        self,
        activity_id: str,
        to: ActivityStatus,
        *,
        done_on: dt.date | None = None,
        due: dt.date | None = None,
        notes: str | None = None,
    ) -> "MentoringPlan":
        index = self._activity_index(activity_id)
        current = self.activities[index]
        if to not in ACTIVITY_TRANSITIONS[current.status]:
            raise TransitionError(current.status, to, what="activity")
        updated = attrs.evolve(
            current,
            status=to,
            done_on=done_on,
            due=current.due if due is None else due,
            notes=current.notes if notes is None else notes,
        )
        activities = (
            *self.activities[:index],
            updated,
            *self.activities[index + 1 :],
        )
        return attrs.evolve(self, activities=activities)

    @validated
    def complete(self, activity_id: str, *, on: dt.date) -> "MentoringPlan":
        """Mark the activity done on *on* (a planned or a missed one)."""
        return self._move(activity_id, _A.DONE, done_on=on)

    @validated
    def miss(self, activity_id: str) -> "MentoringPlan":
        """Mark a planned activity missed."""
        return self._move(activity_id, _A.MISSED)

    @validated
    def cancel(self, activity_id: str, *, reason: str = "") -> "MentoringPlan":
        """Cancel a planned or missed activity; *reason* goes into its notes."""
        notes = self.activity(activity_id).notes
        if reason:
            notes = f"{notes}\n{reason}" if notes else reason
        return self._move(activity_id, _A.CANCELLED, notes=notes)

    @validated
    def reschedule(self, activity_id: str, *, to: dt.date) -> "MentoringPlan":
        """Plan the activity again for *to* (which must lie in the plan's
        period); a done activity cannot be rescheduled.
        """
        return self._move(activity_id, _A.PLANNED, due=to)

    @validated
    def add_activities(self, activities: Iterable[Activity]) -> "MentoringPlan":
        """Add *activities*; an id already used or a date outside the plan
        raises :class:`~mentoring.errors.ValidationError`.
        """
        return attrs.evolve(self, activities=(*self.activities, *activities))

    @validated
    def add_activity(self, activity: Activity) -> "MentoringPlan":
        """Add one activity; see :meth:`add_activities`."""
        return self.add_activities((activity,))

    @validated
    def add_scheduled(  # noqa: PLR0913
        self,
        schedule: Schedule,
        *,
        title: str,
        method: WorkMethod,
        id_prefix: str,
        step_id: str | None = None,
        delivery: DeliveryMode | None = None,
    ) -> "MentoringPlan":
        """Add an activity for each date of *schedule* within the plan's
        period, with the id ``"<id_prefix>-<YYYY-MM-DD>"``.

        >>> import datetime as dt
        >>> from mentoring.schedule import Schedule, TU
        >>> plan = MentoringPlan(id="pl", pair_id="p1", goal="",
        ...     start=dt.date(2021, 9, 1), end=dt.date(2021, 9, 30))
        >>> plan = plan.add_scheduled(Schedule.weekly(TU, start=plan.start),
        ...     title="Coaching", method=WorkMethod.COACHING, id_prefix="coach")
        >>> [a.id for a in plan.activities][:2]
        ['coach-2021-09-07', 'coach-2021-09-14']
        """
        dates = schedule.occurrences(between=(self.start, self.end))
        return self.add_activities(
            Activity(
                id=f"{id_prefix}-{day.isoformat()}",
                title=title,
                method=method,
                due=day,
                step_id=step_id,
                delivery=delivery,
            )
            for day in dates
        )

    # -- from a template ---------------------------------------------------------

    @classmethod
    @validated
    def from_template(
        cls,
        template: PlanTemplate,
        *,
        pair: Pair | str,
        period: tuple[dt.date, dt.date] | Term | AcademicYear,
        id: str | None = None,  # noqa: A002
    ) -> "MentoringPlan":
        """The plan of *pair* for *period* made from *template*: its goal,
        criteria (in order), steps and duties, and its activities dated within
        the period (each term's activity at the term's current control when
        the period is an :class:`~mentoring.calendar.AcademicYear` with terms).

        The id defaults to ``"<template id>:<pair id>"``.
        """
        pair_id = pair.id if isinstance(pair, Pair) else pair
        start, end = _period_bounds(period)
        activities: list[Activity] = []
        for ta in template.activities:
            dates = _template_dates(ta, period, start, end)
            for suffix, day in dates:
                activities.append(
                    Activity(
                        id=f"{ta.id}-{suffix}" if suffix else ta.id,
                        title=ta.title,
                        method=ta.method,
                        due=day,
                        step_id=ta.step_id,
                        delivery=ta.delivery,
                    )
                )
        return cls(
            id=id if id is not None else f"{template.id}:{pair_id}",
            pair_id=pair_id,
            goal=template.goal,
            start=start,
            end=end,
            criteria=template.criteria,
            steps=template.steps,
            activities=tuple(activities),
            template=template.id,
            duties=template.duties,
        )


def _period_bounds(
    period: tuple[dt.date, dt.date] | Term | AcademicYear,
) -> tuple[dt.date, dt.date]:
    """The first and last day of *period* (whose type ``@validated`` has
    checked).
    """
    if isinstance(period, Term | AcademicYear):
        return period.start, period.end
    start, end = period
    if end < start:
        message = f"ends on {end}, before it starts on {start}"
        raise ValidationError([problem("$.period", "order", message)], subject="plan")
    return start, end


def _template_dates(
    ta: TemplateActivity,
    period: tuple[dt.date, dt.date] | Term | AcademicYear,
    start: dt.date,
    end: dt.date,
) -> list[tuple[str, dt.date]]:
    year = period if isinstance(period, AcademicYear) else None
    first = (year.first_school_day(start, end) if year else None) or start
    last = (year.last_school_day(start, end) if year else None) or end
    offset = dt.timedelta(days=ta.offset_days)
    if ta.timing is ActivityTiming.AT_START:
        day = min(first + offset, end)
        if year is not None:
            day = year.first_school_day(day, end) or day
        return [("", day)]
    if ta.timing is ActivityTiming.AT_END:
        day = max(last - offset, start)
        if year is not None:
            day = year.last_school_day(start, day) or day
        return [("", day)]
    if ta.timing is ActivityTiming.EACH_TERM:
        if year is not None and year.terms:
            return [(t.name, year.control_date(t)) for t in year.terms]
        return [("", end)]
    dates: list[tuple[str, dt.date]] = []
    k = 0
    while (day := first + offset + relativedelta(months=k)) <= end:
        k += 1
        suffix = f"{day:%Y-%m}"
        if year is not None:
            moved = year.first_school_day(day, min(day + dt.timedelta(days=6), end))
            if moved is None:
                continue
            day = moved
        dates.append((suffix, day))
    return dates
