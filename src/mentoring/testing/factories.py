"""Deterministic, seeded builders of valid values, for tests without Hypothesis.

Every builder takes an int ``seed`` and returns the same value for the same
arguments, on every machine and Python version (each uses its own
:class:`random.Random`; nothing global is touched). A seed that is not an int
(``None`` included, which would seed from the clock) raises
:class:`~mentoring.errors.ValidationError` at ``$.seed``. Names, schools and places
are realistic and fictional, in Russian, Kazakh, Romanian or English as the
*jurisdiction* says (``"ru"``, ``"kz"``, ``"md"``, ``"ro"``; any other code
gives English names). Every programme has ``problems() == ()``.

>>> from mentoring.testing.factories import make_program
>>> program = make_program(seed=1, mentors=5, mentees=12, jurisdiction="ru")
>>> len(program.mentors), len(program.mentees), program.problems()
(5, 12, ())
>>> make_program(seed=1) == make_program(seed=1)
True

No extra is needed: this module uses only :mod:`mentoring` and the standard
library.

.. versionadded:: 0.1.0
"""

import datetime as dt
import random
from collections.abc import Iterable, Sequence
from typing import TypeVar

import attrs

from mentoring._checks import expect, raise_if, validated
from mentoring._problems import out_of_range
from mentoring.calendar import TERM_SYSTEMS, AcademicYear
from mentoring.errors import Problem
from mentoring.model import (
    Achievement,
    AchievementKind,
    Activity,
    ActivityStatus,
    Approach,
    Assessment,
    Certification,
    CertificationKind,
    CriterionStatus,
    DeliveryMode,
    Event,
    EventKind,
    Measurement,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorAgreement,
    MentorFunction,
    MentoringPlan,
    MentorLevel,
    Pair,
    Person,
    PlanStep,
    Program,
    ReviewKind,
    Scope,
    SuccessCriterion,
    SurveyResponse,
    WorkMethod,
)
from mentoring.testing import _names

__all__ = [
    "make_mentee",
    "make_mentor",
    "make_pairs",
    "make_person",
    "make_plan",
    "make_program",
    "make_year",
]

_T = TypeVar("_T")

#: The school year the builders use unless told otherwise.
DEFAULT_START_YEAR = 2024

_CERTIFICATES: dict[str, tuple[CertificationKind, ...]] = {
    "ru": (CertificationKind.MENTORING_TRAINING,),
    "kz": (CertificationKind.NIS_LEVEL_1, CertificationKind.NIS_LEVEL_2),
    "md": (CertificationKind.INSTITUTIONAL_MENTOR,),
    "ro": (CertificationKind.PROFESOR_MENTOR,),
}
_ISSUERS = {"ru": "АО ИРО", "kz": "ЦПМ АОО «НИШ»", "md": "INEL", "ro": "ISJ"}
_CATEGORIES: dict[str, tuple[MenteeCategory, ...]] = {
    "ru": (MenteeCategory.YOUNG_SPECIALIST, MenteeCategory.NEWLY_ARRIVED),
    "kz": (MenteeCategory.FIRST_TIME_TEACHER, MenteeCategory.YOUNG_SPECIALIST),
    "md": (MenteeCategory.DEBUTANT,),
    "ro": (MenteeCategory.DEBUTANT, MenteeCategory.STUDENT_TEACHER),
}
_NEEDS = (
    "lesson_planning",
    "classroom_management",
    "assessment",
    "working_with_parents",
    "school_documents",
)
_INTERESTS = ("digital_tools", "project_method", "assessment", "lesson_study")
#: The Kazakh mentor-mentee plan's four criteria, met in this order (S004).
_KZ_CRITERIA = (
    "Создана пара (ментор-менти)",
    "Выявлен и сфокусирован проблемный вопрос",
    "Выработана стратегия действий",
    "Разработан план совместных действий",
)
_STEPS = (
    ("Размышление и планирование действий", (WorkMethod.JOINT_LESSON_PLANNING,)),
    ("Выбор стратегии", (WorkMethod.CONVERSATION, WorkMethod.COACHING)),
    ("Разработка плана действий", (WorkMethod.LESSON_OBSERVATION, WorkMethod.FEEDBACK)),
)
_ACTIVITY_METHODS = (
    WorkMethod.JOINT_LESSON_PLANNING,
    WorkMethod.LESSON_VISIT,
    WorkMethod.COACHING,
    WorkMethod.FEEDBACK,
    WorkMethod.METHODICAL_CONSULTATION,
    WorkMethod.OPEN_LESSON,
)
_PROGRAM_TITLES = {
    "ru": "Программа наставничества",
    "kk": "Тәлімгерлік бағдарламасы",
    "ro": "Programul de mentorat",
    "en": "Mentoring programme",
}


