"""What matching gives: the :class:`Matching` of :func:`~mentoring.matching.match`
(its :class:`Assignment` values, the :class:`Unmatched` mentees and why, each
mentor's :class:`MentorLoad`) and the :class:`Suggestion` of
:func:`~mentoring.matching.suggest`.
"""

import datetime as dt
import enum
import math
from collections.abc import Iterable, Iterator

import attrs

from mentoring._checks import check, expect, non_empty, raise_if, validated
from mentoring._enums import Approach, DeliveryMode, MentorFunction, MentoringForm
from mentoring._problems import duplicate, not_one_of, out_of_range
from mentoring.errors import Problem
from mentoring.matching._assignment import METHODS, PROPOSING
from mentoring.matching._model import CompatibilityModel
from mentoring.model._pairs import Pair
from mentoring.score import Score

__all__ = [
    "Assignment",
    "Exclusion",
    "Matching",
    "MentorLoad",
    "Suggestion",
    "Unmatched",
    "UnmatchedReason",
]


class UnmatchedReason(enum.StrEnum):
    """Why a mentee got no mentor in a matching.

    .. versionadded:: 0.1.0
    """

    NO_ELIGIBLE_MENTOR = "no_eligible_mentor"  #: no mentor passes the constraints
    ALL_FULL = "all_full"  #: eligible mentors exist, none has a place left
    NOT_CHOSEN = "not_chosen"  #: the places went to other mentees
    #: a pending or open pair of the function exists (proposed, active or paused)
    ALREADY_PAIRED = "already_paired"
    #: the pair locked for the mentee (by an administrator or the curator
    #: rule) cannot be made: the mentor is full or a hard rule refuses it
    LOCK_REFUSED = "lock_refused"
    #: every eligible mentor with a place scores below the model's ``min_score``
    BELOW_MIN_SCORE = "below_min_score"
    #: the function is not for the mentee's category (``mentee_category``)
    NOT_FOR_FUNCTION = "not_for_function"


@attrs.frozen(kw_only=True)
class Exclusion:
    """The mentors one rule left out for an unmatched mentee.

    ``rule`` is ``"self"``, ``"function"`` (does not fill the function), a
    :class:`~mentoring.matching.ConstraintKind` value (the model's hard
    constraints), ``"paired"`` (a pending or open pair of theirs exists),
    ``"dissolved"``, ``"avoided"``, ``"forbidden"``, ``"allow"`` (the custom
    rule), ``"full"`` (passes every rule, no place left) or ``"min_score"``
    (passes every rule, scores below the model's floor). A mentor is named
    under every rule it breaks, and only those.

    .. versionadded:: 0.1.0
    """

    rule: str
    mentor_ids: tuple[str, ...]

    def __attrs_post_init__(self) -> None:
        check(self)


@attrs.frozen(kw_only=True)
class Assignment:
    """A mentor given to a mentee, with the explained score of the pair;
    ``locked`` when the pair was fixed before matching, by an administrator
    or by a rule of the model, then ``rule`` says which rule in words (empty
    for an administrator's lock).

    .. versionadded:: 0.1.0
    """

    mentor_id: str
    mentee_id: str
    score: Score
    locked: bool = False
    rule: str = ""

    def __attrs_post_init__(self) -> None:
        check(self)


@attrs.frozen(kw_only=True)
class Unmatched:
    """A mentee left without a mentor, with the reason in words and as a code.

    When no mentor could be paired with the mentee at all, ``excluded`` says
    rule by rule which mentors each rule left out (the reason is written from
    it); otherwise it is empty.

    .. versionadded:: 0.1.0
    """

    mentee_id: str
    code: UnmatchedReason
    reason: str
    excluded: tuple[Exclusion, ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self)


@attrs.frozen(kw_only=True)
class MentorLoad:
    """A mentor's places: ``held`` by pairs that existed before the matching,
    ``assigned`` by it (locked pairs included).

    .. versionadded:: 0.1.0
    """

    mentor_id: str
    capacity: int
    held: int = 0
    assigned: int = 0

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        for name in ("capacity", "held", "assigned"):
            value = getattr(self, name)
            if value < 0:
                yield out_of_range(f"$.{name}", value, low=0)

    @property
    def used(self) -> int:
        """The places taken, before and by the matching."""
        return self.held + self.assigned

    @property
    def free(self) -> int:
        """The places still free (never below 0)."""
        return max(0, self.capacity - self.used)

    @property
    def rate(self) -> float:
        """The share of places taken (0.0 for a mentor without places)."""
        return min(1.0, self.used / self.capacity) if self.capacity else 0.0


