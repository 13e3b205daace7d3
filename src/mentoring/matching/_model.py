"""The compatibility model: weighted soft criteria and hard constraints,
with the presets of the countries the library serves.

A :class:`CompatibilityModel` is plain data (a frozen attrs value of enums,
numbers and tuples), so a programme can store the model it was matched with
and load it again through :mod:`mentoring.serialization`. A custom predicate
cannot be stored: it is the ``allow`` argument of
:func:`~mentoring.matching.match` instead.
"""

import math
from collections.abc import Iterator

import attrs

from mentoring._checks import check, validated
from mentoring._enums import (
    CertificationKind,
    MenteeCategory,
    MentorFunction,
    MentorLevel,
)
from mentoring._problems import duplicate, out_of_range, problem
from mentoring.errors import Problem
from mentoring.matching._criteria import (
    Constraint,
    ConstraintKind,
    Criterion,
    CriterionKind,
    PairRef,
)

__all__ = ["CompatibilityModel"]

_C = CriterionKind
_K = ConstraintKind
_F = MentorFunction

#: The subject function needs the same subject; the parallel colleague the
#: same grades (S004: "того же предметного направления", "в той же параллели").
_FUNCTION_RULES = (
    Constraint(kind=_K.SAME_SUBJECT, functions=frozenset({_F.SUBJECT})),
    Constraint(kind=_K.SAME_GRADES, functions=frozenset({_F.PARALLEL_COLLEAGUE})),
)

#: Kazakh practice: mentoring is done by NIS level 1-2 certified teachers.
NIS_MENTOR_LEVELS = frozenset(
    {CertificationKind.NIS_LEVEL_1, CertificationKind.NIS_LEVEL_2}
)

#: Moldovan and Romanian mentor certificates.
MENTOR_CERTIFICATES = frozenset(
    {
        CertificationKind.NATIONAL_MENTOR,
        CertificationKind.REGIONAL_MENTOR,
        CertificationKind.INSTITUTIONAL_MENTOR,
        CertificationKind.PROFESOR_MENTOR,
    }
)


def _criteria(**weights: float) -> tuple[Criterion, ...]:
    return tuple(
        Criterion(kind=CriterionKind(name), weight=w) for name, w in weights.items()
    )


