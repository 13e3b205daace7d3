"""A Russian school's mentoring programme for the 2021-2022 school year.

Built like the seed's programme (a rural school of the Omsk region): the
programme curator is the head of the district methodical association of
technology teachers; one young specialist (0-3 years) has a consultant and a
subject mentor; two newly arrived teachers each have the curator and a
colleague teaching the same grade parallel. Every pair has a plan, assessed
once a quarter (the current control) and at the final review on the
pedagogical council; the records hold events, achievements and the mentees'
questionnaires at the start and at the end. Two mentees who came later in the
year are still unmatched. Every name is fictional.
"""

import functools

from mentoring.calendar import AcademicYear
from mentoring.model import (
    Achievement,
    AchievementKind,
    Approach,
    CertificationKind,
    DeliveryMode,
    Event,
    EventKind,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    MentoringPlan,
    Pair,
    Program,
    ReviewKind,
    Scope,
    WorkMethod,
)
from mentoring.samples._build import (
    Proposer,
    Staff,
    SurveyAnswers,
    built_here,
    day,
    performance,
    reviews,
    school_year,
    surveys,
)
from mentoring.samples._plans import (
    PlanShape,
    build_plan,
    plan_from_template,
    with_weekly_contact,
)
from mentoring.templates import RUSSIAN_YOUNG_SPECIALIST

__all__ = ["russian_school"]

SCHOOL = "ru-school-berezovka"
DISTRICT = "Берёзовский муниципальный район"
REGION = "Северная область"
#: The day the sample stands on: the final review at the pedagogical council.
REVIEW_DAY = "2022-05-27"

_W = WorkMethod
_R = ReviewKind
#: The mentoring course of the regional institute.
_TRAINED = CertificationKind.MENTORING_TRAINING


@functools.cache  # one year object: its school days are computed once
def _year() -> AcademicYear:
    return school_year(
        2021,
        prefix="Q",
        starts=("2021-11-08", "2022-01-10", "2022-03-28"),
        holidays=(
            ("осенние каникулы", "2021-10-30", "2021-11-07"),
            ("зимние каникулы", "2021-12-29", "2022-01-09"),
            ("весенние каникулы", "2022-03-21", "2022-03-27"),
            ("летние каникулы", "2022-06-01", "2022-08-31"),
        ),
    )


_STAFF = Staff(
    organization=SCHOOL,
    district=DISTRICT,
    region=REGION,
    languages=("ru",),
    issuer="Региональный институт развития образования",
)


CURATOR = _STAFF.person(
    "ru-lebedeva",
    "Лебедева Людмила Викторовна",
    subjects=("technology",),
    grades=(5, 6, 7, 8),
    years=26,
    interests=("project_work", "methodology"),
    delivery=DeliveryMode.BLENDED,
    certified=((_TRAINED, "2020-03-12"),),
)

_MENTORS = (
    Mentor(
        person=CURATOR,
        capacity=2,
        functions=frozenset({MentorFunction.CONSULTANT}),
    ),
    Mentor(
        person=_STAFF.person(
            "ru-kostina",
            "Костина Ольга Сергеевна",
            subjects=("primary",),
            grades=(3, 4),
            years=18,
            interests=("reading", "project_work"),
            delivery=DeliveryMode.OFFLINE,
            certified=((_TRAINED, "2021-11-20"),),
        ),
        capacity=2,
        functions=frozenset(
            {MentorFunction.PARALLEL_COLLEAGUE, MentorFunction.SUBJECT}
        ),
    ),
    Mentor(
        person=_STAFF.person(
            "ru-gordeeva",
            "Гордеева Нина Ивановна",
            subjects=("primary", "music"),
            grades=(1, 2),
            years=22,
            interests=("psychology", "parents"),
            delivery=DeliveryMode.ONLINE,
        ),
        capacity=1,
        functions=frozenset({MentorFunction.CONSULTANT}),
    ),
    Mentor(
        person=_STAFF.person(
            "ru-barteneva",
            "Бартенева Ольга Петровна",
            subjects=("primary",),
            grades=(2,),
            years=15,
            interests=("mathematics", "olympiads"),
            delivery=DeliveryMode.OFFLINE,
            certified=((_TRAINED, "2021-11-20"),),
        ),
        capacity=2,
        functions=frozenset({MentorFunction.SUBJECT}),
    ),
    Mentor(
        person=_STAFF.person(
            "ru-melnikova",
            "Мельникова Елена Андреевна",
            subjects=("primary", "mathematics"),
            grades=(1, 4),
            years=11,
            interests=("digital_tools", "reading"),
            delivery=DeliveryMode.ONLINE,
        ),
        capacity=2,
        functions=frozenset({MentorFunction.CONSULTANT, MentorFunction.SUBJECT}),
    ),
)

