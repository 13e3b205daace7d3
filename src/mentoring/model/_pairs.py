"""Mentoring pairs with their lifecycle, and mentoring groups.

A :class:`Pair` keeps the dated history of its states; its status is the last
one. Transitions are methods that return a new pair::

    proposed -> active <-> paused -> completed | dissolved

A proposed pair may be dissolved too (declined before it started). Completed
and dissolved are final. A transition the table does not allow raises
:class:`~mentoring.errors.TransitionError` naming both states.
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
from mentoring._problems import empty, not_one_of, problem, shown
from mentoring.errors import Problem, TransitionError, ValidationError

__all__ = ["TRANSITIONS", "Group", "Pair", "Transition"]

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

    status: PairStatus
    on: dt.date
    reason: str = ""
    by: str = ""

    def __attrs_post_init__(self) -> None:
        check(self)


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

    id: str
    mentor_id: str
    mentee_id: str
    history: tuple[Transition, ...]
    function: MentorFunction = MentorFunction.CONSULTANT
    approach: Approach = Approach.TRADITIONAL
    delivery: DeliveryMode = DeliveryMode.OFFLINE
    form: MentoringForm = MentoringForm.TEACHER_TEACHER

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
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
        current = None
        for t in self.history:
            if t.on > day:
                break
            current = t.status
        return current

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


@attrs.frozen(kw_only=True)
class Group:
    """One mentor and several mentees: a Kazakh focus group, a peer-support
    group (Grupul de sprijin intercolegial), a network community.

    .. versionadded:: 0.1.0
    """

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
