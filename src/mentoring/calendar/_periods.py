"""Periods of whole months: a programme's period, a new teacher's adaptation
window, and the month arithmetic an academic year shares with them.

Private: the public names are in :mod:`mentoring.calendar`.
"""

import calendar as _stdlib_calendar
import datetime as dt

from mentoring._checks import raise_if, validated
from mentoring._problems import out_of_range, problem
from mentoring.errors import Problem, ValidationError

__all__ = ["adaptation_window", "program_period"]

ONE_DAY = dt.timedelta(days=1)


def whole_months_end(start: dt.date, months: int) -> dt.date:
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
    return dt.date(year, month, start.day) - ONE_DAY


def span_error(start: dt.date, months: int, path: str, subject: str) -> ValidationError:
    """The error of a span of *months* from *start* that ends after the last
    date Python knows.
    """
    message = f"{months} months from {start} would end after {dt.date.max}"
    return ValidationError([problem(path, "range", message)], subject=subject)


def valid_date(year: int, month: int, day: int, *, subject: str) -> dt.date:
    """``dt.date(year, month, day)``, or a
    :class:`~mentoring.errors.ValidationError` naming each part out of range.
    """
    problems: list[Problem] = []
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        problems.append(out_of_range("$.year", year, low=dt.MINYEAR, high=dt.MAXYEAR))
    month_ok = 1 <= month <= 12
    if not month_ok:
        problems.append(out_of_range("$.month", month, low=1, high=12))
    if month_ok and not problems:
        last = _stdlib_calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            what = f"a day in {year:04d}-{month:02d}"
            problems.append(out_of_range("$.day", day, low=1, high=last, what=what))
    elif not 1 <= day <= 31:
        problems.append(out_of_range("$.day", day, low=1, high=31))
    raise_if(problems, subject)
    return dt.date(year, month, day)


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
            [out_of_range("$.months", months, low=1)], subject="program period"
        )
    try:
        return start, whole_months_end(start, months)
    except OverflowError:
        raise span_error(start, months, "$.months", "program period") from None


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
