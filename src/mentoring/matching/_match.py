"""Matching mentors with mentees: :func:`match`, :func:`suggest`,
:func:`eligible_mentors`, and the :class:`Matching` they give.

Three layers: the hard constraints decide who may be paired
(:mod:`mentoring.matching._rules`), the compatibility model scores the pairs
(:mod:`mentoring.matching._compatibility`), and an assignment method chooses
(:mod:`mentoring.matching._assign`). Every input is sorted by id first, so the
result is the same for any order of the inputs.
"""

import datetime as dt
import enum
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

import attrs

from mentoring._checks import check, non_empty
from mentoring._enums import (
    Approach,
    DeliveryMode,
    MentorFunction,
    MentoringForm,
)
from mentoring._problems import describe
from mentoring.errors import MatchingError, Problem, ValidationError
from mentoring.matching._assign import Instance, solve
from mentoring.matching._compatibility import Scorer, explain, plan_of
from mentoring.matching._model import CompatibilityModel, ConstraintKind, PairRef
from mentoring.matching._rules import Allow, Rules, pending
from mentoring.model._pairs import Pair
from mentoring.model._people import Mentee, Mentor
from mentoring.model._program import Program
from mentoring.score import Score

__all__ = [
    "Assignment",
    "Matching",
    "MentorLoad",
    "Suggestion",
    "Unmatched",
    "UnmatchedReason",
    "eligible_mentors",
    "match",
    "match_program",
    "suggest",
]

Method = Literal["stable", "optimal", "greedy"]
Proposing = Literal["mentees", "mentors"]
Priority = Mapping[str, int] | Literal["requested_on"]

_METHODS = ("stable", "optimal", "greedy")
_PROPOSING = ("mentees", "mentors")
_K = ConstraintKind


class UnmatchedReason(enum.StrEnum):
    """Why a mentee got no mentor in a matching.

    .. versionadded:: 0.1.0
    """

    NO_ELIGIBLE_MENTOR = "no_eligible_mentor"  #: no mentor passes the constraints
    ALL_FULL = "all_full"  #: eligible mentors exist, none has a place left
    NOT_CHOSEN = "not_chosen"  #: the places went to other mentees
    #: a pending or open pair of the function exists (proposed, active or paused)
    ALREADY_PAIRED = "already_paired"


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

    .. versionadded:: 0.1.0
    """

    mentee_id: str
    code: UnmatchedReason
    reason: str

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
                yield Problem(f"$.{name}", f"must be >= 0, got {value}")

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
    """The result of :func:`match`: who mentors whom, who is left and why, and
    how full the mentors are. Nothing here is active: :meth:`to_pairs` gives
    *proposed* pairs for a person to review and activate.

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
        if self.method not in _METHODS:
            yield Problem("$.method", f"must be one of {_METHODS}, got {self.method!r}")
        if self.proposing not in _PROPOSING:
            yield Problem(
                "$.proposing", f"must be one of {_PROPOSING}, got {self.proposing!r}"
            )
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
                yield Problem(
                    path, f"mentee {mentee_id!r} is also at {seen[mentee_id]}"
                )
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
        :meth:`~mentoring.model._program.Program.add_pairs` and activate one
        by one once a person has reviewed them.

        A pair's id is *id_prefix*, the mentee id, ``:`` and the mentor id
        (``pair-e-1:m1``), with ``~`` and ``:`` inside the ids written ``~~``
        and ``~:`` so that no two pairs of people share an id. When that id
        is taken, by ``existing_pair_ids`` (filled by :func:`match` from
        *existing* and by :func:`match_program` from the programme) or by
        *existing_ids*, ``:2``, ``:3``, ... is added: a mentor matched again
        with a mentee after their pair was dissolved gets ``pair-e-1:m1:2``.

        A pair's reason says how it was made (``"stable matching, 83%
        match"``, ``"locked by an administrator"`` or the rule that locked it).

        Raises:
            ~mentoring.errors.ValidationError: an argument of the wrong type,
                every problem with its path (``$.on``, ``$.existing_ids[2]``).

        >>> import datetime as dt
        >>> from mentoring import Mentee, Mentor, Person
        >>> result = match([Mentor(person=Person(id="m1", name="M"))],
        ...                [Mentee(person=Person(id="e-1", name="E"))])
        >>> [p.id for p in result.to_pairs(on=dt.date(2021, 9, 1),
        ...                                  existing_ids=["pair-e-1:m1"])]
        ['pair-e-1:m1:2']
        """
        problems: list[Problem] = []
        ids = _collect("existing_ids", existing_ids, problems)
        problems.extend(_each("existing_ids", ids, str))
        problems.extend(_date_problems("$.on", on))
        problems.extend(_of_type("$.id_prefix", id_prefix, str))
        if function is not None:
            problems.extend(_of_type("$.function", function, MentorFunction))
        problems.extend(_of_type("$.approach", approach, Approach))
        problems.extend(_of_type("$.delivery", delivery, DeliveryMode))
        problems.extend(_of_type("$.form", form, MentoringForm))
        problems.extend(_of_type("$.by", by, str))
        _raise_on(problems, "to_pairs")
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
            yield Problem("$.rank", f"must be >= 1, got {self.rank}")


# -- input checks -------------------------------------------------------------------


def _collect(label: str, value: object, problems: list[Problem]) -> tuple[object, ...]:
    """*value* as a tuple, or ``()`` with a problem when it is not a collection."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        problems.append(
            Problem(f"$.{label}", f"expected a collection, got {describe(value)}")
        )
        return ()
    return tuple(value)


