"""Strategies for public holidays, the mentor's agreement, qualitative
reports and contact time (private; public through
:mod:`mentoring.testing.strategies`).
"""

import datetime as dt

from hypothesis import strategies as st

from mentoring.calendar import PublicHoliday
from mentoring.contact import ContactTime, PairContact, ProgramContact
from mentoring.model import MentorAgreement, QualitativeReport
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._draw import (
    FREE_TEXT,
    MAX_START_YEAR,
    MIN_START_YEAR,
    SEPTEMBER,
    indexed,
    title,
)

__all__ = [
    "contact_times",
    "mentor_agreements",
    "pair_contacts",
    "program_contacts",
    "public_holidays",
    "qualitative_reports",
]

_FIRST = dt.date(MIN_START_YEAR, SEPTEMBER, 1)
_LAST = dt.date(MAX_START_YEAR + 1, 8, 31)
_DATES = st.dates(_FIRST, _LAST)
_HOLIDAY_NAMES = (
    "Новогодние каникулы",
    "День защитника Отечества",
    "Наурыз мейрамы",
    "Paștele ortodox",
    "Ziua Independenței",
)
_TERMS = ("", "1", "2", "semestrul I", "четверть 3")
_REPORT_TEXT = (
    "nevoi de formare: colectarea datelor din teren",
    "oferta de formare adaptată școlilor",
    "impactul mentoratului în școli",
)


def public_holidays() -> st.SearchStrategy[PublicHoliday]:
    """Public holidays: a day and a name.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    Arguments("public_holidays").check()
    return st.builds(PublicHoliday, on=_DATES, name=title(_HOLIDAY_NAMES))


@st.composite
def _agreement(draw: st.DrawFn) -> MentorAgreement:
    consent_on = draw(st.dates(_FIRST, _LAST - dt.timedelta(days=400)))
    start = consent_on + dt.timedelta(days=draw(st.integers(0, 30)))
    end = draw(
        st.none() | st.integers(0, 365).map(lambda d: start + dt.timedelta(days=d))
    )
    extra_pay = draw(st.booleans())
    amount = (
        draw(st.none() | st.floats(0, 100_000, allow_nan=False, allow_infinity=False))
        if extra_pay
        else None
    )
    return MentorAgreement(
        consent_on=consent_on,
        start=start,
        end=end,
        content=draw(FREE_TEXT),
        extra_pay=extra_pay,
        extra_pay_amount=amount,
        notice_days=draw(st.integers(0, 10)),
    )


def mentor_agreements() -> st.SearchStrategy[MentorAgreement]:
    """The mentor's written agreements: consent, term, content, extra pay,
    notice in working days.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    Arguments("mentor_agreements").check()
    return _agreement()


@st.composite
def _report(draw: st.DrawFn) -> QualitativeReport:
    texts = draw(st.lists(st.sampled_from(_REPORT_TEXT), min_size=1, max_size=3))
    return QualitativeReport(
        on=draw(_DATES),
        term=draw(st.sampled_from(_TERMS)),
        training_needs=texts[0],
        offer_adaptation=texts[1] if len(texts) > 1 else "",
        school_impact=texts[2] if len(texts) > 2 else "",
        author_id=draw(st.just("") | indexed("person")),
    )


def qualitative_reports() -> st.SearchStrategy[QualitativeReport]:
    """Qualitative reports of a semester: training needs, how the offer was
    adapted, impact in schools (at least one of them written).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    Arguments("qualitative_reports").check()
    return _report()


_CONTACT_TIMES = st.builds(
    ContactTime,
    term=st.sampled_from(_TERMS),
    hours=st.floats(0, 500, allow_nan=False),
    weeks=st.floats(0, 52, allow_nan=False),
    observations=st.integers(0, 50),
)


def contact_times() -> st.SearchStrategy[ContactTime]:
    """Contact time over a span: hours, weeks, lesson observations.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    Arguments("contact_times").check()
    return _CONTACT_TIMES


_PAIR_CONTACTS = st.builds(
    PairContact,
    pair_id=indexed("pair"),
    total=_CONTACT_TIMES,
    terms=st.lists(_CONTACT_TIMES, max_size=4).map(tuple),
    recorded=st.booleans(),
)


def pair_contacts() -> st.SearchStrategy[PairContact]:
    """A pair's contact time, in all and per term.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    Arguments("pair_contacts").check()
    return _PAIR_CONTACTS


def program_contacts() -> st.SearchStrategy[ProgramContact]:
    """A programme's contact time: its pairs' (distinct pair ids), in all and
    per term.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    Arguments("program_contacts").check()
    return st.builds(
        ProgramContact,
        pairs=st.lists(_PAIR_CONTACTS, max_size=3, unique_by=lambda p: p.pair_id).map(
            tuple
        ),
        total=_CONTACT_TIMES,
        terms=st.lists(_CONTACT_TIMES, max_size=4).map(tuple),
    )
