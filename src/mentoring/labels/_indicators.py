"""Labels of the indicator enums and of the export columns."""

from mentoring.labels._types import Labels

__all__ = ["INDICATOR_LABELS"]

L = Labels

INDICATOR_LABELS: dict[str, dict[str, L]] = {
    "Unit": {
        "persons": L("persons", "чел.", "persoane"),
        "pairs": L("pairs", "пар", "perechi"),
        "events": L("events", "мероприятий", "evenimente"),
        "items": L("items", "ед.", "unități"),
        "share": L("share", "доля", "pondere"),
        "score": L("score", "балл", "scor"),
        "days": L("days", "дней", "zile"),
    },
    "Kind": {
        "stock": L("on the date", "на дату", "la dată"),
        "cumulative": L(
            "since the year's start",
            "нарастающим итогом",
            "cumulat de la începutul anului",
        ),
        "rate": L("rate", "доля", "rată"),
        "average": L("average", "среднее", "medie"),
    },
    "Direction": {
        "higher_is_better": L(
            "higher is better", "чем больше, тем лучше", "mai mare este mai bine"
        ),
        "lower_is_better": L(
            "lower is better", "чем меньше, тем лучше", "mai mic este mai bine"
        ),
        "neutral": L("no good direction", "не оценивается", "fără direcție preferată"),
    },
    "Source": {
        "computed": L("computed", "рассчитано", "calculat"),
        "measured": L("measured", "измерено", "măsurat"),
        "either": L(
            "computed or measured", "рассчитано или измерено", "calculat sau măsurat"
        ),
    },
    "Provenance": {
        "computed": L("computed", "рассчитано", "calculat"),
        "measured": L("measured", "измерено", "măsurat"),
        "mixed": L(
            "computed and measured", "рассчитано и измерено", "calculat și măsurat"
        ),
        "missing": L("missing", "нет данных", "lipsă"),
    },
    "Verdict": {
        "improved": L("improved", "улучшилось", "s-a îmbunătățit"),
        "unchanged": L("unchanged", "без изменений", "neschimbat"),
        "worsened": L("worsened", "ухудшилось", "s-a înrăutățit"),
        "changed": L("changed", "изменилось", "s-a schimbat"),
        "unknown": L("unknown", "нет данных", "necunoscut"),
    },
    "Column": {
        "code": L("Code", "Код", "Cod"),
        "group": L("Group", "Группа", "Grup"),
        "indicator": L("Indicator", "Показатель", "Indicator"),
        "value": L("Value", "Значение", "Valoare"),
        "unit": L("Unit", "Ед. изм.", "Unitate"),
        "kind": L("Counted", "Способ подсчёта", "Mod de calcul"),
        "direction": L("Direction", "Направление", "Direcție"),
        "provenance": L("Source", "Источник", "Sursă"),
        "numerator": L("Numerator", "Числитель", "Numărător"),
        "denominator": L("Denominator", "Знаменатель", "Numitor"),
        "reported": L(
            "Organizations reporting", "Организаций с данными", "Instituții cu date"
        ),
        "missing": L(
            "Organizations missing", "Организаций без данных", "Instituții fără date"
        ),
        "ids": L("Counted ids", "Учтённые идентификаторы", "Identificatori numărați"),
        "on": L("Date", "Дата", "Data"),
        "organization": L("Organization", "Организация", "Instituție"),
        "district": L("District", "Район", "Raion"),
        "region": L("Region", "Регион", "Regiune"),
        "start": L("At the start", "На начало", "La început"),
        "review": L("At the review", "На дату итогов", "La bilanț"),
        "delta": L("Change", "Изменение", "Variație"),
        "growth": L("Growth", "Прирост", "Creștere"),
        "verdict": L("Verdict", "Оценка", "Verdict"),
        "target": L("Target", "Целевое значение", "Țintă"),
        "attained": L("Attained", "Достигнуто", "Atins"),
        "suppressed": L("Suppressed", "Скрыто", "Ascuns"),
        "start_on": L("Start date", "Дата начала", "Data de început"),
        "review_on": L("Review date", "Дата итогов", "Data bilanțului"),
    },
}
