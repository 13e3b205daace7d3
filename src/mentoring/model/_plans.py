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
    ContactKind,
    CriterionStatus,
    DeliveryMode,
    ReviewKind,
    Role,
    WorkMethod,
)
from mentoring._problems import duplicate, out_of_range, problem, shown, unknown_id
from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear, DayShift, Term
from mentoring.errors import NotFoundError, Problem, TransitionError, ValidationError
from mentoring.model._criteria import Assessment, SuccessCriterion
from mentoring.model._pairs import Pair
from mentoring.model._records import QualitativeReport
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

    ``contact`` and ``minutes`` record the mentor's and the mentee's time
    together: the kind of contact and how long it lasted (planned, then as
    done). :mod:`mentoring.contact` counts the hours of the done ones.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    title: str
    method: WorkMethod
    due: dt.date
    status: ActivityStatus = ActivityStatus.PLANNED
    done_on: dt.date | None = None
    step_id: str | None = None
    delivery: DeliveryMode | None = None
    notes: str = ""
    contact: ContactKind | None = None
    minutes: int | None = None

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        if self.minutes is not None and self.minutes < 0:
            yield out_of_range("$.minutes", self.minutes, low=0)
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

    __repr__ = value_repr

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

    AT_START = "at_start"  #: the first school day, plus ``offset_days``
    MONTHLY = "monthly"  #: every month from the first school day + ``offset_days``
    EACH_TERM = "each_term"  #: each term's last school day (a quarterly report)
    AT_END = "at_end"  #: the last school day, minus ``offset_days``


