"""Public holidays (days off by law) of the jurisdictions the library knows:
:class:`PublicHoliday` and :func:`public_holidays`.

With the optional ``holidays`` package installed (``mentoring[holidays]``),
the days come from it: moved days off (перенос выходных), days observed in
place of a holiday on a weekend, Orthodox Easter and Pentecost, Kurban ait,
with their names in the country's language. Without it, the library knows
only the holidays that fall on the same day every year (:data:`FIXED_HOLIDAYS`).

Private: the public names are in :mod:`mentoring.calendar`.
"""

import datetime as dt
import functools
from collections.abc import Iterator
from typing import Any

import attrs

from mentoring._checks import check, non_empty, validated
from mentoring._problems import not_one_of
from mentoring._repr import value_repr
from mentoring.errors import Problem, ValidationError

__all__ = ["FIXED_HOLIDAYS", "HOLIDAY_SOURCES", "PublicHoliday", "public_holidays"]

#: How :func:`public_holidays` may find the days: ``"auto"`` (the
#: ``holidays`` package when it is installed, else the library's own fixed
#: dates), ``"library"`` (the fixed dates only) or ``"holidays"`` (the
#: package, which must be installed).
HOLIDAY_SOURCES = ("auto", "library", "holidays")

#: The years the ``holidays`` package is asked about; outside them the
#: library's fixed dates are used (its rules cover the modern calendars).
_PACKAGE_YEARS = (1992, 2199)


