"""A Moldovan district's mentoring network for the 2024-2025 school year.

Built like the seeds' National Mentoring Network: national mentors (certified
by the national institute) train a cohort of future institutional mentors in
two training groups, which ends with the follow-up and certification sessions
in June; institutional mentors certified the year before mentor the debutant
teachers of the district's schools, each pair on an individual mentoring plan
by semester. Two debutants hired in the second semester are still unmatched.
Every name is fictional.
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
    Group,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    MentoringPlan,
    MentorLevel,
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
    reviews,
    school_year,
    surveys,
)
from mentoring.samples._plans import plan_from_template, with_weekly_contact
from mentoring.templates import DEBUTANT_BY_SEMESTER

__all__ = ["moldovan_network"]

DIRECTORATE = "md-de-valea-verde"
DISTRICT = "raionul Valea Verde"
INSTITUTE = "md-institutul-national"
#: The day the sample stands on: the end of the second semester.
REVIEW_DAY = "2025-05-30"
#: The certification session (the seed's 23-27 June).
CERTIFIED_ON = "2025-06-25"

_W = WorkMethod
_R = ReviewKind
_C = CertificationKind


@functools.cache  # one year object: its school days are computed once
def _year() -> AcademicYear:
    return school_year(
        2024,
        prefix="S",
        starts=("2025-01-13",),
        holidays=(
            ("vacanța de iarnă", "2024-12-28", "2025-01-12"),
            ("vacanța de primăvară", "2025-04-19", "2025-04-27"),
            ("vacanța de vară", "2025-06-01", "2025-08-31"),
        ),
    )


_STAFF = Staff(
    organization=DIRECTORATE, district=DISTRICT, languages=("ro",), issuer=INSTITUTE
)


LYCEUM = "md-liceul-mihai-eminescu"
GYMNASIUM = "md-gimnaziul-nr-2"
VILLAGE = "md-gimnaziul-satul-nou"

CURATOR = _STAFF.person(
    "md-rusu",
    "Elena Rusu",
    subjects=("management",),
    years=21,
    certified=((_C.REGIONAL_MENTOR, "2023-06-20"),),
)


def _national(id: str, name: str, subjects: tuple[str, ...]) -> Mentor:  # noqa: A002
    # National mentors train institutional mentors in groups; they take no
    # debutant themselves, hence no places for pairs.
    return Mentor(
        person=_STAFF.person(
            id,
            name,
            organization=INSTITUTE,
            subjects=subjects,
            years=24,
            languages=("ro", "ru"),
            delivery=DeliveryMode.BLENDED,
            certified=((_C.NATIONAL_MENTOR, "2023-06-15"),),
        ),
        capacity=0,
        functions=frozenset({MentorFunction.CONSULTANT}),
        level=MentorLevel.NATIONAL,
    )


def _institutional(  # noqa: PLR0913
    id: str,  # noqa: A002
    name: str,
    *,
    school: str,
    subjects: tuple[str, ...],
    grades: tuple[int, ...],
    capacity: int,
    functions: frozenset[MentorFunction],
    interests: tuple[str, ...] = (),
    languages: tuple[str, ...] = ("ro",),
) -> Mentor:
    return Mentor(
        person=_STAFF.person(
            id,
            name,
            organization=school,
            subjects=subjects,
            grades=grades,
            years=16,
            languages=languages,
            interests=interests,
            certified=((_C.INSTITUTIONAL_MENTOR, "2024-06-26"),),
        ),
        capacity=capacity,
        functions=functions,
        level=MentorLevel.INSTITUTIONAL,
    )


_CONSULTANT = frozenset({MentorFunction.CONSULTANT})
_BOTH = frozenset({MentorFunction.CONSULTANT, MentorFunction.SUBJECT})

_MENTORS = (
    _national("md-ciobanu", "Ana Ciobanu", ("romanian",)),
    _national("md-munteanu", "Victor Munteanu", ("mathematics",)),
    _institutional(
        "md-lungu",
        "Maria Lungu",
        school=LYCEUM,
        subjects=("romanian",),
        grades=(5, 6, 7, 8, 9),
        capacity=2,
        functions=_BOTH,
        interests=("reading", "inclusive_education"),
    ),
    _institutional(
        "md-cojocaru",
        "Ion Cojocaru",
        school=GYMNASIUM,
        subjects=("mathematics", "physics"),
        grades=(7, 8, 9),
        capacity=2,
        functions=_BOTH,
        interests=("digital_tools",),
    ),
    _institutional(
        "md-popa",
        "Natalia Popa",
        school=LYCEUM,
        subjects=("primary",),
        grades=(1, 2, 3, 4),
        capacity=1,
        functions=_CONSULTANT,
        interests=("inclusive_education",),
    ),
    _institutional(
        "md-rotaru",
        "Svetlana Rotaru",
        school=VILLAGE,
        subjects=("biology", "chemistry"),
        grades=(6, 7, 8, 9),
        capacity=2,
        functions=_BOTH,
        languages=("ro", "ru"),
        interests=("project_work",),
    ),
)


def _trainee(
    id: str,  # noqa: A002
    name: str,
    school: str,
    subject: str,
    *,
    certified: bool = True,
) -> Mentee:
    return Mentee(
        person=_STAFF.person(
            id,
            name,
            organization=school,
            subjects=(subject,),
            years=12,
            certified=((_C.INSTITUTIONAL_MENTOR, CERTIFIED_ON),) if certified else (),
        ),
        category=MenteeCategory.DEVELOPING_TEACHER,
        needs=frozenset({"mentor_training"}),
        requested_on=day("2024-09-10"),
    )


def _debutant(  # noqa: PLR0913
    id: str,  # noqa: A002
    name: str,
    school: str,
    subject: str,
    grades: tuple[int, ...],
    *,
    requested: str = "2024-09-02",
    languages: tuple[str, ...] = ("ro",),
    interests: tuple[str, ...] = (),
) -> Mentee:
    return Mentee(
        person=_STAFF.person(
            id,
            name,
            organization=school,
            subjects=(subject,),
            grades=grades,
            years=0,
            languages=languages,
            interests=interests,
        ),
        category=MenteeCategory.DEBUTANT,
        needs=frozenset({"lesson_planning", "classroom_management"}),
        requested_on=day(requested),
    )


_TRAINEES = (
    _trainee("md-balan", "Doina Balan", LYCEUM, "history"),
    _trainee("md-gutu", "Petru Guțu", GYMNASIUM, "mathematics"),
    _trainee("md-sirbu", "Lilia Sîrbu", VILLAGE, "primary"),
    _trainee("md-tofan", "Oxana Tofan", LYCEUM, "english"),
    _trainee("md-vrabie", "Sergiu Vrabie", GYMNASIUM, "physics"),
    _trainee("md-moraru", "Tatiana Moraru", VILLAGE, "romanian", certified=False),
)

_DEBUTANTS = (
    _debutant(
        "md-rosca", "Irina Roșca", LYCEUM, "romanian", (5, 6), interests=("reading",)
    ),
    _debutant(
        "md-ceban",
        "Andrei Ceban",
        GYMNASIUM,
        "mathematics",
        (7, 8),
        interests=("digital_tools",),
    ),
    _debutant("md-sandu", "Cristina Sandu", LYCEUM, "primary", (2,)),
    _debutant(
        "md-pavlov", "Dmitri Pavlov", VILLAGE, "biology", (6, 7), languages=("ro", "ru")
    ),
    # Hired in the second semester: not matched yet.
    _debutant(
        "md-grosu",
        "Elena Grosu",
        GYMNASIUM,
        "physics",
        (7, 8),
        requested="2025-01-13",
        interests=("digital_tools",),
    ),
    _debutant(
        "md-chiriac",
        "Mihai Chiriac",
        VILLAGE,
        "chemistry",
        (8, 9),
        requested="2025-02-03",
        languages=("ro", "ru"),
        interests=("project_work",),
    ),
)


def _pairs() -> tuple[Pair, ...]:
    pair = Proposer(on="2024-09-09", by="md-rusu")
    go = day("2024-09-16")
    return (
        pair("md-p1", "md-lungu", "md-rosca").activate(on=go),
        pair("md-p2", "md-cojocaru", "md-ceban", MentorFunction.SUBJECT).activate(
            on=go
        ),
        pair("md-p3", "md-popa", "md-sandu")
        .activate(on=go)
        .complete(on=day(REVIEW_DAY), reason="insertion year completed"),
        # Declined: a mentor from another school, two villages away.
        pair("md-p4", "md-lungu", "md-pavlov").dissolve(
            on=day("2024-09-12"),
            reason="the debutant asked for a mentor in the same school",
            by="md-pavlov",
        ),
        pair("md-p5", "md-rotaru", "md-pavlov", delivery=DeliveryMode.BLENDED).activate(
            on=day("2024-09-23")
        ),
    )


def _groups() -> tuple[Group, ...]:
    return (
        Group(
            id="md-g1",
            mentor_id="md-ciobanu",
            mentee_ids=frozenset({"md-balan", "md-gutu", "md-sirbu"}),
            topic="Programul de formare a mentorilor instituționali",
            approach=Approach.GROUP,
            delivery=DeliveryMode.BLENDED,
            formed_on=day("2024-10-01"),
            ended_on=day("2025-06-27"),
        ),
        Group(
            id="md-g2",
            mentor_id="md-munteanu",
            mentee_ids=frozenset({"md-tofan", "md-vrabie", "md-moraru"}),
            topic="Programul de formare a mentorilor instituționali",
            approach=Approach.GROUP,
            delivery=DeliveryMode.ONLINE,
            formed_on=day("2024-10-01"),
            ended_on=day("2025-06-27"),
        ),
    )


def _plans() -> tuple[MentoringPlan, ...]:
    def plan(pair_id: str, met: tuple[int, int, int]) -> MentoringPlan:
        days = (
            ("2024-12-20", _R.INTERMEDIATE),
            ("2025-03-28", _R.CURRENT),
            (REVIEW_DAY, _R.FINAL),
        )
        return plan_from_template(
            DEBUTANT_BY_SEMESTER,
            pair_id=pair_id,
            assessor="md-rusu",
            start="2024-09-16",
            end="2025-05-30",
            reviews=reviews(days, met),
            today=REVIEW_DAY,
        )

    def weekly(plan: MentoringPlan, every: int = 1) -> MentoringPlan:
        # The mentor's consultation of an hour, with its time recorded.
        return with_weekly_contact(
            plan,
            year=_year(),
            minutes=60,
            today=REVIEW_DAY,
            every=every,
            title="Consultația mentorului",
        )

    return (
        weekly(plan("md-p1", (2, 3, 4))),
        weekly(plan("md-p2", (2, 2, 3))),
        weekly(plan("md-p3", (2, 3, 4))),
        # Met every other week only: too little contact, the demo flags it.
        weekly(plan("md-p5", (1, 2, 3)), every=2),
    )


def _events() -> tuple[Event, ...]:
    national = frozenset({"md-ciobanu", "md-munteanu"})
    institutional = frozenset({"md-lungu", "md-cojocaru", "md-popa", "md-rotaru"})
    trainees = frozenset(t.id for t in _TRAINEES)
    return (
        Event(
            id="md-e1",
            kind=EventKind.TRAINING,
            title="Programul de formare a mentorilor instituționali: modulul I",
            on=day("2024-10-15"),
            organizer=INSTITUTE,
            participant_ids=national | trainees,
            scope=Scope.NATIONAL,
        ),
        Event(
            id="md-e2",
            kind=EventKind.WEBINAR,
            title="#ConnectMentor: prima ședință online",
            on=day("2024-11-20"),
            organizer=INSTITUTE,
            participant_ids=national | institutional,
            scope=Scope.NATIONAL,
        ),
        Event(
            id="md-e3",
            kind=EventKind.SEMINAR,
            title="Întâlnire în teritoriu cu managerii instituțiilor de învățământ",
            on=day("2025-03-12"),
            organizer=DIRECTORATE,
            participant_ids=frozenset({"md-rusu"}) | institutional,
            scope=Scope.DISTRICT,
        ),
        Event(
            id="md-e4",
            kind=EventKind.FOLLOW_UP_SESSION,
            title="Sesiune de follow-up a mentorilor instituționali",
            on=day("2025-06-24"),
            organizer=INSTITUTE,
            participant_ids=national | trainees,
            scope=Scope.REGIONAL,
        ),
        Event(
            id="md-e5",
            kind=EventKind.CERTIFICATION_SESSION,
            title="Sesiune de certificare a mentorilor instituționali",
            on=day(CERTIFIED_ON),
            organizer=INSTITUTE,
            participant_ids=national | trainees,
            scope=Scope.REGIONAL,
        ),
    )


def _achievements() -> tuple[Achievement, ...]:
    return tuple(
        Achievement(
            id=f"{t.id}-certified",
            person_id=t.id,
            kind=AchievementKind.CERTIFICATION,
            on=day(CERTIFIED_ON),
            title="Certificat de mentor instituțional",
            scope=Scope.NATIONAL,
        )
        for t in _TRAINEES
        if t.person.certifications
    )


_ANSWERS: tuple[tuple[str, SurveyAnswers, SurveyAnswers], ...] = (
    ("md-rosca", (3, True), (4, True)),
    ("md-ceban", (2, False), (4, True)),
    ("md-sandu", (4, True), (5, True)),
    ("md-pavlov", (2, None), (3, False)),
)


@built_here
def moldovan_network() -> Program:
    """The Moldovan sample: a district's part of the national mentoring network.

    >>> program = moldovan_network()
    >>> program.problems()
    ()
    >>> sorted({m.level.value for m in program.mentors if m.level})
    ['institutional', 'national']

    .. versionadded:: 0.1.0
    """
    return Program(
        id="md-valea-verde-2024",
        title="Rețeaua de mentorat a raionului Valea Verde, anul școlar 2024–2025",
        organization=DIRECTORATE,
        organization_name="Direcția de Educație Valea Verde",
        year=_year(),
        district=DISTRICT,
        jurisdiction="md",
        curator=CURATOR,
        mentors=_MENTORS,
        mentees=(*_TRAINEES, *_DEBUTANTS),
        pairs=_pairs(),
        groups=_groups(),
        plans=_plans(),
        events=_events(),
        achievements=_achievements(),
        surveys=surveys(_ANSWERS, baseline="2024-09-01", final="2025-05-23"),
    )