_MENTEES = (
    Mentee(
        person=_STAFF.person(
            "ru-orlov",
            "Орлов Артём Сергеевич",
            subjects=("primary",),
            grades=(2,),
            years=1,
            interests=("digital_tools", "olympiads"),
            delivery=DeliveryMode.ONLINE,
        ),
        category=MenteeCategory.YOUNG_SPECIALIST,
        needs=frozenset({"classroom_management", "work_with_parents"}),
        preferred_mentor_ids=("ru-gordeeva", "ru-barteneva"),
        requested_on=day("2021-09-01"),
    ),
    Mentee(
        person=_STAFF.person(
            "ru-ibraeva",
            "Ибраева Дина Маратовна",
            subjects=("primary",),
            grades=(3,),
            years=8,
            interests=("reading",),
        ),
        category=MenteeCategory.NEWLY_ARRIVED,
        needs=frozenset({"school_documentation", "school_traditions"}),
        requested_on=day("2021-09-01"),
    ),
    Mentee(
        person=_STAFF.person(
            "ru-petrenko",
            "Петренко Алина Викторовна",
            subjects=("primary",),
            grades=(4,),
            years=12,
            interests=("project_work",),
        ),
        category=MenteeCategory.NEWLY_ARRIVED,
        needs=frozenset({"school_documentation", "electronic_journal"}),
        requested_on=day("2021-09-01"),
    ),
    # Came in the middle of the year: not matched yet.
    Mentee(
        person=_STAFF.person(
            "ru-zaitseva",
            "Зайцева Мария Игоревна",
            subjects=("primary",),
            grades=(1,),
            years=0,
            interests=("digital_tools", "reading"),
            delivery=DeliveryMode.ONLINE,
        ),
        category=MenteeCategory.YOUNG_SPECIALIST,
        needs=frozenset({"classroom_management"}),
        preferred_mentor_ids=("ru-melnikova",),
        requested_on=day("2022-01-10"),
    ),
    Mentee(
        person=_STAFF.person(
            "ru-nikitin",
            "Никитин Павел Романович",
            subjects=("technology",),
            grades=(5, 6),
            years=0,
            interests=("project_work",),
        ),
        category=MenteeCategory.STUDENT_TEACHER,
        needs=frozenset({"lesson_planning"}),
        requested_on=day("2022-02-01"),
    ),
)


def _pairs() -> tuple[Pair, ...]:
    pair = Proposer(on="2021-09-01", by="ru-lebedeva")
    go = day("2021-09-06")
    c, s, p = (
        MentorFunction.CONSULTANT,
        MentorFunction.SUBJECT,
        MentorFunction.PARALLEL_COLLEAGUE,
    )
    return (
        # The young specialist chose his own consultant (self-selection).
        pair("ru-p0", "ru-melnikova", "ru-orlov", c).dissolve(
            on=day("2021-09-03"),
            reason="the young specialist chose another consultant",
            by="ru-orlov",
        ),
        pair(
            "ru-p1",
            "ru-gordeeva",
            "ru-orlov",
            c,
            approach=Approach.SELF_REGULATED,
            delivery=DeliveryMode.ONLINE,
        )
        .activate(on=go)
        .complete(
            on=day(REVIEW_DAY),
            reason="adaptation year reviewed at the pedagogical council",
            by="ru-lebedeva",
        ),
        pair("ru-p2", "ru-barteneva", "ru-orlov", s).activate(on=go),
        pair(
            "ru-p3", "ru-lebedeva", "ru-ibraeva", c, approach=Approach.SITUATIONAL
        ).activate(on=go),
        pair(
            "ru-p4", "ru-kostina", "ru-ibraeva", p, approach=Approach.PARTNER
        ).activate(on=go),
        pair("ru-p5", "ru-lebedeva", "ru-petrenko", c, delivery=DeliveryMode.BLENDED)
        .activate(on=go)
        .pause(on=day("2022-02-07"), reason="sick leave", by="ru-lebedeva")
        .resume(on=day("2022-03-01")),
        pair(
            "ru-p6", "ru-kostina", "ru-petrenko", p, approach=Approach.PARTNER
        ).activate(on=go),
    )