@attrs.frozen(kw_only=True)
class PublicHoliday:
    """A day off by law (государственный праздник, sărbătoare legală):
    the day and its name in the country's language.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    on: dt.date
    name: str

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.name", self.name)


# (month, day, name, first year, last year): the holidays on the same day
# every year, as the labour codes list them.
_Rule = tuple[int, int, str, int, int]


def _rules(*rules: tuple[int, int, str] | _Rule) -> tuple[_Rule, ...]:
    return tuple((r[0], r[1], r[2], 1, 9999) if len(r) == 3 else r for r in rules)


#: The library's own public holidays by jurisdiction, those on a fixed day
#: of the year, as (month, day, name, first year, last year). They do not
#: know days moved by decree (Russia's and Kazakhstan's перенос выходных),
#: days observed in place of a holiday on a weekend, Orthodox Easter,
#: Good Friday and Pentecost (Romania, Moldova), Paștele blajinilor
#: (Moldova), Kurban ait (Kazakhstan). Install ``mentoring[holidays]`` for
#: those.
#:
#: .. versionadded:: 0.1.0
FIXED_HOLIDAYS: dict[str, tuple[_Rule, ...]] = {
    "ru": _rules(
        *((1, d, "Новогодние каникулы") for d in (1, 2, 3, 4, 5, 6, 8)),
        (1, 7, "Рождество Христово"),
        (2, 23, "День защитника Отечества"),
        (3, 8, "Международный женский день"),
        (5, 1, "Праздник Весны и Труда"),
        (5, 9, "День Победы"),
        (6, 12, "День России"),
        (11, 4, "День народного единства"),
    ),
    "kz": _rules(
        (1, 1, "Жаңа жыл"),
        (1, 2, "Жаңа жыл"),
        (1, 7, "Православиелік Рождество"),
        (3, 8, "Халықаралық әйелдер күні"),
        (3, 21, "Наурыз мейрамы"),
        (3, 22, "Наурыз мейрамы"),
        (3, 23, "Наурыз мейрамы"),
        (5, 1, "Қазақстан халқының бірлігі мерекесі"),
        (5, 7, "Отан Қорғаушы күні", 2013, 9999),
        (5, 9, "Жеңіс күні"),
        (7, 6, "Астана күні"),
        (8, 30, "Қазақстан Республикасының Конституциясы күні", 1996, 2025),
        (10, 25, "Республика күні", 2022, 9999),
        (12, 16, "Тәуелсіздік күні"),
        (12, 17, "Тәуелсіздік күні", 1992, 2021),
    ),
    "ro": _rules(
        (1, 1, "Anul Nou"),
        (1, 2, "Anul Nou"),
        (1, 6, "Botezul Domnului - Boboteaza", 2024, 9999),
        (1, 7, "Soborul Sfântului Proroc Ioan Botezătorul", 2024, 9999),
        (1, 24, "Ziua Unirii Principatelor Române", 2017, 9999),
        (5, 1, "Ziua Muncii"),
        (6, 1, "Ziua Copilului", 2017, 9999),
        (8, 15, "Adormirea Maicii Domnului", 2009, 9999),
        (11, 30, "Sfântul Apostol Andrei, Ocrotitorul României", 2012, 9999),
        (12, 1, "Ziua Națională a României"),
        (12, 25, "Crăciunul"),
        (12, 26, "Crăciunul"),
    ),
    "md": _rules(
        (1, 1, "Anul Nou"),
        (1, 7, "Crăciunul pe stil vechi"),
        (1, 8, "Crăciunul pe stil vechi"),
        (3, 8, "Ziua internațională a femeii"),
        (5, 1, "Ziua internațională a solidarității oamenilor muncii"),
        (5, 9, "Ziua Victoriei; Ziua Europei"),
        (6, 1, "Ziua Ocrotirii Copilului", 2016, 9999),
        (8, 27, "Ziua independenței Republicii Moldova"),
        (8, 31, "Limba noastră"),
        (12, 25, "Crăciunul pe stil nou", 2013, 9999),
    ),
}

#: The ``holidays`` package's country code and language of each jurisdiction.
_PACKAGE_CODES = {"ru": ("RU", "ru"), "kz": ("KZ", "kk"), "ro": ("RO", "ro")}
_PACKAGE_CODES["md"] = ("MD", "ro")


@functools.cache
def _package_available() -> bool:
    try:
        import holidays  # noqa: F401
    except ImportError:
        return False
    return True


@functools.cache
def _library_year(code: str, year: int) -> tuple[PublicHoliday, ...]:
    found = []
    for month, day, name, first, last in FIXED_HOLIDAYS[code]:
        if first <= year <= last:
            found.append(PublicHoliday(on=dt.date(year, month, day), name=name))
    return tuple(sorted(found, key=lambda h: h.on))


@functools.cache
def _package_calendar(code: str, year: int) -> Any:
    """The ``holidays`` package's calendar of *code* for *year* (built once:
    both the holidays and the working weekend days are read from it).
    """
    import holidays

    country, language = _PACKAGE_CODES[code]
    return holidays.country_holidays(country, years=year, language=language)


@functools.cache
def _package_year(code: str, year: int) -> tuple[PublicHoliday, ...]:
    days = _package_calendar(code, year)
    return tuple(
        PublicHoliday(on=day, name=str(name)) for day, name in sorted(days.items())
    )


@functools.cache
def _package_workdays(code: str, year: int) -> frozenset[dt.date]:
    """The weekend days of *year* that the ``holidays`` package says are
    working days by decree (its ``weekend_workdays``: the Saturday worked
    for a day off moved next to a holiday); none when the package does not
    say (a version without the attribute).
    """
    found = getattr(_package_calendar(code, year), "weekend_workdays", ())
    # the package's set may hold days of other years (a transfer across New
    # Year, or an old one): each year is asked on its own
    return frozenset(d for d in found if d.year == year)


def _uses_package(year: int, source: str) -> bool:
    low, high = _PACKAGE_YEARS
    package = source == "holidays" or (source == "auto" and _package_available())
    return package and low <= year <= high


def _year(code: str, year: int, source: str) -> tuple[PublicHoliday, ...]:
    if _uses_package(year, source):
        return _package_year(code, year)
    return _library_year(code, year)


def _working_weekend_days(
    jurisdiction: str, first: dt.date, last: dt.date, *, source: str = "auto"
) -> tuple[dt.date, ...]:
    """The weekend days from *first* to *last* that a decree made working
    days (Russia's and Kazakhstan's перенос выходных), in order: known only
    from the ``holidays`` package (the library's own dates know none), so
    empty with ``source="library"`` or without the package. *jurisdiction*
    and *source* as :func:`public_holidays` checks them (private: for
    :meth:`~mentoring.calendar.AcademicYear.with_public_holidays`).
    """
    days: list[dt.date] = []
    for year in range(first.year, last.year + 1):
        if _uses_package(year, source):
            days += (
                d for d in _package_workdays(jurisdiction, year) if first <= d <= last
            )
    return tuple(sorted(days))


@validated
def public_holidays(
    jurisdiction: str, first: dt.date, last: dt.date, *, source: str = "auto"
) -> tuple[PublicHoliday, ...]:
    """The public holidays of *jurisdiction* (``"ru"``, ``"kz"``, ``"ro"``,
    ``"md"``) from *first* to *last* inclusive, in date order.

    *source* is one of :data:`HOLIDAY_SOURCES`: by default the ``holidays``
    package when it is installed (``pip install mentoring[holidays]``), else
    the library's own fixed dates (:data:`FIXED_HOLIDAYS`), which do not
    know moved days off nor Easter. An unknown jurisdiction or source
    raises :class:`~mentoring.errors.ValidationError`; ``"holidays"``
    without the package raises it too.

    >>> import datetime as dt
    >>> [h.name for h in public_holidays("ru", dt.date(2025, 2, 23),
    ...                                  dt.date(2025, 3, 8))]
    ['День защитника Отечества', 'Международный женский день']

    .. versionadded:: 0.1.0
    """
    found: list[Problem] = []
    if jurisdiction not in FIXED_HOLIDAYS:
        found.append(not_one_of("$.jurisdiction", sorted(FIXED_HOLIDAYS), jurisdiction))
    if source not in HOLIDAY_SOURCES:
        found.append(not_one_of("$.source", HOLIDAY_SOURCES, source))
    elif source == "holidays" and not _package_available():
        found.append(
            not_one_of("$.source", ("auto", "library"), "holidays (not installed)")
        )
    if found:
        raise ValidationError(found, subject="public holidays")
    days: list[PublicHoliday] = []
    for year in range(first.year, last.year + 1):
        days += (h for h in _year(jurisdiction, year, source) if first <= h.on <= last)
    return tuple(days)
