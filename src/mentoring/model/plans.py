"""The types of a pair's plan: :class:`MentoringPlan`, :class:`PlanStep`,
:class:`Activity`.

A plan has a goal, ordered success criteria, ordered steps (each with its task,
methods and criterion), dated activities and assessments. The logic that
changes a plan and measures its progress is in the plan methods and in
:mod:`mentoring.scoring`.
"""

import datetime as dt
from collections.abc import Iterator

import attrs

from mentoring._checks import check, non_empty
from mentoring.errors import Problem
from mentoring.model.criteria import Assessment, SuccessCriterion
from mentoring.model.enums import (
    ActivityStatus,
    CriterionStatus,
    DeliveryMode,
    WorkMethod,
)

__all__ = ["Activity", "MentoringPlan", "PlanStep"]


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
            yield Problem("$.done_on", "a done activity needs the day it was done")
        if not done and self.done_on is not None:
            yield Problem(
                "$.done_on",
                f"only a done activity has done_on; status is {self.status.value!r}",
            )


@attrs.frozen(kw_only=True)
class PlanStep:
    """A step of the plan (этап): what the teacher does, the task, the methods
    and the criterion that shows the step is done.

    .. versionadded:: 0.1.0
    """

    id: str
    title: str
    task: str = ""
    methods: tuple[WorkMethod, ...] = ()
    criterion_id: str | None = None

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)


def _duplicates(label: str, ids: list[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            yield Problem(f"$.{label}[{i}].id", f"duplicate id {item!r}")
        seen.add(item)


@attrs.frozen(kw_only=True)
class MentoringPlan:
    """A pair's plan for a period (план менторинга, план профессионального
    становления, plan individual de mentorat).

    Criteria are kept in the template's order: a criterion met while an
    earlier one is unmet is flagged by the plan logic.

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

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.pair_id", self.pair_id)
        if self.end < self.start:
            yield Problem(
                "$.end", f"must not be before start {self.start}, got {self.end}"
            )
        yield from _duplicates("criteria", [c.id for c in self.criteria])
        yield from _duplicates("steps", [s.id for s in self.steps])
        yield from _duplicates("activities", [a.id for a in self.activities])
        criteria = {c.id for c in self.criteria}
        steps = {s.id for s in self.steps}
        for i, step in enumerate(self.steps):
            if step.criterion_id is not None and step.criterion_id not in criteria:
                yield Problem(
                    f"$.steps[{i}].criterion_id",
                    f"the plan has no criterion {step.criterion_id!r}",
                )
        for i, act in enumerate(self.activities):
            if not self.start <= act.due <= self.end:
                yield Problem(
                    f"$.activities[{i}].due",
                    f"{act.due} is outside the plan's period {self.start}..{self.end}",
                )
            if act.step_id is not None and act.step_id not in steps:
                yield Problem(
                    f"$.activities[{i}].step_id",
                    f"the plan has no step {act.step_id!r}",
                )
        for i, a in enumerate(self.assessments):
            if a.criterion_id not in criteria:
                yield Problem(
                    f"$.assessments[{i}].criterion_id",
                    f"the plan has no criterion {a.criterion_id!r}",
                )

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