def _of_type(path: str, value: object, kind: type) -> Iterator[Problem]:
    if not isinstance(value, kind):
        yield Problem(path, f"expected a {kind.__name__}, got {describe(value)}")


def _each(label: str, items: Sequence[object], kind: type) -> Iterator[Problem]:
    for i, item in enumerate(items):
        yield from _of_type(f"$.{label}[{i}]", item, kind)


def _date_problems(path: str, value: object) -> Iterator[Problem]:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        yield Problem(path, f"expected a date, got {describe(value)}")


def _option_problems(  # noqa: PLR0913
    *,
    model: object,
    function: object,
    on: object,
    allow: object = None,
    rematch_dissolved: object = False,
    function_optional: bool = False,
) -> Iterator[Problem]:
    """The options shared by the entry points (a None model is the default;
    an entry point without *allow* or *rematch_dissolved* leaves them out).
    """
    if model is not None:
        yield from _of_type("$.model", model, CompatibilityModel)
    if not (function_optional and function is None):
        yield from _of_type("$.function", function, MentorFunction)
    if allow is not None and not callable(allow):
        yield Problem(
            "$.allow",
            f"expected a callable allow(mentor, mentee) -> bool, got {describe(allow)}",
        )
    if on is not None:
        yield from _date_problems("$.on", on)
    yield from _of_type("$.rematch_dissolved", rematch_dissolved, bool)


def _people_problems(
    label: str, items: Sequence[object], kind: type[Mentor] | type[Mentee]
) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        if not isinstance(item, kind):
            yield Problem(
                f"$.{label}[{i}]", f"expected a {kind.__name__}, got {describe(item)}"
            )
            continue
        if item.id in first:
            yield Problem(
                f"$.{label}[{i}]",
                f"duplicate id {item.id!r} (first at $.{label}[{first[item.id]}])",
            )
        else:
            first[item.id] = i


def _priority_problems(
    priority: object, mentees: Sequence[object]
) -> Iterator[Problem]:
    if priority is None or priority == "requested_on":
        return
    if not isinstance(priority, Mapping):
        yield Problem(
            "$.priority",
            f"expected a mapping of mentee ids to ints or 'requested_on',"
            f" got {describe(priority)}",
        )
        return
    known = {m.id for m in mentees if isinstance(m, Mentee)}
    for key in sorted(priority, key=str):
        value = priority[key]
        if key not in known:
            yield Problem(f"$.priority[{key!r}]", f"no mentee {key!r} to match")
        if isinstance(value, bool) or not isinstance(value, int):
            yield Problem(
                f"$.priority[{key!r}]", f"expected an int, got {describe(value)}"
            )


def _raise_on(problems: Iterable[Problem], subject: str) -> None:
    found = list(problems)
    if found:
        raise ValidationError(found, subject=subject)


