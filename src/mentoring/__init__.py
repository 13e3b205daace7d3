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

from mentoring.calendar import AcademicYear, Holiday, Term
from mentoring.errors import (
    MatchingError,
    MentoringError,
    Problem,
    TransitionError,
    ValidationError,
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

__version__ = "0.1.0.dev0"

__all__ = [
    "AcademicYear",
    "Achievement",
    "AchievementKind",
    "Activity",
    "ActivityStatus",
    "Approach",
    "Assessment",
    "Certification",
    "CertificationKind",
    "CriterionStatus",
    "DeliveryMode",
    "Event",
    "EventKind",
    "Group",
    "Holiday",
    "MatchingError",
    "Measurement",
    "Mentee",
    "MenteeCategory",
    "Mentor",
    "MentorFunction",
    "MentorLevel",
    "MentorOrigin",
    "MentoringError",
    "MentoringForm",
    "MentoringPlan",
    "Pair",
    "PairStatus",
    "Person",
    "PlanStep",
    "Problem",
    "Program",
    "ReviewKind",
    "Role",
    "Scope",
    "SuccessCriterion",
    "SurveyResponse",
    "Term",
    "Transition",
    "TransitionError",
    "ValidationError",
    "WorkMethod",
    "__version__",
]
