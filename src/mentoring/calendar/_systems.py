"""Term systems as data: :class:`TermSystem` and its rules
(:class:`TermRule`, :class:`HolidayRule`), days of the year as
:class:`MonthDay`.

Private: the public names are in :mod:`mentoring.calendar`.
"""

import calendar as _stdlib_calendar
import datetime as dt
from collections.abc import Iterator

import attrs

from mentoring._checks import check, non_empty, validated
from mentoring._problems import empty, out_of_range, problem
from mentoring._repr import value_repr
from mentoring.calendar._periods import ONE_DAY
from mentoring.calendar._public import FIXED_HOLIDAYS
from mentoring.calendar._year import (
    WEEKEND,
    AcademicYear,
    Holiday,
    Term,
    Weekday,
    partition_problems,
)
from mentoring.errors import Problem, ValidationError

__all__ = ["HolidayRule", "MonthDay", "TermRule", "TermSystem", "month_day"]


@attrs.frozen(kw_only=True)
class MonthDay:
    """A day of the year as (month, day), resolved within an academic year.

    ``MonthDay(month=2, day=29)`` is the last day of February: the 29th in a
    leap year, the 28th otherwise.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    month: int
    day: int

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if not 1 <= self.month <= 12:
            yield out_of_range("$.month", self.month, low=1, high=12)
            return
        longest = _stdlib_calendar.monthrange(2000, self.month)[1]
        if not 1 <= self.day <= longest:
            what = f"a day of month {self.month}"
            yield out_of_range("$.day", self.day, low=1, high=longest, what=what)

    @validated
    def in_year(self, year: int) -> dt.date:
        """This day in calendar year *year* (29 February becomes the 28th in a
        common year); *year* must be within 1..9999.
        """
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            raise ValidationError(
                [out_of_range("$.year", year, low=dt.MINYEAR, high=dt.MAXYEAR)],
                subject="month and day",
            )
        return self._in_year(year)

    def _in_year(self, year: int) -> dt.date:
        last = _stdlib_calendar.monthrange(year, self.month)[1]
        return dt.date(year, self.month, min(self.day, last))

    @validated
    def after(self, start: dt.date) -> dt.date:
        """The first date on or after *start* that falls on this day."""
        day = self._in_year(start.year)
        if day >= start:
            return day
        if start.year == dt.MAXYEAR:
            message = f"no {self} falls on or after {start} by {dt.date.max}"
            raise ValidationError(
                [problem("$.start", "range", message)], subject="month and day"
            )
        return self._in_year(start.year + 1)

    def __str__(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"


def month_day(month: int, day: int) -> MonthDay:
    """Shorthand for ``MonthDay(month=month, day=day)``, for term and holiday
    rules.

    >>> month_day(12, 29)
    MonthDay(month=12, day=29)

    .. versionadded:: 0.1.0
    """
    return MonthDay(month=month, day=day)


@attrs.frozen(kw_only=True)
class TermRule:
    """A term of a :class:`TermSystem`: its short name, the (month, day) it
    starts and ends on (both inclusive), and its title in the jurisdiction's
    language.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    name: str
    start: MonthDay
    end: MonthDay
    title: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, lambda: non_empty("$.name", self.name))


