"""The Romanian mentor-trainer network of the POSDRU project (seed S000),
as parts a Romanian sample can include (private).

The project "Dezvoltarea profesională a cadrelor didactice prin activităţi
de mentorat" trained a national team of mentors. Its first follow-up session
(Bucharest, 31 August - 2 September 2009) aimed at a group of 50 trainers
with solid experience, reviewed the planning of the mentors' field
interventions for the first semester of 2009-2010, and asked for
qualitative reports: training needs, how the training offer was adapted,
the impact of mentoring in schools. The next session was planned for
September 2010.

Here: the project year (from the first follow-up session to the month of
the next one, by semester), the 50 trainers (each a mentor in the field and
a member of the trainers' group), ten of them with a teacher they mentor in
a school, each pair's plan of field interventions for the first semester
with its qualitative report, and the two follow-up sessions as events.
Every name is fictional.
"""

import datetime as dt
import functools

import attrs

from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear, Holiday, Term
from mentoring.model import (
    Activity,
    ActivityStatus,
    Certification,
    CertificationKind,
    ContactKind,
    Event,
    EventKind,
    Group,
    Mentee,
    MenteeCategory,
    Mentor,
    MentoringPlan,
    MentorLevel,
    Pair,
    Person,
    Program,
    QualitativeReport,
    Scope,
    WorkMethod,
)
from mentoring.samples._build import built_here

__all__ = ["NetworkParts", "romanian_network", "romanian_network_parts"]

PROJECT = "posdru-mentorat"
#: The national coordinator of the project's mentor team.
COORDINATOR = "ro-net-coord"
_COUNTIES = ("Iași", "Cluj", "Dolj", "Constanța", "Brașov", "Timiș", "Bacău")
_SUBJECTS = ("primar", "limba română", "matematică", "biologie", "istorie")
_FIELD_PAIRS = 10


@attrs.frozen(kw_only=True)
class NetworkParts:
    """What the network adds to a programme: its year, people, group,
    pairs, plans and events.
    """

    __repr__ = value_repr

    year: AcademicYear
    mentors: tuple[Mentor, ...]
    mentees: tuple[Mentee, ...]
    groups: tuple[Group, ...]
    pairs: tuple[Pair, ...]
    plans: tuple[MentoringPlan, ...]
    events: tuple[Event, ...]


@functools.cache  # one year object: its school days are computed once
def _year() -> AcademicYear:
    """The project year: from the first follow-up session to the month of
    the next, by semester, with the 2009-2010 school holidays and Romania's
    public holidays.
    """
    start, end = dt.date(2009, 8, 31), dt.date(2010, 9, 30)
    year = AcademicYear(
        start=start,
        end=end,
        terms=(
            Term(name="S1", title="semestrul I", start=start, end=dt.date(2010, 1, 31)),
            Term(
                name="S2",
                title="semestrul al II-lea",
                start=dt.date(2010, 2, 1),
                end=end,
            ),
        ),
        holidays=(
            Holiday(
                name="înainte de începerea cursurilor",
                start=start,
                end=dt.date(2009, 9, 13),
            ),
            Holiday(
                name="vacanța de iarnă",
                start=dt.date(2009, 12, 19),
                end=dt.date(2010, 1, 10),
            ),
            Holiday(
                name="vacanța intersemestrială",
                start=dt.date(2010, 2, 6),
                end=dt.date(2010, 2, 14),
            ),
            Holiday(
                name="vacanța de primăvară",
                start=dt.date(2010, 4, 3),
                end=dt.date(2010, 4, 11),
            ),
            Holiday(
                name="vacanța de vară",
                start=dt.date(2010, 6, 19),
                end=dt.date(2010, 9, 12),
            ),
        ),
        system="ro-posdru-project",
    )
    return year.with_public_holidays("ro")


def _trainer(i: int) -> Person:
    county = _COUNTIES[i % len(_COUNTIES)]
    return Person(
        id=f"ro-net-t{i:02d}",
        name=f"Formator {i:02d}",
        organization=f"isj-{county.lower()}",
        region=county,
        subjects=frozenset({_SUBJECTS[i % len(_SUBJECTS)]}),
        experience_years=12 + i % 15,
        languages=frozenset({"ro"}),
        certifications=(
            Certification(
                kind=CertificationKind.MENTORING_TRAINING,
                obtained_on=dt.date(2009, 6, 30),
                issuer=PROJECT,
            ),
        ),
    )


