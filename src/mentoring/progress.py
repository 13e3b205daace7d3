"""Plan progress as an explainable :class:`~mentoring.score.Score`.

Progress has two parts: the share of the plan's success criteria met, and
the share of its activities done (on time counts fully, late counts
``late_credit``). Cancelled activities do not count. Both parts weigh the
same by default; :class:`ProgressWeights` changes that.

Completing an activity never lowers progress: an activity that was not done
counts nothing, and a done one counts at least ``late_credit``.

>>> import datetime as dt
>>> from mentoring.model import Activity, MentoringPlan, WorkMethod
>>> plan = MentoringPlan(
...     id="pl", pair_id="p1", goal="", start=dt.date(2021, 9, 1),
...     end=dt.date(2022, 5, 31),
...     activities=(Activity(id="a", title="Coaching", method=WorkMethod.COACHING,
...                          due=dt.date(2021, 9, 15)),))
>>> plan_progress(plan.complete("a", on=dt.date(2021, 9, 14))).value
1.0
"""

import datetime as dt
import math
from collections.abc import Iterator

import attrs

from mentoring._checks import check, validated
from mentoring._enums import ActivityStatus, CriterionStatus
from mentoring._i18n import N_
from mentoring._problems import out_of_range
from mentoring._repr import value_repr
from mentoring.errors import Problem
from mentoring.model._criteria import Assessment
from mentoring.model._plans import MentoringPlan
from mentoring.score import Score, ScorePart

__all__ = ["ProgressWeights", "plan_progress"]


