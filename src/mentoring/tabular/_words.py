"""The words of the tabular form (private): sheet names, column headings, the
words for yes and no, in English, Russian, Romanian and Kazakh (where known).

A heading or a sheet this table does not know reads in English, through
:func:`mentoring._i18n.tr` (a new field of the model shows up at once with a
humanized heading, and the catalogues can translate it).
"""

from mentoring._i18n import tr
from mentoring._locale import lang_of
from mentoring.labels import humanize

__all__ = ["BOOLEANS", "SHEETS", "column_label", "sheet_label"]

_W = tuple[str, str, str, str]  # en, ru, ro, kk ("" = not known)
_ORDER = ("en", "ru", "ro", "kk")

#: The names of the sheets (at most 31 characters, as Excel allows).
SHEETS: dict[str, _W] = {
    "programme": ("Programme", "Программа", "Program", "Бағдарлама"),
    "terms": ("Terms", "Учебные периоды", "Perioade de studiu", "Тоқсандар"),
    "holidays": ("Holidays", "Каникулы", "Vacanțe", "Демалыс"),
    "people": ("People", "Участники", "Persoane", "Қатысушылар"),
    "certifications": ("Certificates", "Сертификаты", "Certificate", "Сертификаттар"),
    "mentors": ("Mentors", "Наставники", "Mentori", "Тәлімгерлер"),
    "mentees": ("Mentees", "Наставляемые", "Persoane mentorate", ""),
    "pairs": ("Pairs", "Пары", "Perechi", "Жұптар"),
    "pair_history": ("Pair history", "История пар", "Istoricul perechilor", ""),
    "groups": ("Groups", "Группы", "Grupuri", "Топтар"),
    "plans": ("Plans", "Планы", "Planuri", "Жоспарлар"),
    "plan_criteria": ("Plan criteria", "Критерии планов", "Criteriile planurilor", ""),
    "plan_steps": ("Plan steps", "Этапы планов", "Etapele planurilor", ""),
    "plan_activities": (
        "Plan activities",
        "Мероприятия планов",
        "Activitățile planurilor",
        "",
    ),
    "plan_assessments": (
        "Criteria assessments",
        "Оценки критериев",
        "Evaluarea criteriilor",
        "",
    ),
    "plan_duties": ("Plan duties", "Обязанности", "Obligații", ""),
    "events": ("Events", "Мероприятия", "Evenimente", "Іс-шаралар"),
    "achievements": ("Achievements", "Достижения", "Realizări", "Жетістіктер"),
    "measurements": ("Measurements", "Измерения", "Măsurători", "Өлшемдер"),
    "surveys": ("Surveys", "Анкеты", "Chestionare", "Сауалнамалар"),
    "instructions": ("Instructions", "Инструкция", "Instrucțiuni", "Нұсқаулық"),
    "lists": ("lists", "lists", "lists", "lists"),
}