def _each(
    problems: list[Problem], name: str, values: Iterable[_T], kind: type[_T]
) -> tuple[_T, ...]:
    """*values* as a tuple; a problem for each that is not a *kind*."""
    items = tuple(values)
    for i, value in enumerate(items):
        expect(problems, f"$.{name}[{i}]", value, kind)
    return items


@validated
def make_year(
    start_year: int = DEFAULT_START_YEAR, *, jurisdiction: str = "ru"
) -> AcademicYear:
    """The school year starting in *start_year*, with the terms and holidays of
    the jurisdiction's term system when it has one (a plain 1 September year
    otherwise).

    >>> make_year(2021).label
    '2021-2022'

    .. versionadded:: 0.1.0
    """
    system = TERM_SYSTEMS.get(jurisdiction)
    if system is not None:
        return system.year(start_year)
    return AcademicYear.starting(start_year)


def _places(table: dict[str, tuple[str, ...]], jurisdiction: str) -> tuple[str, ...]:
    return table.get(jurisdiction, table[""])


class _Namer:
    """Realistic names without repeats (until the lists run out)."""

    def __init__(self, rng: random.Random, jurisdiction: str) -> None:
        self.rng = rng
        self.languages = _names.languages_of(jurisdiction)
        self.used: set[str] = set()

    def __call__(self) -> str:
        name = ""
        for _ in range(20):
            name = _names.full_name(
                self.rng.choice(self.languages),
                female=self.rng.random() < 0.7,  # most teachers are women
                given=self.rng.randrange(7),
                family=self.rng.randrange(7),
                middle=self.rng.randrange(5),
            )
            if name not in self.used:
                break
        self.used.add(name)
        return name


def _person(  # noqa: PLR0913
    rng: random.Random,
    *,
    person_id: str,
    name: str,
    jurisdiction: str,
    experience: tuple[int, int],
    certified_by: dt.date | None,
    organization: str,
) -> Person:
    certifications: tuple[Certification, ...] = ()
    kinds = _CERTIFICATES.get(jurisdiction, (CertificationKind.MENTORING_TRAINING,))
    if certified_by is not None:
        certifications = (
            Certification(
                kind=rng.choice(kinds),
                obtained_on=certified_by - dt.timedelta(days=rng.randrange(30, 900)),
                issuer=_ISSUERS.get(jurisdiction, ""),
            ),
        )
    subjects = rng.sample(_names.SUBJECTS, rng.randint(1, 2))
    first_grade = rng.randint(1, 9)
    return Person(
        id=person_id,
        name=name,
        organization=organization,
        district=rng.choice(_places(_names.DISTRICTS, jurisdiction)),
        region=_places(_names.REGIONS, jurisdiction)[0],
        subjects=frozenset(subjects),
        grades=frozenset(range(first_grade, first_grade + rng.randint(1, 3))),
        experience_years=rng.randint(*experience),
        languages=frozenset(_names.languages_of(jurisdiction)[:1]),
        interests=frozenset(rng.sample(_INTERESTS, rng.randint(0, 2))),
        preferred_delivery=rng.choice(
            (None, DeliveryMode.OFFLINE, DeliveryMode.ONLINE)
        ),
        certifications=certifications,
    )