_ADAPTATION = PlanShape(
    goal=(
        "Адаптация вновь прибывшего учителя: документация, традиции,"
        " особенности и регламент школы"
    ),
    template="ru-newly-arrived-adaptation",
    criteria=(
        ("c1", "Изучены документация и регламент школы"),
        ("c2", "Освоены традиции и особенности школы"),
        ("c3", "Проведён открытый урок для коллег параллели"),
        ("c4", "Представлен отчёт на итоговом заседании учителей"),
    ),
    steps=(
        (
            "s1",
            "Знакомство",
            "Документация, электронный журнал, локальные акты",
            (_W.CONVERSATION, _W.METHODICAL_CONSULTATION),
            "c1",
        ),
        (
            "s2",
            "Вхождение в коллектив",
            "Традиции и мероприятия школы",
            (_W.EXTRACURRICULAR_EVENT, _W.MEETING_EXPERIENCED),
            "c2",
        ),
        (
            "s3",
            "Открытая практика",
            "Открытый урок и его обсуждение",
            (_W.OPEN_LESSON, _W.MUTUAL_LESSON_VISIT),
            "c3",
        ),
        ("s4", "Отчёт", "Отчёт наставляемого и наставника", (_W.SEMINAR,), "c4"),
    ),
    activities=(
        (
            "Знакомство с документацией и электронным журналом",
            _W.METHODICAL_CONSULTATION,
            "2021-09-24",
            "s1",
        ),
        ("Беседа о традициях школы", _W.CONVERSATION, "2021-10-15", "s2"),
        (
            "Совместное внеклассное мероприятие",
            _W.EXTRACURRICULAR_EVENT,
            "2021-11-26",
            "s2",
        ),
        (
            "Взаимопосещение уроков в параллели",
            _W.MUTUAL_LESSON_VISIT,
            "2021-12-10",
            "s3",
        ),
        ("Встреча с опытными учителями", _W.MEETING_EXPERIENCED, "2022-02-11", "s2"),
        ("Открытый урок", _W.OPEN_LESSON, "2022-03-11", "s3"),
        ("Тематический педсовет", _W.THEMATIC_COUNCIL, "2022-04-22", "s3"),
        ("Отчёт на итоговом заседании учителей", _W.SEMINAR, "2022-05-25", "s4"),
    ),
)

_Q1, _Q2, _Q3, _FINAL = "2021-10-29", "2021-12-24", "2022-03-18", REVIEW_DAY


def _reviews(met: tuple[int, ...]) -> list[tuple[str, ReviewKind, int]]:
    """The quarterly current control, the half-year and the final review,
    each with how many criteria were met by then.
    """
    days = (
        (_Q1, _R.CURRENT),
        (_Q2, _R.INTERMEDIATE),
        (_Q3, _R.CURRENT),
        (_FINAL, _R.FINAL),
    )
    return reviews(days, met)


def _plans() -> tuple[MentoringPlan, ...]:
    def growth(pair_id: str, met: tuple[int, ...]) -> MentoringPlan:
        # The young specialist's professional-growth plan (the seed's template).
        return plan_from_template(
            RUSSIAN_YOUNG_SPECIALIST,
            pair_id=pair_id,
            assessor="ru-lebedeva",
            start="2021-09-06",
            end="2022-05-31",
            reviews=_reviews(met),
            today=REVIEW_DAY,
        )

    def plan(
        shape: PlanShape,
        pair_id: str,
        assessor: str,
        met: tuple[int, ...],
        stalled_after: str | None = None,
    ) -> MentoringPlan:
        return build_plan(
            shape,
            pair_id=pair_id,
            assessor=assessor,
            start="2021-09-06",
            end="2022-06-30",
            reviews=_reviews(met),
            today=REVIEW_DAY,
            stalled_after=stalled_after,
        )

    def weekly(
        plan: MentoringPlan, minutes: int, stalled_after: str | None = None
    ) -> MentoringPlan:
        # The mentor's weekly consultation, with its time recorded.
        return with_weekly_contact(
            plan,
            year=_year(),
            minutes=minutes,
            today=REVIEW_DAY,
            stalled_after=stalled_after,
        )

    stall = "2021-12-15"
    return (
        weekly(growth("ru-p1", (1, 2, 3, 4)), 60),
        weekly(growth("ru-p2", (1, 2, 2, 3)), 60),
        weekly(plan(_ADAPTATION, "ru-p3", "ru-lebedeva", (1, 2, 3, 4)), 75),
        weekly(plan(_ADAPTATION, "ru-p4", "ru-lebedeva", (1, 2, 3, 3)), 75),
        weekly(plan(_ADAPTATION, "ru-p5", "ru-lebedeva", (1, 1, 2, 3)), 75),
        # Stalled after December: no assessment since the half-year review,
        # and too little contact since.
        weekly(
            plan(_ADAPTATION, "ru-p6", "ru-lebedeva", (1, 1), stalled_after=stall),
            75,
            stalled_after=stall,
        ),
    )