@attrs.frozen(kw_only=True)
class HolidayRule:
    """A holiday of a :class:`TermSystem` as (month, day) rules, both inclusive.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    name: str
    start: MonthDay
    end: MonthDay

    def __attrs_post_init__(self) -> None:
        check(self, lambda: non_empty("$.name", self.name))


#: Start years used to check a term system: the first spans a 29 February,
#: the second does not.
_REFERENCE_YEARS = (2023, 2024)


@attrs.frozen(kw_only=True)
class TermSystem:
    """How a jurisdiction divides its school year: the day the year starts,
    the terms, the holidays and the weekly days off, all as data.

    The terms must partition every year: the first starts on ``year_start``,
    each next one the day after the previous ends, the last ends the day
    before the next year starts. Overlaps and gaps raise
    :class:`~mentoring.errors.ValidationError` naming them.

    >>> system = TermSystem(
    ...     id="two-halves", title="Two halves",
    ...     terms=(TermRule(name="H1", start=month_day(9, 1), end=month_day(1, 31)),
    ...            TermRule(name="H2", start=month_day(2, 1), end=month_day(8, 31))))
    >>> [(t.start, t.end) for t in system.year(2021).terms][1]
    (datetime.date(2022, 2, 1), datetime.date(2022, 8, 31))

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    title: str
    terms: tuple[TermRule, ...]
    jurisdiction: str = ""
    year_start: MonthDay = MonthDay(month=9, day=1)
    holidays: tuple[HolidayRule, ...] = ()
    weekend: frozenset[Weekday] = WEEKEND

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        if not self.terms:
            yield empty("$.terms")
            return
        seen: dict[str, Problem] = {}
        for year in _REFERENCE_YEARS:
            start, end = self._bounds(year)
            terms = []
            for i, rule in enumerate(self.terms):
                a, b = rule.start.after(start), rule.end.after(start)
                if b < a:
                    path = f"$.terms[{i}].end"
                    seen.setdefault(path, _backwards(path, "term", rule))
                    continue
                terms.append(Term(name=rule.name, start=a, end=b))
            if len(terms) != len(self.terms):
                continue
            for found in partition_problems(start, end, tuple(terms)):
                seen.setdefault(found.path, _in_year(found, year))
            for i, h in enumerate(self.holidays):
                if h.end.after(start) < h.start.after(start):
                    path = f"$.holidays[{i}].end"
                    seen.setdefault(path, _backwards(path, "holiday", h))
        yield from seen.values()

    def _bounds(self, year: int) -> tuple[dt.date, dt.date]:
        start = self.year_start._in_year(year)  # noqa: SLF001
        if year == dt.MAXYEAR:
            return start, dt.date.max
        nxt = self.year_start._in_year(year + 1)  # noqa: SLF001
        return start, nxt - ONE_DAY

    @validated
    def year(self, start_year: int) -> AcademicYear:
        """The academic year that starts in *start_year*, with its terms and
        holidays, and, when the system's ``jurisdiction`` is one whose public
        holidays the library knows (``"ru"``, ``"kz"``, ``"ro"``, ``"md"``),
        its public holidays. The year must end by 9999-12-31 (a
        :class:`~mentoring.errors.ValidationError` otherwise).
        """
        last = dt.MAXYEAR - 1 if self.year_start.month > 1 else dt.MAXYEAR
        if not dt.MINYEAR <= start_year <= last:
            raise ValidationError(
                [out_of_range("$.start_year", start_year, low=dt.MINYEAR, high=last)],
                subject="academic year",
            )
        start, end = self._bounds(start_year)
        terms = tuple(
            Term(
                name=r.name,
                start=r.start.after(start),
                end=r.end.after(start),
                title=r.title,
            )
            for r in self.terms
        )
        holidays = tuple(
            Holiday(name=h.name, start=h.start.after(start), end=h.end.after(start))
            for h in self.holidays
        )
        year = AcademicYear(
            start=start,
            end=end,
            terms=terms,
            holidays=holidays,
            weekend=self.weekend,
            system=self.id,
            jurisdiction=self.jurisdiction,
        )
        if self.jurisdiction in FIXED_HOLIDAYS:
            return year.with_public_holidays(self.jurisdiction)
        return year


def _backwards(path: str, what: str, rule: TermRule | HolidayRule) -> Problem:
    return problem(
        path,
        "order",
        f"{what} {rule.name!r} ends on {rule.end}, before it starts on"
        f" {rule.start} within the year",
    )


def _in_year(found: Problem, year: int) -> Problem:
    message = f"{found.message} (in the year starting {year})"
    return problem(found.path, found.code, message)