def _lone_person(  # noqa: PLR0913
    seed: int,
    person_id: str,
    jurisdiction: str,
    *,
    experience: tuple[int, int],
    certified_by: dt.date | None,
    skip: int = 0,
) -> tuple[random.Random, Person]:
    """A generator seeded with *seed*, and the person of a school of
    *jurisdiction* it draws first (one not drawn for a whole programme);
    *skip* names are drawn and passed over first, so that a mentee made with
    a seed is not named as the mentor made with it.
    """
    rng = random.Random(seed)
    namer = _Namer(rng, jurisdiction)
    for _ in range(skip):
        namer()
    person = _person(
        rng,
        person_id=person_id,
        name=namer(),
        jurisdiction=jurisdiction,
        experience=experience,
        certified_by=certified_by,
        organization=rng.choice(_places(_names.ORGANIZATIONS, jurisdiction)),
    )
    return rng, person


@validated
def make_person(
    seed: int = 1,
    *,
    id: str = "person-1",  # noqa: A002 - the field's name
    jurisdiction: str = "ru",
) -> Person:
    """A teacher with a realistic name, subjects, grades and experience.

    >>> make_person(1).id
    'person-1'

    .. versionadded:: 0.1.0
    """
    _, person = _lone_person(
        seed, id, jurisdiction, experience=(0, 30), certified_by=None
    )
    return person


def _mentor(rng: random.Random, person: Person, jurisdiction: str) -> Mentor:
    functions = [MentorFunction.CONSULTANT]
    if rng.random() < 0.6:
        functions.append(
            rng.choice((MentorFunction.SUBJECT, MentorFunction.PARALLEL_COLLEAGUE))
        )
    level = MentorLevel.INSTITUTIONAL if jurisdiction == "md" else None
    return Mentor(
        person=person,
        capacity=rng.randint(1, 3),
        functions=frozenset(functions),
        level=level,
    )


@validated
def make_mentor(
    seed: int = 1,
    *,
    id: str = "mentor-1",  # noqa: A002 - the field's name
    jurisdiction: str = "ru",
    start_year: int = DEFAULT_START_YEAR,
) -> Mentor:
    """An experienced, certified teacher who can take one to three mentees.

    .. versionadded:: 0.1.0
    """
    rng, person = _lone_person(
        seed,
        id,
        jurisdiction,
        experience=(8, 30),
        certified_by=dt.date(start_year, 9, 1),
    )
    return _mentor(rng, person, jurisdiction)


def _mentee(
    rng: random.Random,
    person: Person,
    jurisdiction: str,
    mentor_ids: Sequence[str],
    requested_on: dt.date | None,
) -> Mentee:
    preferred = tuple(
        rng.sample(list(mentor_ids), min(len(mentor_ids), rng.randint(0, 2)))
    )
    categories = _CATEGORIES.get(jurisdiction, (MenteeCategory.NEW_EMPLOYEE,))
    return Mentee(
        person=person,
        category=rng.choice(categories),
        needs=frozenset(rng.sample(_NEEDS, rng.randint(1, 2))),
        preferred_mentor_ids=preferred,
        requested_on=requested_on,
    )


