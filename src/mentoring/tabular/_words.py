"""The words of the tabular form (private): sheet names, column headings, the
words for yes and no, in English, Russian, Romanian and Kazakh (where known).

The English words are marked with ``N_`` for the catalogues; a word this
table lacks in a language (``""``), and a heading or a sheet it does not
know, reads in English through :func:`mentoring._i18n.tr` (a new field of
the model shows up at once with a humanized heading, and the catalogues can
translate it).
"""

from mentoring._i18n import N_, tr
from mentoring._locale import lang_of
from mentoring.labels import humanize

__all__ = ["BOOLEANS", "SHEETS", "column_label", "sheet_label"]

_W = tuple[str, str, str, str]  # en, ru, ro, kk ("" = not known)
_ORDER = ("en", "ru", "ro", "kk")

#: The names of the sheets (at most 31 characters, as Excel allows).
SHEETS: dict[str, _W] = {
    "programme": (N_("Programme"), "Программа", "Program", "Бағдарлама"),
    "terms": (N_("Terms"), "Учебные периоды", "Perioade de studiu", "Тоқсандар"),
    "holidays": (N_("Holidays"), "Каникулы", "Vacanțe", "Демалыс"),
    "people": (N_("People"), "Участники", "Persoane", "Қатысушылар"),
    "certifications": (
        N_("Certificates"),
        "Сертификаты",
        "Certificate",
        "Сертификаттар",
    ),
    "mentors": (N_("Mentors"), "Наставники", "Mentori", "Тәлімгерлер"),
    "mentees": (N_("Mentees"), "Наставляемые", "Persoane mentorate", ""),
    "pairs": (N_("Pairs"), "Пары", "Perechi", "Жұптар"),
    "pair_history": (N_("Pair history"), "История пар", "Istoricul perechilor", ""),
    "groups": (N_("Groups"), "Группы", "Grupuri", "Топтар"),
    "plans": (N_("Plans"), "Планы", "Planuri", "Жоспарлар"),
    "plan_criteria": (
        N_("Plan criteria"),
        "Критерии планов",
        "Criteriile planurilor",
        "",
    ),
    "plan_steps": (N_("Plan steps"), "Этапы планов", "Etapele planurilor", ""),
    "plan_activities": (
        N_("Plan activities"),
        "Мероприятия планов",
        "Activitățile planurilor",
        "",
    ),
    "plan_assessments": (
        N_("Criteria assessments"),
        "Оценки критериев",
        "Evaluarea criteriilor",
        "",
    ),
    "plan_duties": (N_("Plan duties"), "Обязанности", "Obligații", ""),
    "events": (N_("Events"), "Мероприятия", "Evenimente", "Іс-шаралар"),
    "achievements": (N_("Achievements"), "Достижения", "Realizări", "Жетістіктер"),
    "measurements": (N_("Measurements"), "Измерения", "Măsurători", "Өлшемдер"),
    "surveys": (N_("Surveys"), "Анкеты", "Chestionare", "Сауалнамалар"),
    "instructions": (N_("Instructions"), "Инструкция", "Instrucțiuni", "Нұсқаулық"),
    "lists": (N_("lists"), "lists", "lists", "lists"),
}

