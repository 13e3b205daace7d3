"""Labels of the calendar and schedule enums: weekdays
(:class:`mentoring.calendar.Weekday`), recurrence frequencies
(:class:`mentoring.schedule.Frequency`) and the timing of a template's
activity (:class:`mentoring.model.ActivityTiming`).
"""

from mentoring._i18n import N_

__all__ = ["TIME_LABELS"]

#: Enum class name -> member value -> English label (translated with
#: :func:`mentoring._i18n.tr`, or ``tr_ctx`` for a label in a context).
TIME_LABELS: dict[str, dict[str, str]] = {
    "Weekday": {
        "monday": N_("Monday"),
        "tuesday": N_("Tuesday"),
        "wednesday": N_("Wednesday"),
        "thursday": N_("Thursday"),
        "friday": N_("Friday"),
        "saturday": N_("Saturday"),
        "sunday": N_("Sunday"),
    },
    "DayShift": {
        "next": N_("To the next school day"),
        "previous": N_("To the previous school day"),
        "nearest": N_("To the nearest school day"),
    },
    "Frequency": {
        "daily": N_("Daily"),
        "weekly": N_("Weekly"),
        "monthly": N_("Monthly"),
        "yearly": N_("Yearly"),
    },
    "ActivityTiming": {
        "at_start": N_("At the start of the plan"),
        "monthly": N_("Every month"),
        "each_term": N_("At each term's current control"),
        "at_end": N_("At the end of the plan"),
    },
}
