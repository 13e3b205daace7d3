"""Labels of the health-signal enums (:mod:`mentoring.health`)."""

from mentoring._i18n import N_

__all__ = ["HEALTH_LABELS"]

#: Enum class name -> member value -> English label (translated with
#: :func:`mentoring._i18n.tr`, or ``tr_ctx`` for a label in a context).
HEALTH_LABELS: dict[str, dict[str, str]] = {
    "Severity": {
        "info": N_("Information"),
        "warning": N_("Warning"),
        "critical": N_("Critical"),
    },
    "SignalKind": {
        "no_recent_activity": N_("No recent activity"),
        "overdue_activities": N_("Overdue activities"),
        "no_assessment_this_term": N_("No assessment this term"),
        "slow_start": N_("Slow start of the plan"),
        "no_plan": N_("No mentoring plan"),
        "low_contact": N_("Too little contact"),
        "off_school_day": N_("Activity on a day without school"),
    },
}
