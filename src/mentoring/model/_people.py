"""People and the parts they take: :class:`Person`, :class:`Mentor`,
:class:`Mentee`.

A role belongs to a participation, not to a person: the same ``Person.id`` may
be a mentee in one programme year and a mentor in the next (indicator 3.4), or
both in one programme (reverse and peer mentoring).
"""

import datetime as dt
from collections.abc import Iterator

import attrs

from mentoring._checks import check, non_empty, validated
from mentoring._enums import (
    CertificationKind,
    DeliveryMode,
    MenteeCategory,
    MentorFunction,
    MentorLevel,
    MentorOrigin,
)
from mentoring._problems import duplicate, empty, out_of_range, problem, shown
from mentoring._repr import value_repr
from mentoring.errors import Problem

__all__ = ["Certification", "Mentee", "Mentor", "Person"]

#: Grades run from 0 (preparatory) to 13 (the longest school systems).
MAX_GRADE = 13
#: A working life is shorter than this many years.
MAX_EXPERIENCE_YEARS = 80
#: No mentor takes more mentees (or group places) at once than this.
MAX_CAPACITY = 1000


def _bounded(path: str, value: int, high: int) -> Iterator[Problem]:
    """``must be >= 0`` below zero, ``must be <= high`` above *high*."""
    if value < 0:
        yield out_of_range(path, value, low=0)
    elif value > high:
        yield out_of_range(path, value, high=high)


@attrs.frozen(kw_only=True)
class Certification:
    """A certificate a person holds: its kind, when it was obtained, by whom.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    kind: CertificationKind
    obtained_on: dt.date
    issuer: str = ""

    def __attrs_post_init__(self) -> None:
        check(self)


@attrs.frozen(kw_only=True)
class Person:
    """Somebody who takes part in a programme, in whatever role.

    Identifiers are chosen by the host system. ``subjects``, ``languages`` and
    ``interests`` are free strings compared as given (normalise them before);
    ``grades`` are the grade levels the person teaches or attends.

    >>> p = Person(id="t-1", name="Кобец А.С.", subjects=frozenset({"technology"}))
    >>> p.id, sorted(p.subjects)
    ('t-1', ['technology'])

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    name: str
    organization: str = ""
    district: str = ""
    region: str = ""
    subjects: frozenset[str] = frozenset()
    grades: frozenset[int] = frozenset()
    experience_years: int = 0
    languages: frozenset[str] = frozenset()
    interests: frozenset[str] = frozenset()
    preferred_delivery: DeliveryMode | None = None
    origin: MentorOrigin = MentorOrigin.TEACHER
    certifications: tuple[Certification, ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        grades = self.grades
        if (
            self.id.strip()
            and self.name.strip()
            and (self.id + self.name).isprintable()
            and 0 <= self.experience_years <= MAX_EXPERIENCE_YEARS
            and (not grades or (min(grades) >= 0 and max(grades) <= MAX_GRADE))
        ):
            return  # the common case, at C speed: none of the problems below
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.name", self.name)
        yield from _bounded(
            "$.experience_years", self.experience_years, MAX_EXPERIENCE_YEARS
        )
        for grade in sorted(g for g in self.grades if not 0 <= g <= MAX_GRADE):
            yield out_of_range("$.grades", grade, low=0, high=MAX_GRADE, what="a grade")

    @validated
    def holds(self, *kinds: CertificationKind, on: dt.date | None = None) -> bool:
        """Whether the person holds any of *kinds* (obtained by *on*, if given)."""
        return any(
            c.kind in kinds and (on is None or c.obtained_on <= on)
            for c in self.certifications
        )


@attrs.frozen(kw_only=True)
class Mentor:
    """A person taking the mentor's part: how many mentees they can take, which
    functions they can fill, and their level in a national network.

    ``capacity`` counts open pairs (active or paused) at once.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    person: Person
    capacity: int = 1
    functions: frozenset[MentorFunction] = frozenset({MentorFunction.CONSULTANT})
    level: MentorLevel | None = None

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if 0 <= self.capacity <= MAX_CAPACITY and self.functions:
            return  # the common case: none of the problems below
        yield from _bounded("$.capacity", self.capacity, MAX_CAPACITY)
        if not self.functions:
            yield empty("$.functions")

    @property
    def id(self) -> str:
        """The person's identifier."""
        return self.person.id


@attrs.frozen(kw_only=True)
class Mentee:
    """A person taking the mentee's part: why, what they need, whom they would
    choose (in rank order) and whom they would rather not have.

    ``requested_on`` is when the person asked to join a pair as a mentee
    (indicator 1.2); ``hired_on`` is when they started work at the
    organization (a new teacher's first day); the days to a pair count from
    the later of the two. ``previous_mentor_id`` is last year's mentor, for
    continuity over the three-year adaptation window.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    person: Person
    category: MenteeCategory = MenteeCategory.YOUNG_SPECIALIST
    needs: frozenset[str] = frozenset()
    preferred_mentor_ids: tuple[str, ...] = ()
    avoided_mentor_ids: frozenset[str] = frozenset()
    previous_mentor_id: str | None = None
    requested_on: dt.date | None = None
    hired_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        seen: set[str] = set()
        for i, mentor_id in enumerate(self.preferred_mentor_ids):
            path = f"$.preferred_mentor_ids[{i}]"
            if mentor_id in seen:
                yield duplicate(path, mentor_id, what="mentor")
            seen.add(mentor_id)
            if mentor_id in self.avoided_mentor_ids:
                yield problem(
                    path,
                    "conflict",
                    f"mentor {shown(mentor_id)} is both preferred and avoided",
                )
        own = self.person.id
        if own in seen:
            yield problem(
                "$.preferred_mentor_ids", "self", "a mentee cannot prefer themself"
            )
        if self.previous_mentor_id == own:
            yield problem(
                "$.previous_mentor_id",
                "self",
                "a mentee cannot have mentored themself",
            )

    @property
    def id(self) -> str:
        """The person's identifier."""
        return self.person.id