@validated
def make_mentee(
    seed: int = 1,
    *,
    id: str = "mentee-1",  # noqa: A002 - the field's name
    jurisdiction: str = "ru",
    mentor_ids: Iterable[str] = (),
) -> Mentee:
    """A new teacher (0-3 years) who may rank some of *mentor_ids*.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    ranked = _each(problems, "mentor_ids", mentor_ids, str)
    raise_if(problems, "arguments of make_mentee")
    rng, person = _lone_person(
        seed, id, jurisdiction, experience=(0, 3), certified_by=None, skip=1
    )
    return _mentee(rng, person, jurisdiction, [m for m in ranked if m != id], None)


def _pairs(
    rng: random.Random,
    mentors: Sequence[Mentor],
    mentees: Sequence[Mentee],
    year: AcademicYear,
    *,
    prefix: str = "",
) -> tuple[Pair, ...]:
    places = {m.id: m.capacity for m in mentors}
    found: list[Pair] = []
    taken: set[tuple[str, MentorFunction]] = set()
    for mentee in mentees:
        ranked = [m for m in mentee.preferred_mentor_ids if places.get(m, 0) > 0]
        others = [m.id for m in mentors if places[m.id] > 0 and m.id not in ranked]
        rng.shuffle(others)
        choices = [
            m
            for m in (*ranked, *others)
            if m != mentee.id and m not in mentee.avoided_mentor_ids
        ]
        if not choices:
            continue
        mentor = next(m for m in mentors if m.id == choices[0])
        function = min(mentor.functions, key=list(MentorFunction).index)
        if (mentee.id, function) in taken:
            continue
        places[mentor.id] -= 1  # every pair holds a place, whatever its state
        taken.add((mentee.id, function))
        found.append(
            _pair(
                rng,
                pair_id=f"{prefix}pair-{len(found) + 1}",
                mentor=mentor,
                mentee=mentee,
                function=function,
                year=year,
            )
        )
    return tuple(found)


def _pair(  # noqa: PLR0913
    rng: random.Random,
    *,
    pair_id: str,
    mentor: Mentor,
    mentee: Mentee,
    function: MentorFunction,
    year: AcademicYear,
) -> Pair:
    proposed = year.start + dt.timedelta(days=rng.randint(0, 14))
    pair = Pair.propose(
        id=pair_id,
        mentor_id=mentor.id,
        mentee_id=mentee.id,
        on=proposed,
        function=function,
        approach=rng.choice(
            (Approach.TRADITIONAL, Approach.PARTNER, Approach.SITUATIONAL)
        ),
        delivery=rng.choice((DeliveryMode.OFFLINE, DeliveryMode.BLENDED)),
        by="curator",
    )
    roll = rng.random()
    if roll < 0.1:
        return pair
    started = proposed + dt.timedelta(days=rng.randint(1, 7))
    pair = pair.activate(on=started, by="curator")
    if year.jurisdiction == "ru" and started >= dt.date(2025, 3, 1):
        # The mentor's written agreement, which Russian law asks for.
        pair = pair.with_agreement(MentorAgreement(consent_on=started, start=started))
    if roll < 0.2:
        return pair.pause(on=year.start + dt.timedelta(days=120), reason="leave")
    if roll < 0.3:
        return pair.complete(on=year.start + dt.timedelta(days=240))
    return pair


@validated
def make_pairs(
    mentors: Iterable[Mentor],
    mentees: Iterable[Mentee],
    *,
    seed: int = 1,
    year: AcademicYear | None = None,
) -> tuple[Pair, ...]:
    """Pairs that keep every rule of a programme: each mentee with a mentor
    they ranked (or any other with a place left), never above a mentor's
    capacity, with mostly active and some proposed, paused and completed
    pairs, dated inside *year* (:func:`make_year` by default).

    >>> mentors = [make_mentor(1, id="m1"), make_mentor(2, id="m2")]
    >>> mentees = [make_mentee(i, id=f"e{i}") for i in range(3)]
    >>> len(make_pairs(mentors, mentees)) <= sum(m.capacity for m in mentors)
    True

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    mentor_list = _each(problems, "mentors", mentors, Mentor)
    mentee_list = _each(problems, "mentees", mentees, Mentee)
    raise_if(problems, "arguments of make_pairs")
    return _pairs(random.Random(seed), mentor_list, mentee_list, year or make_year())


