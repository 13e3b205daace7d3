"""Contact time: how much a mentor and a mentee were together, and how.

Induction standards measure the "dose" of mentoring: hours of contact a week
on average (one US district asks at least an hour), lesson observations per
term. An :class:`~mentoring.model.Activity` records its kind of contact
(:class:`~mentoring.model.ContactKind`) and its ``minutes``; the functions
here add up the activities *done* by a day:

* :func:`pair_contact`: one pair's hours, hours per week and observations,
  over the school weeks it was active and term by term;
* :func:`program_contact`: the same for every pair of a programme, with the
  programme's totals.

A week is as many school days as the year's week has (five when Saturday
and Sunday are off): holidays and public holidays do not count, nor days
the pair was paused. An activity without ``minutes`` adds no time; a
lesson observation is an activity done with the contact kind
``LESSON_OBSERVATION``.

>>> import datetime as dt
>>> from mentoring import samples
>>> program = samples.load("ru")
>>> contact = pair_contact(program, "ru-p1", on=dt.date(2022, 5, 27))
>>> contact.recorded, contact.per_week >= 1
(True, True)

.. versionadded:: 0.1.0
"""

import bisect
import datetime as dt
from collections.abc import Iterable

import attrs

from mentoring._checks import validated
from mentoring._enums import ActivityStatus, ContactKind, PairStatus
from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear
from mentoring.model import Activity, MentoringPlan, Pair, Program

__all__ = [
    "ContactTime",
    "PairContact",
    "ProgramContact",
    "pair_contact",
    "program_contact",
]