def _model_unless(
    problems: Iterable[Problem], subject: str, model: CompatibilityModel | None
) -> CompatibilityModel:
    """*model* (the default model when None), unless there are *problems*:
    then :class:`~mentoring.errors.ValidationError` about *subject*.
    """
    _raise_on(problems, subject)
    return CompatibilityModel.default() if model is None else model


# -- candidates ----------------------------------------------------------------------


#: The mentee's feature a pair constraint compares.
_KEYS = {
    _K.SAME_SUBJECT: "subjects",
    _K.SAME_GRADES: "grades",
    _K.SAME_ORGANIZATION: "organization",
    _K.SAME_DISTRICT: "district",
    _K.EXPERIENCE_GAP: "experience_years",
}


class _Pool:
    """The mentors with places left who may mentor in this run, and the fast
    per-mentee candidate lists over them.
    """

    def __init__(self, rules: Rules, mentors: Sequence[Mentor]) -> None:
        self.rules = rules
        self.mentors = tuple(mentors)
        self.index = {m.id: j for j, m in enumerate(self.mentors)}
        self.every = array("i", range(len(self.mentors)))
        self._sets: dict[tuple[object, ...], frozenset[int]] = {}

    def _fitting(self, kind: ConstraintKind, key: object, years: int) -> frozenset[int]:
        cache_key = (kind, key, years)
        found = self._sets.get(cache_key)
        if found is None:
            found = frozenset(self._compute(kind, key, years))
            self._sets[cache_key] = found
        return found

    def _compute(self, kind: ConstraintKind, key: object, years: int) -> Iterator[int]:
        for j, m in enumerate(self.mentors):
            p = m.person
            if kind is _K.SAME_SUBJECT:
                ok = bool(p.subjects & key)  # type: ignore[operator]
            elif kind is _K.SAME_GRADES:
                ok = bool(p.grades & key)  # type: ignore[operator]
            elif kind is _K.SAME_ORGANIZATION:
                ok = bool(key) and p.organization == key
            elif kind is _K.SAME_DISTRICT:
                ok = bool(key) and p.district == key
            else:
                ok = p.experience_years >= key + years  # type: ignore[operator]
            if ok:
                yield j

    def candidates(self, mentee: Mentee) -> "array[int]":
        """The pool positions the mentee may be paired with, ascending."""
        rules = self.rules
        index = self.index
        e = mentee.person
        excluded: set[int] = set()
        for mentor_id in (
            mentee.id,
            *rules.paired.get(mentee.id, ()),
            *rules.dissolved.get(mentee.id, ()),
            *mentee.avoided_mentor_ids,
            *rules.forbidden.get(mentee.id, ()),
        ):
            j = index.get(mentor_id)
            if j is not None:
                excluded.add(j)
        required: frozenset[int] | None = None
        for c in rules.pair_rules:
            fitting = self._fitting(c.kind, getattr(e, _KEYS[c.kind]), c.years)
            required = fitting if required is None else required & fitting
        if required is None and not excluded and rules.allow is None:
            return self.every
        if required is None:
            chosen = [j for j in range(len(self.mentors)) if j not in excluded]
        else:
            chosen = sorted(required - excluded)
        if rules.allow is not None:
            allow, mentors = rules.allow, self.mentors
            chosen = [j for j in chosen if allow(mentors[j], mentee)]
        return array("i", chosen)


# -- match ------------------------------------------------------------------------


#: A pair fixed before matching: where it was asked for, the pair, and the
#: rule that fixed it in words ("" for an administrator).
_Lock = tuple[str, PairRef, str]


def _locked_refs(
    model: CompatibilityModel, locked: Sequence[PairRef], ruled: Sequence[_Lock]
) -> list[_Lock]:
    refs: dict[PairRef, tuple[str, str]] = {}
    for i, ref in enumerate(model.locked):
        refs.setdefault(ref, (f"$.model.locked[{i}]", ""))
    for i, ref in enumerate(locked):
        refs.setdefault(ref, (f"$.locked[{i}]", ""))
    for path, ref, rule in ruled:
        refs.setdefault(ref, (path, rule))
    return sorted(
        ((path, ref, rule) for ref, (path, rule) in refs.items()),
        key=lambda item: (item[1].mentee_id, item[1].mentor_id),
    )


