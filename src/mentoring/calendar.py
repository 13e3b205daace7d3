"""School years, terms, holidays and the term systems of each jurisdiction.

An :class:`AcademicYear` runs from 1 September to 31 August by default (the
seed's programme: 1.09.2021-31.08.2022); both ends are inclusive. A
:class:`TermSystem` is *data*: the terms of a year (quarters in Russia and
Kazakhstan, semesters in Romania and Moldova, Romania's modules) and its
holidays as (month, day) rules. :data:`TERM_SYSTEMS` holds typical defaults;
real dates are set every year by each ministry, so build your own
:class:`TermSystem` (or :class:`AcademicYear`) and pass it where a year is
needed.

>>> year = AcademicYear.for_jurisdiction("ru", 2021)
>>> [t.name for t in year.terms]
['Q1', 'Q2', 'Q3', 'Q4']
>>> year.term_of(dt.date(2021, 12, 1)).name
'Q2'
>>> [str(r.on) for r in year.review_dates() if r.kind is ReviewKind.CURRENT]
['2021-10-29', '2021-12-28', '2022-03-22', '2022-05-31']
"""

import calendar as _stdlib_calendar
import datetime as dt
import enum
import types
from collections.abc import Iterable, Iterator, Mapping

import attrs

from mentoring._checks import check, non_empty, validated
from mentoring._enums import ReviewKind
from mentoring.errors import Problem, ValidationError

__all__ = [
    "KAZAKH_QUARTERS",
    "MOLDOVAN_SEMESTERS",
    "ROMANIAN_MODULES",
    "ROMANIAN_SEMESTERS",
    "RUSSIAN_QUARTERS",
    "TERM_SYSTEMS",
    "AcademicYear",
    "Holiday",
    "HolidayRule",
    "MonthDay",
    "ReviewDate",
    "Term",
    "TermRule",
    "TermSystem",
    "Weekday",
    "adaptation_window",
    "month_day",
    "program_period",
]

_ONE_DAY = dt.timedelta(days=1)