@attrs.frozen(kw_only=True)
class ContactTime:
    """Contact over a span: the hours of the activities done, the school
    weeks counted, the hours per week and the lesson observations. ``term``
    is the term's name (``""`` for the whole year).

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    term: str
    hours: float
    weeks: float
    observations: int

    @property
    def per_week(self) -> float:
        """Hours per school week (0 when no week is counted)."""
        return self.hours / self.weeks if self.weeks else 0.0


@attrs.frozen(kw_only=True)
class PairContact:
    """A pair's contact by a day: over the year (``total``) and by term
    (``terms``, in the year's order). ``recorded`` says whether the pair's
    plans record contact time at all (an activity with ``minutes``): a pair
    whose plans do not cannot be said to meet too little.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    pair_id: str
    total: ContactTime
    terms: tuple[ContactTime, ...]
    recorded: bool

    @property
    def hours(self) -> float:
        """Hours of contact done."""
        return self.total.hours

    @property
    def per_week(self) -> float:
        """Hours of contact per school week the pair was active."""
        return self.total.per_week

    @property
    def observations(self) -> int:
        """Lesson observations done."""
        return self.total.observations


@attrs.frozen(kw_only=True)
class ProgramContact:
    """The contact of every pair that was active by the day asked about (by
    pair id), and the programme's totals: ``total.per_week`` is the hours
    of all pairs over all their weeks (a pair's average, weighted by its
    weeks); ``terms`` the same term by term.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    pairs: tuple[PairContact, ...]
    total: ContactTime
    terms: tuple[ContactTime, ...]


def _active_days(pair: Pair, year: AcademicYear, on: dt.date) -> list[dt.date]:
    """The school days of *year* by *on* on which *pair* was active."""
    started = pair.started_on
    if started is None or started > on:
        return []
    days = year.school_days(started, min(on, year.end))
    # what ``pair.status_on(d)`` says of each day, a spell at a time: the
    # pair is active from a transition to ACTIVE until the next transition
    # (the days and the history are both in order)
    history = pair.history
    active: list[dt.date] = []
    for i, t in enumerate(history):
        if t.status is not PairStatus.ACTIVE:
            continue
        lo = bisect.bisect_left(days, t.on)
        hi = (
            bisect.bisect_left(days, history[i + 1].on)
            if i + 1 < len(history)
            else len(days)
        )
        active.extend(days[lo:hi])
    return active


def _done(plans: Iterable[MentoringPlan], on: dt.date) -> list[Activity]:
    return [
        a
        for p in plans
        for a in p.activities
        if a.status is ActivityStatus.DONE and a.done_on is not None and a.done_on <= on
    ]


def _contact_totals(
    plans: Iterable[MentoringPlan], on: dt.date
) -> tuple[int, int, bool, bool]:
    """In one pass over the activities of *plans*: the minutes and the
    lesson observations of those done by *on* (whole numbers), and whether
    the plans record contact time and the kind of contact at all (for the
    induction indicators).
    """
    minutes = observations = 0
    timed = kinds = False
    for plan in plans:
        for a in plan.activities:
            spent, contact = a.minutes, a.contact
            if spent is not None:
                timed = True
            if contact is not None:
                kinds = True
            if (
                a.status is _DONE
                and (done_on := a.done_on) is not None
                and done_on <= on
            ):
                if spent:
                    minutes += spent
                if contact is _OBSERVATION:
                    observations += 1
    return minutes, observations, timed, kinds


# read once (a class's member is a lookup in 3.11)
_DONE, _OBSERVATION = ActivityStatus.DONE, ContactKind.LESSON_OBSERVATION


def _records_minutes(plans: Iterable[MentoringPlan]) -> bool:
    """Whether *plans* record contact time (an activity with ``minutes``)."""
    return any(a.minutes is not None for p in plans for a in p.activities)


def _time(
    term: str, done: list[Activity], days: list[dt.date], week: int
) -> ContactTime:
    return ContactTime(
        term=term,
        hours=sum(a.minutes or 0 for a in done) / 60,
        weeks=len(days) / week if week else 0.0,
        observations=sum(a.contact is ContactKind.LESSON_OBSERVATION for a in done),
    )


def _pair_contact(
    pair: Pair, plans: tuple[MentoringPlan, ...], year: AcademicYear, on: dt.date
) -> PairContact:
    week = 7 - len(year.weekend)
    days = _active_days(pair, year, on)
    done = _done(plans, on)
    # the days are in order, so each term's days are one slice of them
    terms = tuple(
        _time(
            t.name,
            [a for a in done if a.done_on in t],
            days[bisect.bisect_left(days, t.start) : bisect.bisect_right(days, t.end)],
            week,
        )
        for t in year.terms
    )
    return PairContact(
        pair_id=pair.id,
        total=_time("", done, days, week),
        terms=terms,
        recorded=_records_minutes(plans),
    )


@validated
def pair_contact(program: Program, pair_id: str, *, on: dt.date) -> PairContact:
    """The contact of pair *pair_id* by *on* (the activities of its plans
    done by then, over the school weeks it was active by then). An unknown
    pair raises :class:`~mentoring.errors.NotFoundError`.

    .. versionadded:: 0.1.0
    """
    pair = program.pair(pair_id)
    plans = tuple(p for p in program.plans if p.pair_id == pair_id)
    return _pair_contact(pair, plans, program.year, on)


@validated
def program_contact(program: Program, *, on: dt.date) -> ProgramContact:
    """The contact of every pair of *program* activated by *on*, by pair id,
    and the programme's totals.

    .. versionadded:: 0.1.0
    """
    by_pair: dict[str, list[MentoringPlan]] = {}
    for plan in program.plans:
        by_pair.setdefault(plan.pair_id, []).append(plan)
    pairs = tuple(
        _pair_contact(p, tuple(by_pair.get(p.id, ())), program.year, on)
        for p in sorted(program.pairs, key=lambda p: p.id)
        if p.started_on is not None and p.started_on <= on
    )

    def add(term: str, parts: list[ContactTime]) -> ContactTime:
        return ContactTime(
            term=term,
            hours=sum(c.hours for c in parts),
            weeks=sum(c.weeks for c in parts),
            observations=sum(c.observations for c in parts),
        )

    terms = tuple(
        add(t.name, [c for p in pairs for c in p.terms if c.term == t.name])
        for t in program.year.terms
    )
    return ProgramContact(
        pairs=pairs, total=add("", [p.total for p in pairs]), terms=terms
    )
