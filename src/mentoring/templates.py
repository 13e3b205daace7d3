"""Plan templates as data: the seeds' plans, ready to make a pair's plan from.

* :data:`KAZAKH_MENTOR_MENTEE`: the Kazakh mentor-mentee plan exactly as the
  seed lays it out (S004:L256-294): its goal, its four success criteria in
  order, its three steps with their actions, tasks and criteria.
* :data:`RUSSIAN_YOUNG_SPECIALIST`: the professional-growth plan of a young
  specialist (план профессионального становления), with the mentor's and the
  mentee's duty checklists (S004:L124-168), a report every quarter and a
  final review at the pedagogical council (S004:L186-192).
* :data:`DEBUTANT_BY_SEMESTER`: a Romanian/Moldovan plan for a debutant
  teacher, planned and reviewed by semester.

Each activity records its kind of contact and its planned minutes, so a
plan made from a template counts contact time (:mod:`mentoring.contact`).

Templates are plain values: build your own :class:`~mentoring.model.PlanTemplate`
the same way (or ``attrs.evolve`` one of these) and pass it to
:meth:`~mentoring.model.MentoringPlan.from_template`.

>>> [c.title for c in KAZAKH_MENTOR_MENTEE.criteria]  # doctest: +NORMALIZE_WHITESPACE
['Создана пара (ментор-менти)', 'Выявлен и сфокусирован проблемный вопрос',
 'Выработана стратегия действий', 'Разработан план совместных действий']
"""

import types
from collections.abc import Mapping

from mentoring._enums import ContactKind, Role, WorkMethod
from mentoring.model._criteria import SuccessCriterion
from mentoring.model._plans import (
    ActivityTiming,
    Duty,
    PlanStep,
    PlanTemplate,
    TemplateActivity,
)

__all__ = [
    "DEBUTANT_BY_SEMESTER",
    "KAZAKH_MENTOR_MENTEE",
    "RUSSIAN_YOUNG_SPECIALIST",
    "TEMPLATES",
]

_W = WorkMethod
_C = ContactKind
_T = ActivityTiming


def _criterion(id: str, title: str, english: str) -> SuccessCriterion:  # noqa: A002
    return SuccessCriterion(id=id, title=title, description=english)


