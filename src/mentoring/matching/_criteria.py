"""The parts of a compatibility model: the kinds of soft criteria and hard
constraints, a weighted :class:`Criterion`, a :class:`Constraint`, the school
:class:`GradeBand` and a :class:`PairRef` naming a pair by ids.
"""

import enum
from collections.abc import Iterator

import attrs

from mentoring._checks import check, non_empty
from mentoring._enums import (
    CertificationKind,
    MenteeCategory,
    MentorFunction,
    MentorLevel,
)
from mentoring._problems import empty, out_of_range, problem
from mentoring.errors import Problem
from mentoring.model._people import MAX_GRADE

__all__ = [
    "DEFAULT_GRADE_BANDS",
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
      more years of experience;
    * ``mentee_category``: the function is for mentees of
      ``Constraint.categories`` only (the Russian preset gives the parallel
      colleague to newly arrived teachers); other mentees are left out of
      the run (``UnmatchedReason.NOT_FOR_FUNCTION``).

    .. versionadded:: 0.1.0
    """

    REQUIRED_CERTIFICATION = "required_certification"
    REQUIRED_LEVEL = "required_level"
    SAME_SUBJECT = "same_subject"
    SAME_GRADES = "same_grades"
    SAME_ORGANIZATION = "same_organization"
    SAME_DISTRICT = "same_district"
    EXPERIENCE_GAP = "experience_gap"
    MENTEE_CATEGORY = "mentee_category"


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
                yield out_of_range(f"$.{field}", value, low=0, high=MAX_GRADE)
        if self.high < self.low:
            yield problem(
                "$.high", "order", f"must be >= low ({self.low}), got {self.high}"
            )

    def covers(self, grade: int) -> bool:
        """Whether *grade* is in the band."""
        return self.low <= grade <= self.high

    def describe(self) -> str:
        """The band in words, such as ``"basic, grades 5-9"``."""
        grades = f"grades {self.low}-{self.high}"
        return f"{self.name}, {grades}" if self.name else grades


class _DefaultBands(tuple[GradeBand, ...]):
    """The default bands: a plain tuple with a short repr, so that
    ``help(Criterion)`` shows the name instead of three bands.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "DEFAULT_GRADE_BANDS"


#: The default grade bands of the ``same_grades`` criterion: primary (0-4,
#: 0 being a preparatory or pre-school class), basic (5-9) and senior
#: (10-13) school, as in Russia, Kazakhstan and Moldova. Romania's
#: gymnasium is 5-8 and its lyceum 9-12: pass your own bands.
DEFAULT_GRADE_BANDS: tuple[GradeBand, ...] = _DefaultBands(
    (
        GradeBand(low=0, high=4, name="primary"),
        GradeBand(low=5, high=9, name="basic"),
        GradeBand(low=10, high=13, name="senior"),
    )
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
            yield out_of_range("$.weight", self.weight, low=0)
        if self.years < 1:
            yield out_of_range("$.years", self.years, low=1)
        if not 0 <= self.band_credit <= 1:
            yield out_of_range("$.band_credit", self.band_credit, low=0, high=1)
        bands = self.grade_bands
        reach: int | None = None  # the band reaching highest so far
        for i in sorted(range(len(bands)), key=lambda i: (bands[i].low, i)):
            if reach is not None and bands[i].low <= bands[reach].high:
                yield problem(
                    f"$.grade_bands[{i}]",
                    "conflict",
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
    ``required_level``, ``years`` to ``experience_gap`` and ``categories``
    to ``mentee_category``.

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
    categories: frozenset[MenteeCategory] = frozenset()

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        kind = self.kind
        if kind is ConstraintKind.MENTEE_CATEGORY and not self.categories:
            yield empty("$.categories")
        if kind is not ConstraintKind.MENTEE_CATEGORY and self.categories:
            yield _unused("$.categories", kind)
        if kind is ConstraintKind.REQUIRED_CERTIFICATION and not self.certifications:
            yield empty("$.certifications")
        if kind is not ConstraintKind.REQUIRED_CERTIFICATION and self.certifications:
            yield _unused("$.certifications", kind)
        if kind is ConstraintKind.REQUIRED_LEVEL and not self.levels:
            yield empty("$.levels")
        if kind is not ConstraintKind.REQUIRED_LEVEL and self.levels:
            yield _unused("$.levels", kind)
        if self.years < 0:
            yield out_of_range("$.years", self.years, low=0)
        if kind is not ConstraintKind.EXPERIENCE_GAP and self.years:
            yield _unused("$.years", kind)

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
            yield problem("$.mentee_id", "self", "a person cannot mentor themself")


def _unused(path: str, kind: ConstraintKind) -> Problem:
    return problem(path, "rule", f"not used by {kind.value!r}")
