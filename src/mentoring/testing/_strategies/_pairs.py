"""Strategies of pairs and groups: lifecycle steps, whole histories, pairs
and mentoring groups.
"""

import datetime as dt
from collections.abc import Collection, Sequence

from hypothesis import strategies as st

from mentoring._problems import problem
from mentoring.calendar import AcademicYear
from mentoring.model import (
    Approach,
    DeliveryMode,
    Group,
    MentorAgreement,
    MentorFunction,
    MentoringForm,
    Pair,
    PairStatus,
    Transition,
)
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._draw import (
    FREE_TEXT,
    Window,
    day,
    indexed,
    maybe,
    pick,
    upto,
    window,
)

#: The longest gap, in days, between two steps of a pair's history.
_MAX_GAP = 120
_DECIDERS = ("", "curator", "administration")
_TOPICS = ("", "Lesson Study", "критериальное оценивание", "grup de sprijin")


def _path_to(draw: st.DrawFn, final: PairStatus) -> list[PairStatus]:
    """A path through the pair lifecycle that ends in *final*."""
    s = PairStatus
    if final is s.PROPOSED:
        return [s.PROPOSED]
    if final is s.DISSOLVED and maybe(draw):
        return [s.PROPOSED, s.DISSOLVED]  # declined before it started
    path = [s.PROPOSED] if maybe(draw) else []
    path.append(s.ACTIVE)
    path += [s.PAUSED, s.ACTIVE] * draw(upto(2))
    if final is s.PAUSED:
        path.append(s.PAUSED)
    elif final.is_terminal:
        if maybe(draw):
            path.append(s.PAUSED)
        path.append(final)
    return path


def _history(
    draw: st.DrawFn, final: PairStatus, days: Window
) -> tuple[Transition, ...]:
    start, end = days
    on = day(draw, start, end)
    steps: list[Transition] = []
    for status in _path_to(draw, final):
        if steps:
            on = min(end, on + dt.timedelta(days=draw(upto(_MAX_GAP))))
        steps.append(
            Transition(
                status=status,
                on=on,
                reason=draw(FREE_TEXT) if status is not PairStatus.ACTIVE else "",
                by=pick(draw, _DECIDERS),
            )
        )
    return tuple(steps)


@st.composite
def _transition(draw: st.DrawFn, within: AcademicYear | None) -> Transition:
    return Transition(
        status=pick(draw, tuple(PairStatus)),
        on=day(draw, *window(draw, within)),
        reason=draw(FREE_TEXT),
        by=pick(draw, _DECIDERS),
    )


def transitions(*, within: AcademicYear | None = None) -> st.SearchStrategy[Transition]:
    """Single steps of a pair's history, dated inside *within* if given.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("transitions")
    year = args.year(within)
    args.check()
    return _transition(year)


@st.composite
def _histories(
    draw: st.DrawFn, statuses: tuple[PairStatus, ...], within: AcademicYear | None
) -> tuple[Transition, ...]:
    return _history(draw, pick(draw, statuses), window(draw, within))


def _in_order(allowed: tuple[PairStatus, ...] | None) -> tuple[PairStatus, ...]:
    """The statuses of *allowed* (all by default) in the lifecycle's order."""
    return tuple(s for s in PairStatus if allowed is None or s in allowed)