def _teacher(i: int) -> Person:
    county = _COUNTIES[i % len(_COUNTIES)]
    return Person(
        id=f"ro-net-d{i:02d}",
        name=f"Cadru didactic {i:02d}",
        organization=f"scoala-{county.lower()}-{i:02d}",
        region=county,
        subjects=frozenset({_SUBJECTS[i % len(_SUBJECTS)]}),
        experience_years=i % 3,
        languages=frozenset({"ro"}),
    )


#: The mentor's field interventions of the first semester: (title, method,
#: contact, minutes, day).
_INTERVENTIONS = (
    (
        "Analiza nevoilor de formare în școală",
        WorkMethod.QUESTIONNAIRE,
        ContactKind.MEETING,
        90,
        dt.date(2009, 9, 22),
    ),
    (
        "Asistență la lecție și feedback",
        WorkMethod.LESSON_OBSERVATION,
        ContactKind.LESSON_OBSERVATION,
        50,
        dt.date(2009, 10, 13),
    ),
    (
        "Planificare comună a unității de învățare",
        WorkMethod.JOINT_LESSON_PLANNING,
        ContactKind.CO_PLANNING,
        60,
        dt.date(2009, 11, 10),
    ),
    (
        "Formare asistată la distanță pe portalul proiectului",
        WorkMethod.DISTANCE_ASSISTED_TRAINING,
        ContactKind.ONLINE,
        60,
        dt.date(2009, 12, 8),
    ),
    (
        "Consiliere de grup și raport semestrial",
        WorkMethod.GROUP_COUNSELLING,
        ContactKind.MEETING,
        90,
        dt.date(2010, 1, 19),
    ),
)

_REPORT = QualitativeReport(
    on=dt.date(2010, 1, 29),
    term="S1",
    training_needs=(
        "Proiectarea didactică pe unități de învățare, evaluarea formativă,"
        " lucrul cu clase eterogene"
    ),
    offer_adaptation=(
        "Ședințe de planificare comună și formare la distanță pe portal, în"
        " locul unor cursuri față în față, din cauza fluctuației personalului"
    ),
    school_impact=(
        "Cadrele didactice debutante folosesc portalul și aplică evaluarea"
        " formativă; școlile cer continuarea mentoratului"
    ),
)


def _plan(i: int, mentor_id: str, teacher_id: str) -> MentoringPlan:
    activities = tuple(
        Activity(
            id=f"ro-net-p{i:02d}-a{n}",
            title=title,
            method=method,
            due=day,
            status=ActivityStatus.DONE,
            done_on=day,
            contact=contact,
            minutes=minutes,
        )
        for n, (title, method, contact, minutes, day) in enumerate(_INTERVENTIONS, 1)
    )
    return MentoringPlan(
        id=f"ro-net-plan-{i:02d}",
        pair_id=f"ro-net-p{i:02d}",
        goal=(
            "Intervenția mentorului în teren în semestrul I al anului școlar"
            " 2009-2010: sprijin pentru dezvoltarea profesională a cadrului"
            " didactic"
        ),
        start=dt.date(2009, 9, 14),
        end=dt.date(2010, 1, 31),
        activities=activities,
        reports=(attrs.evolve(_REPORT, author_id=mentor_id),),
        focus_issue=f"nevoile de formare ale {teacher_id}",
    )