@attrs.frozen(kw_only=True)
class Matching:
    """The result of :func:`~mentoring.matching.match`: who mentors whom,
    who is left and why, and how full the mentors are. Nothing here is
    active: :meth:`to_pairs` gives *proposed* pairs for a person to review
    and activate.

    ``assignments`` and ``unmatched`` are sorted by mentee id,
    ``utilization`` by mentor id; ``existing_pair_ids`` are the ids of the
    pairs that existed (of any status), which :meth:`to_pairs` does not
    reuse.

    .. versionadded:: 0.1.0
    """

    method: str
    function: MentorFunction
    model: CompatibilityModel
    assignments: tuple[Assignment, ...] = ()
    unmatched: tuple[Unmatched, ...] = ()
    utilization: tuple[MentorLoad, ...] = ()
    proposing: str = "mentees"
    existing_pair_ids: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if self.method not in METHODS:
            yield not_one_of("$.method", METHODS, self.method)
        if self.proposing not in PROPOSING:
            yield not_one_of("$.proposing", PROPOSING, self.proposing)
        seen: dict[str, str] = {}
        places = [
            (f"$.assignments[{i}].mentee_id", a.mentee_id)
            for i, a in enumerate(self.assignments)
        ] + [
            (f"$.unmatched[{i}].mentee_id", u.mentee_id)
            for i, u in enumerate(self.unmatched)
        ]
        for path, mentee_id in places:
            if mentee_id in seen:
                yield duplicate(path, mentee_id, what="mentee")
            else:
                seen[mentee_id] = path

    @property
    def total_score(self) -> float:
        """The sum of the assignments' scores."""
        return math.fsum(a.score.value for a in self.assignments)

    @property
    def overall_utilization(self) -> float:
        """The share of all mentors' places taken (0.0 without places)."""
        capacity = sum(load.capacity for load in self.utilization)
        used = sum(min(load.used, load.capacity) for load in self.utilization)
        return used / capacity if capacity else 0.0

    def mentor_of(self, mentee_id: str) -> str | None:
        """The mentor assigned to *mentee_id*, if any."""
        for a in self.assignments:
            if a.mentee_id == mentee_id:
                return a.mentor_id
        return None

    def mentees_of(self, mentor_id: str) -> tuple[str, ...]:
        """The mentees assigned to *mentor_id*, sorted."""
        return tuple(a.mentee_id for a in self.assignments if a.mentor_id == mentor_id)

    @validated
    def to_pairs(  # noqa: PLR0913
        self,
        *,
        on: dt.date,
        id_prefix: str = "pair-",
        existing_ids: Iterable[str] = (),
        function: MentorFunction | None = None,
        approach: Approach = Approach.TRADITIONAL,
        delivery: DeliveryMode = DeliveryMode.OFFLINE,
        form: MentoringForm = MentoringForm.TEACHER_TEACHER,
        by: str = "",
    ) -> tuple[Pair, ...]:
        """The assignments as *proposed* pairs, to add with
        :meth:`~mentoring.model.Program.add_pairs` and activate one
        by one once a person has reviewed them.

        A pair's id is *id_prefix*, the mentee id, ``:`` and the mentor id
        (``pair-e-1:m1``), with ``~`` and ``:`` inside the ids written ``~~``
        and ``~:`` so that no two pairs of people share an id. When that id
        is taken, by ``existing_pair_ids`` (filled by
        :func:`~mentoring.matching.match` from *existing* and by
        :func:`~mentoring.matching.match_program` from the programme) or by
        *existing_ids*, ``:2``, ``:3``, ... is added: a mentor matched again
        with a mentee after their pair was dissolved gets ``pair-e-1:m1:2``.

        A pair's reason says how it was made (``"stable matching, 83%
        match"``, ``"locked by an administrator"`` or the rule that locked it).

        Raises:
            ~mentoring.errors.ValidationError: an argument of the wrong type,
                every problem with its path (``$.on``, ``$.existing_ids[2]``).

        >>> import datetime as dt
        >>> from mentoring import Mentee, Mentor, Person
        >>> from mentoring.matching import match
        >>> result = match([Mentor(person=Person(id="m1", name="M"))],
        ...                [Mentee(person=Person(id="e-1", name="E"))])
        >>> [p.id for p in result.to_pairs(on=dt.date(2021, 9, 1),
        ...                                  existing_ids=["pair-e-1:m1"])]
        ['pair-e-1:m1:2']
        """
        ids = tuple(existing_ids)
        problems: list[Problem] = []
        for i, pair_id in enumerate(ids):
            expect(problems, f"$.existing_ids[{i}]", pair_id, str)
        raise_if(problems, "arguments of Matching.to_pairs")
        taken = {*self.existing_pair_ids, *ids}
        made = []
        for a in self.assignments:
            if a.locked:
                reason = a.rule or "locked by an administrator"
            else:
                reason = f"{self.method} matching, {a.score.percent}% match"
            base = f"{id_prefix}{_escape(a.mentee_id)}:{_escape(a.mentor_id)}"
            pair_id, n = base, 1
            while pair_id in taken:
                n += 1
                pair_id = f"{base}:{n}"
            taken.add(pair_id)
            made.append(
                Pair.propose(
                    id=pair_id,
                    mentor_id=a.mentor_id,
                    mentee_id=a.mentee_id,
                    on=on,
                    function=self.function if function is None else function,
                    approach=approach,
                    delivery=delivery,
                    form=form,
                    reason=reason,
                    by=by,
                )
            )
        return tuple(made)


def _escape(part: str) -> str:
    """*part* with ``~`` and ``:`` escaped, so that ``:`` can separate parts."""
    return part.replace("~", "~~").replace(":", "~:")


@attrs.frozen(kw_only=True)
class Suggestion:
    """A mentor suggested to a mentee: rank 1 is the best.

    .. versionadded:: 0.1.0
    """

    mentor_id: str
    score: Score
    rank: int

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.mentor_id", self.mentor_id)
        if self.rank < 1:
            yield out_of_range("$.rank", self.rank, low=1)
