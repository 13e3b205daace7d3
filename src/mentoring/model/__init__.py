"""The nouns of mentoring programmes: frozen attrs classes and enums.

Everything here is re-exported from :mod:`mentoring`.
"""

from mentoring.model.criteria import Assessment, SuccessCriterion
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
from mentoring.model.pairs import TRANSITIONS, Group, Pair, Transition
from mentoring.model.people import Certification, Mentee, Mentor, Person
from mentoring.model.plans import Activity, MentoringPlan, PlanStep
from mentoring.model.program import Program
from mentoring.model.records import Achievement, Event, Measurement, SurveyResponse

__all__ = [
    "TRANSITIONS",
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
    "Measurement",
    "Mentee",
    "MenteeCategory",
    "Mentor",
    "MentorFunction",
    "MentorLevel",
    "MentorOrigin",
    "MentoringForm",
    "MentoringPlan",
    "Pair",
    "PairStatus",
    "Person",
    "PlanStep",
    "Program",
    "ReviewKind",
    "Role",
    "Scope",
    "SuccessCriterion",
    "SurveyResponse",
    "Transition",
    "WorkMethod",
]
