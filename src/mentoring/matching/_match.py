"""Matching mentors with mentees: :func:`match`, :func:`match_program` and
:func:`suggest`, each a composition of the three steps.

1. eligibility (:mod:`mentoring.matching._eligibility`): the hard
   constraints decide who may be paired, the locked pairs first;
2. compatibility (:mod:`mentoring.matching._compatibility`): the model
   scores the eligible pairs;
3. assignment (:mod:`mentoring.matching._assignment`): a method chooses.

Every input is sorted by id first, so the result is the same for any order
of the inputs.
"""

import datetime as dt
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress, repeat
from operator import ge, itemgetter

import attrs

from mentoring._checks import expect, raise_if, types_known
from mentoring._enums import MentorFunction
from mentoring._i18n import N_, tr, tr_n
from mentoring._problems import out_of_range
from mentoring.errors import Problem
from mentoring.matching._assignment import (
    Instance,
    Method,
    Proposing,
    Solver,
    solve,
)
from mentoring.matching._compatibility import (
    PartCache,
    compatibility,
    explain,
    score_rows,
)
from mentoring.matching._criteria import PairRef
from mentoring.matching._eligibility import (
    Eligibility,
    Lock,
    curator_locks,
    eligibility,
    locks_of,
    pool_of,
)
from mentoring.matching._inputs import (
    Priority,
    Run,
    items,
    model_or_default,
    option_problems,
    people,
    run_of,
)
from mentoring.matching._model import CompatibilityModel
from mentoring.matching._reasons import Reasons
from mentoring.matching._result import (
    Assignment,
    Matching,
    MentorLoad,
    Suggestion,
    Unmatched,
    UnmatchedReason,
)
from mentoring.matching._rules import Allow, Rules
from mentoring.matching._scorer import ScoreRows
from mentoring.matching._terms import plan_of
from mentoring.model._pairs import Pair
from mentoring.model._people import Mentee, Mentor
from mentoring.model._program import Program