@attrs.frozen(kw_only=True)
class ProgressWeights:
    """How much each part of plan progress weighs, and how much an activity
    done late counts (0 to 1) against one done on time.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    criteria: float = 1.0
    activities: float = 1.0
    late_credit: float = 0.5

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        for name in ("criteria", "activities"):
            value = getattr(self, name)
            if value < 0:
                yield out_of_range(f"$.{name}", value, low=0)
        if not 0.0 <= self.late_credit <= 1.0:
            yield out_of_range("$.late_credit", self.late_credit, low=0, high=1)


@validated
def plan_progress(
    plan: MentoringPlan,
    *,
    on: dt.date | None = None,
    weights: ProgressWeights | None = None,
) -> Score:
    """The progress of *plan* (as of *on*, or with everything recorded) as a
    score in [0, 1] with its parts ``criteria_met`` and ``activities_done``.

    A part with nothing to count (no criteria, no activities) weighs 0.

    .. versionadded:: 0.1.0
    """
    w = weights or ProgressWeights()
    (raw_c, weight_c, met, total), (raw_a, weight_a, on_time, late, n) = _counts(
        plan, on, w
    )
    criteria = ScorePart.of(
        "criteria_met",
        raw_c,
        weight=weight_c,
        reason=f"{met} of {total} criteria met" if total else "no criteria",
    )
    reason = f"{on_time} of {n} activities done on time" if n else "no activities"
    if late:
        reason += f", {late} late"
    activities = ScorePart.of("activities_done", raw_a, weight=weight_a, reason=reason)
    return Score.weighted((criteria, activities))


#: The default weights, built (and checked) once: they are immutable.
_DEFAULT_WEIGHTS = ProgressWeights()


def _counts(
    plan: MentoringPlan, on: dt.date | None, w: ProgressWeights
) -> tuple[tuple[float, float, int, int], tuple[float, float, int, int, int]]:
    """The raw values and weights of the two parts of *plan*'s progress, with
    what they count (criteria met of total; on time, late, of n).
    """
    met = _met(plan, on)
    total = len(plan.criteria)
    return (
        (met / total if total else 0.0, w.criteria if total else 0.0, met, total),
        _activity_part(plan, on, w),
    )


def _activity_part(
    plan: MentoringPlan, on: dt.date | None, w: ProgressWeights
) -> tuple[float, float, int, int, int]:
    """The raw value and weight of the activities' part of *plan*'s progress,
    with what it counts (on time, late, of n not cancelled), in one loop
    without the activities' argument checks.
    """
    n = on_time = late = 0
    for a in plan.activities:
        status = a.status
        if status is _CANCELLED:
            continue
        n += 1
        if status is _DONE:
            done_on = a.done_on  # a.done_by(on)
            if done_on is not None and (on is None or done_on <= on):
                if done_on <= a.due:  # a.on_time
                    on_time += 1
                else:
                    late += 1
    if not n:
        return 0.0, 0.0, on_time, late, n
    return _raw_activities(n, on_time, late, w), w.activities, on_time, late, n


def _raw_activities(n: int, on_time: int, late: int, w: ProgressWeights) -> float:
    """The raw value of the activities' part from its counts (*n* > 0): done
    on time count fully, late ones ``late_credit``, capped at 1.
    """
    raw = (on_time + w.late_credit * late) / n
    # min(1.0, raw) without the call: min keeps its first argument unless
    # the second is below it
    return raw if raw < 1.0 else 1.0  # noqa: FURB136


def _met(plan: MentoringPlan, on: dt.date | None) -> int:
    """``len(plan.met_criteria(on=on))`` in one pass over the assessments,
    without the argument checks of every criterion's status.
    """
    latest: dict[str, Assessment] = {}
    for a in plan.assessments:
        if on is not None and a.on > on:
            continue
        before = latest.get(a.criterion_id)
        if before is None or a.on >= before.on:
            latest[a.criterion_id] = a
    met = 0
    for c in plan.criteria:
        last = latest.get(c.id)
        if last is not None and last.status is CriterionStatus.MET:
            met += 1
    return met


def _progress_value(plan: MentoringPlan, on: dt.date, w: ProgressWeights) -> float:
    """``plan_progress(plan, on=on, weights=w).value``, without building the
    score's parts (library use: the indicators want the number only).
    """
    (raw_c, weight_c, _, _), (raw_a, weight_a, _, _, _) = _counts(plan, on, w)
    total = math.fsum((weight_c, weight_a))
    if total <= 0:
        return 0.0
    return min(1.0, max(0.0, math.fsum((weight_c * raw_c, weight_a * raw_a)) / total))


def _plain_progress(plan: MentoringPlan, on: dt.date, w: ProgressWeights) -> float:
    """:func:`_progress_value`, the same number, from the activities' part
    alone for a plan without success criteria (library use: the
    indicators of many organizations); a plan with criteria takes
    :func:`_progress_value`.
    """
    if plan.criteria:
        return _progress_value(plan, on, w)
    _, _, on_time, late, n = _activity_part(plan, on, w)
    return _value_of_counts(n, on_time, late, w)


def _value_of_counts(n: int, on_time: int, late: int, w: ProgressWeights) -> float:
    """:func:`_plain_progress`'s number for a plan without criteria from what
    :func:`_activity_part` counts (*n* activities not cancelled, *on_time*
    and *late* of them done by the day): the indicators of many
    organizations count the activities in their own pass over a plan.
    """
    weight = w.activities
    if not n or weight <= 0:
        return 0.0  # neither part weighs anything
    raw = _raw_activities(n, on_time, late, w)
    # _progress_value's sums, fsum((0.0, x)), are x exactly; then
    # min(1.0, max(0.0, x)) without the calls (max keeps 0.0 unless x is
    # above it, min keeps x unless 1.0 is below it: NaN gives 0.0 as there)
    value = weight * raw / weight
    if not value > 0.0:
        return 0.0
    return value if value < 1.0 else 1.0  # noqa: FURB136


_CANCELLED, _DONE = ActivityStatus.CANCELLED, ActivityStatus.DONE

# The sentences this module composes in English, for the catalogues: they
# are shown translated, with their values, by mentoring._i18n.tr_text.
_MESSAGES = (
    N_("{met} of {total} criteria met"),
    N_("no criteria"),
    N_("{on_time} of {n} activities done on time"),
    N_("{on_time} of {n} activities done on time, {late} late"),
    N_("no activities"),
)
