"""Strategies of matching: grade bands, criteria, constraints and whole
compatibility models, and the results :func:`mentoring.matching.match` gives.
"""

import itertools
from collections.abc import Collection

from hypothesis import strategies as st

from mentoring.matching import (
    DEFAULT_GRADE_BANDS,
    Assignment,
    CompatibilityModel,
    Constraint,
    ConstraintKind,
    Criterion,
    CriterionKind,
    Exclusion,
    FormedGroup,
    GradeBand,
    Grouping,
    Matching,
    MatchingQuality,
    MentorLoad,
    PairRef,
    Suggestion,
    Unmatched,
    UnmatchedReason,
    Unplaced,
    UnplacedReason,
    match,
    match_groups,
    quality,
)
from mentoring.model import (
    CertificationKind,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    MentorLevel,
    Person,
)
from mentoring.model._people import MAX_GRADE
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._draw import (
    FREE_TEXT,
    UNIT,
    few,
    indexed,
    maybe,
    pick,
    subset,
    upto,
)
from mentoring.testing._strategies._pairs import two_people
from mentoring.testing._strategies._program import SMALL_PROGRAMS
from mentoring.testing._strategies._scores import scores

_MATCH_METHODS = ("stable", "optimal", "greedy")
_SCORES = scores()


def _presets() -> tuple[CompatibilityModel, ...]:
    return (
        CompatibilityModel.default(),
        CompatibilityModel.russian_school(),
        CompatibilityModel.kazakh_levels(),
    )


@st.composite
def _grade_band(draw: st.DrawFn) -> GradeBand:
    low = draw(upto(MAX_GRADE))
    return GradeBand(
        low=low,
        high=low + draw(upto(MAX_GRADE - low)),
        name=pick(draw, ("", "primary", "basic", "senior")),
    )


def grade_bands() -> st.SearchStrategy[GradeBand]:
    """Bands of school grades, ``low`` to ``high`` within ``0..MAX_GRADE``.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _grade_band()


@st.composite
def _disjoint_bands(draw: st.DrawFn) -> tuple[GradeBand, ...]:
    if maybe(draw):
        return DEFAULT_GRADE_BANDS
    cuts = sorted(draw(st.sets(st.integers(1, MAX_GRADE), max_size=3)))
    bounds = [0, *cuts, MAX_GRADE + 1]
    return tuple(GradeBand(low=a, high=b - 1) for a, b in itertools.pairwise(bounds))


@st.composite
def _compatibility_criterion(draw: st.DrawFn) -> Criterion:
    return Criterion(
        kind=pick(draw, tuple(CriterionKind)),
        weight=draw(upto(20)) / 2,
        years=1 + draw(upto(9)),
        grade_bands=draw(_disjoint_bands()),
        band_credit=draw(UNIT),
    )


def compatibility_criteria() -> st.SearchStrategy[Criterion]:
    """Soft matching criteria (:class:`mentoring.matching.Criterion`): a kind,
    a weight >= 0 and grade bands that do not overlap.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _compatibility_criterion()


def _constraint(draw: st.DrawFn, kind: ConstraintKind) -> Constraint:
    certifications: frozenset[CertificationKind] = frozenset()
    levels: frozenset[MentorLevel] = frozenset()
    years = 0
    if kind is ConstraintKind.REQUIRED_CERTIFICATION:
        certifications = frozenset({pick(draw, tuple(CertificationKind))})
    elif kind is ConstraintKind.REQUIRED_LEVEL:
        levels = frozenset({pick(draw, tuple(MentorLevel))})
    elif kind is ConstraintKind.EXPERIENCE_GAP:
        years = draw(upto(10))
    categories: frozenset[MenteeCategory] = frozenset()
    if kind is ConstraintKind.MENTEE_CATEGORY:
        categories = frozenset({pick(draw, tuple(MenteeCategory))})
    return Constraint(
        kind=kind,
        functions=draw(subset(tuple(MentorFunction), 2)),
        certifications=certifications,
        levels=levels,
        years=years,
        categories=categories,
    )


@st.composite
def _one_constraint(draw: st.DrawFn) -> Constraint:
    return _constraint(draw, pick(draw, tuple(ConstraintKind)))