KAZAKH_MENTOR_MENTEE = PlanTemplate(
    id="kz-mentor-mentee",
    title="План менторинга (ментор – менти)",
    title_en="Mentor-mentee plan",
    language="ru",
    jurisdictions=("kz",),
    source="S004:L256-294",
    goal=(
        "выявление приоритетных вопросов по улучшению школьной практики и"
        " разработка плана процесса менторинга в период совместного"
        " взаимодействия"
    ),
    goal_en=(
        "identify priority questions for improving school practice and develop"
        " a plan of the mentoring process for the period of joint work"
    ),
    criteria=(
        _criterion("pair_created", "Создана пара (ментор-менти)", "pair created"),
        _criterion(
            "focus_issue_identified",
            "Выявлен и сфокусирован проблемный вопрос",
            "problem question identified and focused",
        ),
        _criterion(
            "strategy_chosen",
            "Выработана стратегия действий",
            "action strategy worked out",
        ),
        _criterion(
            "joint_plan_developed",
            "Разработан план совместных действий",
            "joint action plan developed",
        ),
    ),
    steps=(
        PlanStep(
            id="reflect_and_plan",
            title="Учитель будет размышлять и планировать действия по достижению цели",
            actions=(
                "Список конкретных действий по достижению цели (совместное"
                " планирование КСП, коучинги, наблюдение за уроком, обратная"
                " связь и т.д.)"
            ),
            methods=(
                _W.JOINT_LESSON_PLANNING,
                _W.COACHING,
                _W.LESSON_OBSERVATION,
                _W.FEEDBACK,
            ),
        ),
        PlanStep(
            id="choose_strategy",
            title="Выбор соответствующей стратегии",
            actions=(
                "Встреча, онлайн или офлайн сопровождение, беседа, консультация,"
                " тренинг, коучинг, посещение урока и предоставление обратной"
                " связи"
            ),
            methods=(
                _W.MEETING,
                _W.ACCOMPANIMENT,
                _W.CONVERSATION,
                _W.METHODICAL_CONSULTATION,
                _W.TRAINING,
                _W.COACHING,
                _W.LESSON_VISIT,
                _W.FEEDBACK,
            ),
            task="Выбрать соответствующую стратегию для менторинга",
            success_criterion="Выбрана стратегия для менторинга",
            criterion_id="strategy_chosen",
        ),
        PlanStep(
            id="develop_action_plan",
            title="Разработка плана действий",
            actions="Совместное составление перспективного плана",
            task=(
                "Разработать план действий с учетом выявленных проблем,"
                " ожидаемых результатов, цели, запросов действий, стратегий"
            ),
            success_criterion="Создание плана менторства",
            criterion_id="joint_plan_developed",
        ),
    ),
    activities=(
        TemplateActivity(
            id="first_meeting",
            title="Встреча ментора и менти: выявление проблемного вопроса",
            method=_W.MEETING,
            step_id="reflect_and_plan",
            contact=_C.MEETING,
            minutes=60,
        ),
        TemplateActivity(
            id="strategy",
            title="Выбор стратегии менторинга",
            method=_W.CONVERSATION,
            offset_days=14,
            step_id="choose_strategy",
            contact=_C.MEETING,
            minutes=45,
        ),
        TemplateActivity(
            id="long_range_plan",
            title="Совместное составление перспективного плана",
            method=_W.MEETING,
            offset_days=28,
            step_id="develop_action_plan",
            contact=_C.CO_PLANNING,
            minutes=60,
        ),
        TemplateActivity(
            id="joint_planning",
            title="Совместное планирование КСП",
            method=_W.JOINT_LESSON_PLANNING,
            timing=_T.MONTHLY,
            offset_days=7,
            step_id="reflect_and_plan",
            contact=_C.CO_PLANNING,
            minutes=60,
        ),
        TemplateActivity(
            id="observation",
            title="Наблюдение за уроком и обратная связь",
            method=_W.LESSON_OBSERVATION,
            timing=_T.MONTHLY,
            offset_days=14,
            step_id="reflect_and_plan",
            contact=_C.LESSON_OBSERVATION,
            minutes=45,
        ),
        TemplateActivity(
            id="coaching",
            title="Коучинг",
            method=_W.COACHING,
            timing=_T.MONTHLY,
            offset_days=21,
            step_id="reflect_and_plan",
            contact=_C.MEETING,
            minutes=45,
        ),
    ),
)
"""The Kazakh mentor-mentee plan of the seed (S004, lines 256-294). The
monthly cycle of its activities follows line 399 ("в течение месяца").

.. versionadded:: 0.1.0
"""


def _mentor(n: int, text: str, english: str) -> Duty:
    return Duty(id=f"mentor-{n:02d}", role=Role.MENTOR, text=text, text_en=english)


def _mentee(n: int, text: str, english: str) -> Duty:
    return Duty(id=f"mentee-{n:02d}", role=Role.MENTEE, text=text, text_en=english)


