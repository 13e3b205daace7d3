"""A school year: :class:`AcademicYear` with its :class:`Term` and
:class:`Holiday` spans, its public holidays, its :class:`ReviewDate` values,
its weekly days off (:class:`Weekday`), and how a date that is not a school
day moves to one (:class:`DayShift`).

Private: the public names are in :mod:`mentoring.calendar`.
"""

import bisect
import datetime as dt
import enum
import importlib
import sys
import types
from collections.abc import Iterator
from typing import Protocol

import attrs

from mentoring._checks import check, non_empty, types_known, validated
from mentoring._enums import ReviewKind
from mentoring._problems import not_one_of, out_of_range, problem
from mentoring._repr import value_repr
from mentoring.calendar._periods import (
    ONE_DAY,
    span_error,
    valid_date,
    whole_months_end,
)
from mentoring.calendar._public import (
    FIXED_HOLIDAYS,
    PublicHoliday,
    _working_weekend_days,
    public_holidays,
)
from mentoring.errors import NotFoundError, Problem, ValidationError

__all__ = ["AcademicYear", "DayShift", "Holiday", "ReviewDate", "Term", "Weekday"]


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


class DayShift(enum.StrEnum):
    """Where a date that is not a school day moves: to the next school day,
    to the previous one, or to the nearest (the earlier of two as near).

    .. versionadded:: 0.1.0
    """

    NEXT = "next"
    PREVIOUS = "previous"
    NEAREST = "nearest"


#: The weekly days off unless a year or a term system says otherwise.
WEEKEND = frozenset({Weekday.SATURDAY, Weekday.SUNDAY})


def _span_problems(start: dt.date, end: dt.date) -> Iterator[Problem]:
    if end < start:
        yield problem("$.end", "order", f"must not be before start {start}, got {end}")