def constraints() -> st.SearchStrategy[Constraint]:
    """Hard matching constraints, each with the certifications, levels or
    years its kind uses and no others.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _one_constraint()


def _refs(mentors: tuple[str, ...], mentees: tuple[str, ...]) -> tuple[PairRef, ...]:
    return tuple(
        PairRef(mentor_id=a, mentee_id=b) for a in mentors for b in mentees if a != b
    )


@st.composite
def _pair_ref(draw: st.DrawFn, refs: tuple[PairRef, ...]) -> PairRef:
    return pick(draw, refs)


def pair_refs(
    *,
    mentor_ids: Collection[str] | None = None,
    mentee_ids: Collection[str] | None = None,
) -> st.SearchStrategy[PairRef]:
    """A mentor from *mentor_ids* and a different mentee from *mentee_ids*,
    named by id (a forbidden or locked pair).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("pair_refs")
    mentors = args.ids("mentor_ids", mentor_ids, "mentor")
    mentees = args.ids("mentee_ids", mentee_ids, "mentee")
    two_people(args, mentors, mentees)
    args.check()
    return _pair_ref(_refs(mentors, mentees))


@st.composite
def _compatibility_model(
    draw: st.DrawFn, mentor_ids: tuple[str, ...], mentee_ids: tuple[str, ...]
) -> CompatibilityModel:
    if maybe(draw):
        return pick(draw, _presets())
    kinds = draw(
        st.lists(st.sampled_from(CriterionKind), unique=True, min_size=1, max_size=5)
    )
    weights = [0.5 + draw(upto(19)) / 2, *(draw(upto(10)) / 2 for _ in kinds[1:])]
    model_criteria = tuple(
        Criterion(
            kind=kind,
            weight=weight,
            years=1 + draw(upto(9)),
            band_credit=draw(upto(4)) / 4,
        )
        for kind, weight in zip(kinds, weights, strict=True)
    )
    constraint_kinds = draw(
        st.lists(st.sampled_from(ConstraintKind), unique=True, max_size=3)
    )
    refs = _refs(mentor_ids, mentee_ids)
    forbidden = tuple(dict.fromkeys(pick(draw, refs) for _ in few(draw, 2)))
    locked: list[PairRef] = []
    for _ in few(draw, 2):
        ref = pick(draw, refs)
        if ref not in forbidden and all(r.mentee_id != ref.mentee_id for r in locked):
            locked.append(ref)
    return CompatibilityModel(
        name=pick(draw, ("custom", "district", "network")),
        criteria=model_criteria,
        constraints=tuple(_constraint(draw, k) for k in constraint_kinds),
        forbidden=forbidden,
        locked=tuple(locked),
        curator_for=draw(subset(tuple(MenteeCategory), 2)),
    )


def compatibility_models(
    *,
    mentor_ids: Collection[str] | None = None,
    mentee_ids: Collection[str] | None = None,
) -> st.SearchStrategy[CompatibilityModel]:
    """Matching models: the presets, or one to five weighted criteria (at least
    one weight above 0), up to three hard constraints, and forbidden and locked
    pairs of people from *mentor_ids* and *mentee_ids* (never both, at most
    one lock per mentee).

    Shrinks toward :meth:`~mentoring.matching.CompatibilityModel.default`.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("compatibility_models")
    mentors = args.ids("mentor_ids", mentor_ids, "mentor")
    mentees = args.ids("mentee_ids", mentee_ids, "mentee")
    two_people(args, mentors, mentees)
    args.check()
    return _compatibility_model(mentors, mentees)


# -- results: drawn by running the library on drawn programmes ---------------------


@st.composite
def _matching(draw: st.DrawFn, methods: tuple[str, ...]) -> Matching:
    program = draw(SMALL_PROGRAMS)
    model = pick(draw, _presets())
    return match(
        program.mentors,
        program.mentees,
        model=model,
        method=pick(draw, methods),  # type: ignore[arg-type]
        function=pick(draw, tuple(MentorFunction)),
    )


def matchings(*, methods: Collection[str] | None = None) -> st.SearchStrategy[Matching]:
    """Results of :func:`mentoring.matching.match` over the mentors and mentees
    of a small drawn programme, with a preset model and one of *methods*
    (``"stable"``, ``"optimal"``, ``"greedy"``; all by default).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("matchings")
    chosen = args.choices("methods", methods, _MATCH_METHODS)
    args.check()
    return _matching(chosen)


