"""Strategies of the calendar: academic years, terms, holidays, term systems
and their rules, review dates, and recurring schedules.
"""

import datetime as dt
import itertools
from collections.abc import Callable
from typing import TypeVar

from hypothesis import strategies as st

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
from mentoring.calendar._public import _package_available
from mentoring.model import ReviewKind
from mentoring.schedule import Frequency, Schedule
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._draw import (
    FREE_TEXT,
    MAX_START_YEAR,
    MIN_START_YEAR,
    SEPTEMBER,
    Window,
    day,
    few,
    maybe,
    optional,
    pick,
    subset,
    title,
    upto,
    window,
)

_T = TypeVar("_T")

#: The last start year whose academic year ``datetime.date`` can hold.
_LAST_START_YEAR = 9998
_HOLIDAY_NAMES = ("каникулы", "vacanță", "half term", "демалыс")


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


def _holiday(draw: st.DrawFn, days: Window) -> Holiday:
    start = day(draw, *days)
    end = day(draw, start, min(days[1], start + dt.timedelta(days=20)))
    return Holiday(name=draw(title(_HOLIDAY_NAMES)), start=start, end=end)


@st.composite
def _holidays_within(draw: st.DrawFn, days: Window) -> tuple[Holiday, ...]:
    found: list[Holiday] = []
    while len(found) < 4 and maybe(draw):
        found.append(_holiday(draw, days))
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
    choice = draw(upto(2 if systems else 1))
    if choice == 2:
        return pick(draw, systems).year(year)
    month = pick(draw, (SEPTEMBER, 8, 1))
    start = dt.date(year, month, 1)
    end = dt.date(year + 1, month, 1) - dt.timedelta(days=1)
    if choice == 0:  # a plain year, no terms
        return AcademicYear(start=start, end=end)
    weekend = draw(_WEEKENDS)
    days_off = tuple(
        start + dt.timedelta(days=i)
        for i in range((end - start).days + 1)
        if Weekday.of(start + dt.timedelta(days=i)) in weekend
    )
    # now and then a weekend day made a working day by decree
    worked = sorted({pick(draw, days_off) for _ in few(draw, 2)}) if days_off else []
    return AcademicYear(
        start=start,
        end=end,
        terms=draw(_partition(start, end)),
        holidays=draw(_holidays_within((start, end))),
        weekend=weekend,
        working_weekend_days=tuple(worked),
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
    args = Arguments("academic_years")
    low, high = args.sizes(
        "min_start_year", min_start_year, "max_start_year", max_start_year
    )
    if args.ok:
        args.between("min_start_year", low, 1, _LAST_START_YEAR)
        args.between("max_start_year", high, 1, _LAST_START_YEAR)
    where = args.jurisdiction(jurisdiction)
    args.check()
    # A year of a jurisdiction may read the holidays package: import it now,
    # where the strategy is built, not in the first draw (Hypothesis times
    # draws, and the import is a few tenths of a second).
    _package_available()
    years = st.integers(low, high)
    if where is not None and where in TERM_SYSTEMS:
        return years.map(TERM_SYSTEMS[where].year)
    systems: tuple[TermSystem, ...] = ()
    if where is None:
        systems = tuple(TERM_SYSTEMS[k] for k in sorted(TERM_SYSTEMS))
    return _academic_year(years, systems)


@st.composite
def _term(draw: st.DrawFn, within: AcademicYear | None) -> Term:
    start, end = window(draw, within)
    first = day(draw, start, end)
    return Term(
        name=pick(draw, ("Q1", "S1", "M1", "T1")),
        title=pick(draw, ("", "I четверть", "semestrul I", "1-тоқсан")),
        start=first,
        end=day(draw, first, end),
    )


def terms(*, within: AcademicYear | None = None) -> st.SearchStrategy[Term]:
    """Single terms (quarters, semesters, modules), inside *within* if given.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("terms")
    year = args.year(within)
    args.check()
    return _term(year)


@st.composite
def _one_holiday(draw: st.DrawFn, within: AcademicYear | None) -> Holiday:
    return _holiday(draw, window(draw, within))


def holidays(*, within: AcademicYear | None = None) -> st.SearchStrategy[Holiday]:
    """Holidays of up to three weeks, inside *within* if given.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("holidays")
    year = args.year(within)
    args.check()
    return _one_holiday(year)


# -- term systems and their rules -------------------------------------------------


def _month_day(date: dt.date) -> MonthDay:
    return MonthDay(month=date.month, day=date.day)


@st.composite
def _term_system(draw: st.DrawFn) -> TermSystem:
    if maybe(draw):
        return pick(draw, tuple(TERM_SYSTEMS[k] for k in sorted(TERM_SYSTEMS)))
    # Rules laid out on a common (non-leap) reference year; no term starts on
    # 1 March, so no boundary moves with 29 February.
    month = pick(draw, (SEPTEMBER, 8, 1))
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
    for i in few(draw, 3):
        first = day(draw, start, end)
        last = day(draw, first, min(end, first + dt.timedelta(days=20)))
        breaks.append(
            HolidayRule(
                name=f"holiday {i + 1}",
                start=_month_day(first),
                end=_month_day(last),
            )
        )
    return TermSystem(
        id=f"custom-{len(rules)}",
        title=draw(title(("Custom terms", "Четверти", "Semestre"))),
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


_LEAP_DAYS = st.integers(0, 365).map(lambda n: dt.date(2000, 1, 1) + dt.timedelta(n))
_RULE_NAMES = title(("T1", "I", "semestrul I", "1-я четверть", "autumn"))


def month_days() -> st.SearchStrategy[MonthDay]:
    """Days of the year as (month, day), 29 February included; shrinks
    toward 1 January.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _LEAP_DAYS.map(_month_day)


@st.composite
def _rule(draw: st.DrawFn, /, kind: Callable[..., _T], **extra: str) -> _T:
    first = draw(_LEAP_DAYS)
    last = first + dt.timedelta(days=draw(upto(120)))
    return kind(
        name=draw(_RULE_NAMES),
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
    return FREE_TEXT.flatmap(lambda text: _rule(TermRule, title=text))


def holiday_rules() -> st.SearchStrategy[HolidayRule]:
    """Holidays of a term system as (month, day) rules, with a name.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _rule(HolidayRule)


# -- dates in a year: reviews and schedules ---------------------------------------


@st.composite
def _review_date(draw: st.DrawFn, within: AcademicYear | None) -> ReviewDate:
    return ReviewDate(
        kind=pick(draw, tuple(ReviewKind)),
        on=day(draw, *window(draw, within)),
        term=draw(optional(("1", "2", "3", "4", "I", "II"))),
    )


def review_dates(
    *, within: AcademicYear | None = None
) -> st.SearchStrategy[ReviewDate]:
    """Review dates (current control, intermediate, final), on a day inside
    *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("review_dates")
    year = args.year(within)
    args.check()
    return _review_date(year)


@st.composite
def _schedule(draw: st.DrawFn, within: AcademicYear | None) -> Schedule:
    start_day, end_day = window(draw, within)
    start = day(draw, start_day, end_day)
    freq = pick(draw, tuple(Frequency))
    weekdays: tuple[Weekday, ...] = ()
    if freq is Frequency.WEEKLY and maybe(draw):
        weekdays = tuple(draw(subset(tuple(Weekday), 3)))
    count = until = None
    if maybe(draw):
        count = 1 + draw(upto(39))
    elif maybe(draw):
        until = day(draw, start, end_day)
    exclusions = tuple(day(draw, start, end_day) for _ in few(draw, 3))
    return Schedule(
        start=start,
        freq=freq,
        interval=1 + draw(upto(3)),
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
    args = Arguments("schedules")
    year = args.year(within)
    args.check()
    return _schedule(year)
