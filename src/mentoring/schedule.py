"""Recurring dates as a value: :class:`Schedule`, over ``dateutil.rrule``.

A schedule is plain data (a frequency, an interval, weekdays, a count or an
end date, a start date and excluded dates), so it is hashable, compares by
value, serializes to JSON and round-trips through an RFC 5545 ``RRULE``
text. Dates only: no times, no time zones. ``MO``, ``TU``, ... ``SU`` are
short names for the members of :class:`mentoring.calendar.Weekday`.

"Every Tuesday in term time except holidays" is one line:

>>> from mentoring.calendar import AcademicYear
>>> year = AcademicYear.for_jurisdiction("ru", 2021)
>>> tuesdays = Schedule.weekly(TU, start=year.start).within(year)
>>> tuesdays.occurrences()[:3]
(datetime.date(2021, 9, 7), datetime.date(2021, 9, 14), datetime.date(2021, 9, 21))
>>> dt.date(2021, 11, 2) in tuesdays.occurrences()  # autumn holidays
False
>>> print(Schedule.weekly(TU, start=dt.date(2021, 9, 7), count=3).to_rrule_string())
DTSTART;VALUE=DATE:20210907
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3
"""

import datetime as dt
import enum
import re
import warnings
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import attrs
from dateutil import rrule as _rrule

from mentoring._checks import check, validated
from mentoring._problems import out_of_range, problem
from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear, Term, Weekday
from mentoring.errors import Problem, ValidationError

__all__ = [
    "FR",
    "MO",
    "SA",
    "SU",
    "TH",
    "TU",
    "WE",
    "Frequency",
    "Schedule",
]

MO = Weekday.MONDAY
TU = Weekday.TUESDAY
WE = Weekday.WEDNESDAY
TH = Weekday.THURSDAY
FR = Weekday.FRIDAY
SA = Weekday.SATURDAY
SU = Weekday.SUNDAY


class Frequency(enum.StrEnum):
    """How often a schedule repeats (the RFC 5545 ``FREQ`` for dates).

    .. versionadded:: 0.1.0
    """

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"


_FREQ: dict[Frequency, Literal[0, 1, 2, 3, 4, 5, 6]] = {
    Frequency.DAILY: _rrule.DAILY,
    Frequency.WEEKLY: _rrule.WEEKLY,
    Frequency.MONTHLY: _rrule.MONTHLY,
    Frequency.YEARLY: _rrule.YEARLY,
}
_WEEKDAYS = (
    _rrule.MO,
    _rrule.TU,
    _rrule.WE,
    _rrule.TH,
    _rrule.FR,
    _rrule.SA,
    _rrule.SU,
)
_BY_CODE = {w.code: w for w in Weekday}
_MAX_INTERVAL = 1000
_MAX_COUNT = 100_000
#: The dates of the rules asked about lately, by everything the rule and
#: the span read (not the exclusions, which apply afterwards): plans made
#: from one schedule ask ``dateutil`` for the same dates again and again.
_RULE_DATES: dict[tuple[Any, ...], tuple[dt.date, ...]] = {}
_RULE_DATES_KEPT = 256


def _canonical_weekdays(value: object) -> object:
    if isinstance(value, Weekday):
        return (value,)
    if isinstance(value, Iterable) and not isinstance(value, str):
        items = tuple(value)
        if all(isinstance(w, Weekday) for w in items):
            return tuple(sorted(set(items), key=lambda w: w.number))
        return items
    return value


def _canonical_dates(value: object) -> object:
    if isinstance(value, Iterable) and not isinstance(value, str):
        items = tuple(value)
        if all(
            isinstance(d, dt.date) and not isinstance(d, dt.datetime) for d in items
        ):
            return tuple(sorted(set(items)))
        return items
    return value


