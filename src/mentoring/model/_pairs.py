"""Mentoring pairs with their lifecycle, and mentoring groups.

A :class:`Pair` keeps the dated history of its states; its status is the last
one. Transitions are methods that return a new pair::

    proposed -> active <-> paused -> completed | dissolved

A proposed pair may be dissolved too (declined before it started). Completed
and dissolved are final. A transition the table does not allow raises
:class:`~mentoring.errors.TransitionError` naming both states.

A pair may hold the mentor's written agreement (:class:`MentorAgreement`),
which Russian law asks for since 1 March 2025; either side may end it with
notice (:meth:`Pair.end_with_notice`).
"""

import datetime as dt
from collections.abc import Iterator

import attrs

from mentoring._checks import check, non_empty, validated
from mentoring._enums import (
    Approach,
    DeliveryMode,
    MentorFunction,
    MentoringForm,
    PairStatus,
)
from mentoring._problems import empty, not_one_of, out_of_range, problem, shown
from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear
from mentoring.errors import Problem, TransitionError, ValidationError

__all__ = ["TRANSITIONS", "Group", "MentorAgreement", "Pair", "Transition"]

_P = PairStatus

#: The pair lifecycle, as the states each state may go to.
TRANSITIONS: dict[PairStatus, frozenset[PairStatus]] = {
    _P.PROPOSED: frozenset({_P.ACTIVE, _P.DISSOLVED}),
    _P.ACTIVE: frozenset({_P.PAUSED, _P.COMPLETED, _P.DISSOLVED}),
    _P.PAUSED: frozenset({_P.ACTIVE, _P.COMPLETED, _P.DISSOLVED}),
    _P.COMPLETED: frozenset(),
    _P.DISSOLVED: frozenset(),
}


#: The states a pair's history may start in.
_FIRST = (_P.PROPOSED, _P.ACTIVE)


