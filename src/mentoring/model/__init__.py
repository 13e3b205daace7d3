"""The nouns of mentoring programmes: frozen attrs classes and enums.

Everything here is re-exported from :mod:`mentoring`. The names load lazily
(PEP 562), so any module may import a submodule such as
:mod:`mentoring.model.enums` without loading the whole model first.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
        TRANSITIONS,
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
        ACTIVITY_TRANSITIONS,
        Activity,
        ActivityTiming,
        Duty,
        MentoringPlan,
        PlanStep,
        PlanTemplate,
        TemplateActivity,
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

_WHERE = {
    "ACTIVITY_TRANSITIONS": "plans",
    "ActivityTiming": "plans",
    "Duty": "plans",
    "PlanTemplate": "plans",
    "TemplateActivity": "plans",
    "Achievement": "records",
    "AchievementKind": "enums",
    "Activity": "plans",
    "ActivityStatus": "enums",
    "Approach": "enums",
    "Assessment": "criteria",
    "Certification": "people",
    "CertificationKind": "enums",
    "CriterionStatus": "enums",
    "DeliveryMode": "enums",
    "Event": "records",
    "EventKind": "enums",
    "Group": "pairs",
    "Measurement": "records",
    "Mentee": "people",
    "MenteeCategory": "enums",
    "Mentor": "people",
    "MentorFunction": "enums",
    "MentorLevel": "enums",
    "MentorOrigin": "enums",
    "MentoringForm": "enums",
    "MentoringPlan": "plans",
    "Pair": "pairs",
    "PairStatus": "enums",
    "Person": "people",
    "PlanStep": "plans",
    "Program": "program",
    "ReviewKind": "enums",
    "Role": "enums",
    "Scope": "enums",
    "SuccessCriterion": "criteria",
    "SurveyResponse": "records",
    "TRANSITIONS": "pairs",
    "Transition": "pairs",
    "WorkMethod": "enums",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"mentoring.model.{module}"), name)


__all__ = [
    "ACTIVITY_TRANSITIONS",
    "TRANSITIONS",
    "Achievement",
    "AchievementKind",
    "Activity",
    "ActivityStatus",
    "ActivityTiming",
    "Approach",
    "Assessment",
    "Certification",
    "CertificationKind",
    "CriterionStatus",
    "DeliveryMode",
    "Duty",
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
    "PlanTemplate",
    "Program",
    "ReviewKind",
    "Role",
    "Scope",
    "SuccessCriterion",
    "SurveyResponse",
    "TemplateActivity",
    "Transition",
    "WorkMethod",
]
