"""A Romanian county's part of the CIPE project, from April 2018.

Built like the seed's project ("Competență, inovare și profesionalism în
educație", CIPE): besides training and teaching mentoring (mentorat
didactic) by certified mentor teachers (profesori mentori), the project set up
the peer-support group (Grupul de sprijin intercolegial) and the initiatives
group (Grupul de inițiative în educație) against school drop-out and for the
access of vulnerable pupils to education; the groups host webinars and
exchange resources on request. Both groups are formed by
:func:`~mentoring.matching.match_groups`: the peer-support group without a
leader, as mixed by school as it can be, convened by the project's
coordinator; the initiatives group led by a certified mentor. Two debutant
teachers still wait for a mentor. Every name is fictional.

The programme is built from parts (:class:`Parts`) by :func:`build`, so that
another part of the Romanian network (the mentor-trainers' network) can be
joined to it with ``build(cipe_parts() + other_parts)``.
"""

import functools

import attrs

from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear
from mentoring.matching import CompatibilityModel, match_groups
from mentoring.model import (
    CertificationKind,
    DeliveryMode,
    Event,
    EventKind,
    Group,
    Mentee,
    MenteeCategory,
    Mentor,
    Pair,
    Person,
    Program,
    Scope,
)
from mentoring.samples._build import Proposer, Staff, built_here, day, school_year

__all__ = ["Parts", "build", "cipe_parts", "romanian_project"]

PROJECT = "ro-cipe"
COUNTY = "județul Valea Crișului"
REGION = "Regiunea Nord-Vest"
#: The day the groups were set up.
FORMED = "2018-04-16"


@functools.cache  # one year object: its school days are computed once
def _year() -> AcademicYear:
    return school_year(
        2017,
        prefix="S",
        starts=("2018-02-12",),
        holidays=(
            ("vacanța de iarnă", "2017-12-23", "2018-01-07"),
            ("vacanța intersemestrială", "2018-02-03", "2018-02-11"),
            ("vacanța de primăvară", "2018-04-07", "2018-04-17"),
            ("vacanța de vară", "2018-06-16", "2018-08-31"),
        ),
    )


@attrs.frozen(kw_only=True)
class Parts:
    """The people and records of one part of a Romanian programme; two parts
    add up (``a + b``) to one programme's worth.
    """

    __repr__ = value_repr

    mentors: tuple[Mentor, ...] = ()
    mentees: tuple[Mentee, ...] = ()
    pairs: tuple[Pair, ...] = ()
    groups: tuple[Group, ...] = ()
    events: tuple[Event, ...] = ()

    def __add__(self, other: "Parts") -> "Parts":
        return Parts(
            mentors=(*self.mentors, *other.mentors),
            mentees=(*self.mentees, *other.mentees),
            pairs=(*self.pairs, *other.pairs),
            groups=(*self.groups, *other.groups),
            events=(*self.events, *other.events),
        )


_STAFF = Staff(
    organization="ro-scoala-gimnaziala-1",
    district=COUNTY,
    region=REGION,
    languages=("ro",),
    issuer="Inspectoratul Școlar Județean",
)

_SCHOOLS = (
    "ro-scoala-gimnaziala-1",
    "ro-scoala-gimnaziala-satu-nou",
    "ro-liceul-tehnologic-2",
)


def _teacher(  # noqa: PLR0913
    id: str,  # noqa: A002
    name: str,
    subject: str,
    *,
    school: int,
    years: int,
    mentor_since: str | None = None,
    interests: tuple[str, ...] = (),
) -> Person:
    return _STAFF.person(
        id,
        name,
        subjects=(subject,),
        years=years,
        grades=(5, 6, 7, 8),
        interests=interests,
        organization=_SCHOOLS[school],
        certified=()
        if mentor_since is None
        else ((CertificationKind.PROFESOR_MENTOR, mentor_since),),
    )


COORDINATOR = _teacher(
    "ro-dumitrescu",
    "Dumitrescu Camelia",
    "limba_romana",
    school=0,
    years=23,
    mentor_since="2012-07-01",
    interests=("incluziune",),
)

_MENTORS = (
    Mentor(person=COORDINATOR, capacity=2),
    Mentor(
        person=_teacher(
            "ro-stanciu",
            "Stanciu Mihaela",
            "matematica",
            school=0,
            years=19,
            mentor_since="2014-07-01",
            interests=("abandon_scolar", "incluziune"),
        ),
        capacity=2,
    ),
    Mentor(
        person=_teacher(
            "ro-lazar",
            "Lazăr Florin",
            "istorie",
            school=1,
            years=16,
            mentor_since="2015-07-01",
            interests=("resurse_digitale",),
        ),
        capacity=2,
    ),
    Mentor(
        person=_teacher(
            "ro-ilie",
            "Ilie Doina",
            "biologie",
            school=2,
            years=21,
            mentor_since="2013-07-01",
            interests=("abandon_scolar",),
        ),
        capacity=2,
    ),
)


def _member(  # noqa: PLR0913
    id: str,  # noqa: A002
    name: str,
    subject: str,
    *,
    school: int,
    years: int = 8,
    category: MenteeCategory = MenteeCategory.DEVELOPING_TEACHER,
    requested: str = "2018-04-02",
) -> Mentee:
    return Mentee(
        person=_teacher(id, name, subject, school=school, years=years),
        category=category,
        needs=frozenset({"educatie_incluziva"}),
        requested_on=day(requested),
    )


