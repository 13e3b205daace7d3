"""Strategies of plans: success criteria and their assessments, steps,
activities, whole plans, plan templates and the weights of plan progress.
"""

from collections.abc import Collection, Sequence

from hypothesis import strategies as st

from mentoring.calendar import AcademicYear
from mentoring.model import (
    Activity,
    ActivityStatus,
    ActivityTiming,
    Assessment,
    ContactKind,
    CriterionStatus,
    DeliveryMode,
    Duty,
    MentoringPlan,
    PlanStep,
    PlanTemplate,
    ReviewKind,
    Role,
    SuccessCriterion,
    TemplateActivity,
    WorkMethod,
)
from mentoring.progress import ProgressWeights
from mentoring.templates import TEMPLATES
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._draw import (
    FREE_TEXT,
    UNIT,
    WEIGHT,
    Window,
    day,
    few,
    indexed,
    maybe,
    optional,
    pick,
    title,
    upto,
    window,
)

#: The Kazakh plan's four criteria first, then the same in English.
CRITERION_TITLES = (
    "Создана пара (ментор-менти)",
    "Выявлен и сфокусирован проблемный вопрос",
    "Выработана стратегия действий",
    "Разработан план совместных действий",
    "Pair created",
    "Focus issue identified",
    "Strategy chosen",
    "Joint action plan developed",
)
_STEP_TITLES = (
    "Учитель размышляет и планирует действия по достижению цели",
    "Выбор соответствующей стратегии",
    "Разработка плана действий",
    "Reflect and plan",
    "Choose a strategy",
    "Develop the action plan",
)
_GOALS = (
    "Выявление приоритетных вопросов по улучшению школьной практики",
    "Адаптация молодого специалиста в коллективе",
    "Integrarea cadrului didactic debutant",
    "Help a new teacher plan and assess lessons",
)
_ASSESSORS = ("", "curator", "mentor", "methodical_association_head")
_METHODS = st.lists(st.sampled_from(WorkMethod), unique=True, max_size=3).map(tuple)
_TEMPLATES = tuple(TEMPLATES[k] for k in sorted(TEMPLATES))


@st.composite
def _criteria(draw: st.DrawFn, ids: st.SearchStrategy[str]) -> SuccessCriterion:
    return SuccessCriterion(
        id=draw(ids),
        title=draw(title(CRITERION_TITLES)),
        description=draw(FREE_TEXT),
    )


