"""A Kazakh school's mentoring (менторинг) for the 2021-2022 school year.

Built like the seed's school: 15 teachers have taken the NIS level courses
(one the school leaders' course, 2 the first (advanced) level, 5 the second
(main) level, 7 the third (basic) level). Mentoring is done by the certified
teachers of levels 1-2, who are "mentors and learners" at once; the level-3
teachers and two first-time teachers are their mentees, each pair on the
mentor-mentee plan with the seed's four success criteria in order; teachers
without the courses were put in focus groups after the survey of their
professional difficulties. Two teachers hired in January are still
unmatched. Every name is fictional.
"""

import functools

from mentoring.calendar import AcademicYear
from mentoring.matching import CompatibilityModel, match_groups
from mentoring.model import (
    Achievement,
    AchievementKind,
    Approach,
    CertificationKind,
    Event,
    EventKind,
    Group,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    MentoringPlan,
    Pair,
    Person,
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
from mentoring.samples._plans import plan_from_template, with_weekly_contact
from mentoring.templates import KAZAKH_MENTOR_MENTEE

__all__ = ["kazakh_school"]

SCHOOL = "kz-school-shapagat"
DISTRICT = "Алтынский район"
REGION = "Южная область"
NIS = "Центр педагогического мастерства"
#: The day the sample stands on: the end of the fourth quarter.
REVIEW_DAY = "2022-05-24"

_W = WorkMethod
_R = ReviewKind
_C = CertificationKind


@functools.cache  # one year object: its school days are computed once
def _year() -> AcademicYear:
    return school_year(
        2021,
        prefix="Q",
        starts=("2021-11-08", "2022-01-10", "2022-04-04"),
        holidays=(
            ("осенние каникулы", "2021-10-30", "2021-11-07"),
            ("зимние каникулы", "2021-12-30", "2022-01-09"),
            ("весенние каникулы", "2022-03-19", "2022-04-03"),
            ("летние каникулы", "2022-05-26", "2022-08-31"),
        ),
    )


_STAFF = Staff(
    organization=SCHOOL,
    district=DISTRICT,
    region=REGION,
    languages=("kk", "ru"),
    issuer=NIS,
)


def _teacher(  # noqa: PLR0913
    id: str,  # noqa: A002
    name: str,
    subject: str,
    *,
    years: int,
    level: CertificationKind | None = None,
    certified_on: str = "2019-06-14",
    grades: tuple[int, ...] = (5, 6, 7, 8, 9),
    interests: tuple[str, ...] = (),
) -> Person:
    return _STAFF.person(
        id,
        name,
        subjects=(subject,),
        years=years,
        grades=grades,
        interests=interests,
        certified=() if level is None else ((level, certified_on),),
    )


CURATOR = _teacher(
    "kz-zhumabekova",
    "Жумабекова Сауле Ермековна",
    "management",
    years=24,
    level=_C.NIS_LEADERS_COURSE,
    certified_on="2016-05-20",
)

_BOTH = frozenset({MentorFunction.CONSULTANT, MentorFunction.SUBJECT})


def _mentor(  # noqa: PLR0913
    id: str,  # noqa: A002
    name: str,
    subject: str,
    level: CertificationKind,
    *,
    years: int,
    grades: tuple[int, ...] = (5, 6, 7, 8, 9),
    interests: tuple[str, ...] = (),
) -> Mentor:
    return Mentor(
        person=_teacher(
            id,
            name,
            subject,
            years=years,
            level=level,
            grades=grades,
            interests=interests,
        ),
        capacity=2,
        functions=_BOTH,
    )


_MENTORS = (
    _mentor(
        "kz-akhmetova",
        "Ахметова Гульнара Каировна",
        "mathematics",
        _C.NIS_LEVEL_1,
        years=22,
        interests=("lesson_study", "coaching"),
    ),
    _mentor(
        "kz-seitkali",
        "Сейткали Данияр Болатович",
        "physics",
        _C.NIS_LEVEL_1,
        years=19,
        interests=("critical_thinking",),
    ),
    _mentor(
        "kz-nurlanova",
        "Нурланова Айгерим Сериковна",
        "kazakh_language",
        _C.NIS_LEVEL_2,
        years=14,
        interests=("dialogic_teaching",),
    ),
    _mentor(
        "kz-omarova",
        "Омарова Жанар Толеуовна",
        "primary",
        _C.NIS_LEVEL_2,
        years=17,
        grades=(1, 2, 3, 4),
        interests=("criteria_based_assessment",),
    ),
    _mentor(
        "kz-bekova",
        "Бекова Мадина Аскаровна",
        "english",
        _C.NIS_LEVEL_2,
        years=11,
        interests=("digital_tools", "dialogic_teaching"),
    ),
    _mentor(
        "kz-kasymov",
        "Касымов Ерлан Муратович",
        "history",
        _C.NIS_LEVEL_2,
        years=20,
        interests=("critical_thinking", "leadership"),
    ),
    _mentor(
        "kz-tulegenova",
        "Тулегенова Асель Бахытовна",
        "biology",
        _C.NIS_LEVEL_2,
        years=13,
        interests=("lesson_study",),
    ),
)


def _developing(
    id: str,  # noqa: A002
    name: str,
    subject: str,
    *,
    level: CertificationKind | None,
    grades: tuple[int, ...] = (5, 6, 7, 8, 9),
) -> Mentee:
    return Mentee(
        person=_teacher(
            id,
            name,
            subject,
            years=7,
            level=level,
            certified_on="2020-06-12",
            grades=grades,
        ),
        category=MenteeCategory.DEVELOPING_TEACHER,
        needs=frozenset({"criteria_based_assessment", "dialogic_teaching"}),
        requested_on=day("2021-09-01"),
    )


def _first_time(  # noqa: PLR0913
    id: str,  # noqa: A002
    name: str,
    subject: str,
    *,
    requested: str,
    grades: tuple[int, ...] = (5, 6, 7),
    interests: tuple[str, ...] = (),
) -> Mentee:
    return Mentee(
        person=_teacher(id, name, subject, years=0, grades=grades, interests=interests),
        category=MenteeCategory.FIRST_TIME_TEACHER,
        needs=frozenset({"lesson_planning", "classroom_management"}),
        requested_on=day(requested),
    )


_L3 = _C.NIS_LEVEL_3
_LEVEL_3 = (
    _developing(
        "kz-abdrakhmanova", "Абдрахманова Сания Нуржановна", "mathematics", level=_L3
    ),
    _developing("kz-erzhanov", "Ержанов Бауыржан Канатович", "physics", level=_L3),
    _developing(
        "kz-iskakova", "Искакова Мейрамгуль Жанатовна", "kazakh_language", level=_L3
    ),
    _developing(
        "kz-musina", "Мусина Алия Ринатовна", "primary", level=_L3, grades=(1, 2, 3, 4)
    ),
    _developing("kz-smagulova", "Смагулова Индира Айдаровна", "english", level=_L3),
    _developing("kz-zhaksylykov", "Жаксылыков Нурлан Ерикович", "history", level=_L3),
    _developing("kz-utepova", "Утепова Карлыгаш Маратовна", "biology", level=_L3),
)

_FIRST_TIME = (
    _first_time(
        "kz-sarsenova",
        "Сарсенова Камила Даулетовна",
        "primary",
        requested="2021-09-01",
        grades=(1,),
    ),
    _first_time(
        "kz-kaliev", "Калиев Нуржан Серикович", "mathematics", requested="2021-09-01"
    ),
    # Hired in January: not matched yet (a mentor is due within five working days).
    _first_time(
        "kz-dosanova",
        "Досанова Айжан Ержановна",
        "english",
        requested="2022-01-10",
        interests=("digital_tools",),
    ),
    _first_time(
        "kz-tleubaev",
        "Тлеубаев Арман Болатович",
        "history",
        requested="2022-01-17",
        interests=("critical_thinking",),
    ),
)

_FOCUS = (
    ("kz-kim", "Ким Елена Викторовна", "russian_language"),
    ("kz-baizhanova", "Байжанова Роза Кайратовна", "geography"),
    ("kz-ospanov", "Оспанов Талгат Серикович", "physical_education"),
    ("kz-li", "Ли Ирина Александровна", "chemistry"),
    ("kz-maratova", "Маратова Динара Ерлановна", "art"),
    ("kz-serikbaev", "Серикбаев Аскар Нурланович", "informatics"),
    ("kz-zhunusova", "Жунусова Гаухар Болатовна", "music"),
)
_UNTRAINED = tuple(
    _developing(pid, name, subject, level=None) for pid, name, subject in _FOCUS
)


def _pairs() -> tuple[Pair, ...]:
    pair = Proposer(
        on="2021-09-01",
        by="kz-zhumabekova",
        function=MentorFunction.SUBJECT,
        activate_on="2021-09-06",
    )
    consultant = MentorFunction.CONSULTANT
    return (
        pair("kz-p1", "kz-akhmetova", "kz-abdrakhmanova"),
        pair("kz-p2", "kz-seitkali", "kz-erzhanov"),
        pair("kz-p3", "kz-nurlanova", "kz-iskakova"),
        pair("kz-p4", "kz-omarova", "kz-musina"),
        pair("kz-p5", "kz-bekova", "kz-smagulova", approach=Approach.PARTNER),
        pair("kz-p6", "kz-kasymov", "kz-zhaksylykov"),
        pair("kz-p7", "kz-tulegenova", "kz-utepova").pause(
            on=day("2022-02-14"), reason="курсы повышения квалификации"
        ),
        pair("kz-p8", "kz-omarova", "kz-sarsenova", consultant),
        pair("kz-p9", "kz-akhmetova", "kz-kaliev", consultant),
    )


def _groups() -> tuple[Group, ...]:
    """The focus groups, formed as the school did: the teachers without the
    level courses, in groups of three or four, each led by a level 1-2
    teacher (:func:`~mentoring.matching.match_groups` under the Kazakh
    preset).
    """
    formed = match_groups(
        _MENTORS,
        _UNTRAINED,
        model=CompatibilityModel.kazakh_levels(),
        size=(3, 4),
        on=day("2021-10-04"),
    )
    return formed.to_groups(
        on=day("2021-10-04"),
        id_prefix="kz-g",
        topics=(
            "Критериальное оценивание",
            "Диалоговое обучение и критическое мышление",
        ),
    )


_FOCUS_ISSUES = {
    "kz-p1": "Критериальное оценивание на уроках математики",
    "kz-p2": "Исследовательские задания по физике",
    "kz-p3": "Диалоговое обучение на уроках казахского языка",
    "kz-p4": "Формативное оценивание в начальной школе",
    "kz-p5": "Развитие говорения на уроках английского языка",
    "kz-p6": "Критическое мышление на уроках истории",
    "kz-p7": "Lesson Study на уроках биологии",
    "kz-p8": "Организация урока в первом классе",
    "kz-p9": "Планирование урока (КСП)",
}


def _plans() -> tuple[MentoringPlan, ...]:
    met = {
        "kz-p1": (2, 3, 4, 4),
        "kz-p2": (1, 3, 4, 4),
        "kz-p3": (2, 2, 3, 4),
        "kz-p4": (2, 3, 3, 4),
        "kz-p5": (1, 2, 3, 3),
        "kz-p6": (1, 2, 2, 3),
        "kz-p7": (1, 2),
        "kz-p8": (1, 2, 3, 4),
        "kz-p9": (1, 1, 2, 3),
    }
    days = (
        ("2021-10-29", _R.CURRENT),
        ("2021-12-28", _R.INTERMEDIATE),
        ("2022-03-18", _R.CURRENT),
        (REVIEW_DAY, _R.FINAL),
    )
    # Every pair but kz-p9 has the mentor's weekly consultation of an hour
    # besides the plan's activities; kz-p9's mentor, a consultant, meets
    # the mentee at the plan's activities only: too little contact, the
    # demo flags it. kz-p7 stalled in February (the pair is paused since):
    # its activities since are missed.
    stall = "2022-02-14"
    plans = (
        (
            pair_id,
            plan_from_template(
                KAZAKH_MENTOR_MENTEE,
                pair_id=pair_id,
                assessor="kz-zhumabekova",
                start="2021-09-06",
                end="2022-05-25",
                reviews=reviews(days, counts),
                today=REVIEW_DAY,
                stalled_after=stall if pair_id == "kz-p7" else None,
                focus_issue=_FOCUS_ISSUES[pair_id],
                strategy="коучинг, наблюдение за уроком и обратная связь",
            ),
        )
        for pair_id, counts in met.items()
    )
    return tuple(
        plan
        if pair_id == "kz-p9"
        else with_weekly_contact(
            plan,
            year=_year(),
            minutes=60,
            today=REVIEW_DAY,
            stalled_after=stall if pair_id == "kz-p7" else None,
            title="Консультация ментора",
        )
        for pair_id, plan in plans
    )


def _events() -> tuple[Event, ...]:
    mentors = frozenset(m.id for m in _MENTORS)
    return (
        Event(
            id="kz-e1",
            kind=EventKind.OTHER,
            title="Анкетирование профессиональных затруднений учителей (ШМО)",
            on=day("2021-09-01"),
            organizer=SCHOOL,
            participant_ids=frozenset(
                m.id for m in (*_LEVEL_3, *_UNTRAINED, *_FIRST_TIME[:2])
            ),
        ),
        Event(
            id="kz-e2",
            kind=EventKind.SEMINAR,
            title="Коучинг-сессия «Lesson Study в школе»",
            on=day("2021-11-26"),
            organizer=SCHOOL,
            participant_ids=mentors | frozenset(m.id for m in _LEVEL_3),
        ),
        Event(
            id="kz-e3",
            kind=EventKind.SCIENTIFIC_PRACTICAL,
            title="Семинар сетевого сообщества учителей района",
            on=day("2022-02-18"),
            organizer="kz-district-methodical-office",
            participant_ids=frozenset({"kz-akhmetova", "kz-seitkali", "kz-bekova"}),
            scope=Scope.DISTRICT,
        ),
        Event(
            id="kz-e4",
            kind=EventKind.SCIENTIFIC_PRACTICAL,
            title="Школьная конференция «Менторинг: опыт и результаты»",
            on=day("2022-04-22"),
            organizer=SCHOOL,
            participant_ids=mentors | {"kz-zhumabekova"},
        ),
    )


def _achievements() -> tuple[Achievement, ...]:
    return (
        Achievement(
            id="kz-a1",
            person_id="kz-smagulova",
            kind=AchievementKind.COMPETITION,
            on=day("2022-03-04"),
            title="Районный конкурс «Лучший урок»",
            scope=Scope.DISTRICT,
        ),
        Achievement(
            id="kz-a2",
            person_id="kz-akhmetova",
            kind=AchievementKind.METHODICAL_PRACTICE,
            on=day("2022-04-22"),
            title="Практика менторинга в сборнике районного методкабинета",
            scope=Scope.DISTRICT,
        ),
        Achievement(
            id="kz-a3",
            person_id="kz-kasymov",
            kind=AchievementKind.PRACTICE_EXPERT_REVIEW,
            on=day("2022-05-13"),
            title="Экспертиза практики Lesson Study на областном уровне",
            scope=Scope.REGIONAL,
        ),
    )


_ANSWERS: tuple[tuple[str, SurveyAnswers, SurveyAnswers], ...] = (
    ("kz-sarsenova", (3, True, 1, 2), (4, True, 0, 1)),
    ("kz-kaliev", (2, None, 1, 1), (4, True, 0, 0)),
    ("kz-musina", (4, True, 0, 1), (5, True, 0, 0)),
)


@built_here
def kazakh_school() -> Program:
    """The Kazakh sample: level-certified mentors and focus groups.

    >>> program = kazakh_school()
    >>> program.problems()
    ()
    >>> len(program.mentors), len(program.groups)
    (7, 2)

    .. versionadded:: 0.1.0
    """
    return Program(
        id="kz-shapagat-2021",
        title="Менторинг в школе-лицее «Шапагат», 2021–2022 учебный год",
        organization=SCHOOL,
        organization_name="Школа-лицей «Шапагат»",
        year=_year(),
        district=DISTRICT,
        region=REGION,
        jurisdiction="kz",
        curator=CURATOR,
        mentors=_MENTORS,
        mentees=(*_LEVEL_3, *_FIRST_TIME, *_UNTRAINED),
        pairs=_pairs(),
        groups=_groups(),
        plans=_plans(),
        events=_events(),
        achievements=_achievements(),
        measurements=performance(
            SCHOOL, baseline=("2021-09-01", 0.58), final=("2022-05-24", 0.66)
        ),
        surveys=surveys(_ANSWERS, baseline="2021-09-01", final="2022-05-20"),
    )
