"""The first step of matching, eligibility: who may mentor whom in one run.

The hard constraints (:class:`~mentoring.matching._rules.Rules`) decide who
may mentor at all and which pairs may be made; the pairs locked before
matching are checked against them and take their places; then each waiting
mentee gets its candidates, the mentors with a place left it may be paired
with. :func:`eligibility` gives all of it as one :class:`Eligibility`.
"""

import datetime as dt
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs

from mentoring._checks import validated
from mentoring._enums import MentorFunction
from mentoring._problems import problem, unknown_id
from mentoring.errors import MatchingError, Problem
from mentoring.matching._criteria import ConstraintKind, PairRef
from mentoring.matching._inputs import model_or_default, option_problems, people
from mentoring.matching._model import CompatibilityModel
from mentoring.matching._rules import Rules, pending
from mentoring.model._people import Mentee, Mentor
from mentoring.model._program import Program

__all__ = [
    "Eligibility",
    "Lock",
    "Pool",
    "curator_locks",
    "eligibility",
    "eligible_mentors",
    "locks_of",
    "pool_of",
]

_K = ConstraintKind


class Lock(NamedTuple):
    """A pair fixed before matching: where it was asked for, the pair, and
    the rule that fixed it in words (empty for an administrator).
    """

    path: str
    pair: PairRef
    rule: str = ""


@attrs.frozen(kw_only=True, eq=False)
class Eligibility:
    """Who may mentor whom in one run, the output of :func:`eligibility`.

    ``mentors`` are every mentor and ``places`` their places left after the
    pending or open pairs and the locked pairs; ``locked`` are the locked
    pairs, checked; ``refused`` the mentees whose locked pair cannot be made,
    with why (never in a strict run: it raises); ``outside`` the mentees the
    run's function is not for, with the categories it is for;
    ``already_paired`` the mentees left out with the id of their pending or
    open pair of the run's function; ``waiting`` the mentees to assign;
    ``pool`` the mentors who may mentor in this run and have a place left;
    ``candidates[i]`` the positions in ``pool`` of the mentors ``waiting[i]``
    may be paired with, ascending. All sorted by id.
    """

    rules: Rules
    mentors: tuple[Mentor, ...]
    places: Mapping[str, int]
    locked: tuple[tuple[Mentor, Mentee, str], ...]
    already_paired: tuple[tuple[Mentee, str], ...]
    waiting: tuple[Mentee, ...]
    pool: tuple[Mentor, ...]
    candidates: tuple["array[int]", ...]
    refused: tuple[tuple[Mentee, str], ...] = ()
    outside: tuple[tuple[Mentee, str], ...] = ()
    #: per waiting mentee, the mentors left out for scoring below the floor
    #: when every one was (else empty: only such a mentee is told why)
    below: tuple[tuple[str, ...], ...] = ()


def eligibility(  # noqa: PLR0913
    rules: Rules,
    mentors: Iterable[Mentor],
    mentees: Iterable[Mentee],
    locks: Sequence[Lock] = (),
    *,
    strict: bool = True,
    refused: Sequence[tuple[str, str]] = (),
) -> Eligibility:
    """Who may mentor whom among *mentors* and *mentees* under *rules*, the
    *locks* assigned first.

    A locked pair that cannot be made raises when *strict*; otherwise its
    mentee is ``refused`` with why, as are the mentees of *refused* (mentee
    id, why), and the others are matched. An unknown id or a mentee locked
    twice always raises.

    Raises:
        ~mentoring.errors.MatchingError: a locked pair that cannot be made,
            every problem at the path the lock was asked for.
    """
    mentor_list = tuple(sorted(mentors, key=lambda m: m.id))
    mentee_list = tuple(sorted(mentees, key=lambda e: e.id))
    by_mentor = {m.id: m for m in mentor_list}
    by_mentee = {e.id: e for e in mentee_list}
    places = {m.id: m.capacity - rules.held.get(m.id, 0) for m in mentor_list}
    found = list(
        _lock_problems(locks, by_mentor, by_mentee, rules, places, strict=strict)
    )
    refusals: dict[str, str] = dict(refused)
    if found and not strict:
        errors = [p for kind, p in found if kind == "input"]
        if errors:
            raise MatchingError(errors)
        refusals.update(_refusals(locks, [p for _, p in found], by_mentee))
        found = []
    if found:
        raise MatchingError([p for _, p in found])
    locked = []
    for lock in sorted(locks, key=lambda k: (k.pair.mentee_id, k.pair.mentor_id)):
        if lock.pair.mentee_id in refusals:
            continue
        mentor = by_mentor[lock.pair.mentor_id]
        locked.append((mentor, by_mentee[lock.pair.mentee_id], lock.rule))
        places[mentor.id] -= 1
    fixed = {lock.pair.mentee_id for lock in locks} | set(refusals)
    already_paired = []
    waiting = []
    outside = []
    for mentee in mentee_list:
        if mentee.id in fixed:
            continue
        categories = rules.outside(mentee)
        open_pair = rules.same_function.get(mentee.id)
        if categories is not None:
            outside.append((mentee, categories))
        elif open_pair is None:
            waiting.append(mentee)
        else:
            already_paired.append((mentee, open_pair))
    pool = pool_of(rules, mentor_list, places)
    return Eligibility(
        rules=rules,
        mentors=mentor_list,
        places=places,
        locked=tuple(locked),
        already_paired=tuple(already_paired),
        waiting=tuple(waiting),
        pool=pool.mentors,
        candidates=tuple(pool.candidates(mentee) for mentee in waiting),
        refused=tuple(
            (by_mentee[i], why) for i, why in sorted(refusals.items()) if i in by_mentee
        ),
        outside=tuple(outside),
    )