_MENTOR_DUTIES = (
    _mentor(
        1,
        "знать требования законодательства в сфере образования, ведомственных"
        " нормативных актов, определяющих права и обязанности молодого и вновь"
        " прибывшего специалиста по занимаемой должности",
        "know the education law and the rights and duties of the young specialist",
    ),
    _mentor(
        2,
        "разрабатывать совместно с молодым специалистом план профессионального"
        " становления последнего с учетом уровня его интеллектуального развития,"
        " педагогической, методической и профессиональной подготовки по предмету",
        "develop the professional-growth plan together with the young specialist",
    ),
    _mentor(
        3,
        "изучать деловые и нравственные качества молодого специалиста, его"
        " отношение к проведению занятий, коллективу школы, учащимся и их"
        " родителям, увлечения, наклонности, круг досугового общения",
        "study the young specialist's qualities, attitudes and interests",
    ),
    _mentor(
        4,
        "знакомить молодого специалиста со школой, с расположением учебных"
        " классов, кабинетов, служебных и бытовых помещений",
        "introduce the school and its premises",
    ),
    _mentor(
        5,
        "вводить в должность (знакомить с основными обязанностями, требованиями,"
        " предъявляемыми к учителю-предметнику, правилами внутреннего трудового"
        " распорядка, охраны труда и техники безопасности)",
        "induct into the post: duties, internal rules, labour safety",
    ),
    _mentor(6, "проводить необходимое обучение", "provide the necessary training"),
    _mentor(
        7,
        "контролировать и оценивать самостоятельное проведение молодым"
        " специалистом учебных занятий и внеклассных мероприятий",
        "observe and evaluate the young specialist's own lessons and events",
    ),
    _mentor(
        8,
        "давать конкретные задания с определенным сроком их выполнения",
        "give concrete tasks with deadlines",
    ),
    _mentor(
        9,
        "контролировать работу, оказывать необходимую помощь",
        "check the work and help where needed",
    ),
    _mentor(
        10,
        "оказывать молодому специалисту индивидуальную помощь в овладении"
        " педагогической профессией, практическими приемами и способами"
        " качественного проведения занятий, выявлять и совместно устранять"
        " допущенные ошибки",
        "help individually with the profession; find and fix mistakes together",
    ),
    _mentor(
        11,
        "личным примером развивать положительные качества молодого специалиста,"
        " корректировать его поведение в школе, привлекать к участию в"
        " общественной жизни коллектива, содействовать развитию"
        " общекультурного и профессионального кругозора",
        "develop the young specialist's qualities by personal example",
    ),
    _mentor(
        12,
        "участвовать в обсуждении вопросов, связанных с педагогической и"
        " общественной деятельностью молодого специалиста, вносить предложения"
        " о его поощрении или применении мер воспитательного и дисциплинарного"
        " воздействия",
        "take part in discussions; propose rewards or measures",
    ),
    _mentor(
        13,
        "периодически докладывать руководителю методического объединения о"
        " процессе адаптации молодого специалиста, результатах его труда",
        "report periodically to the head of the methodical association",
    ),
    _mentor(
        14,
        "подводить итоги профессиональной адаптации молодого специалиста с"
        " предложениями по дальнейшей работе молодого специалиста",
        "sum up the professional adaptation with proposals for further work",
    ),
)

_MENTEE_DUTIES = (
    _mentee(
        1,
        "изучать нормативные документы, определяющие его служебную деятельность,"
        " структуру, штаты, особенности деятельности школы и функциональные"
        " обязанности по занимаемой должности",
        "study the regulations, the school's structure and the duties of the post",
    ),
    _mentee(
        2,
        "выполнять план профессионального становления в установленные сроки",
        "carry out the professional-growth plan on time",
    ),
    _mentee(
        3,
        "постоянно работать над повышением профессионального мастерства,"
        " овладевать практическими навыками по занимаемой должности",
        "keep improving professional mastery and practical skills",
    ),
    _mentee(
        4,
        "учиться у наставника передовым методам и формам работы, правильно"
        " строить свои взаимоотношения с ним",
        "learn advanced methods from the mentor; build the relationship well",
    ),
    _mentee(
        5,
        "совершенствовать свой общеобразовательный и культурный уровень",
        "raise one's general and cultural level",
    ),
    _mentee(
        6,
        "периодически отчитываться о своей работе перед наставником и"
        " руководителем методического объединения",
        "report periodically to the mentor and the head of the methodical association",
    ),
)

