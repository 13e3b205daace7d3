"""The compatibility model: weighted soft criteria and hard constraints.

A :class:`CompatibilityModel` is plain data (a frozen attrs value of enums,
numbers and tuples), so a programme can store the model it was matched with
and load it again through :mod:`mentoring.serialization`. A custom predicate
cannot be stored: it is the ``allow`` argument of
:func:`~mentoring.matching.match` instead.
"""

import enum
import math
from collections.abc import Iterable, Iterator

import attrs

from mentoring._checks import check, non_empty
from mentoring._enums import (
    CertificationKind,
    MenteeCategory,
    MentorFunction,
    MentorLevel,
)
from mentoring._problems import describe
from mentoring.errors import Problem, ValidationError
from mentoring.model._people import MAX_GRADE

__all__ = [
    "DEFAULT_GRADE_BANDS",
    "CompatibilityModel",
    "Constraint",
    "ConstraintKind",
    "Criterion",
    "CriterionKind",
    "GradeBand",
    "PairRef",
]


class CriterionKind(enum.StrEnum):
    """A soft criterion: what makes a mentor a good fit for a mentee.

    Each gives a raw value in [0, 1] for a (mentor, mentee) pair and a reason
    in words:

    * ``same_subject``: the share of the mentee's subjects the mentor teaches;
    * ``same_grades``: per grade of the mentee, 1 when the mentor teaches
      it (the same parallel), ``Criterion.band_credit`` (0.5 by default) when
      the mentor teaches another grade of its band
      (``Criterion.grade_bands``: primary, basic, senior school), 0 otherwise;
      the mean over the mentee's grades;
    * ``same_organization``, ``same_district``: 1 when both name the same one;
    * ``experience_gap``: 0 when the mentor is not more experienced, rising
      linearly to 1 at ``Criterion.years`` more years (saturating);
    * ``shared_interests``: Jaccard similarity of the two sets of interests;
    * ``shared_language``: 1 when they share a language;
    * ``delivery``: 1 for the same delivery mode, 0.5 when one side is blended
      or has no preference, 0 for online against offline;
    * ``mentee_choice``: the mentee's own ranked choice
      (``Mentee.preferred_mentor_ids``): choice
      *r* of *n* scores ``(n - r + 1) / n``, unlisted mentors 0;
    * ``continuity``: 1 for last year's mentor
      (``Mentee.previous_mentor_id``).

    .. versionadded:: 0.1.0
    """

    SAME_SUBJECT = "same_subject"
    SAME_GRADES = "same_grades"
    SAME_ORGANIZATION = "same_organization"
    SAME_DISTRICT = "same_district"
    EXPERIENCE_GAP = "experience_gap"
    SHARED_INTERESTS = "shared_interests"
    SHARED_LANGUAGE = "shared_language"
    DELIVERY = "delivery"
    MENTEE_CHOICE = "mentee_choice"
    CONTINUITY = "continuity"


class ConstraintKind(enum.StrEnum):
    """A hard constraint a model may add: a pair that breaks it is never made.

    Always enforced, whatever the model: a person never mentors themself; a
    mentor with no place left takes nobody; the mentor fills the function
    matched for; the mentee does not avoid the mentor
    (``Mentee.avoided_mentor_ids``); the pair is
    not forbidden (``CompatibilityModel.forbidden``), not already pending or
    open (a proposed, active or paused pair), and not dissolved before (unless
    ``rematch_dissolved`` is passed to :func:`~mentoring.matching.match`).

    * ``required_certification``: the mentor holds one of
      ``Constraint.certifications``;
    * ``required_level``: the mentor's level is one of ``Constraint.levels``;
    * ``same_subject``: they share a subject;
    * ``same_grades``: they share a grade (the same parallel);
    * ``same_organization``, ``same_district``: they work in the same one;
    * ``experience_gap``: the mentor has at least ``Constraint.years``
      more years of experience.

    .. versionadded:: 0.1.0
    """

    REQUIRED_CERTIFICATION = "required_certification"
    REQUIRED_LEVEL = "required_level"
    SAME_SUBJECT = "same_subject"
    SAME_GRADES = "same_grades"
    SAME_ORGANIZATION = "same_organization"
    SAME_DISTRICT = "same_district"
    EXPERIENCE_GAP = "experience_gap"


@attrs.frozen(kw_only=True)
class GradeBand:
    """A band of school grades, ``low`` to ``high`` inclusive (primary,
    basic or senior school), for the ``same_grades`` criterion: a mentor who
    teaches another grade of the mentee's band scores part of the criterion.

    >>> GradeBand(low=5, high=9, name="basic").covers(6)
    True

    .. versionadded:: 0.1.0
    """

    low: int
    high: int
    name: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        for field in ("low", "high"):
            value = getattr(self, field)
            if not 0 <= value <= MAX_GRADE:
                yield Problem(f"$.{field}", f"must be 0..{MAX_GRADE}, got {value}")
        if self.high < self.low:
            yield Problem("$.high", f"must be >= low ({self.low}), got {self.high}")

    def covers(self, grade: int) -> bool:
        """Whether *grade* is in the band."""
        return self.low <= grade <= self.high

    def describe(self) -> str:
        """The band in words, such as ``"basic, grades 5-9"``."""
        grades = f"grades {self.low}-{self.high}"
        return f"{self.name}, {grades}" if self.name else grades