def _refusals(
    locks: Sequence[Lock], found: Sequence[Problem], mentees: Mapping[str, Mentee]
) -> dict[str, str]:
    """Mentee id -> why its locked pair cannot be made, from the problems
    *found* at the locks' paths.
    """
    at = {lock.path: lock.pair.mentee_id for lock in locks}
    why: dict[str, list[str]] = {}
    for p in found:
        mentee_id = at.get(p.path) or at.get(p.path.rsplit(".", 1)[0])
        if mentee_id is not None and mentee_id in mentees:
            why.setdefault(mentee_id, []).append(p.message)
    return {i: "; ".join(dict.fromkeys(msgs)) for i, msgs in why.items()}


def pool_of(
    rules: Rules, mentors: Iterable[Mentor], places: Mapping[str, int]
) -> "Pool":
    """The :class:`Pool` of *mentors* who may mentor under *rules* and have
    a place left, sorted by id.
    """
    return Pool(
        rules,
        sorted(
            (m for m in mentors if places[m.id] > 0 and not rules.mentor_faults(m)),
            key=lambda m: m.id,
        ),
    )


# -- locked pairs ----------------------------------------------------------------


def locks_of(
    model: CompatibilityModel, locked: Sequence[PairRef], ruled: Sequence[Lock] = ()
) -> list[Lock]:
    """The pairs locked by *model*, then by an administrator (*locked*),
    then by a rule (*ruled*), each pair once, sorted by mentee id.
    """
    refs: dict[PairRef, Lock] = {}
    for i, ref in enumerate(model.locked):
        refs.setdefault(ref, Lock(f"$.model.locked[{i}]", ref))
    for i, ref in enumerate(locked):
        refs.setdefault(ref, Lock(f"$.locked[{i}]", ref))
    for lock in ruled:
        refs.setdefault(lock.pair, lock)
    return sorted(refs.values(), key=lambda k: (k.pair.mentee_id, k.pair.mentor_id))


def _lock_problems(  # noqa: PLR0913
    locks: Sequence[Lock],
    mentors: Mapping[str, Mentor],
    mentees: Mapping[str, Mentee],
    rules: Rules,
    places: Mapping[str, int],
    *,
    strict: bool = True,
) -> Iterator[tuple[str, Problem]]:
    """The problems of *locks*, each as ``(kind, problem)``: ``"input"``
    (an unknown id, a mentee locked twice), ``"pair"`` (a hard rule refuses
    the pair) or ``"capacity"``. Strict: every lock of a mentor with too few
    places; otherwise only those beyond the places, the mentees waiting
    longest keeping theirs.
    """
    taken: dict[str, str] = {}
    by_mentor: dict[str, list[tuple[str, Mentee]]] = {}
    for path, ref, rule in locks:
        mentor = mentors.get(ref.mentor_id)
        mentee = mentees.get(ref.mentee_id)
        if mentor is None:
            yield "input", unknown_id(f"{path}.mentor_id", "mentor", ref.mentor_id)
        if mentee is None:
            yield "input", unknown_id(f"{path}.mentee_id", "mentee", ref.mentee_id)
        if mentor is None or mentee is None:
            continue
        if ref.mentee_id in taken:
            yield (
                "input",
                problem(
                    f"{path}.mentee_id",
                    "conflict",
                    f"mentee {ref.mentee_id!r} is already locked at"
                    f" {taken[ref.mentee_id]}",
                ),
            )
            continue
        taken[ref.mentee_id] = path
        faults = list(_pair_problems(path, mentor, mentee, rules, rule))
        yield from (("pair", p) for p in faults)
        if strict or not faults:
            by_mentor.setdefault(ref.mentor_id, []).append((path, mentee))
    for mentor_id, held in sorted(by_mentor.items()):
        left = places[mentor_id]
        if len(held) <= left:
            continue
        extra = held if strict else sorted(held, key=_waiting_longest)[max(left, 0) :]
        mentor = mentors[mentor_id]
        for path, _ in extra:
            yield "capacity", _place_problem(path, mentor, len(held), rules, places)


