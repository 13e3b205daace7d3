"""Hypothesis strategies for every public type of :mod:`mentoring`.

Requires ``mentoring[testing]`` (Hypothesis). Every value a strategy generates
is valid: it constructs without error, and every programme from
:func:`programs` has ``problems() == ()``. The strategies follow Hypothesis's
API style: plural names, keyword-only arguments with defaults, arguments a
test varies are strategies, bad arguments raise
:class:`~hypothesis.errors.InvalidArgument` as soon as the strategy is built,
and related fields are drawn together so that failing examples shrink toward
small, simple values: dates toward the start of the academic year, empty
collections, the first member of each enum.

>>> from hypothesis import given
>>> from mentoring.testing import strategies as ms
>>> @given(ms.programs(max_mentors=2, max_mentees=3))
... def test_programme_is_consistent(program):
...     assert program.problems() == ()
>>> test_programme_is_consistent()

Once Hypothesis is imported, ``st.from_type(T)`` uses these strategies for
every public type ``T`` (registered by the ``hypothesis`` entry point).

.. versionadded:: 0.1.0
"""

import datetime as dt
import functools
import itertools
from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

import attrs

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - tested in a fresh interpreter
    _HINT = (
        "mentoring.testing.strategies requires the 'hypothesis' package: install"
        ' it with `pip install "mentoring[testing]"`'
    )
    raise ModuleNotFoundError(_HINT, name="hypothesis") from exc

from mentoring._enums import (
    AchievementKind,
    ActivityStatus,
    Approach,
    CertificationKind,
    CriterionStatus,
    DeliveryMode,
    EventKind,
    MenteeCategory,
    MentorFunction,
    MentoringForm,
    MentorLevel,
    MentorOrigin,
    PairStatus,
    ReviewKind,
    Role,
    Scope,
    WorkMethod,
)
from mentoring.calendar import (
    TERM_SYSTEMS,
    AcademicYear,
    Holiday,
    HolidayRule,
    MonthDay,
    ReviewDate,
    Term,
    TermRule,
    TermSystem,
    Weekday,
)
from mentoring.health import HealthThresholds, Severity, Signal, SignalKind
from mentoring.indicators import (
    CATALOG,
    GROUPS,
    Catalog,
    Comparison,
    Direction,
    Indicator,
    Kind,
    Provenance,
    Report,
    Snapshot,
    Source,
    Target,
    Unit,
    Value,
    Verdict,
    compare,
    compute,
)
from mentoring.matching import (
    DEFAULT_GRADE_BANDS,
    Assignment,
    CompatibilityModel,
    Constraint,
    ConstraintKind,
    Criterion,
    CriterionKind,
    GradeBand,
    Matching,
    MentorLoad,
    PairRef,
    Suggestion,
    Unmatched,
    UnmatchedReason,
    match,
)
from mentoring.model._criteria import Assessment, SuccessCriterion
from mentoring.model._pairs import Group, Pair, Transition
from mentoring.model._people import MAX_GRADE, Certification, Mentee, Mentor, Person
from mentoring.model._plans import (
    Activity,
    ActivityTiming,
    Duty,
    MentoringPlan,
    PlanStep,
    PlanTemplate,
    TemplateActivity,
)
from mentoring.model._program import Program
from mentoring.model._records import (
    SATISFACTION_SCALE,
    Achievement,
    Event,
    Measurement,
    SurveyResponse,
)
from mentoring.progress import ProgressWeights
from mentoring.reports import ControlReport, ControlRow, control_report
from mentoring.schedule import Frequency, Schedule
from mentoring.score import Score, ScorePart
from mentoring.templates import TEMPLATES
from mentoring.testing import _names

__all__ = [
    "academic_years",
    "achievements",
    "activities",
    "assessments",
    "assignments",
    "catalogs",
    "certifications",
    "comparisons",
    "compatibility_criteria",
    "compatibility_models",
    "constraints",
    "control_reports",
    "control_rows",
    "criteria",
    "duties",
    "events",
    "grade_bands",
    "groups",
    "health_thresholds",
    "holiday_rules",
    "holidays",
    "indicator_definitions",
    "indicator_values",
    "matchings",
    "measurements",
    "mentees",
    "mentor_loads",
    "mentors",
    "month_days",
    "pair_histories",
    "pair_refs",
    "pairs",
    "people",
    "plan_steps",
    "plan_templates",
    "plans",
    "plans_from_templates",
    "programs",
    "progress_weights",
    "reports",
    "review_dates",
    "schedules",
    "score_parts",
    "scores",
    "signals",
    "snapshots",
    "suggestions",
    "surveys",
    "targets",
    "template_activities",
    "term_rules",
    "term_systems",
    "terms",
    "transitions",
    "unmatched_mentees",
]

_T = TypeVar("_T")

#: The start years :func:`academic_years` draws from by default.
MIN_START_YEAR = 2000
MAX_START_YEAR = 2049

_EPOCH = dt.date(MIN_START_YEAR, 1, 1)
_END_OF_TIME = dt.date(MAX_START_YEAR + 1, 12, 31)
_LAST_START_YEAR = 9998
_SEPTEMBER = 9

#: The longest gap, in days, between two steps of a pair's history.
_MAX_GAP = 120

#: The jurisdictions :func:`programs` draws from ("" is "not said").
_JURISDICTIONS = ("ru", "kz", "md", "ro", "")

_CERTIFICATIONS_BY_JURISDICTION: dict[str, tuple[CertificationKind, ...]] = {
    "ru": (CertificationKind.MENTORING_TRAINING,),
    "kz": (
        CertificationKind.NIS_LEVEL_1,
        CertificationKind.NIS_LEVEL_2,
        CertificationKind.NIS_LEVEL_3,
        CertificationKind.NIS_LEADERS_COURSE,
        CertificationKind.MENTORING_TRAINING,
    ),
    "md": (
        CertificationKind.INSTITUTIONAL_MENTOR,
        CertificationKind.REGIONAL_MENTOR,
        CertificationKind.NATIONAL_MENTOR,
    ),
    "ro": (CertificationKind.PROFESOR_MENTOR, CertificationKind.MENTORING_TRAINING),
}