def _check_locked(  # noqa: C901
    refs: list[_Lock],
    mentors: Mapping[str, Mentor],
    mentees: Mapping[str, Mentee],
    rules: Rules,
    places: dict[str, int],
) -> Iterator[Problem]:
    taken: dict[str, str] = {}
    by_mentor: dict[str, list[str]] = {}
    for path, ref, rule in refs:
        what = "the curator pair" if rule else "the locked pair"
        mentor = mentors.get(ref.mentor_id)
        mentee = mentees.get(ref.mentee_id)
        if mentor is None:
            yield Problem(f"{path}.mentor_id", f"no mentor {ref.mentor_id!r} to match")
        if mentee is None:
            yield Problem(f"{path}.mentee_id", f"no mentee {ref.mentee_id!r} to match")
        if mentor is None or mentee is None:
            continue
        if ref.mentee_id in taken:
            yield Problem(
                f"{path}.mentee_id",
                f"mentee {ref.mentee_id!r} is already locked at {taken[ref.mentee_id]}",
            )
            continue
        taken[ref.mentee_id] = path
        open_pair = rules.same_function.get(ref.mentee_id)
        if open_pair is not None:
            yield Problem(
                path,
                f"mentee {ref.mentee_id!r} already has the pending or open"
                f" {rules.function.value!r} pair {open_pair!r}",
            )
        for fault in rules.pair_faults(mentor, mentee):
            yield Problem(path, f"{what} breaks a hard constraint: {fault}")
        by_mentor.setdefault(ref.mentor_id, []).append(path)
    for mentor_id, paths in sorted(by_mentor.items()):
        left = places[mentor_id]
        if len(paths) > left:
            mentor = mentors[mentor_id]
            for path in paths:
                yield Problem(
                    path,
                    f"mentor {mentor_id!r} has {max(left, 0)} place(s) left"
                    f" (capacity {mentor.capacity}, {rules.held.get(mentor_id, 0)}"
                    f" pending or open pairs) but {len(paths)} locked pairs",
                )


def _priorities(
    priority: Priority | None, mentees: Sequence[Mentee]
) -> tuple[int, ...] | None:
    if priority is None:
        return None
    if priority == "requested_on":
        days = [m.requested_on.toordinal() for m in mentees if m.requested_on]
        latest = max(days, default=0)
        return tuple(
            latest - m.requested_on.toordinal() + 1 if m.requested_on else 0
            for m in mentees
        )
    if not isinstance(priority, Mapping):  # pragma: no cover - checked before
        return None
    values = tuple(int(priority.get(m.id, 0)) for m in mentees)
    return values if any(values) else None


_NOT_CHOSEN = {
    "stable": "the {what} filled their places with mentees they rank higher",
    "optimal": (
        "giving the places of the {what} to other mentees matches more mentees"
        " or gives a higher total score"
    ),
    "greedy": "the {what} were filled first by pairs with higher scores",
}


def _not_chosen(method: str, pool: Sequence[Mentor], cand: "array[int]") -> str:
    n = len(cand)
    if n <= 3:
        ids = ", ".join(pool[j].id for j in cand)
        what = f"eligible mentor{'s' if n != 1 else ''} ({ids})"
    else:
        what = f"{n} eligible mentors"
    return "not chosen: " + _NOT_CHOSEN[method].format(what=what)