#: The teachers of the peer-support group, from the three schools.
_PEERS = (
    _member("ro-avram", "Avram Ioana", "limba_romana", school=0),
    _member("ro-barbu", "Barbu Cristian", "geografie", school=1),
    _member("ro-ciobanu", "Ciobanu Elena", "invatamant_primar", school=2),
    _member("ro-dragomir", "Dragomir Ana", "matematica", school=1),
    _member("ro-enache", "Enache Raluca", "fizica", school=2),
    _member("ro-florea", "Florea Sorin", "educatie_fizica", school=0),
    _member("ro-gheorghiu", "Gheorghiu Maria", "limba_engleza", school=2),
    _member("ro-hagiu", "Hagiu Daniel", "chimie", school=1),
)

#: The teachers of the initiatives group.
_INITIATIVE = (
    _member("ro-ionescu", "Ionescu Laura", "consiliere", school=0, years=12),
    _member("ro-jitaru", "Jitaru Vasile", "istorie", school=1, years=10),
    _member("ro-manole", "Manole Adriana", "biologie", school=2, years=9),
)

_DEBUTANTS = (
    _member(
        "ro-nistor",
        "Nistor Andreea",
        "matematica",
        school=0,
        years=0,
        category=MenteeCategory.DEBUTANT,
        requested="2017-09-11",
    ),
    # Still waiting for a mentor: the demo matches them.
    _member(
        "ro-oprea",
        "Oprea Bianca",
        "istorie",
        school=1,
        years=1,
        category=MenteeCategory.DEBUTANT,
        requested="2018-04-02",
    ),
    _member(
        "ro-popa",
        "Popa Gabriel",
        "biologie",
        school=2,
        years=0,
        category=MenteeCategory.DEBUTANT,
        requested="2018-04-09",
    ),
)


def _groups() -> tuple[Group, ...]:
    on = day(FORMED)
    peers = match_groups(None, _PEERS, size=(4, 12), mixed="organization")
    initiatives = match_groups(
        _MENTORS[1:],
        _INITIATIVE,
        model=CompatibilityModel.certified_mentors(),
        size=(3, 8),
        on=on,
    )
    return (
        *peers.to_groups(
            on=on,
            id_prefix="ro-sprijin-",
            topics=("Grupul de sprijin intercolegial",),
            facilitator=COORDINATOR.id,
            delivery=DeliveryMode.ONLINE,
        ),
        *initiatives.to_groups(
            on=on,
            id_prefix="ro-initiative-",
            topics=("Grupul de inițiative în educație",),
            delivery=DeliveryMode.BLENDED,
        ),
    )


def _events() -> tuple[Event, ...]:
    peers = frozenset(m.id for m in _PEERS) | {COORDINATOR.id}
    initiative = frozenset(m.id for m in _INITIATIVE)
    mentors = frozenset(m.id for m in _MENTORS)

    def event(
        n: int, kind: EventKind, title: str, on: str, who: frozenset[str]
    ) -> Event:
        return Event(
            id=f"ro-e{n}",
            kind=kind,
            title=title,
            on=day(on),
            organizer=PROJECT,
            participant_ids=who,
            scope=Scope.REGIONAL,
        )

    return (
        event(
            1,
            EventKind.TRAINING,
            "Program de formare: mentoratul didactic în școala incluzivă",
            "2018-04-05",
            mentors,
        ),
        event(
            2,
            EventKind.WEBINAR,
            "Webinar: prevenirea abandonului școlar",
            "2018-04-26",
            peers | mentors,
        ),
        event(
            3,
            EventKind.OTHER,
            "Schimb de resurse: fișe de lucru pentru elevii vulnerabili",
            "2018-05-10",
            peers,
        ),
        event(
            4,
            EventKind.WEBINAR,
            "Webinar: colaborarea cu părinții elevilor în risc de abandon",
            "2018-05-24",
            peers | initiative,
        ),
        event(
            5,
            EventKind.OTHER,
            "Schimb de resurse: învățarea diferențiată, la cerere",
            "2018-06-07",
            peers | initiative,
        ),
    )


def cipe_parts() -> Parts:
    """The CIPE project's part: its mentors, teachers, the debutant's pair,
    the two groups and their webinars and resource exchanges.
    """
    pair = Proposer(on="2017-09-15", by=COORDINATOR.id, activate_on="2017-09-18")
    return Parts(
        mentors=_MENTORS,
        mentees=(*_PEERS, *_INITIATIVE, *_DEBUTANTS),
        pairs=(pair("ro-p1", "ro-stanciu", "ro-nistor"),),
        groups=_groups(),
        events=_events(),
    )


def build(parts: Parts) -> Program:
    """The Romanian programme made of *parts*."""
    return Program(
        id="ro-cipe-2017",
        title=(
            "Proiectul „Competență, inovare și profesionalism în educație”"
            " (CIPE), anul școlar 2017–2018"
        ),
        organization=PROJECT,
        year=_year(),
        district=COUNTY,
        region=REGION,
        jurisdiction="ro",
        curator=COORDINATOR,
        mentors=parts.mentors,
        mentees=parts.mentees,
        pairs=parts.pairs,
        groups=parts.groups,
        events=parts.events,
    )


@built_here
def romanian_project() -> Program:
    """The Romanian sample: the CIPE project's peer-support and initiatives
    groups, formed by :func:`~mentoring.matching.match_groups`.

    >>> program = romanian_project()
    >>> program.problems()
    ()
    >>> sorted(g.topic for g in program.groups)
    ['Grupul de inițiative în educație', 'Grupul de sprijin intercolegial']

    .. versionadded:: 0.1.0
    """
    return build(cipe_parts())