#: The default grade bands of the ``same_grades`` criterion: primary (0-4,
#: 0 being a preparatory or pre-school class), basic (5-9) and senior
#: (10-13) school, as in Russia, Kazakhstan and Moldova. Romania's
#: gymnasium is 5-8 and its lyceum 9-12: pass your own bands.
DEFAULT_GRADE_BANDS = (
    GradeBand(low=0, high=4, name="primary"),
    GradeBand(low=5, high=9, name="basic"),
    GradeBand(low=10, high=13, name="senior"),
)


@attrs.frozen(kw_only=True)
class Criterion:
    """One soft criterion and its weight (any number >= 0; the score is the
    weighted mean, so only the ratios between weights matter).

    ``years`` is the gap at which ``experience_gap`` is fully met;
    ``grade_bands`` (by default :data:`DEFAULT_GRADE_BANDS`, which must not
    overlap) and ``band_credit`` (in [0, 1]) say what a grade of the same
    band scores for ``same_grades``. Other kinds ignore them.

    >>> Criterion(kind=CriterionKind.SAME_SUBJECT, weight=3).weight
    3
    >>> Criterion(kind=CriterionKind.SAME_GRADES, band_credit=0.25).band_credit
    0.25

    .. versionadded:: 0.1.0
    """

    kind: CriterionKind
    weight: float = 1.0
    years: int = 5
    grade_bands: tuple[GradeBand, ...] = DEFAULT_GRADE_BANDS
    band_credit: float = 0.5

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if self.weight < 0:
            yield Problem("$.weight", f"must be >= 0, got {self.weight}")
        if self.years < 1:
            yield Problem("$.years", f"must be >= 1, got {self.years}")
        if not 0 <= self.band_credit <= 1:
            yield Problem("$.band_credit", f"must be in [0, 1], got {self.band_credit}")
        bands = self.grade_bands
        reach: int | None = None  # the band reaching highest so far
        for i in sorted(range(len(bands)), key=lambda i: (bands[i].low, i)):
            if reach is not None and bands[i].low <= bands[reach].high:
                yield Problem(
                    f"$.grade_bands[{i}]",
                    f"overlaps the band at $.grade_bands[{reach}]",
                )
            if reach is None or bands[i].high > bands[reach].high:
                reach = i

    def band_of(self, grade: int) -> GradeBand | None:
        """The band of ``grade_bands`` that holds *grade*, if any."""
        return next((b for b in self.grade_bands if b.covers(grade)), None)


@attrs.frozen(kw_only=True)
class Constraint:
    """One hard constraint, applied when matching for any of ``functions``
    (every function when empty).

    ``certifications`` belong to ``required_certification``, ``levels`` to
    ``required_level`` and ``years`` to ``experience_gap``.

    >>> Constraint(kind=ConstraintKind.SAME_SUBJECT,
    ...            functions=frozenset({MentorFunction.SUBJECT})).applies_to(
    ...     MentorFunction.CONSULTANT)
    False

    .. versionadded:: 0.1.0
    """

    kind: ConstraintKind
    functions: frozenset[MentorFunction] = frozenset()
    certifications: frozenset[CertificationKind] = frozenset()
    levels: frozenset[MentorLevel] = frozenset()
    years: int = 0

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        kind = self.kind
        if kind is ConstraintKind.REQUIRED_CERTIFICATION and not self.certifications:
            yield Problem("$.certifications", "name at least one certification")
        if kind is not ConstraintKind.REQUIRED_CERTIFICATION and self.certifications:
            yield Problem("$.certifications", f"not used by {kind.value!r}")
        if kind is ConstraintKind.REQUIRED_LEVEL and not self.levels:
            yield Problem("$.levels", "name at least one level")
        if kind is not ConstraintKind.REQUIRED_LEVEL and self.levels:
            yield Problem("$.levels", f"not used by {kind.value!r}")
        if self.years < 0:
            yield Problem("$.years", f"must be >= 0, got {self.years}")
        if kind is not ConstraintKind.EXPERIENCE_GAP and self.years:
            yield Problem("$.years", f"not used by {kind.value!r}")

    def applies_to(self, function: MentorFunction) -> bool:
        """Whether the constraint holds when matching for *function*."""
        return not self.functions or function in self.functions


@attrs.frozen(kw_only=True)
class PairRef:
    """A mentor and a mentee named by id: a forbidden or a locked pair.

    .. versionadded:: 0.1.0
    """

    mentor_id: str
    mentee_id: str

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.mentor_id", self.mentor_id)
        yield from non_empty("$.mentee_id", self.mentee_id)
        if self.mentor_id == self.mentee_id:
            yield Problem("$.mentee_id", "a person cannot mentor themself")


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


