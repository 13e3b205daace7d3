"""The words of the tabular form (private): sheet names, column headings, the
words for yes and no, in English, Russian, Romanian and Kazakh.

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
    "mentees": (N_("Mentees"), "Наставляемые", "Persoane mentorate", "Тәлім алушылар"),
    "pairs": (N_("Pairs"), "Пары", "Perechi", "Жұптар"),
    "pair_history": (
        N_("Pair history"),
        "История пар",
        "Istoricul perechilor",
        "Жұптар тарихы",
    ),
    "groups": (N_("Groups"), "Группы", "Grupuri", "Топтар"),
    "plans": (N_("Plans"), "Планы", "Planuri", "Жоспарлар"),
    "plan_criteria": (
        N_("Plan criteria"),
        "Критерии планов",
        "Criteriile planurilor",
        "Жоспар критерийлері",
    ),
    "plan_steps": (
        N_("Plan steps"),
        "Этапы планов",
        "Etapele planurilor",
        "Жоспар кезеңдері",
    ),
    "plan_activities": (
        N_("Plan activities"),
        "Мероприятия планов",
        "Activitățile planurilor",
        "Жоспар іс-шаралары",
    ),
    "plan_assessments": (
        N_("Criteria assessments"),
        "Оценки критериев",
        "Evaluarea criteriilor",
        "Критерийлерді бағалау",
    ),
    "plan_duties": (N_("Plan duties"), "Обязанности", "Obligații", "Міндеттер"),
    "events": (N_("Events"), "Мероприятия", "Evenimente", "Іс-шаралар"),
    "achievements": (N_("Achievements"), "Достижения", "Realizări", "Жетістіктер"),
    "measurements": (N_("Measurements"), "Измерения", "Măsurători", "Өлшемдер"),
    "surveys": (N_("Surveys"), "Анкеты", "Chestionare", "Сауалнамалар"),
    "instructions": (N_("Instructions"), "Инструкция", "Instrucțiuni", "Нұсқаулық"),
    # The hidden sheet of the drop-down values: one name in every language
    # (no reader sees it, so the catalogues need not translate it).
    "lists": ("lists", "lists", "lists", "lists"),
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
    "jurisdiction": (N_("Country code"), "Код страны", "Codul țării", "Ел коды"),
    "curator_id": (N_("Curator"), "Куратор", "Coordonator", "Куратор"),
    "year_start": (N_("Year starts"), "Начало года", "Începutul anului", "Жылдың басы"),
    "year_end": (N_("Year ends"), "Конец года", "Sfârșitul anului", "Жылдың соңы"),
    "year_system": (
        N_("Term system"),
        "Система периодов",
        "Structura anului",
        "Оқу кезеңдерінің жүйесі",
    ),
    "year_weekend": (N_("Days off"), "Выходные дни", "Zile libere", "Демалыс күндері"),
    "start": (N_("Start"), "Начало", "Început", "Басталуы"),
    "end": (N_("End"), "Окончание", "Sfârșit", "Аяқталуы"),
    "subjects": (N_("Subjects"), "Предметы", "Discipline", "Пәндер"),
    "grades": (N_("Grades"), "Классы", "Clase", "Сыныптар"),
    "experience_years": (
        N_("Years of experience"),
        "Стаж, лет",
        "Vechime, ani",
        "Еңбек өтілі, жыл",
    ),
    "languages": (N_("Languages"), "Языки", "Limbi", "Тілдер"),
    "interests": (N_("Interests"), "Интересы", "Interese", "Қызығушылықтары"),
    "preferred_delivery": (
        N_("Preferred format"),
        "Желаемый формат",
        "Format preferat",
        "Қалаған формат",
    ),
    "origin": (N_("Comes from"), "Откуда пришёл", "Proveniență", "Қайдан келді"),
    "person_id": (N_("Person"), "Участник", "Persoana", "Қатысушы"),
    "kind": (N_("Kind"), "Вид", "Tip", "Түрі"),
    "obtained_on": (
        N_("Obtained on"),
        "Дата получения",
        "Data obținerii",
        "Алған күні",
    ),
    "issuer": (N_("Issued by"), "Кем выдан", "Emis de", "Кім берді"),
    "capacity": (N_("Places"), "Число мест", "Locuri", "Орын саны"),
    "functions": (N_("Functions"), "Функции", "Funcții", "Қызметтері"),
    "level": (N_("Level"), "Уровень", "Nivel", "Деңгейі"),
    "category": (N_("Category"), "Категория", "Categorie", "Санаты"),
    "needs": (N_("Needs"), "Затруднения", "Nevoi", "Қиындықтары"),
    "preferred_mentor_ids": (
        N_("Preferred mentors"),
        "Желаемые наставники",
        "Mentori preferați",
        "Қалаған тәлімгерлер",
    ),
    "avoided_mentor_ids": (
        N_("Mentors to avoid"),
        "Нежелательные наставники",
        "Mentori de evitat",
        "Қаламайтын тәлімгерлер",
    ),
    "previous_mentor_id": (
        N_("Last year's mentor"),
        "Наставник прошлого года",
        "Mentorul de anul trecut",
        "Өткен жылғы тәлімгер",
    ),
    "requested_on": (
        N_("Requested on"),
        "Дата заявки",
        "Data cererii",
        "Өтініш берілген күн",
    ),
    "hired_on": (
        N_("Hired on"),
        "Дата приема на работу",
        "Data angajării",
        "Жұмысқа қабылданған күн",
    ),
    "mentor_id": (N_("Mentor"), "Наставник", "Mentor", "Тәлімгер"),
    "mentee_id": (N_("Mentee"), "Наставляемый", "Persoana mentorată", "Тәлім алушы"),
    "mentee_ids": (
        N_("Mentees"),
        "Наставляемые",
        "Persoane mentorate",
        "Тәлім алушылар",
    ),
    "function": (N_("Function"), "Функция", "Funcție", "Қызметі"),
    "approach": (N_("Approach"), "Подход", "Abordare", "Тәсілі"),
    "delivery": (N_("Format"), "Формат", "Format", "Формат"),
    "form": (N_("Form"), "Форма", "Formă", "Түрі"),
    "pair_id": (N_("Pair"), "Пара", "Pereche", "Жұп"),
    "status": (N_("Status"), "Статус", "Stare", "Мәртебесі"),
    "on": (N_("Date"), "Дата", "Data", "Күні"),
    "reason": (N_("Reason"), "Причина", "Motiv", "Себебі"),
    "by": (N_("Decided by"), "Кем принято", "Decis de", "Кім шешті"),
    "topic": (N_("Topic"), "Тема", "Temă", "Тақырып"),
    "formed_on": (N_("Formed on"), "Дата создания", "Data formării", "Құрылған күні"),
    "ended_on": (N_("Ended on"), "Дата окончания", "Data încheierii", "Аяқталған күні"),
    "plan_id": (N_("Plan"), "План", "Plan", "Жоспар"),
    "goal": (N_("Goal"), "Цель", "Scop", "Мақсаты"),
    "focus_issue": (N_("Focus issue"), "Проблема", "Problema", "Проблемалық мәселе"),
    "strategy": (N_("Strategy"), "Стратегия", "Strategie", "Стратегия"),
    "template": (N_("Template"), "Шаблон", "Șablon", "Үлгі"),
    "description": (N_("Description"), "Описание", "Descriere", "Сипаттамасы"),
    "task": (N_("Task"), "Задача", "Sarcină", "Міндеті"),
    "methods": (N_("Methods"), "Методы", "Metode", "Әдістері"),
    "criterion_id": (N_("Criterion"), "Критерий", "Criteriu", "Критерий"),
    "actions": (N_("Actions"), "Действия", "Acțiuni", "Әрекеттер"),
    "success_criterion": (
        N_("Success criterion"),
        "Критерий успешности",
        "Criteriu de succes",
        "Табыс критерийі",
    ),
    "method": (N_("Method"), "Метод", "Metodă", "Әдісі"),
    "due": (N_("Due"), "Срок", "Termen", "Мерзімі"),
    "done_on": (N_("Done on"), "Дата выполнения", "Data realizării", "Орындалған күні"),
    "step_id": (N_("Step"), "Этап", "Etapă", "Кезең"),
    "notes": (N_("Notes"), "Примечания", "Note", "Ескертпелер"),
    "assessor_id": (N_("Assessed by"), "Кто оценил", "Evaluator", "Кім бағалады"),
    "evidence": (N_("Evidence"), "Подтверждение", "Dovezi", "Дәлелдер"),
    "review": (N_("Review"), "Контроль", "Evaluare", "Бақылау"),
    "role": (N_("Role"), "Роль", "Rol", "Рөлі"),
    "text": (N_("Text"), "Текст", "Text", "Мәтін"),
    "text_en": (
        N_("Text in English"),
        "Текст по-английски",
        "Text în engleză",
        "Ағылшынша мәтін",
    ),
    "organizer": (N_("Organizer"), "Организатор", "Organizator", "Ұйымдастырушы"),
    "participant_ids": (N_("Participants"), "Участники", "Participanți", "Қатысушылар"),
    "scope": (N_("Level"), "Уровень", "Nivel", "Деңгейі"),
    "indicator": (N_("Indicator"), "Показатель", "Indicator", "Көрсеткіш"),
    "value": (N_("Value"), "Значение", "Valoare", "Мәні"),
    "satisfaction": (
        N_("Satisfaction (1-5)"),
        "Удовлетворённость (1-5)",
        "Satisfacție (1-5)",
        "Қанағаттану (1-5)",
    ),
    "intends_to_stay": (
        N_("Intends to stay"),
        "Намерен остаться",
        "Intenționează să rămână",
        "Қалуға ниетті",
    ),
    "conflicts_with_staff": (
        N_("Conflicts with colleagues"),
        "Конфликты с коллегами",
        "Conflicte cu colegii",
        "Әріптестермен жанжалдар",
    ),
    "conflicts_with_parents": (
        N_("Conflicts with parents"),
        "Конфликты с родителями",
        "Conflicte cu părinții",
        "Ата-аналармен жанжалдар",
    ),
    "comment": (N_("Comment"), "Комментарий", "Comentariu", "Түсініктеме"),
    # The calendar, the mentor's agreement, contact time and reports.
    "year_public_holidays": (
        N_("Public holidays"),
        "Государственные праздники",
        "Sărbători legale",
        "Мемлекеттік мерекелер",
    ),
    "year_jurisdiction": (
        N_("Country of the public holidays"),
        "Страна государственных праздников",
        "Țara sărbătorilor legale",
        "Мемлекеттік мерекелер елі",
    ),
    "year_working_weekend_days": (
        N_("Weekend days worked by decree"),
        "Рабочие выходные дни (перенос)",
        "Zile de weekend lucrătoare prin hotărâre",
        "Жұмыс күні болып ауыстырылған демалыс күндері",
    ),
    "agreement_consent_on": (
        N_("Mentor's consent on"),
        "Дата согласия наставника",
        "Data acordului mentorului",
        "Тәлімгердің келісім берген күні",
    ),
    "agreement_start": (
        N_("Agreement starts"),
        "Начало соглашения",
        "Începutul acordului",
        "Келісімнің басталуы",
    ),
    "agreement_end": (
        N_("Agreement ends"),
        "Окончание соглашения",
        "Sfârșitul acordului",
        "Келісімнің аяқталуы",
    ),
    "agreement_content": (
        N_("Agreement content"),
        "Содержание соглашения",
        "Conținutul acordului",
        "Келісімнің мазмұны",
    ),
    "agreement_extra_pay": (
        N_("Extra pay"),
        "Доплата",
        "Plată suplimentară",
        "Қосымша ақы",
    ),
    "agreement_extra_pay_amount": (
        N_("Extra pay a month"),
        "Размер доплаты в месяц",
        "Plata suplimentară pe lună",
        "Айына қосымша ақы мөлшері",
    ),
    "agreement_notice_days": (
        N_("Working days of notice"),
        "Срок предупреждения, рабочих дней",
        "Preaviz, zile lucrătoare",
        "Ескерту мерзімі, жұмыс күндері",
    ),
    "reports": (
        N_("Reports"),
        "Отчёты",
        "Rapoarte",
        "Есептер",
    ),
    "contact": (
        N_("Contact kind"),
        "Вид взаимодействия",
        "Tipul contactului",
        "Байланыс түрі",
    ),
    "minutes": (
        N_("Minutes"),
        "Длительность, мин",
        "Durata, minute",
        "Ұзақтығы, минут",
    ),
    "ends_on": (
        N_("Last day"),
        "Последний день",
        "Ultima zi",
        "Соңғы күні",
    ),
    "report_on": (
        N_("Report given on"),
        "Дата отчёта",
        "Data raportului",
        "Есеп берілген күн",
    ),
    "report_term": (
        N_("Report period"),
        "Период отчёта",
        "Perioada raportului",
        "Есеп кезеңі",
    ),
    "report_training_needs": (
        N_("Training needs found"),
        "Выявленные потребности в обучении",
        "Nevoile de formare identificate",
        "Анықталған оқу қажеттіліктері",
    ),
    "report_offer_adaptation": (
        N_("Adapted training offer"),
        "Адаптация программы обучения",
        "Adaptarea ofertei de formare",
        "Оқу ұсынысын бейімдеу",
    ),
    "report_school_impact": (
        N_("Impact in schools"),
        "Влияние на школы",
        "Impactul în școli",
        "Мектептерге әсері",
    ),
    "report_author_id": (
        N_("Report author"),
        "Автор отчёта",
        "Autorul raportului",
        "Есеп авторы",
    ),
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