def _whole_periods_end(start: dt.date, months: int) -> dt.date:
    """The last day of *months* whole months from *start*: the day before
    the same day *months* later. When that month is too short for the day
    (29 February in a common year, 31 April), the anniversary is the first
    day of the next month, so the period ends on the month's last day.

    Raises ``OverflowError`` past 9999-12-31.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    if year > dt.MAXYEAR:
        if (year, month, start.day) == (dt.MAXYEAR + 1, 1, 1):
            return dt.date.max
        raise OverflowError
    last = _stdlib_calendar.monthrange(year, month)[1]
    if start.day > last:
        return dt.date(year, month, last)
    return dt.date(year, month, start.day) - _ONE_DAY


def _span_error(
    start: dt.date, months: int, path: str, subject: str
) -> ValidationError:
    return ValidationError(
        [
            Problem(
                path,
                f"{months} months from {start} would end after {dt.date.max}",
            )
        ],
        subject=subject,
    )


class Weekday(enum.StrEnum):
    """A day of the week; ``code`` is its RFC 5545 two-letter code.

    .. versionadded:: 0.1.0
    """

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @property
    def number(self) -> int:
        """Monday is 0, Sunday is 6 (as :meth:`datetime.date.weekday`)."""
        return _WEEKDAY_ORDER.index(self)

    @property
    def code(self) -> str:
        """The RFC 5545 code, such as ``"MO"`` or ``"TU"``."""
        return self.value[:2].upper()

    @classmethod
    @validated
    def of(cls, day: dt.date) -> "Weekday":
        """The weekday of *day*."""
        return _WEEKDAY_ORDER[day.weekday()]


_WEEKDAY_ORDER: tuple[Weekday, ...] = tuple(Weekday)
_WEEKEND = frozenset({Weekday.SATURDAY, Weekday.SUNDAY})


def _span_problems(start: dt.date, end: dt.date) -> Iterator[Problem]:
    if end < start:
        yield Problem("$.end", f"must not be before start {start}, got {end}")


@attrs.frozen(kw_only=True)
class Term:
    """A part of a school year: a quarter (четверть), a semester or a module.

    ``start`` and ``end`` are both inclusive; ``title`` is the name in the
    jurisdiction's language (``"I четверть"``, ``"semestrul I"``).

    .. versionadded:: 0.1.0
    """

    name: str
    start: dt.date
    end: dt.date
    title: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.name", self.name)
        yield from _span_problems(self.start, self.end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        """The number of calendar days in the term."""
        return (self.end - self.start).days + 1


@attrs.frozen(kw_only=True)
class Holiday:
    """A span of days without school (каникулы, vacanță); ends inclusive.

    .. versionadded:: 0.1.0
    """

    name: str
    start: dt.date
    end: dt.date

    def __attrs_post_init__(self) -> None:
        check(self, lambda: _span_problems(self.start, self.end))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@attrs.frozen(kw_only=True)
class ReviewDate:
    """A date on which a programme is reviewed: the current control of a term
    (текущий контроль, once a term), the intermediate or the final review.

    .. versionadded:: 0.1.0
    """

    kind: ReviewKind
    on: dt.date
    term: str | None = None

    def __attrs_post_init__(self) -> None:
        check(self)


@attrs.frozen(kw_only=True)
class AcademicYear:
    """A school year with its terms, holidays and weekly days off.

    When the year has terms they partition it: the first starts on
    ``start``, each next one the day after the previous ends, the last ends on
    ``end``. A year with no terms at all is valid too.

    >>> year = AcademicYear.starting(2021)
    >>> year.start, year.end, year.label
    (datetime.date(2021, 9, 1), datetime.date(2022, 8, 31), '2021-2022')

    .. versionadded:: 0.1.0
    """

    start: dt.date
    end: dt.date
    terms: tuple[Term, ...] = ()
    holidays: tuple[Holiday, ...] = ()
    weekend: frozenset[Weekday] = _WEEKEND
    system: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if self.end <= self.start:
            yield Problem("$.end", f"must be after start {self.start}, got {self.end}")
            return
        yield from _partition_problems(self.start, self.end, self.terms)
        for i, holiday in enumerate(self.holidays):
            if holiday.start < self.start or holiday.end > self.end:
                yield Problem(
                    f"$.holidays[{i}]",
                    f"holiday {holiday.name!r} ({holiday.start}..{holiday.end})"
                    f" lies outside the year {self.start}..{self.end}",
                )

    # -- construction ------------------------------------------------------

    @classmethod
    @validated
    def starting(
        cls,
        year: int,
        *,
        month: int = 9,
        day: int = 1,
        system: "TermSystem | None" = None,
    ) -> "AcademicYear":
        """The year that starts on *day*.*month*.*year* and ends the day before
        its anniversary. With a *system*, its terms and holidays too (and the
        system's own start day); without, no terms and no holidays.

        The anniversary of 29 February in a common year is 1 March, so a
        year that starts on 29 February ends on 28 February: every year has
        365 or 366 days. A day that does not exist, or a year that would end
        after 9999-12-31, raises :class:`~mentoring.errors.ValidationError`.

        >>> AcademicYear.starting(2024, month=2, day=29).end
        datetime.date(2025, 2, 28)
        """
        if system is not None:
            return system.year(year)
        start = _valid_date(year, month, day, subject="academic year")
        try:
            end = _whole_periods_end(start, 12)
        except OverflowError:
            raise _span_error(start, 12, "$.year", "academic year") from None
        return cls(start=start, end=end)

    @classmethod
    @validated
    def for_jurisdiction(cls, code: str, year: int) -> "AcademicYear":
        """The default year of jurisdiction *code* (``"ru"``, ``"kz"``,
        ``"ro"``, ``"ro-modules"``, ``"md"``) that starts in *year*; see
        :data:`TERM_SYSTEMS`. An unknown code raises
        :class:`~mentoring.errors.ValidationError` naming the known ones.
        """
        system = TERM_SYSTEMS.get(code)
        if system is None:
            known = ", ".join(sorted(TERM_SYSTEMS))
            raise ValidationError(
                [("$.code", f"no term system for {code!r}; known: {known}")],
                subject="jurisdiction",
            )
        return system.year(year)

    def following(self) -> "AcademicYear":
        """The next year: it starts the day after this one ends and ends the
        day before its anniversary (as :meth:`starting`), with the same
        weekend and no terms or holidays.

        >>> AcademicYear.starting(2021).following().label
        '2022-2023'
        """
        if self.end == dt.date.max:
            raise ValidationError(
                [("$.end", f"no year follows one that ends on {self.end}")],
                subject="academic year",
            )
        start = self.end + _ONE_DAY
        try:
            end = _whole_periods_end(start, 12)
        except OverflowError:
            raise _span_error(start, 12, "$.end", "academic year") from None
        return AcademicYear(start=start, end=end, weekend=self.weekend)

    # -- queries -----------------------------------------------------------

    @property
    def label(self) -> str:
        """``"2021-2022"``: the calendar years the school year spans."""
        if self.start.year == self.end.year:
            return str(self.start.year)
        return f"{self.start.year}-{self.end.year}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @validated
    def term_of(self, day: dt.date) -> Term | None:
        """The term *day* falls in, or ``None`` (outside the year, no terms)."""
        for term in self.terms:
            if day in term:
                return term
        return None

    @validated
    def term(self, name: str) -> Term:
        """The term called *name*; ``KeyError`` if there is none."""
        for term in self.terms:
            if term.name == name:
                return term
        msg = f"the year {self.label} has no term {name!r}"
        raise KeyError(msg)

    @validated
    def holiday_of(self, day: dt.date) -> Holiday | None:
        """The (first) holiday *day* falls in, if any."""
        return next((h for h in self.holidays if day in h), None)

    @validated
    def is_school_day(self, day: dt.date) -> bool:
        """Whether *day* is in the year, not a weekend day and not a holiday."""
        return (
            day in self
            and _WEEKDAY_ORDER[day.weekday()] not in self.weekend
            and not any(day in h for h in self.holidays)
        )

    def _school_days(
        self, first: dt.date, last: dt.date, *, backwards: bool = False
    ) -> Iterator[dt.date]:
        """The school days from *first* to *last* (clipped to the year), in
        order or *backwards*. The holidays are read once into a set of the
        days off within the span, so the cost is the span's length plus the
        holidays' days in it, not their product.
        """
        first, last = max(first, self.start), min(last, self.end)
        if first > last:
            return
        off: set[dt.date] = set()
        for h in self.holidays:
            day, end = max(h.start, first), min(h.end, last)
            while day <= end:
                off.add(day)
                day += _ONE_DAY
        weekend = {w.number for w in self.weekend}
        count = (last - first).days + 1
        for i in range(count):
            day = last - dt.timedelta(days=i) if backwards else first + dt.timedelta(i)
            if day.weekday() not in weekend and day not in off:
                yield day

    @validated
    def school_days(self, first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
        """The school days from *first* to *last*, both inclusive.

        Days outside the year are not school days (the year does not know
        the holidays beyond it).
        """
        return tuple(self._school_days(first, last))

    @validated
    def school_days_between(self, first: dt.date, last: dt.date) -> int:
        """How many school days there are from *first* to *last* inclusive
        (weekends and holidays excluded).

        >>> year = AcademicYear.for_jurisdiction("ru", 2021)
        >>> year.school_days_between(dt.date(2021, 9, 1), dt.date(2021, 9, 30))
        22
        """
        return sum(1 for _ in self._school_days(first, last))

    @validated
    def last_school_day(self, first: dt.date, last: dt.date) -> dt.date | None:
        """The last school day from *first* to *last*, if there is one."""
        return next(self._school_days(first, last, backwards=True), None)

    @validated
    def first_school_day(self, first: dt.date, last: dt.date) -> dt.date | None:
        """The first school day from *first* to *last*, if there is one.

        >>> year = AcademicYear.for_jurisdiction("ru", 2021)
        >>> year.first_school_day(dt.date(2021, 10, 30), dt.date(2021, 11, 30))
        datetime.date(2021, 11, 8)
        """
        return next(self._school_days(first, last), None)

    @validated
    def control_date(self, term: Term) -> dt.date:
        """The current-control date of *term*: its last school day (its end
        when it has none).
        """
        return next(self._school_days(term.start, term.end, backwards=True), term.end)

    def review_dates(self) -> tuple[ReviewDate, ...]:
        """The review dates of the year, in date order.

        * ``BASELINE`` on the first school day (indicators at the start);
        * ``CURRENT`` once a term, on the term's last school day (the seed:
          "текущий контроль 1 раз в четверть");
        * ``INTERMEDIATE`` at the current control of the middle term (the
          second quarter, the first semester);
        * ``FINAL`` on the last school day of the year (the pedagogical
          council).
        """
        first = next(self._school_days(self.start, self.end), self.start)
        last = next(self._school_days(self.start, self.end, backwards=True), self.end)
        reviews = [ReviewDate(kind=ReviewKind.BASELINE, on=first)]
        reviews.extend(
            ReviewDate(kind=ReviewKind.CURRENT, on=self.control_date(t), term=t.name)
            for t in self.terms
        )
        if len(self.terms) > 1:
            middle = self.terms[(len(self.terms) - 1) // 2]
            reviews.append(
                ReviewDate(
                    kind=ReviewKind.INTERMEDIATE,
                    on=self.control_date(middle),
                    term=middle.name,
                )
            )
        last_term = self.terms[-1].name if self.terms else None
        reviews.append(ReviewDate(kind=ReviewKind.FINAL, on=last, term=last_term))
        order = {k: i for i, k in enumerate(ReviewKind)}
        return tuple(sorted(reviews, key=lambda r: (r.on, order[r.kind])))

    def current_control_dates(self) -> tuple[dt.date, ...]:
        """The current-control date of every term, in order."""
        return tuple(self.control_date(t) for t in self.terms)


def _partition_problems(
    start: dt.date, end: dt.date, terms: tuple[Term, ...]
) -> Iterator[Problem]:
    if not terms:
        return
    if terms[0].start != start:
        first = terms[0]
        if first.start > start:
            yield Problem(
                "$.terms[0].start",
                f"gap {start}..{first.start - _ONE_DAY}: the year starts on"
                f" {start} but term {first.name!r} starts on {first.start}",
            )
        else:
            yield Problem(
                "$.terms[0].start",
                f"term {first.name!r} starts on {first.start}, before the year"
                f" starts on {start}",
            )
    for i in range(1, len(terms)):
        a, b = terms[i - 1], terms[i]
        expected = a.end + _ONE_DAY
        if b.start > expected:
            yield Problem(
                f"$.terms[{i}].start",
                f"gap {expected}..{b.start - _ONE_DAY} between term {a.name!r}"
                f" (ends {a.end}) and term {b.name!r} (starts {b.start})",
            )
        elif b.start < expected:
            yield Problem(
                f"$.terms[{i}].start",
                f"term {b.name!r} overlaps term {a.name!r} on"
                f" {b.start}..{min(a.end, b.end)}",
            )
    last = terms[-1]
    if last.end < end:
        yield Problem(
            f"$.terms[{len(terms) - 1}].end",
            f"gap {last.end + _ONE_DAY}..{end}: term {last.name!r} ends on"
            f" {last.end} but the year ends on {end}",
        )
    elif last.end > end:
        yield Problem(
            f"$.terms[{len(terms) - 1}].end",
            f"term {last.name!r} ends on {last.end}, after the year ends on {end}",
        )


# -- term systems as data ------------------------------------------------------


@attrs.frozen(kw_only=True)
class MonthDay:
    """A day of the year as (month, day), resolved within an academic year.

    ``MonthDay(month=2, day=29)`` is the last day of February: the 29th in a
    leap year, the 28th otherwise.

    .. versionadded:: 0.1.0
    """

    month: int
    day: int

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if not 1 <= self.month <= 12:
            yield Problem("$.month", f"must be within 1..12, got {self.month}")
            return
        longest = _stdlib_calendar.monthrange(2000, self.month)[1]
        if not 1 <= self.day <= longest:
            yield Problem(
                "$.day",
                f"must be within 1..{longest} for month {self.month}, got {self.day}",
            )

    @validated
    def in_year(self, year: int) -> dt.date:
        """This day in calendar year *year* (29 February becomes the 28th in a
        common year); *year* must be within 1..9999.
        """
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            raise ValidationError(
                [("$.year", f"must be within 1..9999, got {year}")],
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
            raise ValidationError(
                [("$.start", f"no {self} falls on or after {start} by 9999-12-31")],
                subject="month and day",
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

    id: str
    title: str
    terms: tuple[TermRule, ...]
    jurisdiction: str = ""
    year_start: MonthDay = MonthDay(month=9, day=1)
    holidays: tuple[HolidayRule, ...] = ()
    weekend: frozenset[Weekday] = _WEEKEND

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        if not self.terms:
            yield Problem("$.terms", "a term system needs at least one term")
            return
        seen: dict[str, Problem] = {}
        for year in _REFERENCE_YEARS:
            start, end = self._bounds(year)
            terms = []
            for i, rule in enumerate(self.terms):
                a, b = rule.start.after(start), rule.end.after(start)
                if b < a:
                    path = f"$.terms[{i}].end"
                    seen.setdefault(
                        path,
                        Problem(
                            path,
                            f"term {rule.name!r} ends on {rule.end}, before it"
                            f" starts on {rule.start} within the year",
                        ),
                    )
                    continue
                terms.append(Term(name=rule.name, start=a, end=b))
            if len(terms) != len(self.terms):
                continue
            for problem in _partition_problems(start, end, tuple(terms)):
                seen.setdefault(problem.path, _as_rule_problem(problem, year))
            for i, h in enumerate(self.holidays):
                if h.end.after(start) < h.start.after(start):
                    path = f"$.holidays[{i}].end"
                    seen.setdefault(
                        path,
                        Problem(
                            path,
                            f"holiday {h.name!r} ends on {h.end}, before it"
                            f" starts on {h.start} within the year",
                        ),
                    )
        yield from seen.values()

    def _bounds(self, year: int) -> tuple[dt.date, dt.date]:
        start = self.year_start._in_year(year)  # noqa: SLF001
        if year == dt.MAXYEAR:
            return start, dt.date.max
        nxt = self.year_start._in_year(year + 1)  # noqa: SLF001
        return start, nxt - _ONE_DAY

    @validated
    def year(self, start_year: int) -> AcademicYear:
        """The academic year that starts in *start_year*, with its terms and
        holidays. The year must end by 9999-12-31 (a
        :class:`~mentoring.errors.ValidationError` otherwise).
        """
        last = dt.MAXYEAR - 1 if self.year_start.month > 1 else dt.MAXYEAR
        if not dt.MINYEAR <= start_year <= last:
            raise ValidationError(
                [
                    (
                        "$.start_year",
                        (
                            f"must be within 1..{last} for a year starting on"
                            f" {self.year_start}, got {start_year}"
                        ),
                    )
                ],
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
        return AcademicYear(
            start=start,
            end=end,
            terms=terms,
            holidays=holidays,
            weekend=self.weekend,
            system=self.id,
        )


def _as_rule_problem(problem: Problem, year: int) -> Problem:
    return Problem(problem.path, f"{problem.message} (in the year starting {year})")


@validated
def program_period(start: dt.date, *, months: int = 12) -> tuple[dt.date, dt.date]:
    """The period of a program that starts on *start* and lasts *months*
    (a year by default: "Срок реализации: 1 год"): ``(start, end)``, both
    inclusive, with *end* the day before the anniversary.

    When the anniversary's month is too short for the day (a 29 February
    start in a common year, 31 August plus six months), the anniversary is
    the first day of the next month, so the period ends on that month's last
    day: a year from 29 February 2024 ends on 28 February 2025, and whole
    periods follow one another without gap or overlap. *months* must be at
    least 1 and the period must end by 9999-12-31
    (:class:`~mentoring.errors.ValidationError` otherwise).

    >>> program_period(dt.date(2021, 9, 1))
    (datetime.date(2021, 9, 1), datetime.date(2022, 8, 31))
    >>> program_period(dt.date(2021, 9, 1), months=6)[1]
    datetime.date(2022, 2, 28)
    >>> program_period(dt.date(2024, 2, 29))[1]
    datetime.date(2025, 2, 28)

    .. versionadded:: 0.1.0
    """
    if months < 1:
        raise ValidationError(
            [("$.months", f"must be at least 1, got {months}")],
            subject="program period",
        )
    try:
        return start, _whole_periods_end(start, months)
    except OverflowError:
        raise _span_error(start, months, "$.months", "program period") from None


@validated
def adaptation_window(start: dt.date) -> tuple[dt.date, dt.date]:
    """The three years of a new teacher's adaptation and development that
    start on *start* (the principle of continuity: "продолжается на
    протяжении 3 лет"), as :func:`program_period` with 36 months.

    >>> adaptation_window(dt.date(2021, 9, 1))
    (datetime.date(2021, 9, 1), datetime.date(2024, 8, 31))

    .. versionadded:: 0.1.0
    """
    return program_period(start, months=36)


def _valid_date(year: int, month: int, day: int, *, subject: str) -> dt.date:
    """``dt.date(year, month, day)``, or a ValidationError naming each part
    out of range.
    """
    problems: list[Problem] = []
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        problems.append(Problem("$.year", f"must be within 1..9999, got {year}"))
    month_ok = 1 <= month <= 12
    if not month_ok:
        problems.append(Problem("$.month", f"must be within 1..12, got {month}"))
    if month_ok and not problems:
        last = _stdlib_calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            problems.append(
                Problem(
                    "$.day",
                    f"must be within 1..{last} for {year:04d}-{month:02d}, got {day}",
                )
            )
    elif not 1 <= day <= 31:
        problems.append(Problem("$.day", f"must be within 1..31, got {day}"))
    if problems:
        raise ValidationError(problems, subject=subject)
    return dt.date(year, month, day)


# -- defaults ------------------------------------------------------------------


def _terms(
    *rules: tuple[str, str, tuple[int, int], tuple[int, int]],
) -> tuple[TermRule, ...]:
    return tuple(
        TermRule(name=name, title=title, start=month_day(*a), end=month_day(*b))
        for name, title, a, b in rules
    )


def _holidays(
    *rules: tuple[str, tuple[int, int], tuple[int, int]],
) -> tuple[HolidayRule, ...]:
    return tuple(
        HolidayRule(name=name, start=month_day(*a), end=month_day(*b))
        for name, a, b in rules
    )


_QUARTERS = (
    ("Q1", "I четверть", (9, 1), (10, 31)),
    ("Q2", "II четверть", (11, 1), (12, 31)),
    ("Q3", "III четверть", (1, 1), (3, 31)),
    ("Q4", "IV четверть", (4, 1), (8, 31)),
)

RUSSIAN_QUARTERS = TermSystem(
    id="ru-quarters",
    title="Четверти (Россия)",
    jurisdiction="ru",
    terms=_terms(*_QUARTERS),
    holidays=_holidays(
        ("осенние каникулы", (10, 30), (11, 7)),
        ("зимние каникулы", (12, 29), (1, 8)),
        ("весенние каникулы", (3, 23), (3, 31)),
        ("летние каникулы", (6, 1), (8, 31)),
    ),
)
"""Russian quarters, with default boundaries (not an official calendar).

.. versionadded:: 0.1.0
"""

KAZAKH_QUARTERS = TermSystem(
    id="kz-quarters",
    title="Четверти / тоқсандар (Казахстан)",
    jurisdiction="kz",
    terms=_terms(*_QUARTERS),
    holidays=_holidays(
        ("осенние каникулы", (10, 28), (11, 5)),
        ("зимние каникулы", (12, 30), (1, 7)),
        ("весенние каникулы", (3, 20), (3, 29)),
        ("летние каникулы", (5, 26), (8, 31)),
    ),
)
"""Kazakh quarters, with default boundaries (not an official calendar).

.. versionadded:: 0.1.0
"""

ROMANIAN_SEMESTERS = TermSystem(
    id="ro-semesters",
    title="Semestre (România)",
    jurisdiction="ro",
    terms=_terms(
        ("S1", "semestrul I", (9, 1), (1, 31)),
        ("S2", "semestrul al II-lea", (2, 1), (8, 31)),
    ),
    holidays=_holidays(
        ("înainte de începerea cursurilor", (9, 1), (9, 14)),
        ("vacanța de iarnă", (12, 22), (1, 7)),
        ("vacanța intersemestrială", (2, 1), (2, 7)),
        ("vacanța de primăvară", (4, 13), (4, 21)),
        ("vacanța de vară", (6, 21), (8, 31)),
    ),
)
"""Romanian semesters (the structure of the seed's 2009 report).

.. versionadded:: 0.1.0
"""

ROMANIAN_MODULES = TermSystem(
    id="ro-modules",
    title="Module de învățare (România, din 2022)",
    jurisdiction="ro",
    terms=_terms(
        ("M1", "modulul 1", (9, 1), (11, 5)),
        ("M2", "modulul 2", (11, 6), (1, 7)),
        ("M3", "modulul 3", (1, 8), (2, 25)),
        ("M4", "modulul 4", (2, 26), (4, 30)),
        ("M5", "modulul 5", (5, 1), (8, 31)),
    ),
    holidays=_holidays(
        ("înainte de începerea cursurilor", (9, 1), (9, 10)),
        ("vacanța de toamnă", (10, 28), (11, 5)),
        ("vacanța de iarnă", (12, 23), (1, 7)),
        ("vacanța de schi", (2, 19), (2, 25)),
        ("vacanța de primăvară", (4, 22), (4, 30)),
        ("vacanța de vară", (6, 22), (8, 31)),
    ),
)
"""Romania's five learning modules, with typical boundaries (not an official
calendar).

.. versionadded:: 0.1.0
"""

MOLDOVAN_SEMESTERS = TermSystem(
    id="md-semesters",
    title="Semestre (Republica Moldova)",
    jurisdiction="md",
    terms=_terms(
        ("S1", "semestrul I", (9, 1), (12, 31)),
        ("S2", "semestrul al II-lea", (1, 1), (8, 31)),
    ),
    holidays=_holidays(
        ("vacanța de toamnă", (10, 28), (11, 3)),
        ("vacanța de iarnă", (12, 24), (1, 8)),
        ("vacanța de primăvară", (3, 16), (3, 22)),
        ("vacanța de vară", (6, 1), (8, 31)),
    ),
)
"""Moldovan semesters, with default boundaries (not an official calendar).

.. versionadded:: 0.1.0
"""


def _registry(systems: Iterable[tuple[str, TermSystem]]) -> Mapping[str, TermSystem]:
    return types.MappingProxyType(dict(systems))


#: The default term systems by jurisdiction code, read-only (``"ru"``,
#: ``"kz"``, ``"ro"`` for semesters, ``"ro-modules"``, ``"md"``). The dates
#: are typical defaults; build a :class:`TermSystem` with your year's dates.
#:
#: .. versionadded:: 0.1.0
TERM_SYSTEMS: Mapping[str, TermSystem] = _registry(
    [
        ("ru", RUSSIAN_QUARTERS),
        ("kz", KAZAKH_QUARTERS),
        ("ro", ROMANIAN_SEMESTERS),
        ("ro-modules", ROMANIAN_MODULES),
        ("md", MOLDOVAN_SEMESTERS),
    ]
)