_INTERESTS = (
    "digital_tools",
    "inclusive_education",
    "project_method",
    "assessment",
    "classroom_management",
    "lesson_study",
    "critical_thinking",
)
_NEEDS = (
    "lesson_planning",
    "classroom_management",
    "assessment",
    "working_with_parents",
    "school_documents",
    "differentiated_instruction",
)
_CRITERION_TITLES = (
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
_EVENT_TITLES = (
    "Научно-практическая конференция по наставничеству",
    "Семинар наставников",
    "Sesiune de follow-up",
    "Mentoring webinar",
)
_PHRASES = ("", "ok", "по плану", "conform planului", "on track", "жоспар бойынша")
_TOPICS = ("", "Lesson Study", "критериальное оценивание", "grup de sprijin")
_HOLIDAY_NAMES = ("каникулы", "vacanță", "half term", "демалыс")
_ISSUERS = ("", "НИШ", "CNDP", "МО", "ISJ", "ministry")
_DECIDERS = ("", "curator", "administration")
_ASSESSORS = ("", "curator", "mentor", "methodical_association_head")
_SCORE_CRITERIA = ("same_subject", "same_school", "experience_gap", "shared_language")
#: Indicator codes of the seed's catalogue and its expected outcomes.
_INDICATORS = (
    "1.2",
    "2.1",
    "2.2",
    "2.3",
    "2.4",
    "2.5",
    "2.6",
    "3.1",
    "3.2",
    "3.3",
    "3.4",
    "4.1",
    "4.2",
    "4.3",
    "4.4",
    "satisfaction",
    "retention_intent",
    "academic_performance",
    "conflicts",
    "publications",
)
#: Indicators measured as a share in [0, 1], and as a mean on the 1..5 scale;
#: every other one counts people or items (a whole number).
_SHARES = frozenset({"retention_intent", "academic_performance"})
_MEANS = frozenset({"satisfaction"})
_PROGRAM_TITLES = {
    "ru": "Программа наставничества",
    "kk": "Тәлімгерлік бағдарламасы",
    "ro": "Programul de mentorat",
    "en": "Mentoring programme",
}

_Window = tuple[dt.date, dt.date]


# -- argument checks (eager: they run when the strategy is built) ---------------


def _check_strategy(name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        msg = (
            f"{name}={value!r} must be a Hypothesis strategy or None;"
            f" wrap a fixed value in st.just({value!r})"
        )
        raise InvalidArgument(msg)


def _checked(
    name: str, value: st.SearchStrategy[_T] | None, kind: type[_T]
) -> st.SearchStrategy[_T] | None:
    """*value* (a strategy or ``None``), each drawn value checked: a value of
    the wrong type raises :class:`~hypothesis.errors.InvalidArgument` naming
    the argument, not an error deep inside the draw.
    """
    _check_strategy(name, value)
    if value is None:
        return None
    want = "non-blank str" if kind is str else kind.__name__

    def check(item: _T) -> _T:
        if not isinstance(item, kind) or (isinstance(item, str) and not item.strip()):
            msg = f"{name}={value!r} drew {item!r}; it must draw {want} values"
            raise InvalidArgument(msg)
        return item

    return value.map(check)


def _check_count(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if value < 0:
        raise InvalidArgument(f"{name}={value!r} must be >= 0")
    return value


def _check_sizes(
    min_name: str, min_value: object, max_name: str, max_value: object
) -> tuple[int, int]:
    low = _check_count(min_name, min_value)
    high = _check_count(max_name, max_value)
    if low > high:
        msg = f"{min_name}={low!r} must not be greater than {max_name}={high!r}"
        raise InvalidArgument(msg)
    return low, high


def _check_bool(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be a bool")


def _check_ids(name: str, value: object, default_prefix: str) -> tuple[str, ...]:
    if value is None:
        return tuple(f"{default_prefix}-{i}" for i in range(1, 10))
    if isinstance(value, str) or not isinstance(value, Collection):
        raise InvalidArgument(f"{name}={value!r} must be a collection of str ids")
    ids = tuple(value)
    for item in ids:
        if not isinstance(item, str) or not item.strip():
            raise InvalidArgument(f"{name} holds {item!r}; ids are non-blank str")
    if not ids:
        raise InvalidArgument(f"{name} must not be empty; pass None for any ids")
    return tuple(sorted(set(ids)))


def _check_jurisdiction(value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidArgument(f"jurisdiction={value!r} must be a str or None")


def _check_within(value: object) -> None:
    if value is not None and not isinstance(value, AcademicYear):
        msg = f"within={value!r} must be a mentoring.AcademicYear or None"
        raise InvalidArgument(msg)


def _check_members(name: str, value: object, kind: type[_T]) -> tuple[_T, ...] | None:
    if value is None:
        return None
    if isinstance(value, str) or not isinstance(value, Collection):
        raise InvalidArgument(
            f"{name}={value!r} must be a collection of {kind.__name__}"
        )
    items = tuple(value)
    if not items:
        raise InvalidArgument(f"{name} must name at least one {kind.__name__}")
    for item in items:
        if not isinstance(item, kind):
            raise InvalidArgument(f"{name} holds {item!r}, not a {kind.__name__}")
    return items


# -- cached building blocks ------------------------------------------------------
#
# Strategies are immutable, so the ones composites draw from are built once and
# cached: building a strategy inside every draw would dominate the run time.


_cache = functools.lru_cache(maxsize=2048)


@_cache
def _index(n: int) -> st.SearchStrategy[int]:
    return st.integers(0, n - 1)


@_cache
def _upto(n: int) -> st.SearchStrategy[int]:
    return st.integers(0, n)


def _pick(draw: st.DrawFn, items: Sequence[_T]) -> _T:
    """One of *items*, shrinking toward the first."""
    return items[draw(_index(len(items)))]


def _day(draw: st.DrawFn, start: dt.date, end: dt.date) -> dt.date:
    """A day in ``start..end`` (inclusive), shrinking toward *start*."""
    return start + dt.timedelta(days=draw(_upto((end - start).days)))


def _maybe(draw: st.DrawFn) -> bool:
    return draw(_BOOLEANS)


def _go_on(draw: st.DrawFn, odds: int = 4) -> bool:
    """Whether a growing collection takes one more item (``odds - 1`` times in
    *odds*); stopping is the simpler choice the shrinker moves toward.
    """
    return draw(_index(odds)) != 0


@_cache
def _optional(items: tuple[_T, ...]) -> st.SearchStrategy[_T | None]:
    return st.none() | st.sampled_from(items)


@_cache
def _subset(pool: tuple[_T, ...], max_size: int) -> st.SearchStrategy[frozenset[_T]]:
    if not pool:
        return st.just(frozenset())
    return st.frozensets(st.sampled_from(pool), max_size=max_size)


@_cache
def _ordered_subset(
    pool: tuple[_T, ...], max_size: int
) -> st.SearchStrategy[tuple[_T, ...]]:
    if not pool:
        return st.just(())
    return st.lists(st.sampled_from(pool), unique=True, max_size=max_size).map(tuple)


#: The letters of free text: English, Russian, Kazakh and Romanian, digits,
#: spaces and the punctuation of school documents. An explicit alphabet keeps
#: Hypothesis from building its Unicode tables on first use.
_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    "әғқңөұүһіӘҒҚҢӨҰҮҺІăâîșțĂÂÎȘȚ0123456789 .,;:-–()«»„”№/"
)


@_cache
def _title(choices: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(choices),
        st.text(_ALPHABET, min_size=1, max_size=24).filter(str.strip),
    )


def _indexed(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(1, 9999).map(f"{prefix}-{{}}".format)


_BOOLEANS = st.booleans()
_FREE_TEXT = st.one_of(st.sampled_from(_PHRASES), st.text(_ALPHABET, max_size=16))
_UNIT = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
_WEIGHT = st.floats(min_value=0.0, max_value=10.0, allow_nan=False)
_GRADES = st.frozensets(st.integers(0, MAX_GRADE), max_size=3)
_FUNCTIONS = st.frozensets(st.sampled_from(MentorFunction), min_size=1, max_size=2)
_METHODS = st.lists(st.sampled_from(WorkMethod), unique=True, max_size=3).map(tuple)
_COUNTS = st.none() | st.integers(0, 10)
_START_YEARS = st.integers(MIN_START_YEAR, MAX_START_YEAR)


def _languages(jurisdiction: str | None) -> tuple[str, ...]:
    if jurisdiction is None:
        return _names.LANGUAGES
    return _names.languages_of(jurisdiction)


def _places(
    table: dict[str, tuple[str, ...]], jurisdiction: str | None
) -> tuple[str, ...]:
    if jurisdiction is None:
        return tuple(dict.fromkeys(v for values in table.values() for v in values))
    return table.get(jurisdiction, table[""])


def _place(
    draw: st.DrawFn, table: dict[str, tuple[str, ...]], where: str | None
) -> str:
    if not _maybe(draw):
        return ""
    return _pick(draw, _places(table, where))


def _window(draw: st.DrawFn, year: AcademicYear | None) -> _Window:
    if year is not None:
        return year.start, year.end
    start = draw(_START_YEARS)
    return dt.date(start, _SEPTEMBER, 1), dt.date(start + 1, _SEPTEMBER - 1, 31)


# -- calendar --------------------------------------------------------------------


@st.composite
def _partition(draw: st.DrawFn, start: dt.date, end: dt.date) -> tuple[Term, ...]:
    """Contiguous terms covering ``start..end`` exactly."""
    span = (end - start).days + 1
    cuts = sorted(draw(st.lists(st.integers(1, span - 1), unique=True, max_size=4)))
    bounds = [0, *cuts, span]
    return tuple(
        Term(
            name=f"T{i + 1}",
            start=start + dt.timedelta(days=a),
            end=start + dt.timedelta(days=b - 1),
        )
        for i, (a, b) in enumerate(itertools.pairwise(bounds))
    )


def _holiday(draw: st.DrawFn, window: _Window) -> Holiday:
    start = _day(draw, *window)
    end = _day(draw, start, min(window[1], start + dt.timedelta(days=20)))
    return Holiday(name=draw(_title(_HOLIDAY_NAMES)), start=start, end=end)


@st.composite
def _holidays_within(draw: st.DrawFn, window: _Window) -> tuple[Holiday, ...]:
    found: list[Holiday] = []
    while len(found) < 4 and _maybe(draw):
        found.append(_holiday(draw, window))
    return tuple(found)


_WEEKENDS = st.one_of(
    st.just(frozenset({Weekday.SATURDAY, Weekday.SUNDAY})),
    st.just(frozenset({Weekday.SUNDAY})),
    st.frozensets(st.sampled_from(Weekday), max_size=3),
)


@st.composite
def _academic_year(
    draw: st.DrawFn, years: st.SearchStrategy[int], systems: tuple[TermSystem, ...]
) -> AcademicYear:
    year = draw(years)
    choice = draw(_upto(2 if systems else 1))
    if choice == 2:
        return _pick(draw, systems).year(year)
    month = _pick(draw, (_SEPTEMBER, 8, 1))
    start = dt.date(year, month, 1)
    end = dt.date(year + 1, month, 1) - dt.timedelta(days=1)
    if choice == 0:  # a plain year, no terms
        return AcademicYear(start=start, end=end)
    return AcademicYear(
        start=start,
        end=end,
        terms=draw(_partition(start, end)),
        holidays=draw(_holidays_within((start, end))),
        weekend=draw(_WEEKENDS),
    )


def academic_years(
    *,
    min_start_year: int = MIN_START_YEAR,
    max_start_year: int = MAX_START_YEAR,
    jurisdiction: str | None = None,
) -> st.SearchStrategy[AcademicYear]:
    """School years that start in ``min_start_year..max_start_year``.

    With a *jurisdiction* that has a term system in
    :data:`mentoring.calendar.TERM_SYSTEMS` (``"ru"``, ``"kz"``, ``"ro"``,
    ``"ro-modules"``, ``"md"``), the years of that system. Otherwise a mix of
    plain years (no terms) starting on 1 September, 1 August or 1 January,
    years with random contiguous terms, holidays and days off, and, when
    *jurisdiction* is None, the years of every known term system.

    Shrinks toward a plain September year starting in *min_start_year*.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    low, high = _check_sizes(
        "min_start_year", min_start_year, "max_start_year", max_start_year
    )
    if low < 1 or high > _LAST_START_YEAR:
        raise InvalidArgument(f"start years must lie within 1..{_LAST_START_YEAR}")
    _check_jurisdiction(jurisdiction)
    years = st.integers(low, high)
    if jurisdiction is not None and jurisdiction in TERM_SYSTEMS:
        return years.map(TERM_SYSTEMS[jurisdiction].year)
    systems: tuple[TermSystem, ...] = ()
    if jurisdiction is None:
        systems = tuple(TERM_SYSTEMS[k] for k in sorted(TERM_SYSTEMS))
    return _academic_year(years, systems)


@st.composite
def _term(draw: st.DrawFn, within: AcademicYear | None) -> Term:
    start, end = _window(draw, within)
    first = _day(draw, start, end)
    return Term(
        name=_pick(draw, ("Q1", "S1", "M1", "T1")),
        title=_pick(draw, ("", "I четверть", "semestrul I", "1-тоқсан")),
        start=first,
        end=_day(draw, first, end),
    )


def terms(*, within: AcademicYear | None = None) -> st.SearchStrategy[Term]:
    """Single terms (quarters, semesters, modules), inside *within* if given.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    return _term(within)


@st.composite
def _one_holiday(draw: st.DrawFn, within: AcademicYear | None) -> Holiday:
    return _holiday(draw, _window(draw, within))


def holidays(*, within: AcademicYear | None = None) -> st.SearchStrategy[Holiday]:
    """Holidays of up to three weeks, inside *within* if given.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    return _one_holiday(within)


# -- scores ------------------------------------------------------------------------


@st.composite
def _score_part(draw: st.DrawFn) -> ScorePart:
    return ScorePart(
        criterion=_pick(draw, _SCORE_CRITERIA),
        raw=draw(_UNIT),
        weight=draw(_WEIGHT),
        contribution=draw(_UNIT),
        reason=draw(_FREE_TEXT),
    )


def score_parts() -> st.SearchStrategy[ScorePart]:
    """Parts of explainable scores: raw values and contributions in [0, 1],
    weights in [0, 10].

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _score_part()


def scores(*, max_parts: int = 4) -> st.SearchStrategy[Score]:
    """Scores made by :meth:`mentoring.score.Score.weighted` from up to
    *max_parts* parts; shrinks toward the empty score 0.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_count("max_parts", max_parts)
    return st.lists(_score_part(), max_size=max_parts).map(Score.weighted)


# -- people ------------------------------------------------------------------------


def _certification(
    draw: st.DrawFn, kinds: tuple[CertificationKind, ...], last: dt.date
) -> Certification:
    return Certification(
        kind=_pick(draw, kinds),
        obtained_on=_day(draw, _EPOCH, last),
        issuer=_pick(draw, _ISSUERS),
    )


@st.composite
def _one_certification(
    draw: st.DrawFn, kinds: tuple[CertificationKind, ...]
) -> Certification:
    return _certification(draw, kinds, _END_OF_TIME)


def certifications(
    *, kinds: Collection[CertificationKind] | None = None
) -> st.SearchStrategy[Certification]:
    """Certificates of one of *kinds* (any kind by default) obtained between
    2000 and 2050; shrinks toward the first kind, obtained on 1 January 2000.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    chosen = _check_members("kinds", kinds, CertificationKind)
    return _one_certification(chosen or tuple(CertificationKind))


def _person(
    draw: st.DrawFn, person_id: str, where: str | None, last: dt.date
) -> Person:
    """A person with every field drawn; certificates obtained by *last*."""
    name = _names.full_name(
        _pick(draw, _languages(where)),
        female=_maybe(draw),
        given=draw(_index(7)),
        family=draw(_index(7)),
        middle=draw(_index(5)),
    )
    kinds = tuple(CertificationKind)
    if where is not None:
        kinds = _CERTIFICATIONS_BY_JURISDICTION.get(where, kinds)
    held: list[Certification] = []
    while len(held) < 2 and _maybe(draw):
        held.append(_certification(draw, kinds, last))
    return Person(
        id=person_id,
        name=name,
        organization=_place(draw, _names.ORGANIZATIONS, where),
        district=_place(draw, _names.DISTRICTS, where),
        region=_place(draw, _names.REGIONS, where),
        subjects=draw(_subset(_names.SUBJECTS, 2)),
        grades=draw(_GRADES),
        experience_years=draw(_upto(45)),
        languages=draw(_subset(("ru", "kk", "ro", "en"), 2)),
        interests=draw(_subset(_INTERESTS, 2)),
        preferred_delivery=draw(_optional(tuple(DeliveryMode))),
        origin=_pick(draw, tuple(MentorOrigin)),
        certifications=tuple(held),
    )


@st.composite
def _people(draw: st.DrawFn, ids: st.SearchStrategy[str], where: str | None) -> Person:
    return _person(draw, draw(ids), where, _END_OF_TIME)


def people(
    *,
    ids: st.SearchStrategy[str] | None = None,
    jurisdiction: str | None = None,
) -> st.SearchStrategy[Person]:
    """People with realistic names and places for *jurisdiction* (``"ru"``,
    ``"kz"``, ``"md"``, ``"ro"``; any other code gives English names; None
    mixes them all), subjects, grades, experience and certificates.

    *ids* draws the identifiers (``"person-<n>"`` by default). Shrinks toward
    an English-named teacher with no subjects, grades or certificates.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    ids = _checked("ids", ids, str)
    _check_jurisdiction(jurisdiction)
    return _people(ids if ids is not None else _indexed("person"), jurisdiction)


def _mentor_parts(draw: st.DrawFn, person: Person, max_capacity: int) -> Mentor:
    return Mentor(
        person=person,
        capacity=draw(_upto(max_capacity)),
        functions=draw(_FUNCTIONS),
        level=draw(_optional(tuple(MentorLevel))),
    )


@st.composite
def _mentors(
    draw: st.DrawFn, persons: st.SearchStrategy[Person], max_capacity: int
) -> Mentor:
    return _mentor_parts(draw, draw(persons), max_capacity)


def mentors(
    *,
    people: st.SearchStrategy[Person] | None = None,
    max_capacity: int = 5,
) -> st.SearchStrategy[Mentor]:
    """Mentors: a person drawn from *people* (:func:`people` by default), a
    capacity in ``0..max_capacity``, one or two functions, perhaps a level.

    Shrinks toward a consultant with capacity 0. Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    people = _checked("people", people, Person)
    _check_count("max_capacity", max_capacity)
    persons = people if people is not None else _people(_indexed("person"), None)
    return _mentors(persons, max_capacity)


def _mentee_parts(
    draw: st.DrawFn, person: Person, mentor_ids: Sequence[str], window: _Window
) -> Mentee:
    others = tuple(m for m in mentor_ids if m != person.id)
    preferred = draw(_ordered_subset(others, 3))
    rest = tuple(m for m in others if m not in preferred)
    return Mentee(
        person=person,
        category=_pick(draw, tuple(MenteeCategory)),
        needs=draw(_subset(_NEEDS, 3)),
        preferred_mentor_ids=preferred,
        avoided_mentor_ids=draw(_subset(rest, 2)),
        previous_mentor_id=draw(_optional(others)) if others else None,
        requested_on=_day(draw, *window) if _maybe(draw) else None,
    )


@st.composite
def _mentees(
    draw: st.DrawFn, persons: st.SearchStrategy[Person], mentor_ids: tuple[str, ...]
) -> Mentee:
    return _mentee_parts(draw, draw(persons), mentor_ids, _window(draw, None))


def mentees(
    *,
    people: st.SearchStrategy[Person] | None = None,
    mentor_ids: Collection[str] | None = None,
) -> st.SearchStrategy[Mentee]:
    """Mentees: a person drawn from *people*, a category, needs, and ranked
    preferred, avoided and previous mentors taken from *mentor_ids*
    (``"mentor-1"`` to ``"mentor-9"`` by default), never the mentee themself,
    never both preferred and avoided.

    Shrinks toward a young specialist with no preferences.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    people = _checked("people", people, Person)
    pool = _check_ids("mentor_ids", mentor_ids, "mentor")
    persons = people if people is not None else _people(_indexed("person"), None)
    return _mentees(persons, pool)


# -- pairs and groups -------------------------------------------------------------


def _path_to(draw: st.DrawFn, final: PairStatus) -> list[PairStatus]:
    """A path through the pair lifecycle that ends in *final*."""
    s = PairStatus
    if final is s.PROPOSED:
        return [s.PROPOSED]
    if final is s.DISSOLVED and _maybe(draw):
        return [s.PROPOSED, s.DISSOLVED]  # declined before it started
    path = [s.PROPOSED] if _maybe(draw) else []
    path.append(s.ACTIVE)
    path += [s.PAUSED, s.ACTIVE] * draw(_upto(2))
    if final is s.PAUSED:
        path.append(s.PAUSED)
    elif final.is_terminal:
        if _maybe(draw):
            path.append(s.PAUSED)
        path.append(final)
    return path


def _history(
    draw: st.DrawFn, final: PairStatus, window: _Window
) -> tuple[Transition, ...]:
    start, end = window
    day = _day(draw, start, end)
    steps: list[Transition] = []
    for status in _path_to(draw, final):
        if steps:
            day = min(end, day + dt.timedelta(days=draw(_upto(_MAX_GAP))))
        steps.append(
            Transition(
                status=status,
                on=day,
                reason=draw(_FREE_TEXT) if status is not PairStatus.ACTIVE else "",
                by=_pick(draw, _DECIDERS),
            )
        )
    return tuple(steps)


@st.composite
def _transition(draw: st.DrawFn, within: AcademicYear | None) -> Transition:
    return Transition(
        status=_pick(draw, tuple(PairStatus)),
        on=_day(draw, *_window(draw, within)),
        reason=draw(_FREE_TEXT),
        by=_pick(draw, _DECIDERS),
    )


def transitions(*, within: AcademicYear | None = None) -> st.SearchStrategy[Transition]:
    """Single steps of a pair's history, dated inside *within* if given.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    return _transition(within)


@st.composite
def _histories(
    draw: st.DrawFn, statuses: tuple[PairStatus, ...], within: AcademicYear | None
) -> tuple[Transition, ...]:
    return _history(draw, _pick(draw, statuses), _window(draw, within))


def pair_histories(
    *,
    statuses: Collection[PairStatus] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[tuple[Transition, ...]]:
    """Whole pair histories: paths through the lifecycle
    (``proposed -> active <-> paused -> completed | dissolved``) that end in
    one of *statuses*, dated in order inside *within*.

    Shrinks toward a pair proposed on the first day of the year.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    allowed = _check_members("statuses", statuses, PairStatus) or tuple(PairStatus)
    return _histories(tuple(s for s in PairStatus if s in allowed), within)


def _pair_parts(  # noqa: PLR0913
    draw: st.DrawFn,
    *,
    pair_id: str,
    mentor_id: str,
    mentee_id: str,
    functions: Sequence[MentorFunction],
    final: PairStatus,
    window: _Window,
) -> Pair:
    return Pair(
        id=pair_id,
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        history=_history(draw, final, window),
        function=_pick(draw, functions),
        approach=_pick(draw, tuple(Approach)),
        delivery=_pick(draw, tuple(DeliveryMode)),
        form=_pick(draw, tuple(MentoringForm)),
    )


@st.composite
def _pairs(  # noqa: PLR0913
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str],
    mentor_pool: tuple[str, ...],
    mentee_pool: tuple[str, ...],
    statuses: tuple[PairStatus, ...],
    within: AcademicYear | None,
) -> Pair:
    mentor_id = _pick(draw, mentor_pool)
    mentee_id = _pick(draw, tuple(e for e in mentee_pool if e != mentor_id))
    return _pair_parts(
        draw,
        pair_id=draw(ids),
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        functions=tuple(MentorFunction),
        final=_pick(draw, statuses),
        window=_window(draw, within),
    )


def pairs(
    *,
    ids: st.SearchStrategy[str] | None = None,
    mentor_ids: Collection[str] | None = None,
    mentee_ids: Collection[str] | None = None,
    statuses: Collection[PairStatus] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Pair]:
    """Pairs with a valid dated history (see :func:`pair_histories`) ending in
    one of *statuses* (any by default), inside *within* (some year by default).

    The mentor comes from *mentor_ids* and the mentee from *mentee_ids*
    (``"mentor-<n>"`` and ``"mentee-<n>"`` by default), never the same person.
    Shrinks toward a consultant pair proposed on the first day of the year.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    ids = _checked("ids", ids, str)
    _check_within(within)
    allowed = _check_members("statuses", statuses, PairStatus) or tuple(PairStatus)
    mentor_pool = _check_ids("mentor_ids", mentor_ids, "mentor")
    mentee_pool = _check_ids("mentee_ids", mentee_ids, "mentee")
    usable = tuple(m for m in mentor_pool if any(e != m for e in mentee_pool))
    if not usable:
        msg = "mentor_ids and mentee_ids leave no pair of two different people"
        raise InvalidArgument(msg)
    return _pairs(
        ids=ids if ids is not None else _indexed("pair"),
        mentor_pool=usable,
        mentee_pool=mentee_pool,
        statuses=tuple(s for s in PairStatus if s in allowed),
        within=within,
    )


def _group_parts(
    draw: st.DrawFn,
    group_id: str,
    mentor_pool: Sequence[str],
    mentee_pool: Sequence[str],
    window: _Window,
) -> Group:
    mentor_id = _pick(draw, mentor_pool)
    members = tuple(e for e in mentee_pool if e != mentor_id)
    chosen = {_pick(draw, members)}
    while len(chosen) < 6 and _maybe(draw):
        chosen.add(_pick(draw, members))
    formed_on = _day(draw, *window) if _maybe(draw) else None
    ended_on = None
    if formed_on is not None and _maybe(draw):
        ended_on = _day(draw, formed_on, window[1])
    return Group(
        id=group_id,
        mentor_id=mentor_id,
        mentee_ids=frozenset(chosen),
        topic=_pick(draw, _TOPICS),
        approach=_pick(draw, tuple(Approach)),
        delivery=_pick(draw, tuple(DeliveryMode)),
        formed_on=formed_on,
        ended_on=ended_on,
    )


@st.composite
def _groups(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    mentor_pool: tuple[str, ...],
    mentee_pool: tuple[str, ...],
    within: AcademicYear | None,
) -> Group:
    return _group_parts(
        draw, draw(ids), mentor_pool, mentee_pool, _window(draw, within)
    )


def groups(
    *,
    ids: st.SearchStrategy[str] | None = None,
    mentor_ids: Collection[str] | None = None,
    mentee_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Group]:
    """Mentoring groups: a mentor from *mentor_ids*, one to six mentees from
    *mentee_ids* (never the mentor), and optional dates inside *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    ids = _checked("ids", ids, str)
    _check_within(within)
    mentor_pool = _check_ids("mentor_ids", mentor_ids, "mentor")
    mentee_pool = _check_ids("mentee_ids", mentee_ids, "mentee")
    usable = tuple(m for m in mentor_pool if any(e != m for e in mentee_pool))
    if not usable:
        msg = (
            "mentor_ids and mentee_ids leave no group with a mentee besides its mentor"
        )
        raise InvalidArgument(msg)
    return _groups(
        ids if ids is not None else _indexed("group"), usable, mentee_pool, within
    )


# -- criteria and plans --------------------------------------------------------------


@st.composite
def _criteria(draw: st.DrawFn, ids: st.SearchStrategy[str]) -> SuccessCriterion:
    return SuccessCriterion(
        id=draw(ids),
        title=draw(_title(_CRITERION_TITLES)),
        description=draw(_FREE_TEXT),
    )


def criteria(
    *, ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[SuccessCriterion]:
    """Success criteria with non-blank titles (the Kazakh plan's four first).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    ids = _checked("ids", ids, str)
    return _criteria(ids if ids is not None else _indexed("criterion"))


def _assessment(
    draw: st.DrawFn, criterion_ids: Sequence[str], window: _Window
) -> Assessment:
    return Assessment(
        criterion_id=_pick(draw, criterion_ids),
        status=_pick(draw, tuple(CriterionStatus)),
        on=_day(draw, *window),
        assessor_id=_pick(draw, _ASSESSORS),
        evidence=draw(_FREE_TEXT),
        review=_pick(draw, tuple(ReviewKind)),
    )


@st.composite
def _assessments(
    draw: st.DrawFn, criterion_ids: tuple[str, ...], within: AcademicYear | None
) -> Assessment:
    return _assessment(draw, criterion_ids, _window(draw, within))


def assessments(
    *,
    criterion_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Assessment]:
    """Assessments of a criterion from *criterion_ids*, dated inside *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    pool = _check_ids("criterion_ids", criterion_ids, "criterion")
    return _assessments(pool, within)


def _plan_step(draw: st.DrawFn, step_id: str, criterion_ids: Sequence[str]) -> PlanStep:
    criterion_id = None
    if criterion_ids and _maybe(draw):
        criterion_id = _pick(draw, criterion_ids)
    return PlanStep(
        id=step_id,
        title=draw(_title(_STEP_TITLES)),
        task=draw(_FREE_TEXT),
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
    ids = _checked("ids", ids, str)
    pool = (
        () if criterion_ids is None else _check_ids("criterion_ids", criterion_ids, "")
    )
    return _plan_steps(ids if ids is not None else _indexed("step"), pool)


def _activity(
    draw: st.DrawFn, activity_id: str, step_ids: Sequence[str], window: _Window
) -> Activity:
    status = _pick(draw, tuple(ActivityStatus))
    step_id = _pick(draw, step_ids) if step_ids and _maybe(draw) else None
    return Activity(
        id=activity_id,
        title=draw(_title(_STEP_TITLES)),
        method=_pick(draw, tuple(WorkMethod)),
        due=_day(draw, *window),
        status=status,
        done_on=_day(draw, *window) if status is ActivityStatus.DONE else None,
        step_id=step_id,
        delivery=draw(_optional(tuple(DeliveryMode))),
        notes=draw(_FREE_TEXT),
    )


@st.composite
def _activities(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    step_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> Activity:
    return _activity(draw, draw(ids), step_ids, _window(draw, within))


def activities(
    *,
    ids: st.SearchStrategy[str] | None = None,
    step_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Activity]:
    """Planned, done, missed or cancelled activities due inside *within*; a
    done activity always has the day it was done; the step (if any) comes
    from *step_ids*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    ids = _checked("ids", ids, str)
    _check_within(within)
    pool = () if step_ids is None else _check_ids("step_ids", step_ids, "")
    return _activities(ids if ids is not None else _indexed("activity"), pool, within)


def _few(draw: st.DrawFn, most: int, odds: int = 4) -> range:
    """``range(n)`` for a small *n* that shrinks toward 0, drawn as a list is."""
    n = 0
    while n < most and _go_on(draw, odds):
        n += 1
    return range(n)


def _plan(
    draw: st.DrawFn, plan_id: str, pair_id: str, window: _Window
) -> MentoringPlan:
    start = _day(draw, *window)
    end = _day(draw, start, window[1])
    plan_criteria = tuple(
        SuccessCriterion(id=f"c{i + 1}", title=draw(_title(_CRITERION_TITLES)))
        for i in _few(draw, 4)
    )
    criterion_ids = tuple(c.id for c in plan_criteria)
    steps = tuple(_plan_step(draw, f"s{i + 1}", criterion_ids) for i in _few(draw, 3))
    step_ids = tuple(s.id for s in steps)
    acts = tuple(
        _activity(draw, f"a{i + 1}", step_ids, (start, end)) for i in _few(draw, 4)
    )
    checks: tuple[Assessment, ...] = ()
    if criterion_ids:
        checks = tuple(
            _assessment(draw, criterion_ids, (start, end)) for _ in _few(draw, 4)
        )
    return MentoringPlan(
        id=plan_id,
        pair_id=pair_id,
        goal=_pick(draw, _GOALS),
        start=start,
        end=end,
        criteria=plan_criteria,
        steps=steps,
        activities=acts,
        assessments=checks,
        focus_issue=draw(_FREE_TEXT),
        strategy=draw(_FREE_TEXT),
    )


@st.composite
def _plans(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    pair_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> MentoringPlan:
    return _plan(draw, draw(ids), _pick(draw, pair_ids), _window(draw, within))


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
    ids = _checked("ids", ids, str)
    _check_within(within)
    pool = _check_ids("pair_ids", pair_ids, "pair")
    return _plans(ids if ids is not None else _indexed("plan"), pool, within)


# -- records -------------------------------------------------------------------------


def _event(
    draw: st.DrawFn,
    event_id: str,
    organizers: Sequence[str],
    participant_ids: tuple[str, ...],
    window: _Window,
) -> Event:
    return Event(
        id=event_id,
        kind=_pick(draw, tuple(EventKind)),
        title=_pick(draw, _EVENT_TITLES),
        on=_day(draw, *window),
        organizer=_pick(draw, organizers),
        participant_ids=draw(_subset(participant_ids, 5)),
        scope=_pick(draw, tuple(Scope)),
    )


@st.composite
def _events(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    participant_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> Event:
    organizers = _places(_names.ORGANIZATIONS, None)
    return _event(draw, draw(ids), organizers, participant_ids, _window(draw, within))


def events(
    *,
    ids: st.SearchStrategy[str] | None = None,
    participant_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Event]:
    """Events on mentoring, dated inside *within*, with participants from
    *participant_ids*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    ids = _checked("ids", ids, str)
    _check_within(within)
    pool = _check_ids("participant_ids", participant_ids, "person")
    return _events(ids if ids is not None else _indexed("event"), pool, within)


def _achievement(
    draw: st.DrawFn, achievement_id: str, person_ids: Sequence[str], window: _Window
) -> Achievement:
    return Achievement(
        id=achievement_id,
        person_id=_pick(draw, person_ids),
        kind=_pick(draw, tuple(AchievementKind)),
        on=_day(draw, *window),
        title=draw(_FREE_TEXT),
        scope=_pick(draw, tuple(Scope)),
    )


@st.composite
def _achievements(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    person_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> Achievement:
    return _achievement(draw, draw(ids), person_ids, _window(draw, within))


def achievements(
    *,
    ids: st.SearchStrategy[str] | None = None,
    person_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Achievement]:
    """Achievements of a person from *person_ids*, dated inside *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    ids = _checked("ids", ids, str)
    _check_within(within)
    pool = _check_ids("person_ids", person_ids, "person")
    return _achievements(
        ids if ids is not None else _indexed("achievement"), pool, within
    )


def _measurement(
    draw: st.DrawFn, window: _Window, organizations: Sequence[str]
) -> Measurement:
    indicator = _pick(draw, _INDICATORS)
    if indicator in _SHARES:
        value = draw(_UNIT)
    elif indicator in _MEANS:
        value = 1.0 + 4.0 * draw(_UNIT)
    else:
        value = float(draw(_upto(500)))
    return Measurement(
        indicator=indicator,
        value=value,
        on=_day(draw, *window),
        review=_pick(draw, tuple(ReviewKind)),
        organization=_pick(draw, organizations),
    )


@st.composite
def _measurements(draw: st.DrawFn, within: AcademicYear | None) -> Measurement:
    organizations = ("", *_places(_names.ORGANIZATIONS, None))
    return _measurement(draw, _window(draw, within), organizations)


def measurements(
    *, within: AcademicYear | None = None
) -> st.SearchStrategy[Measurement]:
    """Indicator values as the catalogue reads them (the seed's codes and
    expected outcomes): whole counts, shares in [0, 1], satisfaction means on
    the 1..5 scale, measured inside *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    return _measurements(within)


def _survey(
    draw: st.DrawFn, survey_id: str, person_ids: Sequence[str], window: _Window
) -> SurveyResponse:
    low, high = SATISFACTION_SCALE
    return SurveyResponse(
        id=survey_id,
        person_id=_pick(draw, person_ids),
        on=_day(draw, *window),
        review=_pick(draw, tuple(ReviewKind)),
        satisfaction=low + draw(_upto(high - low)) if _maybe(draw) else None,
        intends_to_stay=draw(_optional((False, True))),
        conflicts_with_staff=draw(_COUNTS),
        conflicts_with_parents=draw(_COUNTS),
        comment=draw(_FREE_TEXT),
    )


@st.composite
def _surveys(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    person_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> SurveyResponse:
    return _survey(draw, draw(ids), person_ids, _window(draw, within))


def surveys(
    *,
    ids: st.SearchStrategy[str] | None = None,
    person_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[SurveyResponse]:
    """Questionnaire answers of a person from *person_ids*, dated inside
    *within*: satisfaction on the 1..5 scale, non-negative counts, and any
    answer possibly missing.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    ids = _checked("ids", ids, str)
    _check_within(within)
    pool = _check_ids("person_ids", person_ids, "person")
    return _surveys(ids if ids is not None else _indexed("survey"), pool, within)


# -- programmes ----------------------------------------------------------------------


def _function_order(mentor: Mentor) -> tuple[MentorFunction, ...]:
    return tuple(f for f in MentorFunction if f in mentor.functions)


def _draw_list(
    draw: st.DrawFn, low: int, high: int, item: Callable[[int], _T], odds: int = 4
) -> list[_T]:
    """Between *low* and *high* items, ``item(i)`` each, one more ``odds - 1``
    times in *odds*; shrinks like a list.
    """
    found = [item(i) for i in range(low)]
    while len(found) < high and _go_on(draw, odds):
        found.append(item(len(found)))
    return found


def _keep_rules(
    draw: st.DrawFn,
    *,
    mentors: Sequence[Mentor],
    mentees: Sequence[Mentee],
    statuses: Sequence[PairStatus],
    window: _Window,
) -> tuple[Pair, ...]:
    """Pairs between enrolled people that keep every rule of a programme."""
    held: dict[str, int] = {}
    open_functions: set[tuple[str, MentorFunction]] = set()
    kept: list[Pair] = []
    for _ in _few(draw, 2 * len(mentees) + 2, odds=8):
        mentee = _pick(draw, mentees)
        eligible = [
            m
            for m in mentors
            if m.id != mentee.id and m.id not in mentee.avoided_mentor_ids
        ]
        if not eligible:
            continue
        mentor = _pick(draw, eligible)
        final = _pick(draw, statuses)
        pair = _pair_parts(
            draw,
            pair_id=f"pair-{len(kept) + 1}",
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            functions=_function_order(mentor),
            final=final,
            window=window,
        )
        if pair.is_open:
            key = (pair.mentee_id, pair.function)
            if held.get(mentor.id, 0) >= mentor.capacity or key in open_functions:
                continue  # it would break a capacity or the one-per-function rule
            held[mentor.id] = held.get(mentor.id, 0) + 1
            open_functions.add(key)
        kept.append(pair)
    return tuple(kept)


@_cache
def _years_of(jurisdiction: str) -> st.SearchStrategy[AcademicYear]:
    return academic_years(jurisdiction=jurisdiction or None)


def _enrol(
    draw: st.DrawFn,
    where: str,
    year: AcademicYear,
    mentor_sizes: tuple[int, int],
    mentee_sizes: tuple[int, int],
) -> tuple[list[Mentor], list[Mentee], Person | None]:
    """Mentors, mentees and perhaps a curator, with person ids in order."""
    window = (year.start, year.end)
    numbers = iter(range(1, 10**6))

    def new_person() -> Person:
        return _person(draw, f"person-{next(numbers)}", where, year.end)

    # Odds of 16 to go on: most programmes have both mentors and mentees, so
    # that typical examples have pairs and plans (they still shrink to none).
    mentor_list = _draw_list(
        draw, *mentor_sizes, lambda _: _mentor_parts(draw, new_person(), 3), odds=16
    )
    mentor_ids = tuple(m.id for m in mentor_list)
    reused: set[int] = set()

    def new_mentee(_: int) -> Mentee:
        # Now and then a mentor is a mentee too (peer or reverse mentoring).
        person = None
        if mentor_list and draw(_index(8)) == 7:
            k = draw(_index(len(mentor_list)))
            if k not in reused:
                reused.add(k)
                person = mentor_list[k].person
        return _mentee_parts(draw, person or new_person(), mentor_ids, window)

    mentee_list = _draw_list(draw, *mentee_sizes, new_mentee, odds=16)
    curator: Person | None = None
    choice = draw(_upto(2))
    if choice == 1:
        curator = new_person()
    elif choice == 2 and mentor_list:
        curator = _pick(draw, mentor_list).person
    return mentor_list, mentee_list, curator


def _records(draw: st.DrawFn, program: Program) -> Program:
    """The programme with events, achievements, measurements and surveys."""
    window = (program.year.start, program.year.end)
    person_ids = tuple(sorted(program.people()))
    organizers = (program.organization, *_places(_names.ORGANIZATIONS, None))
    found_events = _draw_list(
        draw,
        0,
        3,
        lambda i: _event(draw, f"event-{i + 1}", organizers, person_ids, window),
    )
    found_achievements: list[Achievement] = []
    found_surveys: list[SurveyResponse] = []
    if person_ids:
        found_achievements = _draw_list(
            draw,
            0,
            3,
            lambda i: _achievement(draw, f"achievement-{i + 1}", person_ids, window),
        )
        found_surveys = _draw_list(
            draw,
            0,
            3,
            lambda i: _survey(draw, f"survey-{i + 1}", person_ids, window),
        )
    drawn = _draw_list(
        draw, 0, 3, lambda _: _measurement(draw, window, ("", program.organization))
    )
    # One value per indicator and day: indicator reports refuse two.
    found_measurements = list(
        {(x.indicator, x.on): x for x in reversed(drawn)}.values()
    )[::-1]
    return attrs.evolve(
        program,
        events=tuple(found_events),
        achievements=tuple(found_achievements),
        measurements=tuple(found_measurements),
        surveys=tuple(found_surveys),
    )


@st.composite
def _program(  # noqa: PLR0913
    draw: st.DrawFn,
    *,
    years: st.SearchStrategy[AcademicYear] | None,
    mentor_sizes: tuple[int, int],
    mentee_sizes: tuple[int, int],
    jurisdiction: str | None,
    statuses: tuple[PairStatus, ...],
    with_plans: bool,
    with_records: bool,
) -> Program:
    where = _pick(draw, _JURISDICTIONS) if jurisdiction is None else jurisdiction
    year = draw(_years_of(where) if years is None else years)
    window = (year.start, year.end)
    mentor_list, mentee_list, curator = _enrol(
        draw, where, year, mentor_sizes, mentee_sizes
    )
    pair_list: tuple[Pair, ...] = ()
    if mentor_list and mentee_list:
        pair_list = _keep_rules(
            draw,
            mentors=mentor_list,
            mentees=mentee_list,
            statuses=statuses,
            window=window,
        )
    group_list: list[Group] = []
    mentor_ids = tuple(m.id for m in mentor_list)
    mentee_ids = tuple(m.id for m in mentee_list)
    usable = tuple(m for m in mentor_ids if any(e != m for e in mentee_ids))
    if usable:
        group_list = _draw_list(
            draw,
            0,
            2,
            lambda i: _group_parts(draw, f"group-{i + 1}", usable, mentee_ids, window),
        )
    plan_list: list[MentoringPlan] = []
    for pair in pair_list if with_plans else ():
        if _go_on(draw):  # a plan for three pairs in four
            plan_id = f"plan-{len(plan_list) + 1}"
            plan_list.append(
                _plan(draw, plan_id, pair.id, (pair.proposed_on, year.end))
            )
    language = _names.languages_of(where)[0]
    program = Program(
        id=f"program-{year.start.year}",
        title=f"{_PROGRAM_TITLES[language]} {year.label}",
        organization=_pick(draw, _places(_names.ORGANIZATIONS, where)),
        district=_place(draw, _names.DISTRICTS, where),
        region=_place(draw, _names.REGIONS, where),
        jurisdiction=where,
        year=year,
        curator=curator,
        mentors=tuple(mentor_list),
        mentees=tuple(mentee_list),
        pairs=pair_list,
        groups=tuple(group_list),
        plans=tuple(plan_list),
    )
    return _records(draw, program) if with_records else program


def programs(  # noqa: PLR0913
    *,
    min_mentors: int = 0,
    max_mentors: int = 5,
    min_mentees: int = 0,
    max_mentees: int = 8,
    jurisdiction: str | None = None,
    pair_statuses: Collection[PairStatus] | None = None,
    with_plans: bool = True,
    with_records: bool = True,
    years: st.SearchStrategy[AcademicYear] | None = None,
) -> st.SearchStrategy[Program]:
    """Whole programmes, referentially consistent: ``problems() == ()``.

    * *min_mentors*..*max_mentors* mentors and *min_mentees*..*max_mentees*
      mentees; now and then a mentor is also a mentee (same person data), and
      the curator may be one of the mentors;
    * pairs whose status is one of *pair_statuses* (any by default), between
      enrolled people, the function one of the mentor's, never with a mentor
      the mentee avoids, within every mentor's capacity, at most one open pair
      per mentee and function;
    * groups of enrolled people; plans of existing pairs (when *with_plans*);
      events, achievements, measurements and surveys of enrolled people (when
      *with_records*);
    * every date inside the academic year drawn from *years* (by default
      :func:`academic_years` for the jurisdiction);
    * *jurisdiction* (``"ru"``, ``"kz"``, ``"md"``, ``"ro"`` or any code) sets
      names, places, certificates and the term system; None draws one.

    Shrinks toward an empty programme of a plain September year.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    mentor_sizes = _check_sizes("min_mentors", min_mentors, "max_mentors", max_mentors)
    mentee_sizes = _check_sizes("min_mentees", min_mentees, "max_mentees", max_mentees)
    _check_jurisdiction(jurisdiction)
    allowed = _check_members("pair_statuses", pair_statuses, PairStatus)
    _check_bool("with_plans", with_plans)
    _check_bool("with_records", with_records)
    years = _checked("years", years, AcademicYear)
    return _program(
        years=years,
        mentor_sizes=mentor_sizes,
        mentee_sizes=mentee_sizes,
        jurisdiction=jurisdiction,
        statuses=tuple(s for s in PairStatus if allowed is None or s in allowed),
        with_plans=with_plans,
        with_records=with_records,
    )


# -- schedules, term systems, plan templates and compatibility models ---------------


@st.composite
def _schedule(draw: st.DrawFn, within: AcademicYear | None) -> Schedule:
    start_day, end_day = _window(draw, within)
    start = _day(draw, start_day, end_day)
    freq = _pick(draw, tuple(Frequency))
    weekdays: tuple[Weekday, ...] = ()
    if freq is Frequency.WEEKLY and _maybe(draw):
        weekdays = tuple(draw(_subset(tuple(Weekday), 3)))
    count = until = None
    if _maybe(draw):
        count = 1 + draw(_upto(39))
    elif _maybe(draw):
        until = _day(draw, start, end_day)
    exclusions = tuple(_day(draw, start, end_day) for _ in _few(draw, 3))
    return Schedule(
        start=start,
        freq=freq,
        interval=1 + draw(_upto(3)),
        weekdays=weekdays,
        count=count,
        until=until,
        exclusions=exclusions,
    )


def schedules(*, within: AcademicYear | None = None) -> st.SearchStrategy[Schedule]:
    """Recurring dates: a start inside *within*, a frequency, an interval of 1
    to 4, weekdays for weekly schedules, up to 40 dates or an end date (or
    neither), and a few excluded dates.

    Shrinks toward a daily schedule starting on the first day of the year.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    return _schedule(within)


def _month_day(day: dt.date) -> MonthDay:
    return MonthDay(month=day.month, day=day.day)


@st.composite
def _term_system(draw: st.DrawFn) -> TermSystem:
    if _maybe(draw):
        return _pick(draw, tuple(TERM_SYSTEMS[k] for k in sorted(TERM_SYSTEMS)))
    # Rules laid out on a common (non-leap) reference year; no term starts on
    # 1 March, so no boundary moves with 29 February.
    month = _pick(draw, (_SEPTEMBER, 8, 1))
    start = dt.date(2025, month, 1)
    end = dt.date(start.year + 1, month, 1) - dt.timedelta(days=1)
    span = (end - start).days + 1
    allowed = [
        n
        for n in range(1, span)
        if (start + dt.timedelta(days=n)).timetuple()[1:3] != (3, 1)
    ]
    cuts = sorted(draw(st.lists(st.sampled_from(allowed), unique=True, max_size=4)))
    bounds = [0, *cuts, span]
    rules = tuple(
        TermRule(
            name=f"T{i + 1}",
            start=_month_day(start + dt.timedelta(days=a)),
            end=_month_day(start + dt.timedelta(days=b - 1)),
        )
        for i, (a, b) in enumerate(itertools.pairwise(bounds))
    )
    breaks = []
    for i in _few(draw, 3):
        first = _day(draw, start, end)
        last = _day(draw, first, min(end, first + dt.timedelta(days=20)))
        breaks.append(
            HolidayRule(
                name=f"holiday {i + 1}",
                start=_month_day(first),
                end=_month_day(last),
            )
        )
    return TermSystem(
        id=f"custom-{len(rules)}",
        title=draw(_title(("Custom terms", "Четверти", "Semestre"))),
        terms=rules,
        year_start=_month_day(start),
        holidays=tuple(breaks),
        weekend=draw(_WEEKENDS),
    )


def term_systems() -> st.SearchStrategy[TermSystem]:
    """Term systems: the jurisdictions' own (:data:`mentoring.calendar.TERM_SYSTEMS`)
    and made-up ones of one to five contiguous terms with holidays, starting
    on 1 September, 1 August or 1 January.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _term_system()


def plan_templates() -> st.SearchStrategy[PlanTemplate]:
    """The built-in plan templates of :data:`mentoring.templates.TEMPLATES`
    (the Kazakh mentor-mentee plan first).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return st.sampled_from(tuple(TEMPLATES[k] for k in sorted(TEMPLATES)))


@st.composite
def _plan_from_template(
    draw: st.DrawFn, pair_ids: tuple[str, ...], within: AcademicYear | None
) -> MentoringPlan:
    template = _pick(draw, tuple(TEMPLATES[k] for k in sorted(TEMPLATES)))
    start, end = _window(draw, within)
    first = _day(draw, start, end)
    return MentoringPlan.from_template(
        template, pair=_pick(draw, pair_ids), period=(first, _day(draw, first, end))
    )


def plans_from_templates(
    *,
    pair_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[MentoringPlan]:
    """Plans made with :meth:`~mentoring.model._plans.MentoringPlan.from_template`
    from a built-in template, for a pair from *pair_ids*, over a period inside
    *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    return _plan_from_template(_check_ids("pair_ids", pair_ids, "pair"), within)


def _constraint(draw: st.DrawFn, kind: ConstraintKind) -> Constraint:
    certifications: frozenset[CertificationKind] = frozenset()
    levels: frozenset[MentorLevel] = frozenset()
    years = 0
    if kind is ConstraintKind.REQUIRED_CERTIFICATION:
        certifications = frozenset({_pick(draw, tuple(CertificationKind))})
    elif kind is ConstraintKind.REQUIRED_LEVEL:
        levels = frozenset({_pick(draw, tuple(MentorLevel))})
    elif kind is ConstraintKind.EXPERIENCE_GAP:
        years = draw(_upto(10))
    return Constraint(
        kind=kind,
        functions=draw(_subset(tuple(MentorFunction), 2)),
        certifications=certifications,
        levels=levels,
        years=years,
    )


@st.composite
def _compatibility_model(
    draw: st.DrawFn, mentor_ids: tuple[str, ...], mentee_ids: tuple[str, ...]
) -> CompatibilityModel:
    if _maybe(draw):
        return _pick(
            draw,
            (
                CompatibilityModel.default(),
                CompatibilityModel.russian_school(),
                CompatibilityModel.kazakh_levels(),
            ),
        )
    kinds = draw(
        st.lists(st.sampled_from(CriterionKind), unique=True, min_size=1, max_size=5)
    )
    weights = [0.5 + draw(_upto(19)) / 2, *(draw(_upto(10)) / 2 for _ in kinds[1:])]
    model_criteria = tuple(
        Criterion(
            kind=kind,
            weight=weight,
            years=1 + draw(_upto(9)),
            band_credit=draw(_upto(4)) / 4,
        )
        for kind, weight in zip(kinds, weights, strict=True)
    )
    constraint_kinds = draw(
        st.lists(st.sampled_from(ConstraintKind), unique=True, max_size=3)
    )
    refs = [
        PairRef(mentor_id=a, mentee_id=b)
        for a in mentor_ids
        for b in mentee_ids
        if a != b
    ]
    forbidden = tuple(dict.fromkeys(_pick(draw, refs) for _ in _few(draw, 2)))
    locked: list[PairRef] = []
    for _ in _few(draw, 2):
        ref = _pick(draw, refs)
        if ref not in forbidden and all(r.mentee_id != ref.mentee_id for r in locked):
            locked.append(ref)
    return CompatibilityModel(
        name=_pick(draw, ("custom", "district", "network")),
        criteria=model_criteria,
        constraints=tuple(_constraint(draw, k) for k in constraint_kinds),
        forbidden=forbidden,
        locked=tuple(locked),
        curator_for=draw(_subset(tuple(MenteeCategory), 2)),
    )


def compatibility_models(
    *,
    mentor_ids: Collection[str] | None = None,
    mentee_ids: Collection[str] | None = None,
) -> st.SearchStrategy[CompatibilityModel]:
    """Matching models: the presets, or one to five weighted criteria (at least
    one weight above 0), up to three hard constraints, and forbidden and locked
    pairs of people from *mentor_ids* and *mentee_ids* (never both, at most
    one lock per mentee).

    Shrinks toward :meth:`~mentoring.matching.CompatibilityModel.default`.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    mentors = _check_ids("mentor_ids", mentor_ids, "mentor")
    mentees = _check_ids("mentee_ids", mentee_ids, "mentee")
    if not any(a != b for a in mentors for b in mentees):
        msg = "mentor_ids and mentee_ids leave no pair of two different people"
        raise InvalidArgument(msg)
    return _compatibility_model(mentors, mentees)


# -- results: what the library's own functions compute ---------------------------------
#
# Results (matchings, indicator snapshots, reports) are drawn by running the
# library on drawn inputs, so they are exactly the values it can produce.


@st.composite
def _matching(draw: st.DrawFn, methods: tuple[str, ...]) -> Matching:
    program = draw(_SMALL_PROGRAMS)
    model = _pick(
        draw,
        (
            CompatibilityModel.default(),
            CompatibilityModel.russian_school(),
            CompatibilityModel.kazakh_levels(),
        ),
    )
    return match(
        program.mentors,
        program.mentees,
        model=model,
        method=_pick(draw, methods),  # type: ignore[arg-type]
        function=_pick(draw, tuple(MentorFunction)),
    )


_MATCH_METHODS = ("stable", "optimal", "greedy")


def matchings(*, methods: Collection[str] | None = None) -> st.SearchStrategy[Matching]:
    """Results of :func:`mentoring.matching.match` over the mentors and mentees
    of a small drawn programme, with a preset model and one of *methods*
    (``"stable"``, ``"optimal"``, ``"greedy"``; all by default).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    chosen = _MATCH_METHODS if methods is None else tuple(methods)
    if isinstance(methods, str) or not chosen or not set(chosen) <= set(_MATCH_METHODS):
        msg = f"methods={methods!r} must be a non-empty collection of {_MATCH_METHODS}"
        raise InvalidArgument(msg)
    return _matching(tuple(m for m in _MATCH_METHODS if m in chosen))


@st.composite
def _mentor_load(draw: st.DrawFn) -> MentorLoad:
    capacity = draw(_upto(5))
    return MentorLoad(
        mentor_id=draw(_indexed("mentor")),
        capacity=capacity,
        held=draw(_upto(capacity)),
        assigned=draw(_upto(3)),
    )


def mentor_loads() -> st.SearchStrategy[MentorLoad]:
    """How full a mentor is after matching: capacity, places held, places given.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _mentor_load()


@st.composite
def _suggestion(draw: st.DrawFn) -> Suggestion:
    return Suggestion(
        mentor_id=draw(_indexed("mentor")),
        score=draw(scores()),
        rank=1 + draw(_upto(9)),
    )


def suggestions() -> st.SearchStrategy[Suggestion]:
    """Ranked mentor suggestions with an explainable score.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _suggestion()


@st.composite
def _snapshot(draw: st.DrawFn) -> Snapshot:
    program = draw(_SMALL_PROGRAMS_WITH_RECORDS)
    return compute(program, on=_day(draw, program.year.start, program.year.end))


def snapshots() -> st.SearchStrategy[Snapshot]:
    """Indicator snapshots: :func:`mentoring.indicators._compute` over a small
    drawn programme on a day of its year.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _snapshot()


@st.composite
def _report(draw: st.DrawFn) -> Report:
    program = draw(_SMALL_PROGRAMS_WITH_RECORDS)
    start = _day(draw, program.year.start, program.year.end)
    review = _day(draw, start, program.year.end)
    return compare(compute(program, on=start), compute(program, on=review))


def reports() -> st.SearchStrategy[Report]:
    """Indicator reports: :func:`mentoring.indicators._compare` of two snapshots
    of a small drawn programme, the start before the review.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _report()


@st.composite
def _control_report(draw: st.DrawFn) -> ControlReport:
    program = draw(_SMALL_PROGRAMS_WITH_TERMS)
    term = _pick(draw, program.year.terms)
    return control_report(program, term, on=_day(draw, term.start, term.end))


def control_reports() -> st.SearchStrategy[ControlReport]:
    """Current-control reports: :func:`mentoring.reports.control_report` of a
    term of a small drawn programme whose year has terms.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _control_report()


@st.composite
def _health_thresholds(draw: st.DrawFn) -> HealthThresholds:
    quiet = draw(_upto(90))
    overdue = draw(_upto(5))
    return HealthThresholds(
        quiet_warning_days=quiet,
        quiet_critical_days=quiet + draw(_upto(60)),
        overdue_warning=overdue,
        overdue_critical=overdue + draw(_upto(5)),
        assessment_warning_days=draw(_upto(60)),
        slow_start_weeks=draw(_upto(12)),
    )


def health_thresholds() -> st.SearchStrategy[HealthThresholds]:
    """Thresholds of the health signals, each critical level at or above its
    warning level.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _health_thresholds()


def progress_weights() -> st.SearchStrategy[ProgressWeights]:
    """Weights of plan progress: non-negative weights, late credit in [0, 1].

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        ProgressWeights, criteria=_WEIGHT, activities=_WEIGHT, late_credit=_UNIT
    )


_SMALL_PROGRAMS = programs(max_mentors=2, max_mentees=3, with_records=False)
_SMALL_PROGRAMS_WITH_RECORDS = programs(max_mentors=2, max_mentees=3)
_SMALL_PROGRAMS_WITH_TERMS = programs(
    max_mentors=2,
    max_mentees=3,
    with_records=False,  # a current-control report reads plans, not records
    years=st.sampled_from(tuple(sorted(TERM_SYSTEMS))).flatmap(
        lambda code: academic_years(jurisdiction=code)
    ),
)


@st.composite
def _assignment(draw: st.DrawFn) -> Assignment:
    mentor = draw(_upto(8))
    return Assignment(
        mentor_id=f"mentor-{mentor + 1}",
        mentee_id=f"mentee-{draw(_upto(8)) + 1}",
        score=draw(scores()),
        locked=_maybe(draw),
        rule=_pick(draw, ("", "locked", "curator")),
    )


def assignments() -> st.SearchStrategy[Assignment]:
    """Assignments of a mentee to a mentor with an explainable score.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _assignment()


@st.composite
def _unmatched(draw: st.DrawFn) -> Unmatched:
    return Unmatched(
        mentee_id=draw(_indexed("mentee")),
        code=_pick(draw, tuple(UnmatchedReason)),
        reason=draw(_FREE_TEXT),
    )


def unmatched_mentees() -> st.SearchStrategy[Unmatched]:
    """Mentees a matching left without a mentor, with the reason.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _unmatched()


@st.composite
def _signal(draw: st.DrawFn, within: AcademicYear | None) -> Signal:
    return Signal(
        pair_id=draw(_indexed("pair")) if _maybe(draw) else None,
        kind=_pick(draw, tuple(SignalKind)),
        severity=_pick(draw, tuple(Severity)),
        reason=draw(_FREE_TEXT),
        on=_day(draw, *_window(draw, within)),
    )


def signals(*, within: AcademicYear | None = None) -> st.SearchStrategy[Signal]:
    """Health signals of a pair (or of the whole programme), dated inside
    *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    return _signal(within)


# -- the parts of the public types ------------------------------------------------
#
# The values the larger types are made of (calendar rules, matching criteria,
# indicator definitions and values, template items, report rows), so that
# ``st.from_type`` gives valid values for every public type.


def month_days() -> st.SearchStrategy[MonthDay]:
    """Days of the year as (month, day), 29 February included; shrinks
    toward 1 January.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _LEAP_DAYS.map(_month_day)


_LEAP_DAYS = st.integers(0, 365).map(lambda n: dt.date(2000, 1, 1) + dt.timedelta(n))
_NAMES = _title(("T1", "I", "semestrul I", "1-я четверть", "autumn"))


@st.composite
def _rule(draw: st.DrawFn, /, kind: Callable[..., _T], **extra: str) -> _T:
    first = draw(_LEAP_DAYS)
    last = first + dt.timedelta(days=draw(_upto(120)))
    return kind(
        name=draw(_NAMES),
        start=_month_day(first),
        end=_month_day(last),
        **extra,
    )


def term_rules() -> st.SearchStrategy[TermRule]:
    """Terms of a term system as (month, day) rules, with a name and perhaps a
    title.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _FREE_TEXT.flatmap(lambda title: _rule(TermRule, title=title))


def holiday_rules() -> st.SearchStrategy[HolidayRule]:
    """Holidays of a term system as (month, day) rules, with a name.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _rule(HolidayRule)


@st.composite
def _review_date(draw: st.DrawFn, within: AcademicYear | None) -> ReviewDate:
    return ReviewDate(
        kind=_pick(draw, tuple(ReviewKind)),
        on=_day(draw, *_window(draw, within)),
        term=draw(_optional(("1", "2", "3", "4", "I", "II"))),
    )


def review_dates(
    *, within: AcademicYear | None = None
) -> st.SearchStrategy[ReviewDate]:
    """Review dates (current control, intermediate, final), on a day inside
    *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    _check_within(within)
    return _review_date(within)


@st.composite
def _grade_band(draw: st.DrawFn) -> GradeBand:
    low = draw(_upto(MAX_GRADE))
    return GradeBand(
        low=low,
        high=low + draw(_upto(MAX_GRADE - low)),
        name=_pick(draw, ("", "primary", "basic", "senior")),
    )


def grade_bands() -> st.SearchStrategy[GradeBand]:
    """Bands of school grades, ``low`` to ``high`` within ``0..MAX_GRADE``.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _grade_band()


@st.composite
def _disjoint_bands(draw: st.DrawFn) -> tuple[GradeBand, ...]:
    if _maybe(draw):
        return DEFAULT_GRADE_BANDS
    cuts = sorted(draw(st.sets(st.integers(1, MAX_GRADE), max_size=3)))
    bounds = [0, *cuts, MAX_GRADE + 1]
    return tuple(GradeBand(low=a, high=b - 1) for a, b in itertools.pairwise(bounds))


@st.composite
def _compatibility_criterion(draw: st.DrawFn) -> Criterion:
    return Criterion(
        kind=_pick(draw, tuple(CriterionKind)),
        weight=draw(_upto(20)) / 2,
        years=1 + draw(_upto(9)),
        grade_bands=draw(_disjoint_bands()),
        band_credit=draw(_UNIT),
    )


def compatibility_criteria() -> st.SearchStrategy[Criterion]:
    """Soft matching criteria (:class:`mentoring.matching.Criterion`): a kind,
    a weight >= 0 and grade bands that do not overlap.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _compatibility_criterion()


@st.composite
def _one_constraint(draw: st.DrawFn) -> Constraint:
    return _constraint(draw, _pick(draw, tuple(ConstraintKind)))


def constraints() -> st.SearchStrategy[Constraint]:
    """Hard matching constraints, each with the certifications, levels or
    years its kind uses and no others.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _one_constraint()


@st.composite
def _pair_ref(draw: st.DrawFn, refs: tuple[PairRef, ...]) -> PairRef:
    return _pick(draw, refs)


def pair_refs(
    *,
    mentor_ids: Collection[str] | None = None,
    mentee_ids: Collection[str] | None = None,
) -> st.SearchStrategy[PairRef]:
    """A mentor from *mentor_ids* and a different mentee from *mentee_ids*,
    named by id (a forbidden or locked pair).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    mentors = _check_ids("mentor_ids", mentor_ids, "mentor")
    mentees = _check_ids("mentee_ids", mentee_ids, "mentee")
    refs = tuple(
        PairRef(mentor_id=a, mentee_id=b) for a in mentors for b in mentees if a != b
    )
    if not refs:
        msg = "mentor_ids and mentee_ids leave no pair of two different people"
        raise InvalidArgument(msg)
    return _pair_ref(refs)


_CODES = st.one_of(
    st.sampled_from(tuple(CATALOG.codes())),
    st.text("abcdefghijklmnopqrstuvwxyz_.0123456789", min_size=1, max_size=12),
)


@st.composite
def _indicator(draw: st.DrawFn, code: str | None = None) -> Indicator:
    kind = _pick(draw, tuple(Kind))
    units = (Unit.SHARE,) if kind is Kind.RATE else tuple(set(Unit) - {Unit.SHARE})
    return Indicator(
        code=draw(_CODES) if code is None else code,
        group=_pick(draw, ("custom", *GROUPS)),
        title_en=draw(_title(("Open lessons given", "Mentees retained"))),
        unit=_pick(draw, sorted(units)),
        kind=kind,
        direction=_pick(draw, tuple(Direction)),
        source=_pick(draw, tuple(Source)),
        title_ru=draw(_FREE_TEXT),
        description=draw(_FREE_TEXT),
    )


def indicator_definitions() -> st.SearchStrategy[Indicator]:
    """Indicator definitions (:class:`~mentoring.indicators._catalog.Indicator`): those
    of :data:`~mentoring.indicators._catalog.CATALOG` and made-up ones whose unit fits
    their kind (a rate is a share).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return st.one_of(st.sampled_from(tuple(CATALOG)), _indicator())


@st.composite
def _catalog(draw: st.DrawFn) -> Catalog:
    chosen = draw(_ordered_subset(tuple(CATALOG), 6))
    taken = {ind.code for ind in chosen}
    extra = [
        draw(_indicator(code=f"custom.{i + 1}"))
        for i in _few(draw, 3)
        if f"custom.{i + 1}" not in taken
    ]
    return Catalog(indicators=(*chosen, *extra))


def catalogs() -> st.SearchStrategy[Catalog]:
    """Indicator catalogues: some indicators of the built-in catalogue, in any
    order, then up to three custom ones; every code unique. Shrinks toward
    the empty catalogue.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _catalog()


def targets() -> st.SearchStrategy[Target]:
    """Indicator targets: a code and a finite value.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return st.builds(Target, code=_CODES, value=st.floats(-1e6, 1e6, allow_nan=False))


@st.composite
def _indicator_value(draw: st.DrawFn) -> Value:
    kind = _pick(draw, tuple(Kind))
    provenance = _pick(draw, tuple(Provenance))
    code = draw(_CODES)
    if provenance is Provenance.MISSING:
        reported = draw(_upto(3))
        reason = "values do not merge" if reported else draw(_FREE_TEXT)
        return Value(
            code=code,
            kind=kind,
            provenance=provenance,
            reported=reported,
            missing=draw(_upto(3)),
            reason=reason,
        )
    denominator = 0 if kind.is_count else draw(_upto(50))
    if kind is Kind.RATE:
        numerator: float = draw(_upto(denominator))
    elif kind is Kind.AVERAGE:
        numerator = draw(st.integers(-50, 250)) / 2
    else:
        numerator = draw(_upto(100))
    measured = provenance is not Provenance.COMPUTED
    dropped = _maybe(draw)
    ids = frozenset() if measured or dropped else draw(_subset(_VALUE_IDS, 4))
    return Value(
        code=code,
        kind=kind,
        provenance=provenance,
        numerator=numerator,
        denominator=denominator,
        ids=ids,
        ids_dropped=dropped,
        reported=1 + draw(_upto(3)),
        missing=draw(_upto(3)),
        measured_on=dt.date(2021, 9, 1) + dt.timedelta(draw(_upto(300)))
        if measured
        else None,
    )


_VALUE_IDS = tuple(f"id-{i}" for i in range(1, 7))


def indicator_values() -> st.SearchStrategy[Value]:
    """Values of one indicator (:class:`~mentoring.indicators._snapshot.Value`): counts
    without a denominator, rates whose numerator is at most the denominator,
    averages, measured and missing values (a missing value has no numbers,
    and a reason when organizations reported).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _indicator_value()


#: Quarters from -1000 to 1000: a growth (delta over start) stays finite.
_MAYBE_NUMBER = st.none() | st.integers(-4000, 4000).map(lambda n: n / 4)


@st.composite
def _comparison(draw: st.DrawFn) -> Comparison:
    indicator = draw(indicator_definitions())
    start, review = draw(_MAYBE_NUMBER), draw(_MAYBE_NUMBER)
    both = start is not None and review is not None
    delta = review - start if both else None  # type: ignore[operator]
    target = draw(_MAYBE_NUMBER)
    return Comparison(
        code=indicator.code,
        group=indicator.group,
        unit=indicator.unit,
        kind=indicator.kind,
        direction=indicator.direction,
        start=start,
        review=review,
        delta=delta,
        growth=delta / start if delta is not None and start else None,
        verdict=_pick(draw, tuple(Verdict)),
        target=target,
        attained=None if target is None or review is None else _maybe(draw),
    )


def comparisons() -> st.SearchStrategy[Comparison]:
    """One indicator at the start and at the review, as in a
    :class:`~mentoring.indicators._compare.Report`.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _comparison()


@st.composite
def _duty(draw: st.DrawFn) -> Duty:
    return Duty(
        id=draw(_indexed("duty")),
        role=_pick(draw, tuple(Role)),
        text=draw(_title(("Посещать уроки наставника", "Attend open lessons"))),
        text_en=draw(_FREE_TEXT),
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
        id=draw(_indexed("activity")),
        title=draw(_title(_STEP_TITLES)),
        method=_pick(draw, tuple(WorkMethod)),
        timing=_pick(draw, tuple(ActivityTiming)),
        offset_days=draw(_upto(60)),
        step_id=draw(_optional(("step-1", "step-2"))),
        delivery=draw(_optional(tuple(DeliveryMode))),
    )


def template_activities() -> st.SearchStrategy[TemplateActivity]:
    """Activities of a plan template, dated when a plan is made from it.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _template_activity()


@st.composite
def _control_row(draw: st.DrawFn) -> ControlRow:
    planned = draw(_upto(8))
    done = draw(_upto(planned))
    total = draw(_upto(5))
    reached = draw(_ordered_subset(_CRITERION_TITLES, total))
    return ControlRow(
        pair_id=draw(_indexed("pair")),
        plan_id=draw(_indexed("plan")),
        mentor_id=draw(_indexed("mentor")),
        mentee_id=draw(_indexed("mentee")),
        planned=planned,
        done=done,
        done_on_time=draw(_upto(done)),
        missed=draw(_upto(planned - done)),
        overdue=draw(_upto(planned - done)),
        cancelled=draw(_upto(3)),
        criteria_reached=reached,
        criteria_reached_in_term=draw(_upto(len(reached))),
        criteria_total=max(total, len(reached)),
        progress=draw(_UNIT),
    )


def control_rows() -> st.SearchStrategy[ControlRow]:
    """Rows of a current-control report: one plan's activities and criteria in
    a term, counts that add up, progress in [0, 1].

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _control_row()