__all__ = ["match", "match_program", "prepare", "suggest"]


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
    min_score: float | None = None,
    strict: bool = False,
    solver: Solver = "auto",
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
        min_score: the floor of a proposed pair, 0 to 1 (replaces the
            model's ``min_score``): a pair scoring less is never proposed,
            and a mentee whose every eligible mentor scores less is unmatched
            with the reason (``below_min_score``).
        strict: raise when a locked pair cannot be made. By default its
            mentee is unmatched with the reason (``lock_refused``) and the
            others are matched.
        solver: for ``"optimal"``, ``"auto"`` (scipy when installed, as with
            ``pip install 'mentoring[fast]'``, else pure Python), ``"scipy"``
            or ``"python"``; see :func:`assign`.

    Returns:
        A :class:`Matching`; nothing in it is active. A mentee without any
        mentor it may be paired with has the reason rule by rule
        (``Unmatched.excluded``): each mentor is named under the rules it
        breaks, and only those.

    Raises:
        ValidationError: bad input (duplicate ids, wrong types, an unknown
            method, a priority for nobody), every problem with its path.
        MatchingError: with *strict*, a locked pair that cannot be made, and
            why; always, a lock naming an unknown person or a mentee twice;
            ``solver="scipy"`` with ``"optimal"`` without scipy installed.

    >>> from mentoring import Mentee, Mentor, Person
    >>> m = Mentor(person=Person(id="m1", name="Ann", subjects=frozenset({"maths"})))
    >>> e = Mentee(person=Person(id="e1", name="Bob", subjects=frozenset({"maths"})))
    >>> result = match([m], [e])
    >>> [(a.mentor_id, a.mentee_id) for a in result.assignments]
    [('m1', 'e1')]

    .. versionadded:: 0.1.0
    """
    run = run_of(
        mentors,
        mentees,
        subject="arguments of match",
        model=floored(model, min_score, strict, "arguments of match"),
        method=method,
        function=function,
        existing=existing,
        locked=locked,
        priority=priority,
        proposing=proposing,
        allow=allow,
        on=on,
        rematch_dissolved=rematch_dissolved,
        solver=solver,
    )
    return _match(run, strict=strict)


def floored(
    model: CompatibilityModel | None, min_score: object, strict: object, subject: str
) -> CompatibilityModel | None:
    """*model* (the default when None) with *min_score* as its floor, when
    given; *strict* checked too.
    """
    problems: list[Problem] = []
    expect(problems, "$.strict", strict, bool)
    if min_score is None:
        raise_if(problems, subject)
        return model
    if (
        expect(problems, "$.min_score", min_score, float | int)
        and not 0 <= min_score <= 1  # type: ignore[operator]
    ):
        problems.append(out_of_range("$.min_score", min_score, low=0, high=1))
    if not isinstance(model, CompatibilityModel | None):
        return model  # reported with the other arguments
    raise_if(problems, subject)
    base = CompatibilityModel.default() if model is None else model
    return attrs.evolve(base, min_score=float(min_score))  # type: ignore[arg-type]


def _match(
    run: Run,
    ruled: Sequence[Lock] = (),
    *,
    strict: bool = True,
    refused: Sequence[tuple[str, str]] = (),
) -> Matching:
    """The three steps of matching, the pairs locked by a rule (*ruled*)
    added to the model's and the administrator's.
    """
    eligible, instance = prepare(
        run, locks_of(run.model, run.locked, ruled), strict=strict, refused=refused
    )
    chosen = solve(
        instance, method=run.method, proposing=run.proposing, solver=run.solver
    )
    return _matching(run, eligible, chosen)


def prepare(
    run: Run,
    locks: Sequence[Lock],
    *,
    strict: bool = True,
    refused: Sequence[tuple[str, str]] = (),
) -> tuple[Eligibility, Instance]:
    """The first two steps of *run*: who may mentor whom (*locks* assigned
    first), and the scores of those pairs as the assignment step's input;
    the pairs scoring below the model's ``min_score`` are left out.

    Raises:
        ~mentoring.errors.MatchingError: a locked pair that cannot be made
            (*strict*), a lock naming an unknown person or a mentee twice.
    """
    eligible = eligibility(
        run.rules, run.mentors, run.mentees, locks, strict=strict, refused=refused
    )
    scores = score_rows(run.model, eligible.pool, eligible.waiting, eligible.candidates)
    if run.model.min_score > 0:
        eligible, scores = _above_floor(eligible, scores, run.model.min_score)
    instance = Instance(
        mentee_ids=tuple(m.id for m in eligible.waiting),
        mentor_ids=tuple(m.id for m in eligible.pool),
        capacities=tuple(eligible.places[m.id] for m in eligible.pool),
        candidates=eligible.candidates,
        scores=scores,
        priority=_priorities(run.priority, eligible.waiting),
    )
    return eligible, instance


def _above_floor(
    eligible: Eligibility, scores: Sequence["array[float]"], floor: float
) -> tuple[Eligibility, Sequence["array[float]"]]:
    """*eligible* and *scores* without the pairs scoring below *floor*; a
    mentee left without a candidate has the mentors left out recorded
    (``Eligibility.below``). Rows computed when read (:class:`ScoreRows`)
    stay so, over the candidates kept.
    """
    lazy = isinstance(scores, ScoreRows)
    candidates = []
    kept_scores = []
    below: list[tuple[str, ...]] = []
    # numpy, loaded by a large run's scoring, compares a row at C speed (the
    # same float comparisons); a small run never loads it for this
    np = sys.modules.get("numpy")
    pool_ids = tuple(m.id for m in eligible.pool)
    for cand, row in zip(eligible.candidates, scores, strict=True):
        if np is not None and len(row):
            mask = np.frombuffer(row, dtype=np.float64) >= floor
            keep = np.flatnonzero(mask)
            if len(keep) < len(row):
                taken = np.frombuffer(cand, dtype=np.intc)[keep]
                candidates.append(array("i", taken.tobytes()))
                if not lazy:
                    kept = np.frombuffer(row, dtype=np.float64)[keep]
                    kept_scores.append(array("d", kept.tobytes()))
                below.append(() if len(keep) else _ids_of(pool_ids, cand))
                continue
        elif len(
            keep := list(compress(range(len(row)), map(ge, row, repeat(floor))))
        ) < len(row):
            candidates.append(array("i", map(cand.__getitem__, keep)))
            if not lazy:
                kept_scores.append(array("d", map(row.__getitem__, keep)))
            below.append(() if keep else _ids_of(pool_ids, cand))
            continue
        candidates.append(cand)
        if not lazy:
            kept_scores.append(row)
        below.append(())
    evolved = attrs.evolve(eligible, candidates=tuple(candidates), below=tuple(below))
    if isinstance(scores, ScoreRows):
        return evolved, scores.with_candidates(evolved.candidates)
    return evolved, tuple(kept_scores)


def _ids_of(ids: Sequence[str], cand: "array[int]") -> tuple[str, ...]:
    """The *ids* (the pool's) at *cand*, sorted: what a mentee whose every
    candidate scored below the floor is told (only such a mentee is: nothing
    reads the mentors dropped from a row that keeps some).
    """
    if len(cand) == 1:
        return (ids[cand[0]],)
    return tuple(sorted(itemgetter(*cand)(ids)))


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


def _matching(run: Run, eligible: Eligibility, chosen: Sequence[int]) -> Matching:
    """The :class:`Matching` the three steps gave: each pair with its
    explained score, each mentee left with the reason.

    Every value is built here from checked input, so the field types are
    not checked again (the invariants are).
    """
    with types_known():
        return _built(run, eligible, chosen)


def _built(run: Run, eligible: Eligibility, chosen: Sequence[int]) -> Matching:
    plan = plan_of(run.model)
    parts = PartCache()
    assignments = [
        Assignment(
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            score=explain(plan, mentor, mentee, parts),
            locked=True,
            rule=rule,
        )
        for mentor, mentee, rule in eligible.locked
    ]
    function = run.rules.function
    unmatched = [
        Unmatched(
            mentee_id=mentee.id,
            code=UnmatchedReason.ALREADY_PAIRED,
            reason=tr("already has the pending or open {function} pair {pair}").format(
                function=repr(function.value), pair=repr(pair)
            ),
        )
        for mentee, pair in eligible.already_paired
    ]
    unmatched.extend(
        Unmatched(
            mentee_id=mentee.id,
            code=UnmatchedReason.LOCK_REFUSED,
            reason=tr("the pair locked for the mentee cannot be made: {why}").format(
                why=why
            ),
        )
        for mentee, why in eligible.refused
    )
    unmatched.extend(
        Unmatched(
            mentee_id=mentee.id,
            code=UnmatchedReason.NOT_FOR_FUNCTION,
            reason=tr(
                "the function {function} is for {categories} mentees only"
            ).format(function=repr(function.value), categories=categories),
        )
        for mentee, categories in eligible.outside
    )
    said: dict[int, str] = {}
    reasons: list[Reasons] = []  # built for the first mentee with no candidate
    for u, mentee in enumerate(eligible.waiting):
        j = chosen[u]
        if j < 0:
            unmatched.append(_unmatched(run.method, eligible, u, said, reasons))
            continue
        mentor = eligible.pool[j]
        assignments.append(
            Assignment(
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                score=explain(plan, mentor, mentee, parts),
            )
        )
    assigned = Counter(a.mentor_id for a in assignments)
    return Matching(
        method=run.method,
        function=function,
        model=run.model,
        proposing=run.proposing,
        assignments=tuple(sorted(assignments, key=lambda a: a.mentee_id)),
        unmatched=tuple(sorted(unmatched, key=lambda u: u.mentee_id)),
        utilization=tuple(
            MentorLoad(
                mentor_id=m.id,
                capacity=m.capacity,
                held=run.rules.held.get(m.id, 0),
                assigned=assigned[m.id],
            )
            for m in run.mentors
        ),
        existing_pair_ids=tuple(sorted({p.id for p in run.existing})),
    )


_NOT_CHOSEN = {
    "stable": N_("the {what} filled their places with mentees they rank higher"),
    "optimal": N_(
        "giving the places of the {what} to other mentees matches more mentees"
        " or gives a higher total score"
    ),
    "greedy": N_("the {what} were filled first by pairs with higher scores"),
}


def _unmatched(
    method: str,
    eligible: Eligibility,
    u: int,
    said: dict[int, str],
    reasons: list[Reasons],
) -> Unmatched:
    """Why the waiting mentee *u* got no mentor (*said*: the reasons given so
    far, by candidates array: mentees sharing one get the same sentence;
    *reasons*: empty, or the run's :class:`Reasons` for a mentee with no
    candidate).
    """
    mentee = eligible.waiting[u]
    cand = eligible.candidates[u]
    if not cand:
        if not reasons:
            reasons.append(Reasons(eligible.rules, eligible.mentors, eligible.places))
        below = eligible.below[u] if eligible.below else ()
        return reasons[0].no_mentor(mentee, below)
    reason = said.get(id(cand))
    if reason is None:
        reason = said[id(cand)] = _not_chosen(method, eligible, cand)
    return Unmatched(
        mentee_id=mentee.id, code=UnmatchedReason.NOT_CHOSEN, reason=reason
    )


def _not_chosen(method: str, eligible: Eligibility, cand: "array[int]") -> str:
    n = len(cand)
    if n <= 3:
        ids = ", ".join(eligible.pool[j].id for j in cand)
        if n == 1:
            what = tr("eligible mentor ({ids})").format(ids=ids)
        else:
            what = tr("eligible mentors ({ids})").format(ids=ids)
    else:
        what = tr_n("{n} eligible mentor", "{n} eligible mentors", n).format(n=n)
    return tr("not chosen: {why}").format(why=_NOT_CHOSEN[method].format(what=what))


# -- a programme ---------------------------------------------------------------------


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
    min_score: float | None = None,
    strict: bool = False,
) -> Matching:
    """:func:`match` over a programme's mentors and mentees, every pair of
    the programme as the existing ones (so :meth:`Matching.to_pairs` never
    reuses their ids).

    When the model's ``curator_for`` names mentee categories (the Russian
    preset: newly arrived teachers) and *function* is the consultant
    function, each such mentee without a pending or open consultant pair, and
    not locked otherwise, gets the programme's curator as a locked pair
    (``Assignment.rule`` says so). The curator must be enrolled as a mentor
    with the consultant function; a curator pair that cannot be made (the
    curator is full, missing or not enrolled) leaves its mentee unmatched
    with the reason (``lock_refused``), the mentees waiting longest keeping
    the curator's places, and the others are matched; with *strict* it
    raises :class:`~mentoring.errors.MatchingError` naming the mentee
    (``$.program.mentees[3]``) and why. Then match again for
    ``MentorFunction.PARALLEL_COLLEAGUE`` to give them a teacher of their
    parallel.

    Raises:
        ValidationError: bad input, every problem with its path.
        MatchingError: with *strict*, a locked or curator pair that cannot
            be made, and why.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    expect(problems, "$.program", program, Program)
    locked_items = items(problems, "locked", locked, PairRef)
    option_problems(
        problems,
        model=model,
        function=function,
        allow=allow,
        on=on,
        rematch_dissolved=rematch_dissolved,
    )
    subject = "arguments of match_program"
    model = model_or_default(problems, subject, model)
    model = floored(model, min_score, strict, subject) or model
    ruled, refused = curator_locks(
        program, model, function, locked_items, strict=strict
    )
    run = run_of(
        program.mentors,
        program.mentees,
        subject=subject,
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
    )
    return _match(run, ruled, strict=strict, refused=refused)


# -- suggestions --------------------------------------------------------------------


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
    problems: list[Problem] = []
    expect(problems, "$.mentee", mentee, Mentee)
    mentor_list = people(problems, "mentors", mentors, Mentor)
    existing_items = items(problems, "existing", existing, Pair)
    option_problems(
        problems,
        model=model,
        function=function,
        allow=allow,
        on=on,
        rematch_dissolved=rematch_dissolved,
    )
    if expect(problems, "$.limit", limit, int) and limit < 0:
        problems.append(out_of_range("$.limit", limit, low=0))
    model = model_or_default(problems, "arguments of suggest", model)
    rules = Rules(
        model,
        function=function,
        on=on,
        allow=allow,
        existing=[p for p in existing_items if isinstance(p, Pair)],
        rematch_dissolved=rematch_dissolved,
    )
    places = {m.id: m.capacity - rules.held.get(m.id, 0) for m in mentor_list}
    pool = pool_of(rules, mentor_list, places)
    cand = pool.candidates(mentee)
    if not cand or not limit or rules.outside(mentee) is not None:
        return ()  # nobody eligible, nothing asked, or the function is not theirs
    (row,) = compatibility(model, pool.mentors, [mentee], [cand])
    best = sorted(range(len(cand)), key=lambda k: (-row[k], pool.mentors[cand[k]].id))
    plan = plan_of(model)
    parts = PartCache()
    return tuple(
        Suggestion(
            mentor_id=pool.mentors[cand[k]].id,
            score=explain(plan, pool.mentors[cand[k]], mentee, parts),
            rank=rank,
        )
        for rank, k in enumerate(best[:limit], start=1)
    )