def criteria(
    *, ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[SuccessCriterion]:
    """Success criteria with non-blank titles (the Kazakh plan's four first).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("criteria")
    id_strategy = args.strategy_of("ids", ids, str)
    args.check()
    return _criteria(id_strategy if id_strategy is not None else indexed("criterion"))


def _assessment(
    draw: st.DrawFn, criterion_ids: Sequence[str], days: Window
) -> Assessment:
    return Assessment(
        criterion_id=pick(draw, criterion_ids),
        status=pick(draw, tuple(CriterionStatus)),
        on=day(draw, *days),
        assessor_id=pick(draw, _ASSESSORS),
        evidence=draw(FREE_TEXT),
        review=pick(draw, tuple(ReviewKind)),
    )


@st.composite
def _assessments(
    draw: st.DrawFn, criterion_ids: tuple[str, ...], within: AcademicYear | None
) -> Assessment:
    return _assessment(draw, criterion_ids, window(draw, within))


def assessments(
    *,
    criterion_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Assessment]:
    """Assessments of a criterion from *criterion_ids*, dated inside *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("assessments")
    year = args.year(within)
    pool = args.ids("criterion_ids", criterion_ids, "criterion")
    args.check()
    return _assessments(pool, year)


def _plan_step(draw: st.DrawFn, step_id: str, criterion_ids: Sequence[str]) -> PlanStep:
    criterion_id = None
    if criterion_ids and maybe(draw):
        criterion_id = pick(draw, criterion_ids)
    return PlanStep(
        id=step_id,
        title=draw(title(_STEP_TITLES)),
        task=draw(FREE_TEXT),
        methods=draw(_METHODS),
        criterion_id=criterion_id,
    )


@st.composite
def _plan_steps(
    draw: st.DrawFn, ids: st.SearchStrategy[str], criterion_ids: tuple[str, ...]
) -> PlanStep:
    return _plan_step(draw, draw(ids), criterion_ids)


def plan_steps(
    *,
    ids: st.SearchStrategy[str] | None = None,
    criterion_ids: Collection[str] | None = None,
) -> st.SearchStrategy[PlanStep]:
    """Plan steps with up to three work methods and perhaps a criterion from
    *criterion_ids* (no criterion when None).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("plan_steps")
    id_strategy = args.strategy_of("ids", ids, str)
    pool = () if criterion_ids is None else args.ids("criterion_ids", criterion_ids, "")
    args.check()
    return _plan_steps(
        id_strategy if id_strategy is not None else indexed("step"), pool
    )


#: How long a contact lasted: none recorded, none at all, a lesson, an
#: afternoon.
_MINUTES = st.none() | st.sampled_from((0, 45, 90)) | st.integers(0, 600)


def _activity(
    draw: st.DrawFn, activity_id: str, step_ids: Sequence[str], days: Window
) -> Activity:
    status = pick(draw, tuple(ActivityStatus))
    step_id = pick(draw, step_ids) if step_ids and maybe(draw) else None
    return Activity(
        id=activity_id,
        title=draw(title(_STEP_TITLES)),
        method=pick(draw, tuple(WorkMethod)),
        due=day(draw, *days),
        status=status,
        done_on=day(draw, *days) if status is ActivityStatus.DONE else None,
        step_id=step_id,
        delivery=draw(optional(tuple(DeliveryMode))),
        notes=draw(FREE_TEXT),
        contact=draw(optional(tuple(ContactKind))),
        minutes=draw(_MINUTES),
    )


@st.composite
def _activities(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    step_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> Activity:
    return _activity(draw, draw(ids), step_ids, window(draw, within))


def activities(
    *,
    ids: st.SearchStrategy[str] | None = None,
    step_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Activity]:
    """Planned, done, missed or cancelled activities due inside *within*; a
    done activity always has the day it was done; the step (if any) comes
    from *step_ids*; the contact kind and its minutes may be recorded (or
    not), 0 minutes included.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("activities")
    id_strategy = args.strategy_of("ids", ids, str)
    year = args.year(within)
    pool = () if step_ids is None else args.ids("step_ids", step_ids, "")
    args.check()
    return _activities(
        id_strategy if id_strategy is not None else indexed("activity"), pool, year
    )


def plan(draw: st.DrawFn, plan_id: str, pair_id: str, days: Window) -> MentoringPlan:
    """A plan of the pair *pair_id* over a period inside *days*, everything
    in it consistent: steps point at its criteria, activities at its steps.
    """
    start = day(draw, *days)
    end = day(draw, start, days[1])
    plan_criteria = tuple(
        SuccessCriterion(id=f"c{i + 1}", title=draw(title(CRITERION_TITLES)))
        for i in few(draw, 4)
    )
    criterion_ids = tuple(c.id for c in plan_criteria)
    steps = tuple(_plan_step(draw, f"s{i + 1}", criterion_ids) for i in few(draw, 3))
    step_ids = tuple(s.id for s in steps)
    acts = tuple(
        _activity(draw, f"a{i + 1}", step_ids, (start, end)) for i in few(draw, 4)
    )
    checks: tuple[Assessment, ...] = ()
    if criterion_ids:
        checks = tuple(
            _assessment(draw, criterion_ids, (start, end)) for _ in few(draw, 4)
        )
    return MentoringPlan(
        id=plan_id,
        pair_id=pair_id,
        goal=pick(draw, _GOALS),
        start=start,
        end=end,
        criteria=plan_criteria,
        steps=steps,
        activities=acts,
        assessments=checks,
        focus_issue=draw(FREE_TEXT),
        strategy=draw(FREE_TEXT),
    )


@st.composite
def _plans(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    pair_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> MentoringPlan:
    return plan(draw, draw(ids), pick(draw, pair_ids), window(draw, within))


def plans(
    *,
    ids: st.SearchStrategy[str] | None = None,
    pair_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[MentoringPlan]:
    """Mentoring plans of a pair from *pair_ids*, their period inside *within*:
    up to four criteria, three steps that may point at them, four activities
    due inside the period and four assessments of the plan's own criteria.

    Shrinks toward an empty one-day plan on the first day of the year.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("plans")
    id_strategy = args.strategy_of("ids", ids, str)
    year = args.year(within)
    pool = args.ids("pair_ids", pair_ids, "pair")
    args.check()
    return _plans(
        id_strategy if id_strategy is not None else indexed("plan"), pool, year
    )


# -- plan templates ---------------------------------------------------------------


def plan_templates() -> st.SearchStrategy[PlanTemplate]:
    """The built-in plan templates of :data:`mentoring.templates.TEMPLATES`
    (the Kazakh mentor-mentee plan first).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return st.sampled_from(_TEMPLATES)


@st.composite
def _plan_from_template(
    draw: st.DrawFn, pair_ids: tuple[str, ...], within: AcademicYear | None
) -> MentoringPlan:
    template = pick(draw, _TEMPLATES)
    start, end = window(draw, within)
    first = day(draw, start, end)
    return MentoringPlan.from_template(
        template, pair=pick(draw, pair_ids), period=(first, day(draw, first, end))
    )


def plans_from_templates(
    *,
    pair_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[MentoringPlan]:
    """Plans made with :meth:`mentoring.model.MentoringPlan.from_template`
    from a built-in template, for a pair from *pair_ids*, over a period inside
    *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("plans_from_templates")
    year = args.year(within)
    pool = args.ids("pair_ids", pair_ids, "pair")
    args.check()
    return _plan_from_template(pool, year)


@st.composite
def _duty(draw: st.DrawFn) -> Duty:
    return Duty(
        id=draw(indexed("duty")),
        role=pick(draw, tuple(Role)),
        text=draw(title(("Посещать уроки наставника", "Attend open lessons"))),
        text_en=draw(FREE_TEXT),
    )


def duties() -> st.SearchStrategy[Duty]:
    """Items of a mentor's or a mentee's duty checklist.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _duty()


@st.composite
def _template_activity(draw: st.DrawFn) -> TemplateActivity:
    return TemplateActivity(
        id=draw(indexed("activity")),
        title=draw(title(_STEP_TITLES)),
        method=pick(draw, tuple(WorkMethod)),
        timing=pick(draw, tuple(ActivityTiming)),
        offset_days=draw(upto(60)),
        step_id=draw(optional(("step-1", "step-2"))),
        delivery=draw(optional(tuple(DeliveryMode))),
        contact=draw(optional(tuple(ContactKind))),
        minutes=draw(_MINUTES),
    )


def template_activities() -> st.SearchStrategy[TemplateActivity]:
    """Activities of a plan template, dated when a plan is made from it.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _template_activity()


def progress_weights() -> st.SearchStrategy[ProgressWeights]:
    """Weights of plan progress: non-negative weights, late credit in [0, 1].

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        ProgressWeights, criteria=WEIGHT, activities=WEIGHT, late_credit=UNIT
    )