def match(  # noqa: PLR0913
    mentors: Iterable[Mentor],
    mentees: Iterable[Mentee],
    *,
    model: CompatibilityModel | None = None,
    method: Method = "stable",
    function: MentorFunction = MentorFunction.CONSULTANT,
    existing: Iterable[Pair] = (),
    locked: Iterable[PairRef] = (),
    priority: Priority | None = None,
    proposing: Proposing = "mentees",
    allow: Allow | None = None,
    on: dt.date | None = None,
    rematch_dissolved: bool = False,
) -> Matching:
    """Match *mentees* with *mentors* for one mentor *function*.

    Args:
        mentors: the mentors to choose from; ``capacity`` is how many pairs
            each may hold at once.
        mentees: the mentees to give a mentor.
        model: the compatibility model (default:
            :meth:`CompatibilityModel.default
            <mentoring.matching.CompatibilityModel.default>`).
        method: ``"stable"`` (deferred acceptance: no mentor and mentee would
            both rather have each other), ``"optimal"`` (the most mentees
            matched, then the highest total score) or ``"greedy"`` (the best
            remaining pair first).
        function: the mentor function matched for; mentors must fill it.
            Run once per function to give a mentee two mentors.
        existing: pairs that already exist. Pending or open pairs (proposed,
            active or paused) hold their mentor's places; a mentee is never
            paired again with a mentor they have such a pair with, and a
            mentee with such a pair of *function* is left out
            (``already_paired``). A dissolved pair is a signal: its mentor is
            not proposed to its mentee again, for any function, unless
            *rematch_dissolved*. Completed pairs do not count.
        locked: pairs an administrator fixed, added to the model's
            ``CompatibilityModel.locked``: assigned
            first, whatever their score, taking places.
        priority: who goes first when places are short: a mapping of mentee
            id to an int (higher first, default 0), or ``"requested_on"`` to
            favour those waiting longest
            (``Mentee.requested_on``). Mentors
            rank mentees by priority before score.
        proposing: for ``"stable"``, the side that proposes (and gets its
            best stable matching).
        allow: a custom hard rule, ``allow(mentor, mentee) -> bool``. Being
            code it cannot be stored in the model; pass it on every call.
        on: count certifications obtained by this day only.
        rematch_dissolved: let a mentor be proposed again to a mentee whose
            pair with them was dissolved.

    Returns:
        A :class:`Matching`; nothing in it is active.

    Raises:
        ValidationError: bad input (duplicate ids, wrong types, an unknown
            method, a priority for nobody), every problem with its path.
        MatchingError: a locked pair that cannot be made, and why.

    >>> from mentoring import Mentee, Mentor, Person
    >>> m = Mentor(person=Person(id="m1", name="Ann", subjects=frozenset({"maths"})))
    >>> e = Mentee(person=Person(id="e1", name="Bob", subjects=frozenset({"maths"})))
    >>> result = match([m], [e])
    >>> [(a.mentor_id, a.mentee_id) for a in result.assignments]
    [('m1', 'e1')]

    .. versionadded:: 0.1.0
    """
    return _match(
        mentors,
        mentees,
        model=model,
        method=method,
        function=function,
        existing=existing,
        locked=locked,
        priority=priority,
        proposing=proposing,
        allow=allow,
        on=on,
        rematch_dissolved=rematch_dissolved,
        ruled=(),
    )