@attrs.frozen(kw_only=True)
class Term:
    """A part of a school year: a quarter (четверть), a semester or a module.

    ``start`` and ``end`` are both inclusive; ``title`` is the name in the
    jurisdiction's language (``"I четверть"``, ``"semestrul I"``).

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

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

    __repr__ = value_repr

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

    __repr__ = value_repr

    kind: ReviewKind
    on: dt.date
    term: str | None = None

    def __attrs_post_init__(self) -> None:
        check(self)


class _YearRules(Protocol):
    """What :meth:`AcademicYear.for_jurisdiction` asks of a term system."""

    def year(self, start_year: int) -> "AcademicYear": ...


#: The default term systems by jurisdiction code, for
#: :meth:`AcademicYear.for_jurisdiction`. They are built from this module's
#: classes in ``_jurisdictions``, so this module cannot import them (the
#: import graph has no cycle): that module adds them here when it is
#: imported, which :func:`load_jurisdictions` does when they are first asked
#: for.
JURISDICTIONS: dict[str, _YearRules] = {}


def load_jurisdictions() -> types.ModuleType:
    """The module of the jurisdictions' term systems, imported at the first
    call (they fill :data:`JURISDICTIONS` then). Their values are the
    library's own data, so their constructors check the invariants, not
    again every field's type and text (tests/test_trusted_builds.py checks
    those).
    """
    module = sys.modules.get(_HOME)
    if module is None:
        with types_known(printable=True):
            module = importlib.import_module(_HOME)
    return module


_HOME = "mentoring.calendar._jurisdictions"


@attrs.frozen(kw_only=True)
class AcademicYear:
    """A school year with its terms, holidays and weekly days off.

    When the year has terms they partition it: the first starts on
    ``start``, each next one the day after the previous ends, the last ends on
    ``end``. A year with no terms at all is valid too. A year with a
    jurisdiction's terms and holidays comes from
    :meth:`for_jurisdiction` or :meth:`TermSystem.year
    <mentoring.calendar.TermSystem.year>`. ``working_weekend_days`` are
    weekend days a decree made working days (a Saturday worked for a day
    off moved next to a holiday, перенос выходных): school days unless a
    school holiday or a public holiday covers them (a day that is no
    weekend day of the year, such as a Saturday of a six-day week, is a
    school day anyway).

    >>> year = AcademicYear.starting(2021)
    >>> year.start, year.end, year.label
    (datetime.date(2021, 9, 1), datetime.date(2022, 8, 31), '2021-2022')

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    start: dt.date
    end: dt.date
    terms: tuple[Term, ...] = ()
    holidays: tuple[Holiday, ...] = ()
    weekend: frozenset[Weekday] = WEEKEND
    system: str = ""
    public_holidays: tuple[PublicHoliday, ...] = ()
    jurisdiction: str = ""
    working_weekend_days: tuple[dt.date, ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if self.end <= self.start:
            yield problem(
                "$.end", "order", f"must be after start {self.start}, got {self.end}"
            )
            return
        yield from partition_problems(self.start, self.end, self.terms)
        for i, holiday in enumerate(self.holidays):
            if holiday.start < self.start or holiday.end > self.end:
                yield problem(
                    f"$.holidays[{i}]",
                    "outside",
                    f"holiday {holiday.name!r} ({holiday.start}..{holiday.end})"
                    f" lies outside the year {self.start}..{self.end}",
                )
        for i, day in enumerate(self.public_holidays):
            if day.on not in self:
                yield problem(
                    f"$.public_holidays[{i}].on",
                    "outside",
                    f"public holiday {day.name!r} ({day.on}) lies outside the"
                    f" year {self.start}..{self.end}",
                )
        for i, on in enumerate(self.working_weekend_days):
            if on not in self:
                yield problem(
                    f"$.working_weekend_days[{i}]",
                    "outside",
                    f"working weekend day {on} lies outside the year"
                    f" {self.start}..{self.end}",
                )

    # -- construction ------------------------------------------------------

    @classmethod
    @validated
    def starting(cls, year: int, *, month: int = 9, day: int = 1) -> "AcademicYear":
        """A bare year: it starts on *day*.*month*.*year* and ends the day
        before its anniversary, with no terms, no school holidays and no
        public holidays; only weekends are days off. It suits a programme
        outside school (a company's year of onboarding) or a start you then
        complete (:meth:`with_public_holidays`). A school's year with its
        terms, vacations and public holidays is :meth:`for_jurisdiction` (or
        :meth:`TermSystem.year <mentoring.calendar.TermSystem.year>` for
        your own term system).

        The anniversary of 29 February in a common year is 1 March, so a
        year that starts on 29 February ends on 28 February: every year has
        365 or 366 days. A day that does not exist, or a year that would end
        after 9999-12-31, raises :class:`~mentoring.errors.ValidationError`.

        >>> AcademicYear.starting(2024, month=2, day=29).end
        datetime.date(2025, 2, 28)
        """
        start = valid_date(year, month, day, subject="academic year")
        try:
            end = whole_months_end(start, 12)
        except OverflowError:
            raise span_error(start, 12, "$.year", "academic year") from None
        return cls(start=start, end=end)

    @classmethod
    @validated
    def for_jurisdiction(cls, code: str, year: int) -> "AcademicYear":
        """The school year of jurisdiction *code* (``"ru"``, ``"kz"``,
        ``"ro"``, ``"ro-modules"``, ``"md"``) that starts in *year*, with its
        terms, its school vacations (the defaults of
        :data:`~mentoring.calendar.TERM_SYSTEMS`) and its public holidays
        (:func:`~mentoring.calendar.public_holidays`): none of them is a
        school day. An unknown code raises
        :class:`~mentoring.errors.ValidationError` naming the known ones.

        >>> year = AcademicYear.for_jurisdiction("kz", 2021)
        >>> year.system, year.jurisdiction
        ('kz-quarters', 'kz')
        >>> year.is_school_day(dt.date(2021, 12, 16))  # Independence Day
        False
        """
        load_jurisdictions()
        system = JURISDICTIONS.get(code)
        if system is None:
            raise ValidationError(
                [not_one_of("$.code", sorted(JURISDICTIONS), code)],
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
            message = f"no year follows one that ends on {self.end}"
            raise ValidationError(
                [problem("$.end", "range", message)], subject="academic year"
            )
        start = self.end + ONE_DAY
        try:
            end = whole_months_end(start, 12)
        except OverflowError:
            raise span_error(start, 12, "$.end", "academic year") from None
        following = AcademicYear(start=start, end=end, weekend=self.weekend)
        if self.jurisdiction in FIXED_HOLIDAYS:
            return following.with_public_holidays(self.jurisdiction)
        return following

    @validated
    def with_public_holidays(
        self, jurisdiction: str, *, source: str = "auto"
    ) -> "AcademicYear":
        """This year with the public holidays of *jurisdiction* in it (see
        :func:`~mentoring.calendar.public_holidays` for *source*), and that
        jurisdiction: for a year whose terms and vacations you built
        yourself. With the ``holidays`` package as the source, the weekend
        days a decree made working days come too
        (``working_weekend_days``); the library's own dates know none.

        >>> year = AcademicYear.starting(2024).with_public_holidays("ru")
        >>> year.is_school_day(dt.date(2025, 2, 24)), year.jurisdiction
        (True, 'ru')
        >>> year.public_holiday_of(dt.date(2025, 3, 8)).name
        'Международный женский день'
        """
        days = public_holidays(jurisdiction, self.start, self.end, source=source)
        weekend = {w.number for w in self.weekend}
        worked = tuple(
            d
            for d in _working_weekend_days(
                jurisdiction, self.start, self.end, source=source
            )
            if d.weekday() in weekend
        )
        return attrs.evolve(
            self,
            public_holidays=days,
            jurisdiction=jurisdiction,
            working_weekend_days=worked,
        )

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
        """The term called *name*.

        Raises:
            ~mentoring.errors.NotFoundError: if the year has no such term
                (also a ``KeyError``).

        >>> AcademicYear.for_jurisdiction("ru", 2021).term("Q2").start
        datetime.date(2021, 11, 1)
        """
        for term in self.terms:
            if term.name == name:
                return term
        raise NotFoundError("term", name, noun="name")

    @validated
    def holiday_of(self, day: dt.date) -> Holiday | None:
        """The (first) holiday *day* falls in, if any."""
        return next((h for h in self.holidays if day in h), None)

    @validated
    def public_holiday_of(self, day: dt.date) -> PublicHoliday | None:
        """The public holiday on *day*, if there is one."""
        return next((h for h in self.public_holidays if h.on == day), None)

    def _off_weekly(self, day: dt.date) -> bool:
        """Whether *day* is a weekly day off (a weekend day not made a
        working day by decree).
        """
        return (
            _WEEKDAY_ORDER[day.weekday()] in self.weekend
            and day not in self.working_weekend_days
        )

    @validated
    def is_school_day(self, day: dt.date) -> bool:
        """Whether *day* is in the year, not a weekend day (unless a decree
        made it a working day), not in a school holiday and not a public
        holiday.
        """
        return (
            day in self
            and not self._off_weekly(day)
            and not any(day in h for h in self.holidays)
            and not any(h.on == day for h in self.public_holidays)
        )

    @validated
    def is_working_day(self, day: dt.date) -> bool:
        """Whether *day* is a working day: not a weekend day (unless a decree
        made it a working day) and not a public holiday. School vacations
        are working days (teachers work in them); beyond the year only
        weekends are known.
        """
        return not self._off_weekly(day) and not any(
            h.on == day for h in self.public_holidays
        )

    @validated
    def working_days_after(self, day: dt.date, days: int) -> dt.date:
        """The *days*-th working day after *day* (*day* itself not counted;
        *day* when *days* is 0): the last day of a notice of *days* working
        days given on *day*.

        >>> year = AcademicYear.for_jurisdiction("ru", 2024)
        >>> year.working_days_after(dt.date(2025, 2, 20), 3)  # 23 Feb a Sunday
        datetime.date(2025, 2, 25)
        """
        if days < 0:
            raise ValidationError(
                [out_of_range("$.days", days, low=0)], subject="working days"
            )
        if days and self.weekend >= frozenset(Weekday):
            message = "a week with no working day has no working day after any day"
            raise ValidationError(
                [problem("$.weekend", "rule", message)], subject="working days"
            )
        left = days
        while left:
            day += ONE_DAY
            if self.is_working_day(day):
                left -= 1
        return day

    @validated
    def school_day_near(
        self,
        day: dt.date,
        shift: DayShift,
        *,
        first: dt.date | None = None,
        last: dt.date | None = None,
    ) -> dt.date | None:
        """*day* if it is a school day, else the school day *shift* moves it
        to, within *first*..*last* (the year by default); ``None`` when there
        is none there.

        >>> year = AcademicYear.for_jurisdiction("ru", 2024)
        >>> year.school_day_near(dt.date(2024, 12, 7), DayShift.NEXT)  # Saturday
        datetime.date(2024, 12, 9)
        >>> year.school_day_near(dt.date(2024, 12, 7), DayShift.PREVIOUS)
        datetime.date(2024, 12, 6)
        """
        first = self.start if first is None else max(first, self.start)
        last = self.end if last is None else min(last, self.end)
        if not first <= day <= last:
            return None
        after = next(self._school_days(day, last), None)
        before = next(self._school_days(first, day, backwards=True), None)
        if shift is DayShift.NEXT:
            return after
        if shift is DayShift.PREVIOUS:
            return before
        if before is None or after is None:
            return before or after
        return before if (day - before) <= (after - day) else after

    def _school_days(
        self, first: dt.date, last: dt.date, *, backwards: bool = False
    ) -> Iterator[dt.date]:
        """The school days from *first* to *last* (clipped to the year), in
        order or *backwards*: a slice of the year's school days, found once
        per year (:func:`_year_school_days`) and cut by bisection.
        """
        days = _year_school_days(self)
        part = days[bisect.bisect_left(days, first) : bisect.bisect_right(days, last)]
        return reversed(part) if backwards else iter(part)

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


def partition_problems(
    start: dt.date, end: dt.date, terms: tuple[Term, ...]
) -> Iterator[Problem]:
    """What keeps *terms* from partitioning *start*..*end*: a term that
    starts before the year or ends after it (``outside``), a gap between
    terms (``rule``), a term that starts before the previous one ends
    (``order``).
    """
    if not terms:
        return
    if terms[0].start != start:
        first = terms[0]
        if first.start > start:
            yield problem(
                "$.terms[0].start",
                "rule",
                f"gap {start}..{first.start - ONE_DAY}: the year starts on"
                f" {start} but term {first.name!r} starts on {first.start}",
            )
        else:
            yield problem(
                "$.terms[0].start",
                "outside",
                f"term {first.name!r} starts on {first.start}, before the year"
                f" starts on {start}",
            )
    for i in range(1, len(terms)):
        a, b = terms[i - 1], terms[i]
        if a.end == dt.date.max:  # nothing can follow the last day there is
            yield problem(
                f"$.terms[{i}].start",
                "order",
                f"term {b.name!r} overlaps term {a.name!r} on {b.start}..{b.end}",
            )
            continue
        expected = a.end + ONE_DAY
        if b.start > expected:
            yield problem(
                f"$.terms[{i}].start",
                "rule",
                f"gap {expected}..{b.start - ONE_DAY} between term {a.name!r}"
                f" (ends {a.end}) and term {b.name!r} (starts {b.start})",
            )
        elif b.start < expected:
            yield problem(
                f"$.terms[{i}].start",
                "order",
                f"term {b.name!r} overlaps term {a.name!r} on"
                f" {b.start}..{min(a.end, b.end)}",
            )
    last = terms[-1]
    if last.end < end:
        yield problem(
            f"$.terms[{len(terms) - 1}].end",
            "rule",
            f"gap {last.end + ONE_DAY}..{end}: term {last.name!r} ends on"
            f" {last.end} but the year ends on {end}",
        )
    elif last.end > end:
        yield problem(
            f"$.terms[{len(terms) - 1}].end",
            "outside",
            f"term {last.name!r} ends on {last.end}, after the year ends on {end}",
        )


#: The school days of the years asked about lately, by the year's identity
#: (a year is frozen: its days never change). The year is kept beside its
#: days, so that its identity is not reused while it is cached.
_SCHOOL_DAYS: dict[int, tuple[AcademicYear, tuple[dt.date, ...]]] = {}
_SCHOOL_DAYS_KEPT = 64


def _year_school_days(year: AcademicYear) -> tuple[dt.date, ...]:
    """Every school day of *year*, in order. The holidays are read once into
    a set of the days off, so the cost is the year's length plus the
    holidays' days, not their product.
    """
    cached = _SCHOOL_DAYS.get(id(year))
    if cached is not None and cached[0] is year:
        return cached[1]
    first, last = year.start, year.end
    off = {h.on for h in year.public_holidays if first <= h.on <= last}
    for h in year.holidays:
        day, end = max(h.start, first), min(h.end, last)
        while day <= end:
            off.add(day)
            day += ONE_DAY
    weekend = {w.number for w in year.weekend}
    worked = set(year.working_weekend_days)
    days = tuple(
        day
        for day in (first + dt.timedelta(i) for i in range((last - first).days + 1))
        if (day.weekday() not in weekend or day in worked) and day not in off
    )
    if len(_SCHOOL_DAYS) >= _SCHOOL_DAYS_KEPT:
        _SCHOOL_DAYS.clear()
    _SCHOOL_DAYS[id(year)] = (year, days)
    return days