RUSSIAN_YOUNG_SPECIALIST = PlanTemplate(
    id="ru-young-specialist",
    title="План профессионального становления молодого специалиста",
    title_en="Professional-growth plan of a young specialist",
    language="ru",
    jurisdictions=("ru",),
    source="S004:L68-76, L124-170, L186-192",
    goal=(
        "Адаптировать молодых и вновь прибывших специалистов для вхождения в"
        " полноценный рабочий режим школы через освоение норм, требований и"
        " традиций школы и с целью закрепления их в образовательной организации"
    ),
    goal_en=(
        "adapt young and newly arrived teachers to the full working life of the"
        " school through its norms, requirements and traditions, so they stay"
    ),
    criteria=(
        _criterion(
            "needs_identified",
            "Выявлены склонности, потребности, возможности и трудности",
            "inclinations, needs, possibilities and difficulties identified",
        ),
        _criterion(
            "growth_plan_developed",
            "Разработан план профессионального становления",
            "professional-growth plan developed",
        ),
        _criterion(
            "quarterly_reports",
            "Отчёты за каждую четверть представлены",
            "a report submitted for every quarter",
        ),
        _criterion(
            "adaptation_summarised",
            "Подведены итоги профессиональной адаптации",
            "professional adaptation summed up (final review)",
        ),
    ),
    steps=(
        PlanStep(
            id="adapt",
            title="Адаптация: освоение норм, требований и традиций школы",
            methods=(_W.CONVERSATION, _W.MEETING_EXPERIENCED),
        ),
        PlanStep(
            id="diagnose",
            title=(
                "Выявление склонностей, потребностей, возможностей и трудностей"
                " через беседы и наблюдения"
            ),
            methods=(_W.CONVERSATION, _W.INTERVIEW, _W.QUESTIONNAIRE, _W.TESTING),
            criterion_id="needs_identified",
        ),
        PlanStep(
            id="plan_activities",
            title="Система мероприятий для передачи навыков и знаний",
            methods=(
                _W.TRAINING,
                _W.OPEN_LESSON,
                _W.EXTRACURRICULAR_EVENT,
                _W.SEMINAR,
                _W.METHODICAL_CONSULTATION,
                _W.LESSON_VISIT,
                _W.MUTUAL_LESSON_VISIT,
                _W.EVENT_PARTICIPATION,
                _W.COURSE,
            ),
            criterion_id="growth_plan_developed",
        ),
        PlanStep(
            id="track",
            title="Текущий контроль: отчёт 1 раз в четверть (Приложение 2)",
            methods=(_W.MEETING,),
            criterion_id="quarterly_reports",
        ),
        PlanStep(
            id="evaluate",
            title="Итоговый контроль на педагогическом совете",
            methods=(_W.THEMATIC_COUNCIL,),
            criterion_id="adaptation_summarised",
        ),
    ),
    activities=(
        TemplateActivity(
            id="introduction",
            title="Знакомство со школой, введение в должность",
            method=_W.CONVERSATION,
            step_id="adapt",
            contact=_C.MEETING,
            minutes=60,
        ),
        TemplateActivity(
            id="diagnostics",
            title="Беседа и анкетирование: склонности, потребности, трудности",
            method=_W.QUESTIONNAIRE,
            offset_days=7,
            step_id="diagnose",
            contact=_C.MEETING,
            minutes=45,
        ),
        TemplateActivity(
            id="growth_plan",
            title="Разработка плана профессионального становления",
            method=_W.METHODICAL_CONSULTATION,
            offset_days=14,
            step_id="plan_activities",
            contact=_C.CO_PLANNING,
            minutes=90,
        ),
        TemplateActivity(
            id="lesson_visits",
            title="Посещение и взаимопосещение уроков",
            method=_W.MUTUAL_LESSON_VISIT,
            timing=_T.MONTHLY,
            offset_days=21,
            step_id="plan_activities",
            contact=_C.LESSON_OBSERVATION,
            minutes=45,
        ),
        TemplateActivity(
            id="quarter_report",
            title="Отчёт наставляемого и наставника за четверть (Приложение 2)",
            method=_W.MEETING,
            timing=_T.EACH_TERM,
            step_id="track",
            contact=_C.MEETING,
            minutes=45,
        ),
        TemplateActivity(
            id="final_review",
            title="Итоговый контроль на педагогическом совете",
            method=_W.THEMATIC_COUNCIL,
            timing=_T.AT_END,
            step_id="evaluate",
        ),
    ),
    duties=_MENTOR_DUTIES + _MENTEE_DUTIES,
)
"""The Russian young specialist's professional-growth plan. The seed repeats
the mentor's duty "разрабатывать совместно ... план профессионального
становления" (S004:L128, L140); the checklist keeps it once. The criteria are
read from the programme's tasks and its control (the seed gives none for this
plan).

.. versionadded:: 0.1.0
"""