def pair_histories(
    *,
    statuses: Collection[PairStatus] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[tuple[Transition, ...]]:
    """Whole pair histories: paths through the lifecycle
    (``proposed -> active <-> paused -> completed | dissolved``) that end in
    one of *statuses*, dated in order inside *within*.

    Shrinks toward a pair proposed on the first day of the year.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("pair_histories")
    year = args.year(within)
    allowed = args.members("statuses", statuses, PairStatus)
    args.check()
    return _histories(_in_order(allowed), year)


def pair(  # noqa: PLR0913
    draw: st.DrawFn,
    *,
    pair_id: str,
    mentor_id: str,
    mentee_id: str,
    functions: Sequence[MentorFunction],
    final: PairStatus,
    days: Window,
) -> Pair:
    """A pair of the two people with a history inside *days* ending in
    *final*, its function one of *functions*.
    """
    history = _history(draw, final, days)
    return Pair(
        id=pair_id,
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        history=history,
        function=pick(draw, functions),
        approach=pick(draw, tuple(Approach)),
        delivery=pick(draw, tuple(DeliveryMode)),
        form=pick(draw, tuple(MentoringForm)),
        agreement=_agreement(draw, history),
    )


#: Russian law asks the mentor's agreement of pairs activated since then.
_AGREEMENT_LAW = dt.date(2025, 3, 1)


def _agreement(
    draw: st.DrawFn, history: tuple[Transition, ...]
) -> MentorAgreement | None:
    """The mentor's agreement, signed on the day the pair started: always
    for a pair started since 1 March 2025 (so a Russian programme is
    valid), sometimes before; none for a pair never active.
    """
    started = next((t.on for t in history if t.status is PairStatus.ACTIVE), None)
    if started is None or (started < _AGREEMENT_LAW and not draw(st.booleans())):
        return None
    paid = draw(st.booleans())
    return MentorAgreement(
        consent_on=started,
        start=started,
        extra_pay=paid,
        extra_pay_amount=draw(st.none() | st.integers(0, 20_000).map(float))
        if paid
        else None,
        notice_days=draw(st.integers(0, 10)),
    )


@st.composite
def _pairs(  # noqa: PLR0913
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str],
    mentor_pool: tuple[str, ...],
    mentee_pool: tuple[str, ...],
    statuses: tuple[PairStatus, ...],
    within: AcademicYear | None,
) -> Pair:
    mentor_id = pick(draw, mentor_pool)
    mentee_id = pick(draw, tuple(e for e in mentee_pool if e != mentor_id))
    return pair(
        draw,
        pair_id=draw(ids),
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        functions=tuple(MentorFunction),
        final=pick(draw, statuses),
        days=window(draw, within),
    )


def two_people(
    args: Arguments,
    mentor_pool: tuple[str, ...],
    mentee_pool: tuple[str, ...],
    what: str = "pair of two different people",
) -> tuple[str, ...]:
    """The mentors of *mentor_pool* that some mentee of *mentee_pool* is not;
    a problem of *args* when there is none (*what* says what is left out).
    """
    usable = tuple(m for m in mentor_pool if any(e != m for e in mentee_pool))
    if args.ok and not usable:
        message = f"with mentor_ids, leaves no {what}"
        args.problems.append(problem("$.mentee_ids", "self", message))
    return usable


def pairs(
    *,
    ids: st.SearchStrategy[str] | None = None,
    mentor_ids: Collection[str] | None = None,
    mentee_ids: Collection[str] | None = None,
    statuses: Collection[PairStatus] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Pair]:
    """Pairs with a valid dated history (see :func:`pair_histories`) ending in
    one of *statuses* (any by default), inside *within* (some year by default).

    The mentor comes from *mentor_ids* and the mentee from *mentee_ids*
    (``"mentor-<n>"`` and ``"mentee-<n>"`` by default), never the same person.
    Shrinks toward a consultant pair proposed on the first day of the year.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("pairs")
    id_strategy = args.strategy_of("ids", ids, str)
    year = args.year(within)
    allowed = args.members("statuses", statuses, PairStatus)
    mentor_pool = args.ids("mentor_ids", mentor_ids, "mentor")
    mentee_pool = args.ids("mentee_ids", mentee_ids, "mentee")
    usable = two_people(args, mentor_pool, mentee_pool)
    args.check()
    return _pairs(
        ids=id_strategy if id_strategy is not None else indexed("pair"),
        mentor_pool=usable,
        mentee_pool=mentee_pool,
        statuses=_in_order(allowed),
        within=year,
    )


def group(
    draw: st.DrawFn,
    group_id: str,
    mentor_pool: Sequence[str],
    mentee_pool: Sequence[str],
    days: Window,
) -> Group:
    """A group led by one of *mentor_pool*, of one to six of *mentee_pool*
    (never its mentor), perhaps formed and ended inside *days*.
    """
    mentor_id = pick(draw, mentor_pool)
    members = tuple(e for e in mentee_pool if e != mentor_id)
    chosen = {pick(draw, members)}
    while len(chosen) < 6 and maybe(draw):
        chosen.add(pick(draw, members))
    formed_on = day(draw, *days) if maybe(draw) else None
    ended_on = None
    if formed_on is not None and maybe(draw):
        ended_on = day(draw, formed_on, days[1])
    return Group(
        id=group_id,
        mentor_id=mentor_id,
        mentee_ids=frozenset(chosen),
        topic=pick(draw, _TOPICS),
        approach=pick(draw, tuple(Approach)),
        delivery=pick(draw, tuple(DeliveryMode)),
        formed_on=formed_on,
        ended_on=ended_on,
    )


@st.composite
def _groups(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str],
    mentor_pool: tuple[str, ...],
    mentee_pool: tuple[str, ...],
    within: AcademicYear | None,
) -> Group:
    return group(draw, draw(ids), mentor_pool, mentee_pool, window(draw, within))


def groups(
    *,
    ids: st.SearchStrategy[str] | None = None,
    mentor_ids: Collection[str] | None = None,
    mentee_ids: Collection[str] | None = None,
    within: AcademicYear | None = None,
) -> st.SearchStrategy[Group]:
    """Mentoring groups: a mentor from *mentor_ids*, one to six mentees from
    *mentee_ids* (never the mentor), and optional dates inside *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("groups")
    id_strategy = args.strategy_of("ids", ids, str)
    year = args.year(within)
    mentor_pool = args.ids("mentor_ids", mentor_ids, "mentor")
    mentee_pool = args.ids("mentee_ids", mentee_ids, "mentee")
    usable = two_people(
        args, mentor_pool, mentee_pool, "group with a mentee besides its mentor"
    )
    args.check()
    return _groups(
        id_strategy if id_strategy is not None else indexed("group"),
        usable,
        mentee_pool,
        year,
    )