def _events() -> tuple[Event, ...]:
    return (
        Event(
            id="ru-e1",
            kind=EventKind.SCIENTIFIC_PRACTICAL,
            title="Районный семинар «Наставничество в сельской школе»",
            on=day("2021-11-12"),
            organizer="rmo-technology",
            participant_ids=frozenset({"ru-lebedeva", "ru-ibraeva", "ru-gordeeva"}),
            scope=Scope.DISTRICT,
        ),
        Event(
            id="ru-e2",
            kind=EventKind.SCIENTIFIC_PRACTICAL,
            title="Школьная научно-практическая конференция по наставничеству",
            on=day("2022-02-25"),
            organizer=SCHOOL,
            participant_ids=frozenset(
                {"ru-lebedeva", "ru-kostina", "ru-orlov", "ru-petrenko"}
            ),
        ),
        Event(
            id="ru-e3",
            kind=EventKind.OPEN_LESSON,
            title="Открытый урок молодого специалиста",
            on=day("2022-03-15"),
            organizer=SCHOOL,
            participant_ids=frozenset({"ru-orlov", "ru-barteneva", "ru-gordeeva"}),
        ),
        Event(
            id="ru-e4",
            kind=EventKind.PEDAGOGICAL_COUNCIL,
            title="Педагогический совет «Итоги программы наставничества»",
            on=day(REVIEW_DAY),
            organizer=SCHOOL,
            participant_ids=frozenset(m.id for m in (*_MENTORS, *_MENTEES[:3])),
        ),
    )


def _achievements() -> tuple[Achievement, ...]:
    return (
        Achievement(
            id="ru-a1",
            person_id="ru-orlov",
            kind=AchievementKind.COMPETITION,
            on=day("2022-02-10"),
            title="Районный конкурс «Педагогический дебют»",
            scope=Scope.DISTRICT,
        ),
        Achievement(
            id="ru-a2",
            person_id="ru-ibraeva",
            kind=AchievementKind.PROJECT_LEADERSHIP,
            on=day("2022-04-01"),
            title="Руководство проектом программы развития школы «Читающая школа»",
        ),
        Achievement(
            id="ru-a3",
            person_id="ru-petrenko",
            kind=AchievementKind.MANAGEMENT_RESERVE,
            on=day("2022-05-20"),
            title="Включена в кадровый управленческий резерв",
        ),
        Achievement(
            id="ru-a4",
            person_id="ru-lebedeva",
            kind=AchievementKind.PRACTICE_EXPERT_REVIEW,
            on=day("2022-04-20"),
            title="Практика наставничества прошла региональную экспертизу",
            scope=Scope.REGIONAL,
        ),
        Achievement(
            id="ru-a5",
            person_id="ru-orlov",
            kind=AchievementKind.PUBLICATION,
            on=day("2022-05-10"),
            title="Статья «Первый год в начальной школе»",
            scope=Scope.DISTRICT,
        ),
    )


_ANSWERS: tuple[tuple[str, SurveyAnswers, SurveyAnswers], ...] = (
    # person, (satisfaction, stay, conflicts staff, parents) at start / end
    ("ru-orlov", (3, None, 2, 3), (4, True, 0, 1)),
    ("ru-ibraeva", (3, True, 1, 1), (5, True, 0, 0)),
    ("ru-petrenko", (2, False, 1, 2), (3, True, 1, 1)),
)


@built_here
def russian_school() -> Program:
    """The Russian school sample: a programme year like the seed's.

    >>> program = russian_school()
    >>> program.problems()
    ()
    >>> program.curator.name
    'Лебедева Людмила Викторовна'

    .. versionadded:: 0.1.0
    """
    return Program(
        id="ru-berezovka-2021",
        title=(
            "Программа наставничества МКОУ «Берёзовская СОШ» на 2021–2022 учебный год"
        ),
        organization=SCHOOL,
        organization_name="МКОУ «Берёзовская СОШ»",
        year=_year(),
        district=DISTRICT,
        region=REGION,
        jurisdiction="ru",
        curator=CURATOR,
        mentors=_MENTORS,
        mentees=_MENTEES,
        pairs=_pairs(),
        plans=_plans(),
        events=_events(),
        achievements=_achievements(),
        measurements=performance(
            SCHOOL, baseline=("2021-09-01", 0.52), final=("2022-05-25", 0.61)
        ),
        surveys=surveys(_ANSWERS, baseline="2021-09-01", final="2022-05-20"),
    )