@attrs.frozen(kw_only=True)
class Duty:
    """One item of a duty checklist: what the mentor or the mentee must do
    (S004: "Требования, предъявляемые к наставнику", "... к молодому
    специалисту").

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

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

    A date that is not a school day moves by ``shift``; ``None`` (the
    default) moves an activity at the start or every month to the next
    school day, one at the end to the previous one (see
    :meth:`MentoringPlan.from_template`). ``contact`` and ``minutes`` are
    copied to every activity made from it.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    title: str
    method: WorkMethod
    timing: ActivityTiming = ActivityTiming.AT_START
    offset_days: int = 0
    step_id: str | None = None
    delivery: DeliveryMode | None = None
    shift: DayShift | None = None
    contact: ContactKind | None = None
    minutes: int | None = None

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        if self.offset_days < 0:
            yield out_of_range("$.offset_days", self.offset_days, low=0)
        if self.minutes is not None and self.minutes < 0:
            yield out_of_range("$.minutes", self.minutes, low=0)

    @property
    def day_shift(self) -> DayShift:
        """The shift in force, which is ``shift`` or else the timing's default."""
        if self.shift is not None:
            return self.shift
        if self.timing in (ActivityTiming.AT_END, ActivityTiming.EACH_TERM):
            return DayShift.PREVIOUS
        return DayShift.NEXT


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

    __repr__ = value_repr

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
    ``reports`` hold the mentor's qualitative reports, one per term
    (:class:`~mentoring.model.QualitativeReport`).

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

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
    reports: tuple[QualitativeReport, ...] = ()

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
    def off_school_days(self, year: AcademicYear) -> tuple[Activity, ...]:
        """The planned activities due on a day that is not a school day of
        *year* (a weekend, a holiday, a public holiday), by due date: dated
        so by hand, they are kept as they are, and flagged
        (:func:`mentoring.health.pair_signals`), never moved.
        """
        found = [
            a
            for a in self.activities
            if a.status is _A.PLANNED
            and a.due in year
            and not year.is_school_day(a.due)
        ]
        return tuple(sorted(found, key=lambda a: (a.due, a.id)))

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
        contact: ContactKind | None = None,
        minutes: int | None = None,
    ) -> "MentoringPlan":
        """Add an activity for each date of *schedule* within the plan's
        period, with the id ``"<id_prefix>-<YYYY-MM-DD>"`` (and *contact*
        and *minutes*, when given, on each).

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
                contact=contact,
                minutes=minutes,
            )
            for day in dates
        )

    # -- from a template ---------------------------------------------------------

    @classmethod
    @validated
    def from_template(  # noqa: PLR0913
        cls,
        template: PlanTemplate,
        *,
        pair: Pair | str,
        period: tuple[dt.date, dt.date] | Term | AcademicYear,
        id: str | None = None,  # noqa: A002
        start: dt.date | None = None,
        calendar: AcademicYear | None = None,
    ) -> "MentoringPlan":
        """The plan of *pair* for *period* made from *template*: its goal,
        criteria (in order), steps and duties, and its activities dated on
        school days within the plan.

        The plan runs from *start* to the period's end. *start* defaults to
        the day *pair* was activated when *pair* is a :class:`Pair` activated
        within the period (a pair activated on 16 September gets nothing
        before then), else to the period's first day.

        The school days are those of *calendar*, by default the period when
        it is an :class:`~mentoring.calendar.AcademicYear` (weekends, school
        holidays and public holidays out); with a ``(start, end)`` pair or a
        :class:`~mentoring.calendar.Term` and no *calendar*, only Saturdays
        and Sundays are out. The rule, per activity:

        * ``AT_START``: the plan's first school day plus ``offset_days``;
          ``AT_END``: its last school day minus ``offset_days``;
        * ``MONTHLY``: the first school day plus ``offset_days``, then the
          same day every month; a date in a month with no school day within
          a week of it (the summer) is left out;
        * ``EACH_TERM``: the last school day of every term the plan overlaps
          (within the plan), or the plan's last school day when the calendar
          has no terms;
        * a date that is not a school day moves by the activity's
          ``shift`` (:class:`TemplateActivity`) (by default to the next school day,
          to the previous one for ``AT_END``); an ``AT_START`` or ``AT_END``
          activity with no school day that way in the plan goes the other
          way.

        Beyond the calendar's year the dates are not moved (the year does not
        know those days). An activity added or rescheduled by hand is never
        moved: :meth:`off_school_days` lists those on days without school.
        The id defaults to ``"<template id>:<pair id>"``.

        >>> import datetime as dt
        >>> from mentoring.templates import RUSSIAN_YOUNG_SPECIALIST
        >>> year = AcademicYear.for_jurisdiction("ru", 2024)
        >>> pair = Pair.propose(id="p1", mentor_id="m1", mentee_id="e1",
        ...     on=dt.date(2024, 9, 9)).activate(on=dt.date(2024, 9, 16))
        >>> plan = MentoringPlan.from_template(RUSSIAN_YOUNG_SPECIALIST,
        ...                                    pair=pair, period=year)
        >>> plan.start, plan.activities[0].due
        (datetime.date(2024, 9, 16), datetime.date(2024, 9, 16))
        >>> [str(a.due) for a in plan.activities if a.id.startswith("quarter")]
        ['2024-10-29', '2024-12-28', '2025-03-21', '2025-05-30']
        """
        pair_id = pair.id if isinstance(pair, Pair) else pair
        first, end = _period_bounds(period)
        begin = _plan_start(pair, first, end, start)
        year = calendar
        if year is None and isinstance(period, AcademicYear):
            year = period
        if year is None and begin < end:
            year = AcademicYear(start=begin, end=end)
        activities: list[Activity] = []
        for ta in template.activities:
            for suffix, day in _template_dates(ta, year, begin, end):
                activities.append(
                    Activity(
                        id=f"{ta.id}-{suffix}" if suffix else ta.id,
                        title=ta.title,
                        method=ta.method,
                        due=day,
                        step_id=ta.step_id,
                        delivery=ta.delivery,
                        contact=ta.contact,
                        minutes=ta.minutes,
                    )
                )
        return cls(
            id=id if id is not None else f"{template.id}:{pair_id}",
            pair_id=pair_id,
            goal=template.goal,
            start=begin,
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


def _plan_start(
    pair: Pair | str, first: dt.date, end: dt.date, start: dt.date | None
) -> dt.date:
    """The plan's first day: *start*, or the pair's activation within the
    period, or the period's first day.
    """
    if start is not None:
        if not first <= start <= end:
            message = f"{start} is outside the period {first}..{end}"
            raise ValidationError(
                [problem("$.start", "outside", message)], subject="plan"
            )
        return start
    if isinstance(pair, Pair):
        started = pair.started_on
        if started is not None and first < started <= end:
            return started
    return first


#: How far a monthly activity may move to reach a school day.
_MONTHLY_REACH = dt.timedelta(days=6)


def _place(
    year: AcademicYear | None,
    day: dt.date,
    shift: DayShift,
    span: tuple[dt.date, dt.date],
    reach: dt.timedelta | None = None,
) -> dt.date | None:
    """*day* moved by *shift* to a school day of *year* within *span* (and
    within *reach* of *day*, else the other way when there is none that
    way); *day* itself when the year does not know it.
    """
    if year is None or day not in year:
        return day
    first, last = span
    if reach is not None:
        first, last = max(first, day - reach), min(last, day + reach)
        return year.school_day_near(day, shift, first=first, last=last)
    moved = year.school_day_near(day, shift, first=first, last=last)
    if moved is None:
        moved = year.school_day_near(day, DayShift.NEAREST, first=first, last=last)
    return moved


def _template_dates(
    ta: TemplateActivity,
    year: AcademicYear | None,
    start: dt.date,
    end: dt.date,
) -> list[tuple[str, dt.date]]:
    span = (start, end)
    shift = ta.day_shift
    first = _place(year, start, DayShift.NEXT, span) or start
    last = _place(year, end, DayShift.PREVIOUS, span) or end
    offset = dt.timedelta(days=ta.offset_days)
    if ta.timing is ActivityTiming.AT_START:
        day = min(first + offset, end)
        return [("", _place(year, day, shift, span) or day)]
    if ta.timing is ActivityTiming.AT_END:
        day = max(last - offset, start)
        return [("", _place(year, day, shift, span) or day)]
    if ta.timing is ActivityTiming.EACH_TERM:
        if year is None or not year.terms:
            return [("", last)]
        reports: list[tuple[str, dt.date]] = []
        for t in year.terms:
            if t.end < start or t.start > end:
                continue
            day_ = year.last_school_day(max(t.start, start), min(t.end, end))
            if day_ is not None:
                reports.append((t.name, day_))
        return reports
    dates: list[tuple[str, dt.date]] = []
    k = 0
    while (day := first + offset + relativedelta(months=k)) <= end:
        k += 1
        moved = _place(year, day, shift, span, _MONTHLY_REACH)
        if moved is not None:
            dates.append((f"{day:%Y-%m}", moved))
    return dates