def _match(  # noqa: C901, PLR0912, PLR0913, PLR0915
    mentors: object,
    mentees: object,
    *,
    model: CompatibilityModel | None,
    method: Method,
    function: MentorFunction,
    existing: object,
    locked: object,
    priority: Priority | None,
    proposing: Proposing,
    allow: Allow | None,
    on: dt.date | None,
    rematch_dissolved: bool,
    ruled: Sequence[_Lock],
) -> Matching:
    problems: list[Problem] = []
    mentor_items = _collect("mentors", mentors, problems)
    mentee_items = _collect("mentees", mentees, problems)
    existing_items = _collect("existing", existing, problems)
    locked_items = _collect("locked", locked, problems)
    problems.extend(_people_problems("mentors", mentor_items, Mentor))
    problems.extend(_people_problems("mentees", mentee_items, Mentee))
    if method not in _METHODS:
        problems.append(
            Problem("$.method", f"must be one of {_METHODS}, got {method!r}")
        )
    if proposing not in _PROPOSING:
        problems.append(
            Problem("$.proposing", f"must be one of {_PROPOSING}, got {proposing!r}")
        )
    problems.extend(
        _option_problems(
            model=model,
            function=function,
            allow=allow,
            on=on,
            rematch_dissolved=rematch_dissolved,
        )
    )
    problems.extend(_each("existing", existing_items, Pair))
    problems.extend(_each("locked", locked_items, PairRef))
    problems.extend(_priority_problems(priority, mentee_items))
    model = _model_unless(problems, "matching input", model)
    existing_pairs = [p for p in existing_items if isinstance(p, Pair)]
    mentor_list = sorted(
        (m for m in mentor_items if isinstance(m, Mentor)), key=lambda m: m.id
    )
    mentee_list = sorted(
        (m for m in mentee_items if isinstance(m, Mentee)), key=lambda m: m.id
    )
    by_mentor = {m.id: m for m in mentor_list}
    by_mentee = {m.id: m for m in mentee_list}
    rules = Rules(
        model,
        function=function,
        on=on,
        allow=allow,
        existing=existing_pairs,
        rematch_dissolved=rematch_dissolved,
    )
    places = {m.id: m.capacity - rules.held.get(m.id, 0) for m in mentor_list}
    refs = _locked_refs(
        model, [r for r in locked_items if isinstance(r, PairRef)], ruled
    )
    found = list(_check_locked(refs, by_mentor, by_mentee, rules, places))
    if found:
        raise MatchingError(found)

    plan = plan_of(model)
    assignments: list[Assignment] = []
    assigned: Counter[str] = Counter()
    for _, ref, rule in refs:
        mentor, mentee = by_mentor[ref.mentor_id], by_mentee[ref.mentee_id]
        assignments.append(
            Assignment(
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                score=explain(plan, mentor, mentee),
                locked=True,
                rule=rule,
            )
        )
        places[mentor.id] -= 1
        assigned[mentor.id] += 1
    locked_mentees = {ref.mentee_id for _, ref, _ in refs}

    unmatched: list[Unmatched] = []
    waiting: list[Mentee] = []
    for mentee in mentee_list:
        if mentee.id in locked_mentees:
            continue
        open_pair = rules.same_function.get(mentee.id)
        if open_pair is not None:
            unmatched.append(
                Unmatched(
                    mentee_id=mentee.id,
                    code=UnmatchedReason.ALREADY_PAIRED,
                    reason=(
                        f"already has the pending or open {function.value!r}"
                        f" pair {open_pair!r}"
                    ),
                )
            )
        else:
            waiting.append(mentee)

    pool = _Pool(
        rules,
        [m for m in mentor_list if places[m.id] > 0 and not rules.mentor_faults(m)],
    )
    scorer = Scorer(plan, pool.mentors)
    candidates: list[array[int]] = []
    scores: list[array[float]] = []
    every = pool.every
    for mentee in waiting:
        cand = pool.candidates(mentee)
        candidates.append(cand)
        if not cand:
            scores.append(array("d"))
            continue
        scores.append(scorer.scores(mentee, None if cand is every else cand))
    instance = Instance(
        mentee_ids=tuple(m.id for m in waiting),
        mentor_ids=tuple(m.id for m in pool.mentors),
        capacities=tuple(places[m.id] for m in pool.mentors),
        candidates=tuple(candidates),
        scores=tuple(scores),
        priority=_priorities(priority, waiting),
    )
    chosen = solve(instance, method=method, proposing=proposing)

    for u, mentee in enumerate(waiting):
        j = chosen[u]
        if j >= 0:
            mentor = pool.mentors[j]
            assignments.append(
                Assignment(
                    mentor_id=mentor.id,
                    mentee_id=mentee.id,
                    score=explain(plan, mentor, mentee),
                )
            )
            assigned[mentor.id] += 1
            continue
        cand = candidates[u]
        if len(cand):
            code = UnmatchedReason.NOT_CHOSEN
            reason = _not_chosen(method, pool.mentors, cand)
        else:
            full, reason = rules.why_nobody(mentee, mentor_list, places)
            code = (
                UnmatchedReason.ALL_FULL if full else UnmatchedReason.NO_ELIGIBLE_MENTOR
            )
        unmatched.append(Unmatched(mentee_id=mentee.id, code=code, reason=reason))

    return Matching(
        method=method,
        function=function,
        model=model,
        proposing=proposing,
        assignments=tuple(sorted(assignments, key=lambda a: a.mentee_id)),
        unmatched=tuple(sorted(unmatched, key=lambda u: u.mentee_id)),
        utilization=tuple(
            MentorLoad(
                mentor_id=m.id,
                capacity=m.capacity,
                held=rules.held.get(m.id, 0),
                assigned=assigned[m.id],
            )
            for m in mentor_list
        ),
        existing_pair_ids=tuple(sorted({p.id for p in existing_pairs})),
    )