def _plan(
    rng: random.Random, plan_id: str, pair: Pair, year: AcademicYear
) -> MentoringPlan:
    start = pair.started_on or pair.proposed_on
    end = year.end
    criteria = tuple(
        SuccessCriterion(id=f"c{i + 1}", title=title)
        for i, title in enumerate(_KZ_CRITERIA)
    )
    steps = tuple(
        PlanStep(
            id=f"s{i + 1}",
            title=title,
            methods=methods,
            criterion_id=f"c{i + 2}",
        )
        for i, (title, methods) in enumerate(_STEPS)
    )
    activities = []
    day = start
    for i in range(rng.randint(3, 6)):
        day = min(end, day + dt.timedelta(days=rng.randint(14, 45)))
        done = i < 2
        activities.append(
            Activity(
                id=f"a{i + 1}",
                title=rng.choice(_STEPS)[0],
                method=rng.choice(_ACTIVITY_METHODS),
                due=day,
                status=ActivityStatus.DONE if done else ActivityStatus.PLANNED,
                done_on=day if done else None,
                step_id=f"s{min(i, 2) + 1}",
            )
        )
    met = rng.randint(1, len(criteria))
    assessments = tuple(
        Assessment(
            criterion_id=c.id,
            status=CriterionStatus.MET,
            on=min(end, start + dt.timedelta(days=10 * (i + 1))),
            assessor_id=pair.mentor_id,
            review=ReviewKind.CURRENT,
        )
        for i, c in enumerate(criteria[:met])
    )
    return MentoringPlan(
        id=plan_id,
        pair_id=pair.id,
        goal="Выявление приоритетных вопросов по улучшению школьной практики",
        start=start,
        end=end,
        criteria=criteria,
        steps=steps,
        activities=tuple(activities),
        assessments=assessments,
        focus_issue=rng.choice(_NEEDS),
    )


@validated
def make_plan(
    pair: Pair, *, seed: int = 1, year: AcademicYear | None = None
) -> MentoringPlan:
    """A plan for *pair* after the Kazakh mentor-mentee template: four
    criteria met in order, three steps, a few dated activities.

    .. versionadded:: 0.1.0
    """
    return _plan(random.Random(seed), f"plan-{pair.id}", pair, year or make_year())


@validated
def make_program(  # noqa: PLR0913
    seed: int = 1,
    *,
    mentors: int = 5,
    mentees: int = 12,
    jurisdiction: str = "ru",
    start_year: int = DEFAULT_START_YEAR,
    with_plans: bool = True,
    with_records: bool = True,
    organization: str | None = None,
    district: str | None = None,
    region: str | None = None,
) -> Program:
    """A whole, valid programme of one school: a curator, *mentors* certified
    mentors, *mentees* new teachers, the pairs the mentors' places allow (some
    mentees wait), plans for the started pairs, and the records an indicator
    report counts (an event, achievements, baseline measurements and
    surveys) when *with_records*.

    The school is *organization* (default: ``school-<seed>``), in
    *district* and *region* (default: drawn). Its name is a realistic
    one; every id in it starts with the organization's id
    (``school-3-mentor-1``, ``school-3-pair-1``), so that programmes made
    with different seeds or organizations never share an id and
    :func:`~mentoring.indicators.compute` takes them together as a district:

    >>> import datetime as dt
    >>> from mentoring import indicators
    >>> schools = [make_program(seed=s, district="d-1") for s in (1, 2, 3)]
    >>> indicators.compute(schools, on=dt.date(2022, 5, 31)).organizations
    3

    The same arguments give the same programme. Bad counts raise
    :class:`~mentoring.errors.ValidationError`.

    .. versionadded:: 0.1.0
    """
    raise_if(
        (
            out_of_range(f"$.{name}", count, low=0)
            for name, count in (("mentors", mentors), ("mentees", mentees))
            if count < 0
        ),
        "arguments of make_program",
    )
    problems: list[Problem] = []
    for arg, given in (
        ("organization", organization),
        ("district", district),
        ("region", region),
    ):
        if given is not None:
            expect(problems, f"$.{arg}", given, str)
    raise_if(problems, "arguments of make_program")
    rng = random.Random(seed)
    year = make_year(start_year, jurisdiction=jurisdiction)
    name = _Namer(rng, jurisdiction)
    organization_name = rng.choice(_places(_names.ORGANIZATIONS, jurisdiction))
    org = organization or f"school-{seed}"
    district_name = (
        district
        if district is not None
        else rng.choice(_places(_names.DISTRICTS, jurisdiction))
    )
    region_name = (
        region if region is not None else _places(_names.REGIONS, jurisdiction)[0]
    )

    def person(
        person_id: str, experience: tuple[int, int], *, certified: bool
    ) -> Person:
        found = _person(
            rng,
            person_id=person_id,
            name=name(),
            jurisdiction=jurisdiction,
            experience=experience,
            certified_by=year.start if certified else None,
            organization=org,
        )
        return attrs.evolve(found, district=district_name, region=region_name)

    curator = person(f"{org}-curator-1", (15, 35), certified=True)
    mentor_list = [
        _mentor(
            rng, person(f"{org}-mentor-{i + 1}", (8, 30), certified=True), jurisdiction
        )
        for i in range(mentors)
    ]
    mentor_ids = [m.id for m in mentor_list]
    mentee_list = [
        _mentee(
            rng,
            person(f"{org}-mentee-{i + 1}", (0, 3), certified=False),
            jurisdiction,
            mentor_ids,
            year.start + dt.timedelta(days=rng.randint(0, 10)) if i % 2 == 0 else None,
        )
        for i in range(mentees)
    ]
    pairs = _pairs(rng, mentor_list, mentee_list, year, prefix=f"{org}-")
    plans: tuple[MentoringPlan, ...] = ()
    if with_plans:
        plans = tuple(
            _plan(rng, f"{org}-plan-{i + 1}", p, year)
            for i, p in enumerate(q for q in pairs if q.started_on is not None)
        )
    language = _names.languages_of(jurisdiction)[0]
    program = Program(
        id=f"{org}-program-{seed}",
        title=f"{_PROGRAM_TITLES[language]} {year.label}",
        organization=org,
        organization_name=organization_name,
        district=district_name,
        region=region_name,
        jurisdiction=jurisdiction,
        year=year,
        curator=curator,
        mentors=tuple(mentor_list),
        mentees=tuple(mentee_list),
        pairs=pairs,
        plans=plans,
    )
    if with_records:
        program = _with_records(rng, program)
    return program


