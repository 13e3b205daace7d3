"""Strategies of people: certificates, people, mentors and mentees."""

import datetime as dt
from collections.abc import Collection, Sequence

from hypothesis import strategies as st

from mentoring.model import (
    Certification,
    CertificationKind,
    DeliveryMode,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    MentorLevel,
    MentorOrigin,
    Person,
)
from mentoring.model._people import MAX_GRADE
from mentoring.testing import _names
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._draw import (
    END_OF_TIME,
    EPOCH,
    Window,
    day,
    index,
    indexed,
    languages,
    maybe,
    optional,
    ordered_subset,
    pick,
    place,
    subset,
    upto,
    window,
)

_CERTIFICATIONS_BY_JURISDICTION: dict[str, tuple[CertificationKind, ...]] = {
    "ru": (CertificationKind.MENTORING_TRAINING,),
    "kz": (
        CertificationKind.NIS_LEVEL_1,
        CertificationKind.NIS_LEVEL_2,
        CertificationKind.NIS_LEVEL_3,
        CertificationKind.NIS_LEADERS_COURSE,
        CertificationKind.MENTORING_TRAINING,
    ),
    "md": (
        CertificationKind.INSTITUTIONAL_MENTOR,
        CertificationKind.REGIONAL_MENTOR,
        CertificationKind.NATIONAL_MENTOR,
    ),
    "ro": (CertificationKind.PROFESOR_MENTOR, CertificationKind.MENTORING_TRAINING),
}
_INTERESTS = (
    "digital_tools",
    "inclusive_education",
    "project_method",
    "assessment",
    "classroom_management",
    "lesson_study",
    "critical_thinking",
)
_NEEDS = (
    "lesson_planning",
    "classroom_management",
    "assessment",
    "working_with_parents",
    "school_documents",
    "differentiated_instruction",
)
_ISSUERS = ("", "НИШ", "CNDP", "МО", "ISJ", "ministry")
_GRADES = st.frozensets(st.integers(0, MAX_GRADE), max_size=3)
_FUNCTIONS = st.frozensets(st.sampled_from(MentorFunction), min_size=1, max_size=2)


def _certification(
    draw: st.DrawFn, kinds: tuple[CertificationKind, ...], last: dt.date
) -> Certification:
    return Certification(
        kind=pick(draw, kinds),
        obtained_on=day(draw, EPOCH, last),
        issuer=pick(draw, _ISSUERS),
    )


@st.composite
def _one_certification(
    draw: st.DrawFn, kinds: tuple[CertificationKind, ...]
) -> Certification:
    return _certification(draw, kinds, END_OF_TIME)


def certifications(
    *, kinds: Collection[CertificationKind] | None = None
) -> st.SearchStrategy[Certification]:
    """Certificates of one of *kinds* (any kind by default) obtained between
    2000 and 2050; shrinks toward the first kind, obtained on 1 January 2000.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("certifications")
    chosen = args.members("kinds", kinds, CertificationKind)
    args.check()
    return _one_certification(chosen or tuple(CertificationKind))


def person(draw: st.DrawFn, person_id: str, where: str | None, last: dt.date) -> Person:
    """A person of jurisdiction *where* with every field drawn; certificates
    obtained by *last*.
    """
    name = _names.full_name(
        pick(draw, languages(where)),
        female=maybe(draw),
        given=draw(index(7)),
        family=draw(index(7)),
        middle=draw(index(5)),
    )
    kinds = tuple(CertificationKind)
    if where is not None:
        kinds = _CERTIFICATIONS_BY_JURISDICTION.get(where, kinds)
    held: list[Certification] = []
    while len(held) < 2 and maybe(draw):
        held.append(_certification(draw, kinds, last))
    return Person(
        id=person_id,
        name=name,
        organization=place(draw, _names.ORGANIZATIONS, where),
        district=place(draw, _names.DISTRICTS, where),
        region=place(draw, _names.REGIONS, where),
        subjects=draw(subset(_names.SUBJECTS, 2)),
        grades=draw(_GRADES),
        experience_years=draw(upto(45)),
        languages=draw(subset(("ru", "kk", "ro", "en"), 2)),
        interests=draw(subset(_INTERESTS, 2)),
        preferred_delivery=draw(optional(tuple(DeliveryMode))),
        origin=pick(draw, tuple(MentorOrigin)),
        certifications=tuple(held),
    )


@st.composite
def _people(draw: st.DrawFn, ids: st.SearchStrategy[str], where: str | None) -> Person:
    return person(draw, draw(ids), where, END_OF_TIME)


def people(
    *,
    ids: st.SearchStrategy[str] | None = None,
    jurisdiction: str | None = None,
) -> st.SearchStrategy[Person]:
    """People with realistic names and places for *jurisdiction* (``"ru"``,
    ``"kz"``, ``"md"``, ``"ro"``; any other code gives English names; None
    mixes them all), subjects, grades, experience and certificates.

    *ids* draws the identifiers (``"person-<n>"`` by default). Shrinks toward
    an English-named teacher with no subjects, grades or certificates.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("people")
    id_strategy = args.strategy_of("ids", ids, str)
    where = args.jurisdiction(jurisdiction)
    args.check()
    return _people(id_strategy if id_strategy is not None else indexed("person"), where)