@attrs.frozen(kw_only=True)
class Transition:
    """One dated step in a pair's history: the state entered, when, why and
    on whose decision (a person id, or a role such as ``"curator"``).

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    status: PairStatus
    on: dt.date
    reason: str = ""
    by: str = ""

    def __attrs_post_init__(self) -> None:
        check(self)


#: Working days of notice to end a mentoring agreement when it says none
#: (Labour Code of the Russian Federation, art. 351.8: three working days).
DEFAULT_NOTICE_DAYS = 3


@attrs.frozen(kw_only=True)
class MentorAgreement:
    """The mentor's agreement to mentor in this pair: the written consent
    (since 1 March 2025 the Labour Code of the Russian Federation, art.
    351.8, makes mentoring an agreement: the mentor's consent, its term, its
    content, the extra pay), its term (``start``, ``end``; no end: until the
    pair ends), what the mentoring covers, the extra pay (a flag, and an
    amount a month in the employer's currency when known), and the working
    days of notice either side gives to end it (3 by default).

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    consent_on: dt.date
    start: dt.date
    end: dt.date | None = None
    content: str = ""
    extra_pay: bool = False
    extra_pay_amount: float | None = None
    notice_days: int = DEFAULT_NOTICE_DAYS

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if self.start < self.consent_on:
            yield problem(
                "$.start",
                "order",
                f"must not be before the consent on {self.consent_on},"
                f" got {self.start}",
            )
        if self.end is not None and self.end < self.start:
            yield problem(
                "$.end",
                "order",
                f"must not be before start {self.start}, got {self.end}",
            )
        if self.extra_pay_amount is not None:
            if self.extra_pay_amount < 0:
                yield out_of_range("$.extra_pay_amount", self.extra_pay_amount, low=0)
            if not self.extra_pay:
                yield problem(
                    "$.extra_pay_amount",
                    "rule",
                    "an amount of extra pay needs extra_pay=True",
                )
        if self.notice_days < 0:
            yield out_of_range("$.notice_days", self.notice_days, low=0)


def _history_problems(history: tuple[Transition, ...]) -> Iterator[Problem]:
    if not history:
        yield empty("$.history")
        return
    first = history[0].status
    if first not in _FIRST:
        yield not_one_of("$.history[0].status", _FIRST, first.value)
    for i in range(1, len(history)):
        before, after = history[i - 1], history[i]
        if after.status not in TRANSITIONS[before.status]:
            yield problem(
                f"$.history[{i}].status",
                "rule",
                f"a pair cannot go from {shown(before.status.value)} to"
                f" {shown(after.status.value)}",
            )
        if after.on < before.on:
            yield problem(
                f"$.history[{i}].on",
                "order",
                f"{after.on} is before the previous transition on {before.on}",
            )


@attrs.frozen(kw_only=True)
class Pair:
    """A mentor and a mentee working together, with the mentor's function in
    the pair, the approach, the delivery mode and the dated history of states.

    >>> import datetime as dt
    >>> pair = Pair.propose(id="p1", mentor_id="m1", mentee_id="e1",
    ...                     on=dt.date(2021, 9, 1))
    >>> pair.activate(on=dt.date(2021, 9, 6)).status
    <PairStatus.ACTIVE: 'active'>

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    mentor_id: str
    mentee_id: str
    history: tuple[Transition, ...]
    function: MentorFunction = MentorFunction.CONSULTANT
    approach: Approach = Approach.TRADITIONAL
    delivery: DeliveryMode = DeliveryMode.OFFLINE
    form: MentoringForm = MentoringForm.TEACHER_TEACHER
    agreement: MentorAgreement | None = None

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        ids = (self.id, self.mentor_id, self.mentee_id)
        if not (all(map(str.strip, ids)) and "".join(ids).isprintable()):
            # the common case, checked at C speed, has none of these
            yield from non_empty("$.id", self.id)
            yield from non_empty("$.mentor_id", self.mentor_id)
            yield from non_empty("$.mentee_id", self.mentee_id)
        if self.mentor_id == self.mentee_id:
            yield problem("$.mentee_id", "self", "a person cannot mentor themself")
        yield from _history_problems(self.history)

    @classmethod
    def propose(  # noqa: PLR0913
        cls,
        *,
        id: str,  # noqa: A002
        mentor_id: str,
        mentee_id: str,
        on: dt.date,
        function: MentorFunction = MentorFunction.CONSULTANT,
        approach: Approach = Approach.TRADITIONAL,
        delivery: DeliveryMode = DeliveryMode.OFFLINE,
        form: MentoringForm = MentoringForm.TEACHER_TEACHER,
        reason: str = "",
        by: str = "",
    ) -> "Pair":
        """A new pair, proposed on *on* (nothing is active until activated)."""
        return cls(
            id=id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            history=(Transition(status=_P.PROPOSED, on=on, reason=reason, by=by),),
            function=function,
            approach=approach,
            delivery=delivery,
            form=form,
        )

    @property
    def status(self) -> PairStatus:
        """The current state, which is the last of the history."""
        return self.history[-1].status

    @property
    def is_open(self) -> bool:
        """Whether the pair takes one of its mentor's places (active or paused)."""
        return self.status.holds_capacity

    @property
    def proposed_on(self) -> dt.date:
        """The date of the first state."""
        return self.history[0].on

    @property
    def started_on(self) -> dt.date | None:
        """The first day the pair was active, if it ever was."""
        return next((t.on for t in self.history if t.status is _P.ACTIVE), None)

    @property
    def ended_on(self) -> dt.date | None:
        """The day the pair was completed or dissolved, if it was."""
        last = self.history[-1]
        return last.on if last.status.is_terminal else None

    @validated
    def status_on(self, day: dt.date) -> PairStatus | None:
        """The state the pair was in at the end of *day* (None before it was
        proposed).
        """
        return _status_on(self, day)

    @validated
    def transition(
        self, to: PairStatus, *, on: dt.date, reason: str = "", by: str = ""
    ) -> "Pair":
        """Move to *to* on *on*, or raise :class:`~mentoring.errors.TransitionError`.

        A date before the last transition raises
        :class:`~mentoring.errors.ValidationError`.
        """
        if to not in TRANSITIONS[self.status]:
            raise TransitionError(self.status, to)
        last = self.history[-1].on
        if on < last:
            message = f"{on} is before the last transition on {last}"
            raise ValidationError(
                [problem("$.on", "order", message)], subject="transition"
            )
        step = Transition(status=to, on=on, reason=reason, by=by)
        return attrs.evolve(self, history=(*self.history, step))

    @validated
    def activate(self, *, on: dt.date, by: str = "") -> "Pair":
        """Start (or resume) the pair."""
        return self.transition(_P.ACTIVE, on=on, by=by)

    @validated
    def pause(self, *, on: dt.date, reason: str = "", by: str = "") -> "Pair":
        """Pause an active pair (leave, illness); it keeps its mentor's place."""
        return self.transition(_P.PAUSED, on=on, reason=reason, by=by)

    @validated
    def resume(self, *, on: dt.date, by: str = "") -> "Pair":
        """Resume a paused pair."""
        return self.transition(_P.ACTIVE, on=on, by=by)

    @validated
    def complete(self, *, on: dt.date, reason: str = "", by: str = "") -> "Pair":
        """End the pair as done: it counts as completed."""
        return self.transition(_P.COMPLETED, on=on, reason=reason, by=by)

    @validated
    def dissolve(self, *, on: dt.date, reason: str = "", by: str = "") -> "Pair":
        """End the pair early (declined, mentor left, mismatch)."""
        return self.transition(_P.DISSOLVED, on=on, reason=reason, by=by)

    @validated
    def with_agreement(self, agreement: MentorAgreement) -> "Pair":
        """The pair with the mentor's *agreement*."""
        return attrs.evolve(self, agreement=agreement)

    @validated
    def notice_ends_on(self, given_on: dt.date, *, year: AcademicYear) -> dt.date:
        """The last day of a notice given on *given_on*: the agreement's
        ``notice_days`` (3 without an agreement) working days later, counted
        in *year*'s calendar (weekends and public holidays are not working
        days; school vacations are).

        >>> import datetime as dt
        >>> from mentoring.calendar import AcademicYear
        >>> pair = Pair.propose(id="p1", mentor_id="m1", mentee_id="e1",
        ...                     on=dt.date(2024, 9, 2))
        >>> year = AcademicYear.for_jurisdiction("ru", 2024)
        >>> pair.notice_ends_on(dt.date(2025, 3, 6), year=year)  # 8 March a holiday
        datetime.date(2025, 3, 11)
        """
        days = self.agreement.notice_days if self.agreement else DEFAULT_NOTICE_DAYS
        return year.working_days_after(given_on, days)

    @validated
    def end_with_notice(
        self,
        *,
        given_on: dt.date,
        year: AcademicYear,
        reason: str = "",
        by: str = "",
    ) -> "Pair":
        """End the pair on notice given on *given_on* by *by* (the mentor or
        the organization): dissolved on the notice's last day
        (:meth:`notice_ends_on`).
        """
        last = self.notice_ends_on(given_on, year=year)
        return self.dissolve(on=last, reason=reason, by=by)


@attrs.frozen(kw_only=True)
class Group:
    """One mentor and several mentees: a Kazakh focus group, a peer-support
    group (Grupul de sprijin intercolegial), a network community.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    mentor_id: str
    mentee_ids: frozenset[str]
    topic: str = ""
    approach: Approach = Approach.GROUP
    delivery: DeliveryMode = DeliveryMode.OFFLINE
    formed_on: dt.date | None = None
    ended_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.mentor_id", self.mentor_id)
        if not self.mentee_ids:
            yield empty("$.mentee_ids")
        if self.mentor_id in self.mentee_ids:
            yield problem("$.mentee_ids", "self", "the group's mentor is also a mentee")
        if (
            self.formed_on is not None
            and self.ended_on is not None
            and self.ended_on < self.formed_on
        ):
            yield problem(
                "$.ended_on",
                "order",
                f"must not be before formed_on {self.formed_on}, got {self.ended_on}",
            )


def _status_on(pair: Pair, day: dt.date) -> PairStatus | None:
    """:meth:`Pair.status_on` without the argument check (library use, on
    a day the library holds as a date).
    """
    current = None
    for t in pair.history:
        if t.on > day:
            break
        current = t.status
    return current