def _with_records(rng: random.Random, program: Program) -> Program:
    year = program.year
    people = sorted(program.people())
    mentor_ids = [m.id for m in program.mentors]
    mentee_ids = [m.id for m in program.mentees]
    org = program.organization
    seminar = Event(
        id=f"{org}-event-1",
        kind=EventKind.SEMINAR,
        title="Семинар наставников",
        on=year.start + dt.timedelta(days=45),
        organizer=program.organization,
        participant_ids=frozenset(rng.sample(people, min(len(people), 6))),
        scope=Scope.INSTITUTIONAL,
    )
    achievements = tuple(
        Achievement(
            id=f"{org}-achievement-{i + 1}",
            person_id=person_id,
            kind=rng.choice((AchievementKind.COMPETITION, AchievementKind.PUBLICATION)),
            on=year.start + dt.timedelta(days=rng.randint(60, 300)),
            scope=Scope.DISTRICT,
        )
        for i, person_id in enumerate(rng.sample(mentee_ids, min(len(mentee_ids), 2)))
    )
    baseline = year.start
    measurements = (
        Measurement(
            indicator="1.2",
            value=float(sum(m.requested_on is not None for m in program.mentees)),
            on=baseline,
            organization=program.organization,
        ),
        Measurement(
            indicator="2.2",
            value=float(len(mentor_ids)),
            on=baseline,
            organization=program.organization,
        ),
    )
    surveys = tuple(
        SurveyResponse(
            id=f"{org}-survey-{i + 1}",
            person_id=mentee_id,
            on=baseline + dt.timedelta(days=7),
            review=ReviewKind.BASELINE,
            satisfaction=rng.randint(2, 5),
            intends_to_stay=rng.random() < 0.8,
            conflicts_with_staff=rng.randint(0, 2),
            conflicts_with_parents=rng.randint(0, 2),
        )
        for i, mentee_id in enumerate(mentee_ids)
    )
    return program.add_records(
        events=(seminar,),
        achievements=achievements,
        measurements=measurements,
        surveys=surveys,
    )
