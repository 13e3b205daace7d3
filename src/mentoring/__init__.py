"""mentoring: the domain logic of mentoring programmes.

Types for people and their roles, pairs and groups, plans and success
criteria, the records that indicators count, and the functions that match
mentors with mentees, measure progress and compute programme indicators.
Teachers first (the Russian, Kazakh, Romanian and Moldovan practice), any
workplace through the same types.

>>> import mentoring as m
>>> m.PairStatus.ACTIVE.value
'active'
"""

from mentoring import indicators, labels
from mentoring.calendar import TERM_SYSTEMS, AcademicYear, Holiday, Term, TermSystem
from mentoring.errors import (
    MatchingError,
    MentoringError,
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
from mentoring.indicators import Report, Snapshot
from mentoring.labels import label
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
from mentoring.model.criteria import (
    Assessment,
    SuccessCriterion,
)
from mentoring.model.enums import (
    AchievementKind,
    ActivityStatus,
    Approach,
    CertificationKind,
    CriterionStatus,
    DeliveryMode,
    EventKind,
    MenteeCategory,
    MentorFunction,
    MentoringForm,
    MentorLevel,
    MentorOrigin,
    PairStatus,
    ReviewKind,
    Role,
    Scope,
    WorkMethod,
)
from mentoring.model.pairs import (
    Group,
    Pair,
    Transition,
)
from mentoring.model.people import (
    Certification,
    Mentee,
    Mentor,
    Person,
)
from mentoring.model.plans import (
    Activity,
    MentoringPlan,
    PlanStep,
    PlanTemplate,
)
from mentoring.model.program import (
    Program,
)
from mentoring.model.records import (
    Achievement,
    Event,
    Measurement,
    SurveyResponse,
)
from mentoring.reports import ControlReport, control_report
from mentoring.schedule import Schedule
from mentoring.score import Score, ScorePart
from mentoring.scoring import ProgressWeights, plan_progress

__version__ = "0.1.0.dev0"

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
