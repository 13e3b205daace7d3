"""The term systems of the jurisdictions the library knows, with typical
dates: :data:`RUSSIAN_QUARTERS`, :data:`KAZAKH_QUARTERS`,
:data:`ROMANIAN_SEMESTERS`, :data:`ROMANIAN_MODULES`,
:data:`MOLDOVAN_SEMESTERS`, and :data:`TERM_SYSTEMS` by jurisdiction code.

Real dates are set every year by each ministry; these are defaults, not an
official calendar. Private: the public names are in :mod:`mentoring.calendar`.
"""

import types
from collections.abc import Iterable, Mapping

from mentoring.calendar._systems import HolidayRule, TermRule, TermSystem, month_day
from mentoring.calendar._year import JURISDICTIONS

__all__ = [
    "KAZAKH_QUARTERS",
    "MOLDOVAN_SEMESTERS",
    "ROMANIAN_MODULES",
    "ROMANIAN_SEMESTERS",
    "RUSSIAN_QUARTERS",
    "TERM_SYSTEMS",
]


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
#: are typical defaults; build a :class:`~mentoring.calendar.TermSystem`
#: with your year's dates.
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

# AcademicYear.for_jurisdiction looks the codes up there (see _year).
JURISDICTIONS.update(TERM_SYSTEMS)
