"""Labels of the calendar and schedule enums: weekdays
(:class:`mentoring.calendar.Weekday`), recurrence frequencies
(:class:`mentoring.schedule.Frequency`) and the timing of a template's
activity (:class:`mentoring.model.ActivityTiming`).
"""

from mentoring.labels._types import Labels

__all__ = ["TIME_LABELS"]

L = Labels

TIME_LABELS: dict[str, dict[str, L]] = {
    "Weekday": {
        "monday": L("Monday", "Понедельник", "Luni", "Дүйсенбі"),
        "tuesday": L("Tuesday", "Вторник", "Marți", "Сейсенбі"),
        "wednesday": L("Wednesday", "Среда", "Miercuri", "Сәрсенбі"),
        "thursday": L("Thursday", "Четверг", "Joi", "Бейсенбі"),
        "friday": L("Friday", "Пятница", "Vineri", "Жұма"),
        "saturday": L("Saturday", "Суббота", "Sâmbătă", "Сенбі"),
        "sunday": L("Sunday", "Воскресенье", "Duminică", "Жексенбі"),
    },
    "DayShift": {
        "next": L(
            "To the next school day",
            "На следующий учебный день",
            "În următoarea zi de școală",
        ),
        "previous": L(
            "To the previous school day",
            "На предыдущий учебный день",
            "În ziua de școală anterioară",
        ),
        "nearest": L(
            "To the nearest school day",
            "На ближайший учебный день",
            "În cea mai apropiată zi de școală",
        ),
    },
    "Frequency": {
        "daily": L("Daily", "Ежедневно", "Zilnic", "Күн сайын"),
        "weekly": L("Weekly", "Еженедельно", "Săptămânal", "Апта сайын"),
        "monthly": L("Monthly", "Ежемесячно", "Lunar", "Ай сайын"),
        "yearly": L("Yearly", "Ежегодно", "Anual", "Жыл сайын"),
    },
    "ActivityTiming": {
        "at_start": L(
            "At the start of the plan",
            "В начале срока плана",
            "La începutul perioadei planului",
        ),
        "monthly": L("Every month", "Ежемесячно", "Lunar"),
        "each_term": L(
            "At each term's current control",
            "К текущему контролю каждой четверти",
            "La controlul curent din fiecare semestru",
        ),
        "at_end": L(
            "At the end of the plan",
            "В конце срока плана",
            "La sfârșitul perioadei planului",
        ),
    },
}