@attrs.frozen(kw_only=True)
class Schedule:
    """Dates that recur: from ``start``, every ``interval`` ``freq`` units,
    on ``weekdays`` (none: the start's own day), for ``count`` dates or
    until ``until`` (inclusive), without the ``exclusions``.

    Weekdays and exclusions are kept sorted and without repeats, so two
    schedules with the same dates in another order are equal. As in
    ``dateutil``, ``start`` is an occurrence only when it matches the rule.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    start: dt.date
    freq: Frequency = Frequency.WEEKLY
    interval: int = 1
    weekdays: tuple[Weekday, ...] = attrs.field(
        default=(), converter=_canonical_weekdays
    )
    count: int | None = None
    until: dt.date | None = None
    exclusions: tuple[dt.date, ...] = attrs.field(
        default=(), converter=_canonical_dates
    )

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if not 1 <= self.interval <= _MAX_INTERVAL:
            yield out_of_range("$.interval", self.interval, low=1, high=_MAX_INTERVAL)
        if self.count is not None and self.until is not None:
            yield problem(
                "$.count",
                "rule",
                "give a count or an end date (until), not both (RFC 5545)",
            )
        if self.count is not None and not 1 <= self.count <= _MAX_COUNT:
            yield out_of_range("$.count", self.count, low=1, high=_MAX_COUNT)
        if self.until is not None and self.until < self.start:
            yield problem(
                "$.until",
                "order",
                f"must not be before start {self.start}, got {self.until}",
            )

    # -- construction ------------------------------------------------------

    @classmethod
    @validated
    def weekly(
        cls,
        *weekdays: Weekday,
        start: dt.date,
        until: dt.date | None = None,
        count: int | None = None,
        interval: int = 1,
        exclusions: Iterable[dt.date] = (),
    ) -> "Schedule":
        """Every week (or every *interval* weeks) on *weekdays*.

        >>> days = Schedule.weekly(TU, TH, start=dt.date(2021, 9, 1), count=3)
        >>> [str(d) for d in days.occurrences()]
        ['2021-09-02', '2021-09-07', '2021-09-09']
        """
        return cls(
            start=start,
            freq=Frequency.WEEKLY,
            interval=interval,
            weekdays=weekdays,
            until=until,
            count=count,
            exclusions=tuple(exclusions),
        )

    @classmethod
    @validated
    def daily(
        cls,
        *,
        start: dt.date,
        until: dt.date | None = None,
        count: int | None = None,
        interval: int = 1,
    ) -> "Schedule":
        """Every day (or every *interval* days)."""
        return cls(
            start=start,
            freq=Frequency.DAILY,
            interval=interval,
            until=until,
            count=count,
        )

    @classmethod
    @validated
    def monthly(
        cls,
        *,
        start: dt.date,
        until: dt.date | None = None,
        count: int | None = None,
        interval: int = 1,
    ) -> "Schedule":
        """Every month (or every *interval* months) on the start's day of the
        month (months without that day are skipped).
        """
        return cls(
            start=start,
            freq=Frequency.MONTHLY,
            interval=interval,
            until=until,
            count=count,
        )

    @classmethod
    @validated
    def once(cls, day: dt.date) -> "Schedule":
        """Just *day*."""
        return cls(start=day, freq=Frequency.DAILY, count=1)

    # -- RFC 5545 ------------------------------------------------------------

    def to_rrule_string(self) -> str:
        """The schedule as RFC 5545 lines: ``DTSTART``, ``RRULE`` and, when
        there are exclusions, ``EXDATE`` (all ``VALUE=DATE``), as
        ``dateutil.rrule.rrulestr`` reads them.
        """
        parts = [f"FREQ={self.freq.name}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.weekdays:
            parts.append("BYDAY=" + ",".join(w.code for w in self.weekdays))
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append(f"UNTIL={_ical(self.until)}")
        lines = [f"DTSTART;VALUE=DATE:{_ical(self.start)}", "RRULE:" + ";".join(parts)]
        if self.exclusions:
            lines.append("EXDATE;VALUE=DATE:" + ",".join(map(_ical, self.exclusions)))
        return "\n".join(lines)

    @classmethod
    @validated
    def from_rrule(cls, text: str, *, start: dt.date | None = None) -> "Schedule":
        """Read a schedule from RFC 5545 text (``DTSTART``, ``RRULE`` and
        ``EXDATE`` lines; a bare ``FREQ=...`` rule needs *start*).

        Text that does not parse, or uses parts a schedule does not hold
        (``BYMONTHDAY``, times, time zones, ...), raises
        :class:`~mentoring.errors.ValidationError` naming it. An ``UNTIL``
        date-time (``UNTIL=20210905T000000Z``, as calendar programs write
        it even for dates) counts as its date: a schedule's dates have no
        time and no zone.

        >>> s = Schedule.from_rrule("FREQ=WEEKLY;BYDAY=TU;COUNT=2",
        ...                         start=dt.date(2021, 9, 7))
        >>> s.weekdays, s.count
        ((<Weekday.TUESDAY: 'tuesday'>,), 2)
        """
        text = _UNTIL_TIME.sub(r"\1", text)
        _check_dateutil_reads(text, start)
        return _parse(text, start)

    # -- occurrences ---------------------------------------------------------

    def _rule(self) -> _rrule.rrule:
        kwargs: dict[str, Any] = {
            "dtstart": _midnight(self.start),
            "interval": self.interval,
        }
        if self.weekdays:
            kwargs["byweekday"] = [_WEEKDAYS[w.number] for w in self.weekdays]
        if self.count is not None:
            kwargs["count"] = self.count
        if self.until is not None:
            kwargs["until"] = _midnight(self.until)
        return _rrule.rrule(_FREQ[self.freq], **kwargs)

    def _rule_dates(self, first: dt.date, last: dt.date) -> list[dt.date]:
        key = (
            self.start,
            self.freq,
            self.interval,
            self.weekdays,
            self.count,
            self.until,
            first,
            last,
        )
        dates = _RULE_DATES.get(key)
        if dates is None:
            found = self._rule().between(_midnight(first), _midnight(last), inc=True)
            dates = tuple(d.date() for d in found)
            if len(_RULE_DATES) >= _RULE_DATES_KEPT:
                _RULE_DATES.clear()
            _RULE_DATES[key] = dates
        return list(dates)

    @property
    def is_bounded(self) -> bool:
        """Whether the schedule ends (it has a count or an end date)."""
        return self.count is not None or self.until is not None

    @property
    def last_possible(self) -> dt.date | None:
        """The last date the rule may reach (``until`` or the count-th
        date); ``None`` for an endless schedule.
        """
        if self.until is not None:
            return self.until
        if self.count is not None:
            last = None
            for last in self._rule():  # noqa: B007
                pass
            return last.date() if last is not None else self.start
        return None

    @validated
    def occurrences(
        self, *, between: tuple[dt.date, dt.date] | None = None
    ) -> tuple[dt.date, ...]:
        """The dates of the schedule, in order, without the exclusions; only
        those from ``between[0]`` to ``between[1]`` (inclusive) when given.

        An endless schedule needs *between*
        (:class:`~mentoring.errors.ValidationError` otherwise).
        """
        if between is None:
            last = self.last_possible
            if last is None:
                message = "an endless schedule needs between=(first, last)"
                raise ValidationError(
                    [problem("$.between", "missing", message)], subject="occurrences"
                )
            first = self.start
        else:
            first, last = between
            if last < first:
                message = f"ends on {last}, before it starts on {first}"
                raise ValidationError(
                    [problem("$.between", "order", message)], subject="occurrences"
                )
        excluded = set(self.exclusions)
        return tuple(d for d in self._rule_dates(first, last) if d not in excluded)

    @validated
    def occurrences_in(self, span: Term | AcademicYear) -> tuple[dt.date, ...]:
        """The dates of the schedule within a term or a year."""
        return self.occurrences(between=(span.start, span.end))

    @validated
    def within(self, year: AcademicYear) -> "Schedule":
        """This schedule in term time: limited to *year* and without the
        dates that are not school days (holidays and weekends).

        The result is a plain schedule (its excluded dates listed), so it
        serializes and keeps working without the year. A schedule with no
        date in the year raises :class:`~mentoring.errors.ValidationError`.
        """
        last = min(self.last_possible or year.end, year.end)
        first = max(self.start, year.start)
        dates = self._rule_dates(first, last) if first <= last else []
        if not dates:
            message = f"the schedule has no date in the year {year.label}"
            raise ValidationError(
                [problem("$.start", "outside", message)], subject="schedule"
            )
        new_start = dates[0]
        if self.count is not None:
            before = len(self._rule_dates(self.start, new_start)) - 1
            kept = self.count - before
            count: int | None = kept if len(dates) >= kept else None
            until = None if count is not None else dates[-1]
        else:
            count, until = None, dates[-1]
        school = set(year.school_days(dates[0], dates[-1]))
        off = [d for d in dates if d not in school]
        inside = [d for d in self.exclusions if new_start <= d <= dates[-1]]
        return attrs.evolve(
            self,
            start=new_start,
            count=count,
            until=until,
            exclusions=(*inside, *off),
        )

    def describe(self) -> str:
        """The schedule in words (English), for logs and reports.

        >>> Schedule.weekly(TU, start=dt.date(2021, 9, 7), count=10).describe()
        'every week on Tuesday from 2021-09-07, 10 times'
        """
        unit = {
            Frequency.DAILY: "day",
            Frequency.WEEKLY: "week",
            Frequency.MONTHLY: "month",
            Frequency.YEARLY: "year",
        }[self.freq]
        every = (
            f"every {unit}" if self.interval == 1 else f"every {self.interval} {unit}s"
        )
        if self.weekdays:
            every += " on " + ", ".join(w.value.capitalize() for w in self.weekdays)
        text = f"{every} from {self.start}"
        if self.count is not None:
            text += f", {self.count} time{'s' if self.count != 1 else ''}"
        if self.until is not None:
            text += f" until {self.until}"
        if self.exclusions:
            n = len(self.exclusions)
            text += f", except {n} date{'s' if n != 1 else ''}"
        return text


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)  # noqa: DTZ001


def _ical(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


# -- parsing -----------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{6}))?$")
#: An RRULE's ``UNTIL`` date-time (UTC ``Z`` or floating); only its date is kept.
_UNTIL_TIME = re.compile(r"(UNTIL=\d{8})T\d{6}Z?(?=[;\s]|$)", re.IGNORECASE)


def _bad(text: str, message: str) -> ValidationError:
    shown = text if len(text) <= 80 else text[:77] + "..."
    return ValidationError(
        [problem("$", "format", f"{message} in {shown!r}")], subject="RRULE"
    )


def _check_dateutil_reads(text: str, start: dt.date | None) -> None:
    kwargs: dict[str, Any] = {"forceset": True, "unfold": True}
    if start is not None:
        kwargs["dtstart"] = _midnight(start)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _rrule.rrulestr(text, **kwargs)
    except Exception as error:  # noqa: BLE001 - dateutil raises many kinds
        raise _bad(text, f"not an RRULE ({error})") from None


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if raw[0] in " \t" and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw.strip())
    return lines


def _date_value(text: str, value: str, what: str) -> dt.date:
    m = _DATE.match(value.strip().upper())
    if m is None:
        raise _bad(text, f"{what} {value!r} is not a date (YYYYMMDD)")
    year, month, day, time = m.groups()
    if time not in (None, "000000"):
        raise _bad(text, f"{what} {value!r} has a time of day; a schedule holds dates")
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise _bad(text, f"{what} {value!r} is not a valid date") from None


def _date_property(
    text: str, name: str, params: list[str], value: str
) -> list[dt.date]:
    for param in params:
        if param.upper() not in ("VALUE=DATE", "VALUE=DATE-TIME"):
            raise _bad(text, f"{name} parameter {param!r} is not supported")
    return [_date_value(text, v, name) for v in value.split(",")]


def _parse(text: str, start: dt.date | None) -> Schedule:
    rules: list[str] = []
    exclusions: list[dt.date] = []
    for line in _unfold(text):
        if ":" in line:
            head, value = line.split(":", 1)
        else:
            head, value = "RRULE", line
        name, *params = head.split(";")
        name = name.upper()
        if name == "DTSTART":
            dates = _date_property(text, name, params, value)
            if len(dates) != 1:
                raise _bad(text, "DTSTART holds one date")
            start = dates[0]
        elif name == "EXDATE":
            exclusions += _date_property(text, name, params, value)
        elif name == "RRULE":
            rules.append(value)
        else:
            raise _bad(text, f"property {name!r} is not supported")
    if len(rules) != 1:
        raise _bad(text, f"a schedule has one RRULE, found {len(rules)}")
    if start is None:
        raise _bad(text, "no DTSTART (and no start= given)")
    fields = _rule_fields(text, rules[0])
    try:
        return Schedule(start=start, exclusions=tuple(exclusions), **fields)
    except ValidationError as error:
        raise ValidationError(
            [
                problem(p.path, p.code, f"{p.message} (in {text!r})")
                for p in error.problems
            ],
            subject="RRULE",
        ) from None


def _rule_fields(text: str, rule: str) -> dict[str, Any]:  # noqa: C901
    fields: dict[str, Any] = {}
    for part in rule.split(";"):
        key, _, value = part.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if key == "FREQ":
            try:
                fields["freq"] = Frequency[value]
            except KeyError:
                raise _bad(text, f"FREQ={value} is not supported") from None
        elif key == "INTERVAL":
            fields["interval"] = int(value)
        elif key == "COUNT":
            fields["count"] = int(value)
        elif key == "UNTIL":
            fields["until"] = _date_value(text, value, "UNTIL")
        elif key == "BYDAY":
            days = []
            for code in value.split(","):
                if code not in _BY_CODE:
                    raise _bad(
                        text, f"BYDAY {code!r} is not supported (plain days only)"
                    )
                days.append(_BY_CODE[code])
            fields["weekdays"] = tuple(days)
        elif key == "WKST" and value == "MO":
            continue
        else:
            raise _bad(text, f"RRULE part {part!r} is not supported")
    if "freq" not in fields:
        raise _bad(text, "the RRULE has no FREQ")
    return fields