def _waiting_longest(lock: tuple[str, Mentee]) -> tuple[int, str]:
    """Who keeps a locked place first: the mentee waiting longest, then by id."""
    mentee = lock[1]
    day = mentee.requested_on.toordinal() if mentee.requested_on else 10**7
    return day, mentee.id


def _pair_problems(
    path: str, mentor: Mentor, mentee: Mentee, rules: Rules, rule: str
) -> Iterator[Problem]:
    """Why the locked pair at *path* cannot be made, places apart."""
    open_pair = rules.same_function.get(mentee.id)
    if open_pair is not None:
        yield problem(
            path,
            "conflict",
            f"mentee {mentee.id!r} already has the pending or open"
            f" {rules.function.value!r} pair {open_pair!r}",
        )
    what = "the curator pair" if rule else "the locked pair"
    for fault in rules.pair_faults(mentor, mentee):
        yield problem(path, "constraint", f"{what} breaks a hard constraint: {fault}")


def _place_problem(
    path: str, mentor: Mentor, wanted: int, rules: Rules, places: Mapping[str, int]
) -> Problem:
    """The capacity problem of the lock at *path*: *mentor* has fewer places
    left than the *wanted* locked pairs.
    """
    return problem(
        path,
        "capacity",
        f"mentor {mentor.id!r} has {max(places[mentor.id], 0)} place(s) left"
        f" (capacity {mentor.capacity}, {rules.held.get(mentor.id, 0)}"
        f" pending or open pairs) but {wanted} locked pairs",
    )


def curator_locks(
    program: Program,
    model: CompatibilityModel,
    function: MentorFunction,
    locked: Sequence[object],
    *,
    strict: bool = True,
) -> tuple[list[Lock], list[tuple[str, str]]]:
    """The curator pairs the model's ``curator_for`` asks for, and the
    mentees (id, why) whose curator pair cannot be made because the
    programme has no curator, or one not enrolled as a mentor: when *strict*
    that raises :class:`~mentoring.errors.MatchingError` instead.
    """
    if function is not MentorFunction.CONSULTANT or not model.curator_for:
        return [], []
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
        return [], []
    categories = " or ".join(sorted(c.value for c in model.curator_for))
    names = ", ".join(repr(e.id) for _, e in due)
    curator = program.curator
    given = f"the model gives {categories} mentees ({names}) the programme's curator"
    found: Problem | None = None
    if curator is None:
        found = problem(
            "$.program.curator", "missing", f"{given}, but the programme has none"
        )
    elif curator.id not in {m.id for m in program.mentors}:
        found = problem(
            "$.program.curator",
            "unknown_id",
            f"{given}, but the curator {curator.id!r} is not enrolled as a mentor",
        )
    if found is not None:
        if strict:
            raise MatchingError([found])
        return [], [(e.id, found.message) for _, e in due]
    assert curator is not None  # noqa: S101 - narrowed above
    rule = f"the programme's curator, for {categories} mentees"
    return [
        Lock(
            f"$.program.mentees[{i}]",
            PairRef(mentor_id=curator.id, mentee_id=e.id),
            rule,
        )
        for i, e in due
        if e.id != curator.id
    ], []


# -- candidates ----------------------------------------------------------------------


#: The mentee's feature a pair constraint compares.
_KEYS = {
    _K.SAME_SUBJECT: "subjects",
    _K.SAME_GRADES: "grades",
    _K.SAME_ORGANIZATION: "organization",
    _K.SAME_DISTRICT: "district",
    _K.EXPERIENCE_GAP: "experience_years",
}


class Pool:
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


# -- eligible mentors alone ------------------------------------------------------


@validated
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
        ~mentoring.errors.ValidationError: bad input, every problem with its
            path.

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
    staff = people(problems, "mentors", mentors, Mentor)
    option_problems(
        problems, model=model, function=function, on=on, function_optional=True
    )
    model = model_or_default(problems, "arguments of eligible_mentors", model)
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
    return tuple(keep)