def _curator_locks(
    program: Program,
    model: CompatibilityModel,
    function: MentorFunction,
    locked: Sequence[object],
) -> list[_Lock]:
    """The curator pairs the model's ``curator_for`` asks for; raises
    :class:`~mentoring.errors.MatchingError` when the programme's curator
    cannot take them.
    """
    if function is not MentorFunction.CONSULTANT or not model.curator_for:
        return []
    fixed = {r.mentee_id for r in (*model.locked, *locked) if isinstance(r, PairRef)}
    fixed |= {
        p.mentee_id
        for p in pending(program.pairs)
        if p.function is MentorFunction.CONSULTANT
    }
    due = [
        (i, e)
        for i, e in enumerate(program.mentees)
        if e.category in model.curator_for and e.id not in fixed
    ]
    if not due:
        return []
    categories = " or ".join(sorted(c.value for c in model.curator_for))
    names = ", ".join(repr(e.id) for _, e in due)
    curator = program.curator
    if curator is None:
        raise MatchingError(
            [
                Problem(
                    "$.program.curator",
                    f"the model gives {categories} mentees ({names}) the"
                    " programme's curator, but the programme has none",
                )
            ]
        )
    if curator.id not in {m.id for m in program.mentors}:
        raise MatchingError(
            [
                Problem(
                    "$.program.curator",
                    f"the model gives {categories} mentees ({names}) the"
                    f" programme's curator, but the curator {curator.id!r} is not"
                    " enrolled as a mentor",
                )
            ]
        )
    rule = f"the programme's curator, for {categories} mentees"
    return [
        (
            f"$.program.mentees[{i}]",
            PairRef(mentor_id=curator.id, mentee_id=e.id),
            rule,
        )
        for i, e in due
        if e.id != curator.id
    ]


def match_program(  # noqa: PLR0913
    program: Program,
    *,
    model: CompatibilityModel | None = None,
    method: Method = "stable",
    function: MentorFunction = MentorFunction.CONSULTANT,
    locked: Iterable[PairRef] = (),
    priority: Priority | None = None,
    allow: Allow | None = None,
    on: dt.date | None = None,
    rematch_dissolved: bool = False,
) -> Matching:
    """:func:`match` over a programme's mentors and mentees, every pair of
    the programme as the existing ones (so :meth:`Matching.to_pairs` never
    reuses their ids).

    When the model's ``curator_for`` names mentee categories (the Russian
    preset: newly arrived teachers) and *function* is the consultant
    function, each such mentee without a pending or open consultant pair, and
    not locked otherwise, gets the programme's curator as a locked pair
    (``Assignment.rule`` says so). The curator must be enrolled as a mentor
    with the consultant function and places enough; a curator pair that
    cannot be made raises :class:`~mentoring.errors.MatchingError` naming
    the mentee (``$.program.mentees[3]``) and why. Then match again for
    ``MentorFunction.PARALLEL_COLLEAGUE`` to give them a teacher of their
    parallel.

    Raises:
        ValidationError: bad input, every problem with its path.
        MatchingError: a locked or curator pair that cannot be made, and why.

    .. versionadded:: 0.1.0
    """
    problems = list(_of_type("$.program", program, Program))
    locked_items = _collect("locked", locked, problems)
    problems.extend(_each("locked", locked_items, PairRef))
    problems.extend(
        _option_problems(
            model=model,
            function=function,
            allow=allow,
            on=on,
            rematch_dissolved=rematch_dissolved,
        )
    )
    model = _model_unless(problems, "matching input", model)
    return _match(
        program.mentors,
        program.mentees,
        model=model,
        method=method,
        function=function,
        existing=program.pairs,
        locked=locked_items,
        priority=priority,
        proposing="mentees",
        allow=allow,
        on=on,
        rematch_dissolved=rematch_dissolved,
        ruled=_curator_locks(program, model, function, locked_items),
    )


# -- suggestions and eligibility -----------------------------------------------------


