"""School years, terms and holidays.

An :class:`AcademicYear` runs from 1 September to 31 August by default (the
seed's programme: 1.09.2021-31.08.2022); both ends are inclusive.
"""

import datetime as dt
from collections.abc import Iterator

import attrs

from mentoring.errors import Problem
from mentoring._checks import check, non_empty


__all__ = ["AcademicYear", "Holiday", "Term"]


@attrs.frozen(kw_only=True)
class Term:
    """A part of a school year: a quarter (четверть), a semester or a module.

    ``start`` and ``end`` are both inclusive.

    .. versionadded:: 0.1.0
    """

    name: str
    start: dt.date
    end: dt.date

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.name", self.name)
        if self.end < self.start:
            yield Problem(
                "$.end", f"must not be before start {self.start}, got {self.end}"
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@attrs.frozen(kw_only=True)
class Holiday:
    """A span of days without school (каникулы, vacanță); ends inclusive.

    .. versionadded:: 0.1.0
    """

    name: str
    start: dt.date
    end: dt.date

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if self.end < self.start:
            yield Problem(
                "$.end", f"must not be before start {self.start}, got {self.end}"
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@attrs.frozen(kw_only=True)
class AcademicYear:
    """A school year with its terms and holidays.

    >>> year = AcademicYear.starting(2021)
    >>> year.start, year.end, year.label
    (datetime.date(2021, 9, 1), datetime.date(2022, 8, 31), '2021-2022')

    .. versionadded:: 0.1.0
    """

    start: dt.date
    end: dt.date
    terms: tuple[Term, ...] = ()
    holidays: tuple[Holiday, ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if self.end <= self.start:
            yield Problem(
                "$.end", f"must be after start {self.start}, got {self.end}"
            )
            return
        for i, term in enumerate(self.terms):
            if term.start < self.start or term.end > self.end:
                yield Problem(
                    f"$.terms[{i}]",
                    f"term {term.name!r} ({term.start}..{term.end}) lies outside"
                    f" the year {self.start}..{self.end}",
                )
        for i, (a, b) in enumerate(zip(self.terms, self.terms[1:], strict=False)):
            if b.start <= a.end:
                yield Problem(
                    f"$.terms[{i + 1}]",
                    f"term {b.name!r} starts on {b.start}, before term"
                    f" {a.name!r} ends on {a.end}",
                )

    @classmethod
    def starting(cls, year: int, *, month: int = 9, day: int = 1) -> "AcademicYear":
        """The year that starts on *day*.*month*.*year* and ends the day before
        its anniversary (no terms, no holidays)."""
        start = dt.date(year, month, day)
        end = dt.date(year + 1, month, day) - dt.timedelta(days=1)
        return cls(start=start, end=end)

    @property
    def label(self) -> str:
        """``"2021-2022"``: the calendar years the school year spans."""
        if self.start.year == self.end.year:
            return str(self.start.year)
        return f"{self.start.year}-{self.end.year}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end