#: Column headings by machine name (the same word on every sheet).
_COLUMNS: dict[str, _W] = {
    "id": ("Id", "Код", "Cod", "Коды"),
    "title": ("Title", "Название", "Titlu", "Атауы"),
    "name": ("Name", "ФИО", "Nume", "Аты-жөні"),
    "term_name": ("Code", "Код", "Cod", "Коды"),
    "holiday_name": ("Name", "Название", "Denumire", "Атауы"),
    "organization": ("Organization", "Организация", "Instituție", "Ұйым"),
    "district": ("District", "Район", "Raion", "Аудан"),
    "region": ("Region", "Регион", "Regiune", "Өңір"),
    "jurisdiction": ("Country code", "Код страны", "Codul țării", ""),
    "curator_id": ("Curator", "Куратор", "Coordonator", ""),
    "year_start": ("Year starts", "Начало года", "Începutul anului", ""),
    "year_end": ("Year ends", "Конец года", "Sfârșitul anului", ""),
    "year_system": ("Term system", "Система периодов", "Structura anului", ""),
    "year_weekend": ("Days off", "Выходные дни", "Zile libere", ""),
    "start": ("Start", "Начало", "Început", "Басталуы"),
    "end": ("End", "Окончание", "Sfârșit", "Аяқталуы"),
    "subjects": ("Subjects", "Предметы", "Discipline", "Пәндер"),
    "grades": ("Grades", "Классы", "Clase", "Сыныптар"),
    "experience_years": ("Years of experience", "Стаж, лет", "Vechime, ani", ""),
    "languages": ("Languages", "Языки", "Limbi", "Тілдер"),
    "interests": ("Interests", "Интересы", "Interese", ""),
    "preferred_delivery": (
        "Preferred format",
        "Желаемый формат",
        "Format preferat",
        "",
    ),
    "origin": ("Comes from", "Откуда пришёл", "Proveniență", ""),
    "person_id": ("Person", "Участник", "Persoana", "Қатысушы"),
    "kind": ("Kind", "Вид", "Tip", "Түрі"),
    "obtained_on": ("Obtained on", "Дата получения", "Data obținerii", ""),
    "issuer": ("Issued by", "Кем выдан", "Emis de", ""),
    "capacity": ("Places", "Число мест", "Locuri", ""),
    "functions": ("Functions", "Функции", "Funcții", ""),
    "level": ("Level", "Уровень", "Nivel", "Деңгейі"),
    "category": ("Category", "Категория", "Categorie", "Санаты"),
    "needs": ("Needs", "Затруднения", "Nevoi", ""),
    "preferred_mentor_ids": (
        "Preferred mentors",
        "Желаемые наставники",
        "Mentori preferați",
        "",
    ),
    "avoided_mentor_ids": (
        "Mentors to avoid",
        "Нежелательные наставники",
        "Mentori de evitat",
        "",
    ),
    "previous_mentor_id": (
        "Last year's mentor",
        "Наставник прошлого года",
        "Mentorul de anul trecut",
        "",
    ),
    "requested_on": ("Requested on", "Дата заявки", "Data cererii", ""),
    "mentor_id": ("Mentor", "Наставник", "Mentor", "Тәлімгер"),
    "mentee_id": ("Mentee", "Наставляемый", "Persoana mentorată", ""),
    "mentee_ids": ("Mentees", "Наставляемые", "Persoane mentorate", ""),
    "function": ("Function", "Функция", "Funcție", ""),
    "approach": ("Approach", "Подход", "Abordare", ""),
    "delivery": ("Format", "Формат", "Format", "Формат"),
    "form": ("Form", "Форма", "Formă", "Түрі"),
    "pair_id": ("Pair", "Пара", "Pereche", "Жұп"),
    "status": ("Status", "Статус", "Stare", "Мәртебесі"),
    "on": ("Date", "Дата", "Data", "Күні"),
    "reason": ("Reason", "Причина", "Motiv", "Себебі"),
    "by": ("Decided by", "Кем принято", "Decis de", ""),
    "topic": ("Topic", "Тема", "Temă", "Тақырып"),
    "formed_on": ("Formed on", "Дата создания", "Data formării", ""),
    "ended_on": ("Ended on", "Дата окончания", "Data încheierii", ""),
    "plan_id": ("Plan", "План", "Plan", "Жоспар"),
    "goal": ("Goal", "Цель", "Scop", "Мақсаты"),
    "focus_issue": ("Focus issue", "Проблема", "Problema", ""),
    "strategy": ("Strategy", "Стратегия", "Strategie", ""),
    "template": ("Template", "Шаблон", "Șablon", ""),
    "description": ("Description", "Описание", "Descriere", ""),
    "task": ("Task", "Задача", "Sarcină", ""),
    "methods": ("Methods", "Методы", "Metode", ""),
    "criterion_id": ("Criterion", "Критерий", "Criteriu", ""),
    "actions": ("Actions", "Действия", "Acțiuni", ""),
    "success_criterion": (
        "Success criterion",
        "Критерий успешности",
        "Criteriu de succes",
        "",
    ),
    "method": ("Method", "Метод", "Metodă", ""),
    "due": ("Due", "Срок", "Termen", ""),
    "done_on": ("Done on", "Дата выполнения", "Data realizării", ""),
    "step_id": ("Step", "Этап", "Etapă", ""),
    "notes": ("Notes", "Примечания", "Note", ""),
    "assessor_id": ("Assessed by", "Кто оценил", "Evaluator", ""),
    "evidence": ("Evidence", "Подтверждение", "Dovezi", ""),
    "review": ("Review", "Контроль", "Evaluare", ""),
    "role": ("Role", "Роль", "Rol", ""),
    "text": ("Text", "Текст", "Text", ""),
    "text_en": ("Text in English", "Текст по-английски", "Text în engleză", ""),
    "organizer": ("Organizer", "Организатор", "Organizator", ""),
    "participant_ids": ("Participants", "Участники", "Participanți", ""),
    "scope": ("Level", "Уровень", "Nivel", "Деңгейі"),
    "indicator": ("Indicator", "Показатель", "Indicator", ""),
    "value": ("Value", "Значение", "Valoare", ""),
    "satisfaction": (
        "Satisfaction (1-5)",
        "Удовлетворённость (1-5)",
        "Satisfacție (1-5)",
        "",
    ),
    "intends_to_stay": (
        "Intends to stay",
        "Намерен остаться",
        "Intenționează să rămână",
        "",
    ),
    "conflicts_with_staff": (
        "Conflicts with colleagues",
        "Конфликты с коллегами",
        "Conflicte cu colegii",
        "",
    ),
    "conflicts_with_parents": (
        "Conflicts with parents",
        "Конфликты с родителями",
        "Conflicte cu părinții",
        "",
    ),
    "comment": ("Comment", "Комментарий", "Comentariu", ""),
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