def suggest(  # noqa: PLR0913
    mentee: Mentee,
    mentors: Iterable[Mentor],
    *,
    model: CompatibilityModel | None = None,
    limit: int = 5,
    function: MentorFunction = MentorFunction.CONSULTANT,
    existing: Iterable[Pair] = (),
    allow: Allow | None = None,
    on: dt.date | None = None,
    rematch_dissolved: bool = False,
) -> tuple[Suggestion, ...]:
    """The eligible mentors with a place left, best first, each with the
    explained score, so a mentee can choose; ties go to the smaller id.

    The arguments mean what they mean for :func:`match`.

    Raises:
        ValidationError: bad input, every problem with its path.

    >>> from mentoring import Mentee, Mentor, Person
    >>> ms = [Mentor(person=Person(id=i, name=i, subjects=frozenset({s})))
    ...       for i, s in (("m1", "art"), ("m2", "maths"))]
    >>> e = Mentee(person=Person(id="e1", name="E", subjects=frozenset({"maths"})))
    >>> [(s.rank, s.mentor_id) for s in suggest(e, ms)]
    [(1, 'm2'), (2, 'm1')]

    .. versionadded:: 0.1.0
    """
    problems = list(_of_type("$.mentee", mentee, Mentee))
    mentor_items = _collect("mentors", mentors, problems)
    existing_items = _collect("existing", existing, problems)
    problems.extend(_people_problems("mentors", mentor_items, Mentor))
    problems.extend(_each("existing", existing_items, Pair))
    problems.extend(
        _option_problems(
            model=model,
            function=function,
            allow=allow,
            on=on,
            rematch_dissolved=rematch_dissolved,
        )
    )
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        problems.append(Problem("$.limit", f"must be an int >= 0, got {limit!r}"))
    model = _model_unless(problems, "suggestion input", model)
    existing_pairs = [p for p in existing_items if isinstance(p, Pair)]
    rules = Rules(
        model,
        function=function,
        on=on,
        allow=allow,
        existing=existing_pairs,
        rematch_dissolved=rematch_dissolved,
    )
    pool = _Pool(
        rules,
        sorted(
            (
                m
                for m in mentor_items
                if isinstance(m, Mentor)
                and m.capacity - rules.held.get(m.id, 0) > 0
                and not rules.mentor_faults(m)
            ),
            key=lambda m: m.id,
        ),
    )
    cand = pool.candidates(mentee)
    if not len(cand) or not limit:
        return ()
    plan = plan_of(model)
    row = Scorer(plan, pool.mentors).row(mentee)
    best = sorted(cand, key=lambda j: (-row[j], pool.mentors[j].id))[:limit]
    return tuple(
        Suggestion(
            mentor_id=pool.mentors[j].id,
            score=explain(plan, pool.mentors[j], mentee),
            rank=rank,
        )
        for rank, j in enumerate(best, start=1)
    )


def eligible_mentors(
    mentors: Iterable[Mentor],
    *,
    model: CompatibilityModel | None = None,
    function: MentorFunction | None = None,
    on: dt.date | None = None,
) -> tuple[Mentor, ...]:
    """The mentors the model lets mentor at all, sorted by id: those holding
    the required certification and level (places and pairs apart).

    With *function*, mentors must also fill it and the constraints of that
    function apply; without, only the constraints for every function.

    Raises:
        ValidationError: bad input, every problem with its path.

    >>> from mentoring import Certification, CertificationKind, Mentor, Person
    >>> import datetime as dt
    >>> def teacher(i, level):
    ...     cert = Certification(kind=level, obtained_on=dt.date(2014, 6, 1))
    ...     return Mentor(person=Person(id=i, name=i, certifications=(cert,)))
    >>> staff = [teacher("t1", CertificationKind.NIS_LEVEL_1),
    ...          teacher("t2", CertificationKind.NIS_LEVEL_3)]
    >>> kz = CompatibilityModel.kazakh_levels()
    >>> [m.id for m in eligible_mentors(staff, model=kz)]
    ['t1']

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    items = _collect("mentors", mentors, problems)
    problems.extend(_people_problems("mentors", items, Mentor))
    problems.extend(
        _option_problems(model=model, function=function, on=on, function_optional=True)
    )
    model = _model_unless(problems, "mentors", model)
    staff = [m for m in items if isinstance(m, Mentor)]
    if function is None:
        general = attrs.evolve(
            model, constraints=tuple(c for c in model.constraints if not c.functions)
        )
        rules = Rules(
            general, function=MentorFunction.CONSULTANT, on=on, allow=None, existing=()
        )
        keep = [m for m in staff if not rules.qualification_faults(m)]
    else:
        rules = Rules(model, function=function, on=on, allow=None, existing=())
        keep = [m for m in staff if not rules.mentor_faults(m)]
    return tuple(sorted(keep, key=lambda m: m.id))