DEBUTANT_BY_SEMESTER = PlanTemplate(
    id="ro-md-debutant",
    title="Plan individual de mentorat pentru cadrul didactic debutant",
    title_en="Individual mentoring plan of a debutant teacher, by semester",
    language="ro",
    jurisdictions=("ro", "md"),
    source="S000 (planning by semester); S003, W31 (event types)",
    goal=(
        "Sprijinirea inserției profesionale a cadrului didactic debutant și"
        " dezvoltarea competențelor sale profesionale"
    ),
    goal_en=(
        "support the debutant teacher's professional insertion and the growth"
        " of their competences"
    ),
    criteria=(
        _criterion(
            "needs_analysed",
            "Nevoile de formare ale debutantului au fost analizate",
            "the debutant's training needs analysed",
        ),
        _criterion(
            "plan_agreed",
            "Planul individual de mentorat a fost stabilit",
            "the individual mentoring plan agreed",
        ),
        _criterion(
            "semester_1_reviewed",
            "Progresul din semestrul I a fost evaluat",
            "progress of the first semester reviewed",
        ),
        _criterion(
            "semester_2_reviewed",
            "Progresul din semestrul al II-lea a fost evaluat",
            "progress of the second semester reviewed",
        ),
    ),
    steps=(
        PlanStep(
            id="start",
            title="Analiza nevoilor de formare și stabilirea planului",
            methods=(_W.QUESTIONNAIRE, _W.WORKING_MEETING),
            criterion_id="plan_agreed",
        ),
        PlanStep(
            id="semester_1",
            title="Semestrul I: asistență la lecții și feedback",
            methods=(_W.LESSON_OBSERVATION, _W.FEEDBACK, _W.OPEN_LESSON),
            criterion_id="semester_1_reviewed",
        ),
        PlanStep(
            id="semester_2",
            title="Semestrul al II-lea: lecții demonstrative, consiliere de grup",
            methods=(
                _W.OPEN_LESSON,
                _W.GROUP_COUNSELLING,
                _W.WORKING_MEETING,
                _W.FEEDBACK,
            ),
            criterion_id="semester_2_reviewed",
        ),
    ),
    activities=(
        TemplateActivity(
            id="needs_analysis",
            title="Analiza nevoilor de formare",
            method=_W.QUESTIONNAIRE,
            step_id="start",
            contact=_C.MEETING,
            minutes=45,
        ),
        TemplateActivity(
            id="plan_meeting",
            title="Întâlnire de lucru: stabilirea planului individual de mentorat",
            method=_W.WORKING_MEETING,
            offset_days=14,
            step_id="start",
            contact=_C.CO_PLANNING,
            minutes=60,
        ),
        TemplateActivity(
            id="lesson_observation",
            title="Asistență la lecții și feedback",
            method=_W.LESSON_OBSERVATION,
            timing=_T.MONTHLY,
            offset_days=10,
            contact=_C.LESSON_OBSERVATION,
            minutes=45,
        ),
        TemplateActivity(
            id="semester_report",
            title="Raport semestrial de mentorat",
            method=_W.WORKING_MEETING,
            timing=_T.EACH_TERM,
            contact=_C.MEETING,
            minutes=60,
        ),
    ),
)
"""A Romanian/Moldovan debutant plan by semester. The seeds give the planning
unit (the semester) and the kinds of events; the wording is this library's.

.. versionadded:: 0.1.0
"""

#: The templates above by id (read-only); add yours in your own mapping.
#:
#: .. versionadded:: 0.1.0
TEMPLATES: Mapping[str, PlanTemplate] = types.MappingProxyType(
    {
        t.id: t
        for t in (KAZAKH_MENTOR_MENTEE, RUSSIAN_YOUNG_SPECIALIST, DEBUTANT_BY_SEMESTER)
    }
)
