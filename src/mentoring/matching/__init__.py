"""Who mentors whom: eligibility, explainable compatibility, assignment.

:func:`match` runs three steps, each replaceable:

1. **Eligibility**, the hard constraints: who may mentor at all
   (:func:`eligible_mentors`, a preset's required certification or level) and
   which pairs may be made (not oneself, places left, the same subject for a
   subject mentor, avoided or forbidden pairs, a custom ``allow`` rule);
2. **Compatibility**, the soft criteria of a :class:`CompatibilityModel`: a
   weighted mean in [0, 1] whose parts explain it
   (:class:`~mentoring.score.Score`; :func:`suggest` for one mentee);
3. **Assignment**: ``stable``, ``optimal`` or ``greedy`` (:func:`assign`
   alone for your own scores).

:func:`blocking_pairs` audits the result, or any assignment.

>>> from mentoring import Mentee, Mentor, Person
>>> from mentoring.matching import match
>>> mentor = Mentor(person=Person(id="m1", name="Ann", subjects=frozenset({"maths"})))
>>> mentee = Mentee(person=Person(id="e1", name="Bob", subjects=frozenset({"maths"})))
>>> result = match([mentor], [mentee])
>>> result.assignments[0].score.part("same_subject").reason
'teaches maths'
"""

from typing import TYPE_CHECKING

from mentoring._lazy import lazy_names

if TYPE_CHECKING:
    from mentoring.matching._assignment import assign
    from mentoring.matching._criteria import (
        DEFAULT_GRADE_BANDS,
        Constraint,
        ConstraintKind,
        Criterion,
        CriterionKind,
        GradeBand,
        PairRef,
    )
    from mentoring.matching._eligibility import eligible_mentors
    from mentoring.matching._groups import (
        GROUP_ATTRIBUTES,
        FormedGroup,
        Grouping,
        Unplaced,
        UnplacedReason,
        match_groups,
    )
    from mentoring.matching._match import match, match_program, suggest
    from mentoring.matching._model import CompatibilityModel
    from mentoring.matching._quality import MatchingQuality, quality
    from mentoring.matching._rematch import at_least, rematch
    from mentoring.matching._result import (
        Assignment,
        Exclusion,
        Matching,
        MentorLoad,
        Suggestion,
        Unmatched,
        UnmatchedReason,
    )
    from mentoring.matching._rules import Allow
    from mentoring.matching._stability import blocking_pairs

_WHERE = {
    "Allow": "mentoring.matching._rules",
    "Assignment": "mentoring.matching._result",
    "CompatibilityModel": "mentoring.matching._model",
    "Constraint": "mentoring.matching._criteria",
    "ConstraintKind": "mentoring.matching._criteria",
    "Criterion": "mentoring.matching._criteria",
    "CriterionKind": "mentoring.matching._criteria",
    "DEFAULT_GRADE_BANDS": "mentoring.matching._criteria",
    "Exclusion": "mentoring.matching._result",
    "FormedGroup": "mentoring.matching._groups",
    "GROUP_ATTRIBUTES": "mentoring.matching._groups",
    "GradeBand": "mentoring.matching._criteria",
    "Grouping": "mentoring.matching._groups",
    "Matching": "mentoring.matching._result",
    "MatchingQuality": "mentoring.matching._quality",
    "MentorLoad": "mentoring.matching._result",
    "PairRef": "mentoring.matching._criteria",
    "Suggestion": "mentoring.matching._result",
    "Unmatched": "mentoring.matching._result",
    "UnmatchedReason": "mentoring.matching._result",
    "Unplaced": "mentoring.matching._groups",
    "UnplacedReason": "mentoring.matching._groups",
    "assign": "mentoring.matching._assignment",
    "at_least": "mentoring.matching._rematch",
    "blocking_pairs": "mentoring.matching._stability",
    "eligible_mentors": "mentoring.matching._eligibility",
    "match": "mentoring.matching._match",
    "match_groups": "mentoring.matching._groups",
    "match_program": "mentoring.matching._match",
    "quality": "mentoring.matching._quality",
    "rematch": "mentoring.matching._rematch",
    "suggest": "mentoring.matching._match",
}

__all__ = [
    "DEFAULT_GRADE_BANDS",
    "GROUP_ATTRIBUTES",
    "Allow",
    "Assignment",
    "CompatibilityModel",
    "Constraint",
    "ConstraintKind",
    "Criterion",
    "CriterionKind",
    "Exclusion",
    "FormedGroup",
    "GradeBand",
    "Grouping",
    "Matching",
    "MatchingQuality",
    "MentorLoad",
    "PairRef",
    "Suggestion",
    "Unmatched",
    "UnmatchedReason",
    "Unplaced",
    "UnplacedReason",
    "assign",
    "at_least",
    "blocking_pairs",
    "eligible_mentors",
    "match",
    "match_groups",
    "match_program",
    "quality",
    "rematch",
    "suggest",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _WHERE, __all__)
