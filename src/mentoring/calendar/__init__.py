"""School years, terms, holidays and the term systems of each jurisdiction.

An :class:`AcademicYear` runs from 1 September to 31 August by default (the
seed's programme: 1.09.2021-31.08.2022); both ends are inclusive. A
:class:`TermSystem` is *data*: the terms of a year (quarters in Russia and
Kazakhstan, semesters in Romania and Moldova, Romania's modules) and its
school holidays as (month, day) rules. :data:`TERM_SYSTEMS` holds typical
defaults; real dates are set every year by each ministry, so build your own
:class:`TermSystem` (or :class:`AcademicYear`) and pass it where a year is
needed. Public holidays are the law's, not the school's: a year built for a
jurisdiction (:meth:`AcademicYear.for_jurisdiction`) carries them, from the
``holidays`` package when it is installed (``mentoring[holidays]``), else
from the library's own fixed dates (:data:`FIXED_HOLIDAYS`).

>>> import datetime as dt
>>> from mentoring.model import ReviewKind
>>> year = AcademicYear.for_jurisdiction("ru", 2021)
>>> [t.name for t in year.terms]
['Q1', 'Q2', 'Q3', 'Q4']
>>> year.term_of(dt.date(2021, 12, 1)).name
'Q2'
>>> [str(r.on) for r in year.review_dates() if r.kind is ReviewKind.CURRENT]
['2021-10-29', '2021-12-28', '2022-03-22', '2022-05-31']
"""

import importlib
from typing import TYPE_CHECKING

from mentoring.calendar._periods import adaptation_window, program_period
from mentoring.calendar._public import (
    FIXED_HOLIDAYS,
    HOLIDAY_SOURCES,
    PublicHoliday,
    public_holidays,
)
from mentoring.calendar._year import (
    AcademicYear,
    DayShift,
    Holiday,
    ReviewDate,
    Term,
    Weekday,
    load_jurisdictions,
)

if TYPE_CHECKING:
    from mentoring.calendar._jurisdictions import (
        KAZAKH_QUARTERS,
        MOLDOVAN_SEMESTERS,
        ROMANIAN_MODULES,
        ROMANIAN_SEMESTERS,
        RUSSIAN_QUARTERS,
        TERM_SYSTEMS,
    )
    from mentoring.calendar._systems import (
        HolidayRule,
        MonthDay,
        TermRule,
        TermSystem,
        month_day,
    )

#: The term systems and their classes load when first asked for (PEP 562):
#: a programme whose year is built by hand (every embedded sample, the
#: demo) never needs them.
_SYSTEMS = frozenset({"HolidayRule", "MonthDay", "TermRule", "TermSystem", "month_day"})


def __getattr__(name: str) -> object:
    if name in _SYSTEMS:
        return getattr(importlib.import_module("mentoring.calendar._systems"), name)
    if name in __all__:
        return getattr(load_jurisdictions(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "FIXED_HOLIDAYS",
    "HOLIDAY_SOURCES",
    "KAZAKH_QUARTERS",
    "MOLDOVAN_SEMESTERS",
    "ROMANIAN_MODULES",
    "ROMANIAN_SEMESTERS",
    "RUSSIAN_QUARTERS",
    "TERM_SYSTEMS",
    "AcademicYear",
    "DayShift",
    "Holiday",
    "HolidayRule",
    "MonthDay",
    "PublicHoliday",
    "ReviewDate",
    "Term",
    "TermRule",
    "TermSystem",
    "Weekday",
    "adaptation_window",
    "month_day",
    "program_period",
    "public_holidays",
]
