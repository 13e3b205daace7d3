"""The nouns of mentoring programmes: frozen attrs classes and enums.

This is the one public home of every model class and enum; the most used
ones are also re-exported from :mod:`mentoring`. The names load lazily
(PEP 562): importing one implementation module of the model does not load
the whole model first.
"""

from typing import TYPE_CHECKING

from mentoring._lazy import lazy_names

if TYPE_CHECKING:
    from mentoring._enums import (
        AchievementKind,
        ActivityStatus,
        Approach,
        CertificationKind,
        ContactKind,
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
    from mentoring.model._criteria import (
        Assessment,
        SuccessCriterion,
    )
    from mentoring.model._pairs import (
        TRANSITIONS,
        Group,
        MentorAgreement,
        Pair,
        Transition,
    )
    from mentoring.model._people import (
        Certification,
        Mentee,
        Mentor,
        Person,
    )
    from mentoring.model._plans import (
        ACTIVITY_TRANSITIONS,
        Activity,
        ActivityTiming,
        Duty,
        MentoringPlan,
        PlanStep,
        PlanTemplate,
        TemplateActivity,
    )
    from mentoring.model._program import (
        Program,
    )
    from mentoring.model._records import (
        Achievement,
        Event,
        Measurement,
        QualitativeReport,
        SurveyResponse,
    )

_WHERE = {
    "ACTIVITY_TRANSITIONS": "mentoring.model._plans",
    "ActivityTiming": "mentoring.model._plans",
    "Duty": "mentoring.model._plans",
    "PlanTemplate": "mentoring.model._plans",
    "TemplateActivity": "mentoring.model._plans",
    "Achievement": "mentoring.model._records",
    "AchievementKind": "mentoring._enums",
    "Activity": "mentoring.model._plans",
    "ActivityStatus": "mentoring._enums",
    "Approach": "mentoring._enums",
    "Assessment": "mentoring.model._criteria",
    "Certification": "mentoring.model._people",
    "CertificationKind": "mentoring._enums",
    "ContactKind": "mentoring._enums",
    "CriterionStatus": "mentoring._enums",
    "DeliveryMode": "mentoring._enums",
    "Event": "mentoring.model._records",
    "EventKind": "mentoring._enums",
    "Group": "mentoring.model._pairs",
    "Measurement": "mentoring.model._records",
    "Mentee": "mentoring.model._people",
    "MenteeCategory": "mentoring._enums",
    "Mentor": "mentoring.model._people",
    "MentorFunction": "mentoring._enums",
    "MentorLevel": "mentoring._enums",
    "MentorOrigin": "mentoring._enums",
    "MentorAgreement": "mentoring.model._pairs",
    "MentoringForm": "mentoring._enums",
    "MentoringPlan": "mentoring.model._plans",
    "Pair": "mentoring.model._pairs",
    "PairStatus": "mentoring._enums",
    "Person": "mentoring.model._people",
    "PlanStep": "mentoring.model._plans",
    "Program": "mentoring.model._program",
    "QualitativeReport": "mentoring.model._records",
    "ReviewKind": "mentoring._enums",
    "Role": "mentoring._enums",
    "Scope": "mentoring._enums",
    "SuccessCriterion": "mentoring.model._criteria",
    "SurveyResponse": "mentoring.model._records",
    "TRANSITIONS": "mentoring.model._pairs",
    "Transition": "mentoring.model._pairs",
    "WorkMethod": "mentoring._enums",
}


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
    "ContactKind",
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
    "MentorAgreement",
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
    "QualitativeReport",
    "ReviewKind",
    "Role",
    "Scope",
    "SuccessCriterion",
    "SurveyResponse",
    "TemplateActivity",
    "Transition",
    "WorkMethod",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _WHERE, __all__)