def _kind_problems(
    path: str, value: object, kind: type[enum.Enum]
) -> Iterator[Problem]:
    if not isinstance(value, kind):
        yield Problem(path, f"expected a {kind.__name__}, got {describe(value)}")


def _each(label: str, values: tuple[object, ...], kind: type) -> Iterator[Problem]:
    for i, value in enumerate(values):
        if not isinstance(value, kind):
            yield Problem(
                f"$.{label}[{i}]", f"expected a {kind.__name__}, got {describe(value)}"
            )


def _raise(problems: Iterable[Problem], subject: str) -> None:
    found = list(problems)
    if found:
        raise ValidationError(found, subject=subject)


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

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        first: dict[CriterionKind, int] = {}
        for i, criterion in enumerate(self.criteria):
            if criterion.kind in first:
                yield Problem(
                    f"$.criteria[{i}].kind",
                    f"criterion {criterion.kind.value!r} is already at"
                    f" $.criteria[{first[criterion.kind]}]",
                )
            else:
                first[criterion.kind] = i
        if not any(c.weight > 0 for c in self.criteria):
            yield Problem("$.criteria", "at least one criterion needs a weight above 0")
        elif not math.isfinite(sum(float(c.weight) for c in self.criteria)):
            yield Problem("$.criteria", "the weights add up to infinity")
        locked_mentees: dict[str, int] = {}
        forbidden = set(self.forbidden)
        for i, ref in enumerate(self.locked):
            if ref.mentee_id in locked_mentees:
                yield Problem(
                    f"$.locked[{i}].mentee_id",
                    f"mentee {ref.mentee_id!r} is already locked at"
                    f" $.locked[{locked_mentees[ref.mentee_id]}]",
                )
            else:
                locked_mentees[ref.mentee_id] = i
            if ref in forbidden:
                yield Problem(
                    f"$.locked[{i}]",
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

    def with_weight(self, kind: CriterionKind, weight: float) -> "CompatibilityModel":
        """The same model with the criterion *kind* weighted *weight* (added at
        the end when missing).

        Raises:
            ~mentoring.errors.ValidationError: *kind* is not a
                :class:`CriterionKind` or *weight* not a number >= 0.
        """
        problems = list(_kind_problems("$.kind", kind, CriterionKind))
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            problems.append(
                Problem("$.weight", f"expected a number, got {describe(weight)}")
            )
        _raise(problems, "with_weight")
        if any(c.kind is kind for c in self.criteria):
            criteria = tuple(
                attrs.evolve(c, weight=weight) if c.kind is kind else c
                for c in self.criteria
            )
        else:
            criteria = (*self.criteria, Criterion(kind=kind, weight=weight))
        return attrs.evolve(self, criteria=criteria)

    def with_constraints(self, *constraints: Constraint) -> "CompatibilityModel":
        """The same model with *constraints* added.

        Raises:
            ~mentoring.errors.ValidationError: an argument is not a
                :class:`Constraint` (path ``$.constraints[i]``, the argument's
                position).
        """
        _raise(_each("constraints", constraints, Constraint), "with_constraints")
        return attrs.evolve(self, constraints=(*self.constraints, *constraints))

    def with_forbidden(self, *pairs: PairRef) -> "CompatibilityModel":
        """The same model with *pairs* forbidden.

        Raises:
            ~mentoring.errors.ValidationError: an argument is not a
                :class:`PairRef`, or a pair is also locked.
        """
        _raise(_each("pairs", pairs, PairRef), "with_forbidden")
        return attrs.evolve(self, forbidden=(*self.forbidden, *pairs))

    def with_locked(self, *pairs: PairRef) -> "CompatibilityModel":
        """The same model with *pairs* locked (assigned first, kept as they are).

        Raises:
            ~mentoring.errors.ValidationError: an argument is not a
                :class:`PairRef`, a mentee is locked twice, or a pair is
                also forbidden.
        """
        _raise(_each("pairs", pairs, PairRef), "with_locked")
        return attrs.evolve(self, locked=(*self.locked, *pairs))

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
                :class:`~mentoring._enums.MenteeCategory`.
        """
        _raise(_each("categories", categories, MenteeCategory), "with_curator_for")
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
        ``MentorFunction.PARALLEL_COLLEAGUE``).

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
    def certified_mentors(
        cls, level: MentorLevel | None = None
    ) -> "CompatibilityModel":
        """Moldovan and Romanian practice: only certified mentors (national,
        regional, institutional mentor, or *profesor mentor*), optionally at
        one network *level*; the same discipline and district count most.

        .. versionadded:: 0.1.0
        """
        if level is not None:
            _raise(_kind_problems("$.level", level, MentorLevel), "certified_mentors")
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
