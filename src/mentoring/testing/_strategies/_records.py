"""Strategies of a programme's records: events, achievements, indicator
measurements and questionnaire answers.
"""

from collections.abc import Collection, Sequence

from hypothesis import strategies as st

from mentoring.calendar import AcademicYear
from mentoring.model import (
    Achievement,
    AchievementKind,
    Event,
    EventKind,
    Measurement,
    ReviewKind,
    Scope,
    SurveyResponse,
)
from mentoring.model._records import SATISFACTION_SCALE
from mentoring.testing import _names
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._draw import (
    FREE_TEXT,
    UNIT,
    Window,
    day,
    indexed,
    maybe,
    optional,
    pick,
    places,
    subset,
    upto,
    window,
)

_EVENT_TITLES = (
    "Научно-практическая конференция по наставничеству",
    "Семинар наставников",
    "Sesiune de follow-up",
    "Mentoring webinar",
)
#: Indicator codes of the seed's catalogue and its expected outcomes.
_INDICATORS = (
    "1.2",
    "2.1",
    "2.2",
    "2.3",
    "2.4",
    "2.5",
    "2.6",
    "3.1",
    "3.2",
    "3.3",
    "3.4",
    "4.1",
    "4.2",
    "4.3",
    "4.4",
    "satisfaction",
    "retention_intent",
    "academic_performance",
    "conflicts",
    "publications",
)
#: Indicators measured as a share in [0, 1], and as a mean on the 1..5 scale;
#: every other one counts people or items (a whole number).
_SHARES = frozenset({"retention_intent", "academic_performance"})
_MEANS = frozenset({"satisfaction"})
_COUNTS = st.none() | st.integers(0, 10)


def event(
    draw: st.DrawFn,
    event_id: str,
    organizers: Sequence[str],
    participant_ids: tuple[str, ...],
    days: Window,
) -> Event:
    """An event on a day of *days*, organised by one of *organizers*, with
    some of *participant_ids*.
    """
    return Event(
        id=event_id,
        kind=pick(draw, tuple(EventKind)),
        title=pick(draw, _EVENT_TITLES),
        on=day(draw, *days),
        organizer=pick(draw, organizers),
        participant_ids=draw(subset(participant_ids, 5)),
        scope=pick(draw, tuple(Scope)),
    )


@st.composite
def _events(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    participant_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> Event:
    organizers = places(_names.ORGANIZATIONS, None)
    return event(draw, draw(ids), organizers, participant_ids, window(draw, within))


def events(
    *,
    ids: st.SearchStrategy[str] | None = None,
    participant_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Event]:
    """Events on mentoring, dated inside *within*, with participants from
    *participant_ids*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("events")
    id_strategy = args.strategy_of("ids", ids, str)
    year = args.year(within)
    pool = args.ids("participant_ids", participant_ids, "person")
    args.check()
    return _events(
        id_strategy if id_strategy is not None else indexed("event"), pool, year
    )


def achievement(
    draw: st.DrawFn, achievement_id: str, person_ids: Sequence[str], days: Window
) -> Achievement:
    """An achievement of one of *person_ids* on a day of *days*."""
    return Achievement(
        id=achievement_id,
        person_id=pick(draw, person_ids),
        kind=pick(draw, tuple(AchievementKind)),
        on=day(draw, *days),
        title=draw(FREE_TEXT),
        scope=pick(draw, tuple(Scope)),
    )


@st.composite
def _achievements(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    person_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> Achievement:
    return achievement(draw, draw(ids), person_ids, window(draw, within))


def achievements(
    *,
    ids: st.SearchStrategy[str] | None = None,
    person_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Achievement]:
    """Achievements of a person from *person_ids*, dated inside *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("achievements")
    id_strategy = args.strategy_of("ids", ids, str)
    year = args.year(within)
    pool = args.ids("person_ids", person_ids, "person")
    args.check()
    return _achievements(
        id_strategy if id_strategy is not None else indexed("achievement"), pool, year
    )


def measurement(
    draw: st.DrawFn, days: Window, organizations: Sequence[str]
) -> Measurement:
    """A value of an indicator, as the catalogue reads it, on a day of
    *days*, reported by one of *organizations*.
    """
    indicator = pick(draw, _INDICATORS)
    if indicator in _SHARES:
        value = draw(UNIT)
    elif indicator in _MEANS:
        value = 1.0 + 4.0 * draw(UNIT)
    else:
        value = float(draw(upto(500)))
    return Measurement(
        indicator=indicator,
        value=value,
        on=day(draw, *days),
        review=pick(draw, tuple(ReviewKind)),
        organization=pick(draw, organizations),
    )


@st.composite
def _measurements(draw: st.DrawFn, within: AcademicYear | None) -> Measurement:
    organizations = ("", *places(_names.ORGANIZATIONS, None))
    return measurement(draw, window(draw, within), organizations)


def measurements(
    *, within: AcademicYear | None = None
) -> st.SearchStrategy[Measurement]:
    """Indicator values as the catalogue reads them (the seed's codes and
    expected outcomes): whole counts, shares in [0, 1], satisfaction means on
    the 1..5 scale, measured inside *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("measurements")
    year = args.year(within)
    args.check()
    return _measurements(year)


def survey(
    draw: st.DrawFn, survey_id: str, person_ids: Sequence[str], days: Window
) -> SurveyResponse:
    """The answers of one of *person_ids* on a day of *days*, any of them
    possibly missing.
    """
    low, high = SATISFACTION_SCALE
    return SurveyResponse(
        id=survey_id,
        person_id=pick(draw, person_ids),
        on=day(draw, *days),
        review=pick(draw, tuple(ReviewKind)),
        satisfaction=low + draw(upto(high - low)) if maybe(draw) else None,
        intends_to_stay=draw(optional((False, True))),
        conflicts_with_staff=draw(_COUNTS),
        conflicts_with_parents=draw(_COUNTS),
        comment=draw(FREE_TEXT),
    )


@st.composite
def _surveys(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    person_ids: tuple[str, ...],
    within: AcademicYear | None,
) -> SurveyResponse:
    return survey(draw, draw(ids), person_ids, window(draw, within))


def surveys(
    *,
    ids: st.SearchStrategy[str] | None = None,
    person_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[SurveyResponse]:
    """Questionnaire answers of a person from *person_ids*, dated inside
    *within*: satisfaction on the 1..5 scale, non-negative counts, and any
    answer possibly missing.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("surveys")
    id_strategy = args.strategy_of("ids", ids, str)
    year = args.year(within)
    pool = args.ids("person_ids", person_ids, "person")
    args.check()
    return _surveys(
        id_strategy if id_strategy is not None else indexed("survey"), pool, year
    )