def mentor(draw: st.DrawFn, of: Person, max_capacity: int) -> Mentor:
    """*of* as a mentor with a capacity in ``0..max_capacity``."""
    return Mentor(
        person=of,
        capacity=draw(upto(max_capacity)),
        functions=draw(_FUNCTIONS),
        level=draw(optional(tuple(MentorLevel))),
    )


@st.composite
def _mentors(
    draw: st.DrawFn, persons: st.SearchStrategy[Person], max_capacity: int
) -> Mentor:
    return mentor(draw, draw(persons), max_capacity)


def mentors(
    *,
    people: st.SearchStrategy[Person] | None = None,
    max_capacity: int = 5,
) -> st.SearchStrategy[Mentor]:
    """Mentors: a person drawn from *people* (:func:`people` by default), a
    capacity in ``0..max_capacity``, one or two functions, perhaps a level.

    Shrinks toward a consultant with capacity 0. Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("mentors")
    persons = args.strategy_of("people", people, Person)
    most = args.count("max_capacity", max_capacity)
    args.check()
    if persons is None:
        persons = _people(indexed("person"), None)
    return _mentors(persons, most)


def mentee(
    draw: st.DrawFn, of: Person, mentor_ids: Sequence[str], days: Window
) -> Mentee:
    """*of* as a mentee ranking some of *mentor_ids* (never themself),
    perhaps asking for a mentor on a day of *days*, perhaps hired on one.
    """
    others = tuple(m for m in mentor_ids if m != of.id)
    preferred = draw(ordered_subset(others, 3))
    rest = tuple(m for m in others if m not in preferred)
    # one choice for both dates (neither, a request, a hire, both): the
    # shrinker drops them together, and a programme's draws stay as short
    dates = draw(index(4))
    return Mentee(
        person=of,
        category=pick(draw, tuple(MenteeCategory)),
        needs=draw(subset(_NEEDS, 3)),
        preferred_mentor_ids=preferred,
        avoided_mentor_ids=draw(subset(rest, 2)),
        previous_mentor_id=draw(optional(others)) if others else None,
        requested_on=day(draw, *days) if dates & 1 else None,
        hired_on=day(draw, *days) if dates & 2 else None,
    )


@st.composite
def _mentees(
    draw: st.DrawFn, persons: st.SearchStrategy[Person], mentor_ids: tuple[str, ...]
) -> Mentee:
    return mentee(draw, draw(persons), mentor_ids, window(draw, None))


def mentees(
    *,
    people: st.SearchStrategy[Person] | None = None,
    mentor_ids: Collection[str] | None = None,
) -> st.SearchStrategy[Mentee]:
    """Mentees: a person drawn from *people*, a category, needs, and ranked
    preferred, avoided and previous mentors taken from *mentor_ids*
    (``"mentor-1"`` to ``"mentor-9"`` by default), never the mentee themself,
    never both preferred and avoided.

    Shrinks toward a young specialist with no preferences.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("mentees")
    persons = args.strategy_of("people", people, Person)
    pool = args.ids("mentor_ids", mentor_ids, "mentor")
    args.check()
    if persons is None:
        persons = _people(indexed("person"), None)
    return _mentees(persons, pool)