@attrs.frozen(kw_only=True)
class CompatibilityModel:
    """How mentors and mentees are compared: weighted soft criteria (the
    score), hard constraints (who may be paired at all), and pairs an
    administrator forbade or locked.

    The score of a pair is the weighted mean of its criteria's raw values:
    a :class:`~mentoring.score.Score` whose parts explain it. Locked pairs are
    assigned first, whatever their score, and take their mentor's places; a
    locked pair that breaks a hard constraint is refused with a
    :class:`~mentoring.errors.MatchingError` that says why.

    ``curator_for`` names mentee categories who get the programme's curator
    as their consultant (S004: newly arrived teachers): when matching for the
    consultant function, :func:`~mentoring.matching.match_program` locks
    each such mentee, unless already paired or locked otherwise, with the
    curator, who must be an enrolled mentor with the consultant function.

    ``min_score`` (0 to 1) is the floor of a proposed pair: a pair scoring
    less is never proposed, and a mentee whose every eligible mentor scores
    less is left unmatched (``UnmatchedReason.BELOW_MIN_SCORE``). A
    ``mentee_category`` constraint says which mentees a function is for.

    Start from a preset and change what differs:

    >>> model = CompatibilityModel.kazakh_levels()
    >>> [c.kind.value for c in model.constraints][:1]
    ['required_certification']
    >>> model.with_weight(CriterionKind.SHARED_INTERESTS, 0).weight_of(
    ...     CriterionKind.SHARED_INTERESTS)
    0.0

    .. versionadded:: 0.1.0
    """

    name: str = "custom"
    criteria: tuple[Criterion, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    forbidden: tuple[PairRef, ...] = ()
    locked: tuple[PairRef, ...] = ()
    curator_for: frozenset[MenteeCategory] = frozenset()
    min_score: float = 0.0

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if not 0.0 <= self.min_score <= 1.0:
            yield out_of_range("$.min_score", self.min_score, low=0, high=1)
        first: dict[CriterionKind, int] = {}
        for i, criterion in enumerate(self.criteria):
            if criterion.kind in first:
                yield duplicate(
                    f"$.criteria[{i}].kind", criterion.kind.value, what="criterion"
                )
            else:
                first[criterion.kind] = i
        if not any(c.weight > 0 for c in self.criteria):
            yield problem(
                "$.criteria", "rule", "at least one criterion needs a weight above 0"
            )
        elif not math.isfinite(sum(float(c.weight) for c in self.criteria)):
            yield problem("$.criteria", "range", "the weights add up to infinity")
        locked_mentees: dict[str, int] = {}
        forbidden = set(self.forbidden)
        for i, ref in enumerate(self.locked):
            if ref.mentee_id in locked_mentees:
                yield problem(
                    f"$.locked[{i}].mentee_id",
                    "conflict",
                    f"mentee {ref.mentee_id!r} is already locked at"
                    f" $.locked[{locked_mentees[ref.mentee_id]}]",
                )
            else:
                locked_mentees[ref.mentee_id] = i
            if ref in forbidden:
                yield problem(
                    f"$.locked[{i}]",
                    "conflict",
                    f"the pair {ref.mentor_id!r} - {ref.mentee_id!r} is both"
                    " locked and forbidden",
                )

    # -- reading ------------------------------------------------------------

    def weight_of(self, kind: CriterionKind) -> float:
        """The weight of the criterion *kind* (0.0 when the model lacks it)."""
        for c in self.criteria:
            if c.kind is kind:
                return float(c.weight)
        return 0.0

    # -- changing (each returns a new model) -----------------------------------

    @validated
    def with_weight(self, kind: CriterionKind, weight: float) -> "CompatibilityModel":
        """The same model with the criterion *kind* weighted *weight* (added at
        the end when missing).

        Raises:
            ~mentoring.errors.ValidationError: *kind* is not a
                :class:`CriterionKind` or *weight* not a number >= 0.
        """
        if any(c.kind is kind for c in self.criteria):
            criteria = tuple(
                attrs.evolve(c, weight=weight) if c.kind is kind else c
                for c in self.criteria
            )
        else:
            criteria = (*self.criteria, Criterion(kind=kind, weight=weight))
        return attrs.evolve(self, criteria=criteria)

    @validated
    def with_constraints(self, *constraints: Constraint) -> "CompatibilityModel":
        """The same model with *constraints* added.

        Raises:
            ~mentoring.errors.ValidationError: an argument is not a
                :class:`Constraint` (path ``$.constraints[i]``, the argument's
                position).
        """
        return attrs.evolve(self, constraints=(*self.constraints, *constraints))

    @validated
    def with_forbidden(self, *pairs: PairRef) -> "CompatibilityModel":
        """The same model with *pairs* forbidden.

        Raises:
            ~mentoring.errors.ValidationError: an argument is not a
                :class:`PairRef`, or a pair is also locked.
        """
        return attrs.evolve(self, forbidden=(*self.forbidden, *pairs))

    @validated
    def with_locked(self, *pairs: PairRef) -> "CompatibilityModel":
        """The same model with *pairs* locked (assigned first, kept as they are).

        Raises:
            ~mentoring.errors.ValidationError: an argument is not a
                :class:`PairRef`, a mentee is locked twice, or a pair is
                also forbidden.
        """
        return attrs.evolve(self, locked=(*self.locked, *pairs))

    @validated
    def with_curator_for(self, *categories: MenteeCategory) -> "CompatibilityModel":
        """The same model giving mentees of *categories* the programme's
        curator as their consultant (none: the rule is off); see
        :func:`~mentoring.matching.match_program`.

        >>> from mentoring import MenteeCategory
        >>> model = CompatibilityModel.default().with_curator_for(
        ...     MenteeCategory.NEWLY_ARRIVED)
        >>> [c.value for c in model.curator_for]
        ['newly_arrived']

        Raises:
            ~mentoring.errors.ValidationError: an argument is not a
                :class:`~mentoring.model.MenteeCategory`.
        """
        return attrs.evolve(self, curator_for=frozenset(categories))

    # -- presets ------------------------------------------------------------------

    @classmethod
    def default(cls) -> "CompatibilityModel":
        """Teacher mentoring in general: every criterion, subject and choice
        first; the subject mentor teaches the same subject and the parallel
        colleague the same grades.

        .. versionadded:: 0.1.0
        """
        return cls(
            name="default",
            criteria=_criteria(
                same_subject=3,
                same_grades=2,
                same_organization=1,
                same_district=0.5,
                experience_gap=2,
                shared_interests=1,
                shared_language=1,
                delivery=0.5,
                mentee_choice=3,
                continuity=2,
            ),
            constraints=_FUNCTION_RULES,
        )

    @classmethod
    def russian_school(cls) -> "CompatibilityModel":
        """A Russian school programme (S004): mentors come from the school's own
        staff; young and newly arrived teachers choose mentors "close to them
        by their parameters", so their own choice weighs most; continuity
        keeps a pair over the three-year adaptation. Newly arrived teachers
        get the programme's curator as their consultant (``curator_for``),
        then a teacher of their parallel (match for
        ``MentorFunction.PARALLEL_COLLEAGUE``): the parallel colleague is for
        newly arrived teachers only (a ``mentee_category`` constraint).

        .. versionadded:: 0.1.0
        """
        return cls(
            name="russian_school",
            criteria=_criteria(
                mentee_choice=4,
                same_subject=3,
                same_grades=2,
                continuity=3,
                experience_gap=2,
                shared_interests=1,
                delivery=0.5,
            ),
            constraints=(
                *_FUNCTION_RULES,
                Constraint(kind=_K.SAME_ORGANIZATION),
                Constraint(
                    kind=_K.MENTEE_CATEGORY,
                    functions=frozenset({_F.PARALLEL_COLLEAGUE}),
                    categories=frozenset({MenteeCategory.NEWLY_ARRIVED}),
                ),
            ),
            curator_for=frozenset({MenteeCategory.NEWLY_ARRIVED}),
        )

    @classmethod
    def kazakh_levels(cls) -> "CompatibilityModel":
        """Kazakh practice (S004): only teachers certified at NIS level 1 or 2
        mentor; the language of instruction matters as much as the grades.

        .. versionadded:: 0.1.0
        """
        return cls(
            name="kazakh_levels",
            criteria=_criteria(
                same_subject=3,
                same_grades=2,
                shared_language=2,
                same_organization=2,
                experience_gap=1,
                mentee_choice=2,
                continuity=1,
                shared_interests=0.5,
            ),
            constraints=(
                Constraint(
                    kind=_K.REQUIRED_CERTIFICATION, certifications=NIS_MENTOR_LEVELS
                ),
                *_FUNCTION_RULES,
            ),
        )

    @classmethod
    @validated
    def certified_mentors(
        cls, level: MentorLevel | None = None
    ) -> "CompatibilityModel":
        """Moldovan and Romanian practice: only certified mentors (national,
        regional, institutional mentor, or *profesor mentor*), optionally at
        one network *level*; the same discipline and district count most.

        .. versionadded:: 0.1.0
        """
        constraints = [
            Constraint(
                kind=_K.REQUIRED_CERTIFICATION, certifications=MENTOR_CERTIFICATES
            ),
            *_FUNCTION_RULES,
        ]
        if level is not None:
            constraints.append(
                Constraint(kind=_K.REQUIRED_LEVEL, levels=frozenset({level}))
            )
        return cls(
            name="certified_mentors" if level is None else f"certified_{level.value}",
            criteria=_criteria(
                same_subject=3,
                same_district=2,
                same_organization=1,
                same_grades=1,
                experience_gap=2,
                shared_language=1,
                delivery=1,
                mentee_choice=2,
                continuity=1,
            ),
            constraints=tuple(constraints),
        )