#: Column headings by machine name (the same word on every sheet).
_COLUMNS: dict[str, _W] = {
    "id": (N_("Id"), "Код", "Cod", "Коды"),
    "title": (N_("Title"), "Название", "Titlu", "Атауы"),
    "name": (N_("Name"), "ФИО", "Nume", "Аты-жөні"),
    "term_name": (N_("Code"), "Код", "Cod", "Коды"),
    "holiday_name": (N_("Name"), "Название", "Denumire", "Атауы"),
    "organization": (N_("Organization"), "Организация", "Instituție", "Ұйым"),
    "district": (N_("District"), "Район", "Raion", "Аудан"),
    "region": (N_("Region"), "Регион", "Regiune", "Өңір"),
    "jurisdiction": (N_("Country code"), "Код страны", "Codul țării", ""),
    "curator_id": (N_("Curator"), "Куратор", "Coordonator", ""),
    "year_start": (N_("Year starts"), "Начало года", "Începutul anului", ""),
    "year_end": (N_("Year ends"), "Конец года", "Sfârșitul anului", ""),
    "year_system": (N_("Term system"), "Система периодов", "Structura anului", ""),
    "year_weekend": (N_("Days off"), "Выходные дни", "Zile libere", ""),
    "start": (N_("Start"), "Начало", "Început", "Басталуы"),
    "end": (N_("End"), "Окончание", "Sfârșit", "Аяқталуы"),
    "subjects": (N_("Subjects"), "Предметы", "Discipline", "Пәндер"),
    "grades": (N_("Grades"), "Классы", "Clase", "Сыныптар"),
    "experience_years": (N_("Years of experience"), "Стаж, лет", "Vechime, ani", ""),
    "languages": (N_("Languages"), "Языки", "Limbi", "Тілдер"),
    "interests": (N_("Interests"), "Интересы", "Interese", ""),
    "preferred_delivery": (
        N_("Preferred format"),
        "Желаемый формат",
        "Format preferat",
        "",
    ),
    "origin": (N_("Comes from"), "Откуда пришёл", "Proveniență", ""),
    "person_id": (N_("Person"), "Участник", "Persoana", "Қатысушы"),
    "kind": (N_("Kind"), "Вид", "Tip", "Түрі"),
    "obtained_on": (N_("Obtained on"), "Дата получения", "Data obținerii", ""),
    "issuer": (N_("Issued by"), "Кем выдан", "Emis de", ""),
    "capacity": (N_("Places"), "Число мест", "Locuri", ""),
    "functions": (N_("Functions"), "Функции", "Funcții", ""),
    "level": (N_("Level"), "Уровень", "Nivel", "Деңгейі"),
    "category": (N_("Category"), "Категория", "Categorie", "Санаты"),
    "needs": (N_("Needs"), "Затруднения", "Nevoi", ""),
    "preferred_mentor_ids": (
        N_("Preferred mentors"),
        "Желаемые наставники",
        "Mentori preferați",
        "",
    ),
    "avoided_mentor_ids": (
        N_("Mentors to avoid"),
        "Нежелательные наставники",
        "Mentori de evitat",
        "",
    ),
    "previous_mentor_id": (
        N_("Last year's mentor"),
        "Наставник прошлого года",
        "Mentorul de anul trecut",
        "",
    ),
    "requested_on": (N_("Requested on"), "Дата заявки", "Data cererii", ""),
    "mentor_id": (N_("Mentor"), "Наставник", "Mentor", "Тәлімгер"),
    "mentee_id": (N_("Mentee"), "Наставляемый", "Persoana mentorată", ""),
    "mentee_ids": (N_("Mentees"), "Наставляемые", "Persoane mentorate", ""),
    "function": (N_("Function"), "Функция", "Funcție", ""),
    "approach": (N_("Approach"), "Подход", "Abordare", ""),
    "delivery": (N_("Format"), "Формат", "Format", "Формат"),
    "form": (N_("Form"), "Форма", "Formă", "Түрі"),
    "pair_id": (N_("Pair"), "Пара", "Pereche", "Жұп"),
    "status": (N_("Status"), "Статус", "Stare", "Мәртебесі"),
    "on": (N_("Date"), "Дата", "Data", "Күні"),
    "reason": (N_("Reason"), "Причина", "Motiv", "Себебі"),
    "by": (N_("Decided by"), "Кем принято", "Decis de", ""),
    "topic": (N_("Topic"), "Тема", "Temă", "Тақырып"),
    "formed_on": (N_("Formed on"), "Дата создания", "Data formării", ""),
    "ended_on": (N_("Ended on"), "Дата окончания", "Data încheierii", ""),
    "plan_id": (N_("Plan"), "План", "Plan", "Жоспар"),
    "goal": (N_("Goal"), "Цель", "Scop", "Мақсаты"),
    "focus_issue": (N_("Focus issue"), "Проблема", "Problema", ""),
    "strategy": (N_("Strategy"), "Стратегия", "Strategie", ""),
    "template": (N_("Template"), "Шаблон", "Șablon", ""),
    "description": (N_("Description"), "Описание", "Descriere", ""),
    "task": (N_("Task"), "Задача", "Sarcină", ""),
    "methods": (N_("Methods"), "Методы", "Metode", ""),
    "criterion_id": (N_("Criterion"), "Критерий", "Criteriu", ""),
    "actions": (N_("Actions"), "Действия", "Acțiuni", ""),
    "success_criterion": (
        N_("Success criterion"),
        "Критерий успешности",
        "Criteriu de succes",
        "",
    ),
    "method": (N_("Method"), "Метод", "Metodă", ""),
    "due": (N_("Due"), "Срок", "Termen", ""),
    "done_on": (N_("Done on"), "Дата выполнения", "Data realizării", ""),
    "step_id": (N_("Step"), "Этап", "Etapă", ""),
    "notes": (N_("Notes"), "Примечания", "Note", ""),
    "assessor_id": (N_("Assessed by"), "Кто оценил", "Evaluator", ""),
    "evidence": (N_("Evidence"), "Подтверждение", "Dovezi", ""),
    "review": (N_("Review"), "Контроль", "Evaluare", ""),
    "role": (N_("Role"), "Роль", "Rol", ""),
    "text": (N_("Text"), "Текст", "Text", ""),
    "text_en": (N_("Text in English"), "Текст по-английски", "Text în engleză", ""),
    "organizer": (N_("Organizer"), "Организатор", "Organizator", ""),
    "participant_ids": (N_("Participants"), "Участники", "Participanți", ""),
    "scope": (N_("Level"), "Уровень", "Nivel", "Деңгейі"),
    "indicator": (N_("Indicator"), "Показатель", "Indicator", ""),
    "value": (N_("Value"), "Значение", "Valoare", ""),
    "satisfaction": (
        N_("Satisfaction (1-5)"),
        "Удовлетворённость (1-5)",
        "Satisfacție (1-5)",
        "",
    ),
    "intends_to_stay": (
        N_("Intends to stay"),
        "Намерен остаться",
        "Intenționează să rămână",
        "",
    ),
    "conflicts_with_staff": (
        N_("Conflicts with colleagues"),
        "Конфликты с коллегами",
        "Conflicte cu colegii",
        "",
    ),
    "conflicts_with_parents": (
        N_("Conflicts with parents"),
        "Конфликты с родителями",
        "Conflicte cu părinții",
        "",
    ),
    "comment": (N_("Comment"), "Комментарий", "Comentariu", ""),
}

#: The words for yes and no, written in the reader's language; read in any.
BOOLEANS: dict[str, tuple[str, str]] = {
    "en": ("yes", "no"),
    "ru": ("да", "нет"),
    "ro": ("da", "nu"),
    "kk": ("иә", "жоқ"),
}


def _pick(words: _W | None, lang: str, fallback: str) -> str:
    if words is not None:
        text = words[_ORDER.index(lang)] if lang in _ORDER else ""
        if text:
            return text
        return tr(words[0], lang)
    return tr(humanize(fallback), lang)


def column_label(name: str, lang: str) -> str:
    """The heading of the column *name* in *lang* (without the machine name)."""
    return _pick(_COLUMNS.get(name), lang_of(lang), name)


def sheet_label(name: str, lang: str) -> str:
    """The name of the sheet of the table *name* in *lang*."""
    return _pick(SHEETS.get(name), lang_of(lang), name)


def all_labels(name: str, *, sheet: bool = False) -> tuple[str, ...]:
    """Every label of a column (or a sheet) *name*, in every language."""
    table = SHEETS if sheet else _COLUMNS
    words = table.get(name)
    found = [humanize(name)]
    if words is not None:
        found += [w for w in words if w]
    return tuple(dict.fromkeys(found))
