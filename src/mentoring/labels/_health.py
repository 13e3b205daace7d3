"""Labels of the health-signal enums (:mod:`mentoring.health`)."""

from mentoring.labels._types import Labels

__all__ = ["HEALTH_LABELS"]

L = Labels

HEALTH_LABELS: dict[str, dict[str, L]] = {
    "Severity": {
        "info": L("Information", "Информация", "Informare"),
        "warning": L("Warning", "Предупреждение", "Avertisment"),
        "critical": L("Critical", "Критично", "Critic"),
    },
    "SignalKind": {
        "no_recent_activity": L(
            "No recent activity",
            "Давно нет мероприятий",
            "Nicio activitate recentă",
        ),
        "overdue_activities": L(
            "Overdue activities", "Просроченные мероприятия", "Activități restante"
        ),
        "no_assessment_this_term": L(
            "No assessment this term",
            "Нет оценки в текущей четверти",
            "Nicio evaluare în semestrul curent",
        ),
        "slow_start": L(
            "Slow start of the plan",
            "Медленный старт плана",
            "Început lent al planului",
        ),
        "no_plan": L(
            "No mentoring plan", "Нет плана наставничества", "Fără plan de mentorat"
        ),
        "low_contact": L(
            "Too little contact",
            "Мало времени совместной работы",
            "Prea puțin timp de lucru împreună",
        ),
        "off_school_day": L(
            "Activity on a day without school",
            "Мероприятие в неучебный день",
            "Activitate într-o zi fără cursuri",
        ),
    },
}