def romanian_network_parts() -> NetworkParts:
    """The records of the POSDRU mentor-trainer network (seed S000)."""
    year = _year()
    coordinator = Person(
        id=COORDINATOR,
        name="Coordonator național",
        organization=PROJECT,
        experience_years=25,
        languages=frozenset({"ro"}),
    )
    trainers = [_trainer(i) for i in range(1, 51)]
    mentors = [
        Mentor(
            person=coordinator,
            capacity=0,
            level=MentorLevel.NATIONAL,
        ),
        *(Mentor(person=t, capacity=1, level=MentorLevel.REGIONAL) for t in trainers),
    ]
    mentees = [
        *(
            Mentee(person=t, category=MenteeCategory.DEVELOPING_TEACHER)
            for t in trainers
        ),
        *(
            Mentee(person=_teacher(i), category=MenteeCategory.DEBUTANT)
            for i in range(1, _FIELD_PAIRS + 1)
        ),
    ]
    pairs = tuple(
        Pair.propose(
            id=f"ro-net-p{i:02d}",
            mentor_id=trainers[i - 1].id,
            mentee_id=f"ro-net-d{i:02d}",
            on=dt.date(2009, 9, 7),
            by=COORDINATOR,
        )
        .activate(on=dt.date(2009, 9, 14), by=COORDINATOR)
        .complete(on=dt.date(2010, 1, 29), reason="semestrul I încheiat")
        for i in range(1, _FIELD_PAIRS + 1)
    )
    plans = tuple(
        _plan(i, pair.mentor_id, pair.mentee_id) for i, pair in enumerate(pairs, 1)
    )
    team = frozenset(t.id for t in trainers)
    group = Group(
        id="ro-net-formatori",
        mentor_id=COORDINATOR,
        mentee_ids=team,
        topic="Grupul celor 50 de formatori cu experiență (follow-up)",
        formed_on=dt.date(2009, 8, 31),
    )
    sessions = (
        Event(
            id="ro-net-followup-2009",
            kind=EventKind.FOLLOW_UP_SESSION,
            title="Prima sesiune de follow-up pentru formarea mentorilor, București",
            on=dt.date(2009, 8, 31),
            ends_on=dt.date(2009, 9, 2),
            organizer=PROJECT,
            participant_ids=team | {COORDINATOR},
            scope=Scope.NATIONAL,
            report=QualitativeReport(
                on=dt.date(2009, 9, 2),
                training_needs=(
                    "Colectarea, sintetizarea și raportarea datelor din teren;"
                    " utilizarea portalului și a platformei de eLearning"
                ),
                offer_adaptation=(
                    "Planificarea intervenției mentorilor în semestrul I"
                    " revizuită împreună cu școlile și inspectoratele"
                ),
                school_impact=(
                    "Bune practici diseminate; feedback al mentorilor privind"
                    " impactul mentoratului în școli"
                ),
                author_id=COORDINATOR,
            ),
        ),
        Event(
            id="ro-net-followup-2010",
            kind=EventKind.FOLLOW_UP_SESSION,
            title="A doua sesiune de follow-up (planificată în septembrie 2010)",
            on=dt.date(2010, 9, 15),
            organizer=PROJECT,
            participant_ids=team | {COORDINATOR},
            scope=Scope.NATIONAL,
        ),
    )
    return NetworkParts(
        year=year,
        mentors=tuple(mentors),
        mentees=tuple(mentees),
        groups=(group,),
        pairs=pairs,
        plans=plans,
        events=sessions,
    )


@built_here
def romanian_network() -> Program:
    """The Romanian mentor-trainer network of the POSDRU project (seed S000),
    2009-2010: 50 experienced trainers in a follow-up group, ten of them
    mentoring a teacher in a school with a plan of field interventions for
    the first semester and its qualitative report, and the two follow-up
    sessions.

    It is a programme of its own beside :func:`romanian_project`: its
    project year (from the first follow-up session on 31 August 2009 to the
    next one in September 2010) is not the CIPE project's school year.

    >>> program = romanian_network()
    >>> program.problems(), len(program.groups[0].mentee_ids)
    ((), 50)

    .. versionadded:: 0.1.0
    """
    parts = romanian_network_parts()
    return Program(
        id="ro-posdru-mentorat-2009",
        title=(
            "Dezvoltarea profesională a cadrelor didactice prin activităţi"
            " de mentorat (POSDRU), 2009–2010"
        ),
        organization=PROJECT,
        year=parts.year,
        jurisdiction="ro",
        curator=next(m.person for m in parts.mentors if m.id == COORDINATOR),
        mentors=parts.mentors,
        mentees=parts.mentees,
        pairs=parts.pairs,
        groups=parts.groups,
        plans=parts.plans,
        events=parts.events,
    )