@st.composite
def _mentor_load(draw: st.DrawFn) -> MentorLoad:
    capacity = draw(upto(5))
    return MentorLoad(
        mentor_id=draw(indexed("mentor")),
        capacity=capacity,
        held=draw(upto(capacity)),
        assigned=draw(upto(3)),
    )


def mentor_loads() -> st.SearchStrategy[MentorLoad]:
    """How full a mentor is after matching: capacity, places held, places given.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _mentor_load()


@st.composite
def _suggestion(draw: st.DrawFn) -> Suggestion:
    return Suggestion(
        mentor_id=draw(indexed("mentor")),
        score=draw(_SCORES),
        rank=1 + draw(upto(9)),
    )


def suggestions() -> st.SearchStrategy[Suggestion]:
    """Ranked mentor suggestions with an explainable score.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _suggestion()


@st.composite
def _assignment(draw: st.DrawFn) -> Assignment:
    mentor = draw(upto(8))
    return Assignment(
        mentor_id=f"mentor-{mentor + 1}",
        mentee_id=f"mentee-{draw(upto(8)) + 1}",
        score=draw(_SCORES),
        locked=maybe(draw),
        rule=pick(draw, ("", "locked", "curator")),
    )


def assignments() -> st.SearchStrategy[Assignment]:
    """Assignments of a mentee to a mentor with an explainable score.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _assignment()


@st.composite
def _unmatched(draw: st.DrawFn) -> Unmatched:
    return Unmatched(
        mentee_id=draw(indexed("mentee")),
        code=pick(draw, tuple(UnmatchedReason)),
        reason=draw(FREE_TEXT),
    )


def unmatched_mentees() -> st.SearchStrategy[Unmatched]:
    """Mentees a matching left without a mentor, with the reason.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _unmatched()


@st.composite
def _exclusion(draw: st.DrawFn) -> Exclusion:
    return Exclusion(
        rule=pick(draw, ("function", "same_subject", "avoided", "full", "min_score")),
        mentor_ids=tuple(sorted({f"mentor-{draw(upto(5)) + 1}" for _ in range(2)})),
    )


def exclusions() -> st.SearchStrategy[Exclusion]:
    """The mentors one hard rule left out for an unmatched mentee.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _exclusion()


@st.composite
def _formed_group(draw: st.DrawFn) -> FormedGroup:
    size = 1 + draw(upto(5))
    return FormedGroup(
        leader_id=pick(draw, (None, "leader-1", "leader-2")),
        member_ids=tuple(f"member-{i + 1}" for i in range(size)),
        mean_score=draw(st.floats(0, 1)),
    )


def formed_groups() -> st.SearchStrategy[FormedGroup]:
    """Groups formed by :func:`~mentoring.matching.match_groups`, led or
    leaderless.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _formed_group()


@st.composite
def _unplaced(draw: st.DrawFn) -> Unplaced:
    return Unplaced(
        member_id=draw(indexed("member")),
        code=pick(draw, tuple(UnplacedReason)),
        reason=draw(FREE_TEXT),
    )


def unplaced_members() -> st.SearchStrategy[Unplaced]:
    """Members a grouping left out, with the reason.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _unplaced()


@st.composite
def _grouping(draw: st.DrawFn) -> Grouping:
    leaders = [
        Mentor(person=Person(id=f"l{i}", name="L")) for i in range(draw(upto(3)))
    ]
    members = [
        Mentee(person=Person(id=f"e{i}", name="E")) for i in range(draw(upto(9)))
    ]
    low = 1 + draw(upto(2))
    return match_groups(
        leaders if draw(st.booleans()) else None,
        members,
        size=(low, low + draw(upto(3))),
    )


def groupings() -> st.SearchStrategy[Grouping]:
    """Results of :func:`~mentoring.matching.match_groups` on small rosters.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _grouping()


@st.composite
def _matching_quality(draw: st.DrawFn) -> MatchingQuality:
    mentors = [
        Mentor(person=Person(id=f"m{i}", name="M")) for i in range(draw(upto(3)))
    ]
    mentees = [
        Mentee(person=Person(id=f"e{i}", name="E")) for i in range(draw(upto(4)))
    ]
    result = match(mentors, mentees)
    return quality(result, mentors=mentors, mentees=mentees)


def matching_qualities() -> st.SearchStrategy[MatchingQuality]:
    """Quality reports of small matchings (:func:`~mentoring.matching.quality`).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _matching_quality()
