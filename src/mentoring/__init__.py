"""mentoring: the domain logic of mentoring programmes.

Types for people and their roles, pairs and groups, plans and success
criteria, the records that indicators count, and the functions that match
mentors with mentees, measure progress and compute programme indicators.
Teachers first (the Russian, Kazakh, Romanian and Moldovan practice), any
workplace through the same types.

The most used names are re-exported here from their public modules
(:mod:`mentoring.model`, :mod:`mentoring.matching`, :mod:`mentoring.calendar`,
...); each also has exactly one home there. They load lazily (PEP 562):
``import mentoring`` costs almost nothing until a name is used.

>>> import mentoring as m
>>> m.PairStatus.ACTIVE.value
'active'
"""

from typing import TYPE_CHECKING

from mentoring._lazy import lazy_names
from mentoring._version import __version__

if TYPE_CHECKING:
    from mentoring import indicators, labels
    from mentoring.calendar import (
        TERM_SYSTEMS,
        AcademicYear,
        Holiday,
        Term,
        TermSystem,
    )
    from mentoring.errors import (
        MatchingError,
        MentoringError,
        NotFoundError,
        Problem,
        TransitionError,
        ValidationError,
    )
    from mentoring.health import (
        HealthThresholds,
        Severity,
        Signal,
        SignalKind,
        pair_signals,
        program_signals,
    )
    from mentoring.indicators import (
        Report,
        Snapshot,
    )
    from mentoring.labels import (
        label,
    )
    from mentoring.matching import (
        Assignment,
        CompatibilityModel,
        Matching,
        MentorLoad,
        Suggestion,
        Unmatched,
        UnmatchedReason,
        eligible_mentors,
        match,
        match_program,
        suggest,
    )
    from mentoring.model import (
        Achievement,
        AchievementKind,
        Activity,
        ActivityStatus,
        Approach,
        Assessment,
        Certification,
        CertificationKind,
        CriterionStatus,
        DeliveryMode,
        Event,
        EventKind,
        Group,
        Measurement,
        Mentee,
        MenteeCategory,
        Mentor,
        MentorFunction,
        MentoringForm,
        MentoringPlan,
        MentorLevel,
        MentorOrigin,
        Pair,
        PairStatus,
        Person,
        PlanStep,
        PlanTemplate,
        Program,
        ReviewKind,
        Role,
        Scope,
        SuccessCriterion,
        SurveyResponse,
        Transition,
        WorkMethod,
    )
    from mentoring.progress import (
        ProgressWeights,
        plan_progress,
    )
    from mentoring.reports import (
        ControlReport,
        control_report,
    )
    from mentoring.schedule import (
        Schedule,
    )
    from mentoring.score import (
        Score,
        ScorePart,
    )

#: Where each re-exported name lives.
_WHERE = {
    "AcademicYear": "mentoring.calendar",
    "Achievement": "mentoring.model",
    "AchievementKind": "mentoring.model",
    "Activity": "mentoring.model",
    "ActivityStatus": "mentoring.model",
    "Approach": "mentoring.model",
    "Assessment": "mentoring.model",
    "Assignment": "mentoring.matching",
    "Certification": "mentoring.model",
    "CertificationKind": "mentoring.model",
    "CompatibilityModel": "mentoring.matching",
    "ControlReport": "mentoring.reports",
    "CriterionStatus": "mentoring.model",
    "DeliveryMode": "mentoring.model",
    "Event": "mentoring.model",
    "EventKind": "mentoring.model",
    "Group": "mentoring.model",
    "HealthThresholds": "mentoring.health",
    "Holiday": "mentoring.calendar",
    "Matching": "mentoring.matching",
    "MatchingError": "mentoring.errors",
    "Measurement": "mentoring.model",
    "Mentee": "mentoring.model",
    "MenteeCategory": "mentoring.model",
    "Mentor": "mentoring.model",
    "MentorFunction": "mentoring.model",
    "MentorLevel": "mentoring.model",
    "MentorLoad": "mentoring.matching",
    "MentorOrigin": "mentoring.model",
    "MentoringError": "mentoring.errors",
    "MentoringForm": "mentoring.model",
    "MentoringPlan": "mentoring.model",
    "NotFoundError": "mentoring.errors",
    "Pair": "mentoring.model",
    "PairStatus": "mentoring.model",
    "Person": "mentoring.model",
    "PlanStep": "mentoring.model",
    "PlanTemplate": "mentoring.model",
    "Problem": "mentoring.errors",
    "Program": "mentoring.model",
    "ProgressWeights": "mentoring.progress",
    "Report": "mentoring.indicators",
    "ReviewKind": "mentoring.model",
    "Role": "mentoring.model",
    "Schedule": "mentoring.schedule",
    "Scope": "mentoring.model",
    "Score": "mentoring.score",
    "ScorePart": "mentoring.score",
    "Severity": "mentoring.health",
    "Signal": "mentoring.health",
    "SignalKind": "mentoring.health",
    "Snapshot": "mentoring.indicators",
    "SuccessCriterion": "mentoring.model",
    "Suggestion": "mentoring.matching",
    "SurveyResponse": "mentoring.model",
    "TERM_SYSTEMS": "mentoring.calendar",
    "Term": "mentoring.calendar",
    "TermSystem": "mentoring.calendar",
    "Transition": "mentoring.model",
    "TransitionError": "mentoring.errors",
    "Unmatched": "mentoring.matching",
    "UnmatchedReason": "mentoring.matching",
    "ValidationError": "mentoring.errors",
    "WorkMethod": "mentoring.model",
    "control_report": "mentoring.reports",
    "eligible_mentors": "mentoring.matching",
    "label": "mentoring.labels",
    "match": "mentoring.matching",
    "match_program": "mentoring.matching",
    "pair_signals": "mentoring.health",
    "plan_progress": "mentoring.progress",
    "program_signals": "mentoring.health",
    "suggest": "mentoring.matching",
}

_MODULES = frozenset({"indicators", "labels"})


__all__ = [
    "TERM_SYSTEMS",
    "AcademicYear",
    "Achievement",
    "AchievementKind",
    "Activity",
    "ActivityStatus",
    "Approach",
    "Assessment",
    "Assignment",
    "Certification",
    "CertificationKind",
    "CompatibilityModel",
    "ControlReport",
    "CriterionStatus",
    "DeliveryMode",
    "Event",
    "EventKind",
    "Group",
    "HealthThresholds",
    "Holiday",
    "Matching",
    "MatchingError",
    "Measurement",
    "Mentee",
    "MenteeCategory",
    "Mentor",
    "MentorFunction",
    "MentorLevel",
    "MentorLoad",
    "MentorOrigin",
    "MentoringError",
    "MentoringForm",
    "MentoringPlan",
    "NotFoundError",
    "Pair",
    "PairStatus",
    "Person",
    "PlanStep",
    "PlanTemplate",
    "Problem",
    "Program",
    "ProgressWeights",
    "Report",
    "ReviewKind",
    "Role",
    "Schedule",
    "Scope",
    "Score",
    "ScorePart",
    "Severity",
    "Signal",
    "SignalKind",
    "Snapshot",
    "SuccessCriterion",
    "Suggestion",
    "SurveyResponse",
    "Term",
    "TermSystem",
    "Transition",
    "TransitionError",
    "Unmatched",
    "UnmatchedReason",
    "ValidationError",
    "WorkMethod",
    "__version__",
    "control_report",
    "eligible_mentors",
    "indicators",
    "label",
    "labels",
    "match",
    "match_program",
    "pair_signals",
    "plan_progress",
    "program_signals",
    "suggest",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _WHERE, __all__, _MODULES)
