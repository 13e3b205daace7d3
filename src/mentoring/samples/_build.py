"""Small helpers shared by the sample builders (private)."""

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence

import attrs

from mentoring._checks import types_known
from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear, Holiday, Term
from mentoring.model import (
    Approach,
    Certification,
    CertificationKind,
    DeliveryMode,
    Measurement,
    MentorFunction,
    Pair,
    Person,
    Program,
    ReviewKind,
    SurveyResponse,
)

__all__ = [
    "Proposer",
    "Staff",
    "SurveyAnswers",
    "built_here",
    "day",
    "performance",
    "reviews",
    "school_year",
    "surveys",
]

#: A questionnaire's answers: (satisfaction, intends to stay) and, where the
#: sample asks, (conflicts with staff, conflicts with parents) after them.
SurveyAnswers = tuple[int, bool | None] | tuple[int, bool | None, int, int]


def built_here(builder: Callable[[], Program]) -> Callable[[], Program]:
    """*builder* run on the library's trusted construction path: the sample
    data is the library's own, written with its types, so the constructors
    check only the invariants (ranges, order, references), not again the
    type and the text of every field. The public constructors called
    anywhere else keep every check; tests/test_trusted_builds.py checks
    the types and text of every value of every sample, and rebuilds each
    sample with every check (``builder.__wrapped__``) to compare.
    """

    @functools.wraps(builder)
    def build() -> Program:
        with types_known(printable=True):
            return builder()

    return build


def day(text: str) -> dt.date:
    """An ISO date written as text, for readable sample data."""
    return dt.date.fromisoformat(text)


def school_year(
    start_year: int,
    *,
    prefix: str,
    starts: Iterable[str],
    holidays: Iterable[tuple[str, str, str]],
) -> AcademicYear:
    """A school year from 1 September whose terms cover it without gaps.

    *starts* are the first days of the terms after the first; each term runs
    to the day before the next one (the holidays between are listed apart).
    """
    base = AcademicYear.starting(start_year)
    firsts = [base.start, *(day(s) for s in starts)]
    terms = tuple(
        Term(
            name=f"{prefix}{i + 1}",
            start=first,
            end=(
                firsts[i + 1] - dt.timedelta(days=1)
                if i + 1 < len(firsts)
                else base.end
            ),
        )
        for i, first in enumerate(firsts)
    )
    return AcademicYear(
        start=base.start,
        end=base.end,
        terms=terms,
        holidays=tuple(
            Holiday(name=name, start=day(a), end=day(b)) for name, a, b in holidays
        ),
    )


@attrs.frozen(kw_only=True)
class Staff:
    """What the people of one sample share: where they work, the languages
    they speak and who issues their certificates.
    """

    __repr__ = value_repr

    organization: str
    district: str
    region: str = ""
    languages: tuple[str, ...]
    issuer: str

    def person(  # noqa: PLR0913
        self,
        id: str,  # noqa: A002
        name: str,
        *,
        subjects: Iterable[str],
        years: int,
        grades: Iterable[int] = (),
        interests: Iterable[str] = (),
        delivery: DeliveryMode | None = None,
        certified: Iterable[tuple[CertificationKind, str]] = (),
        organization: str | None = None,
        languages: Iterable[str] | None = None,
    ) -> Person:
        """A person of this staff, certified with each ``(kind, day)`` of
        *certified*; *organization* and *languages* replace the staff's own.
        """
        return Person(
            id=id,
            name=name,
            organization=self.organization if organization is None else organization,
            district=self.district,
            region=self.region,
            subjects=frozenset(subjects),
            grades=frozenset(grades),
            experience_years=years,
            languages=frozenset(self.languages if languages is None else languages),
            interests=frozenset(interests),
            preferred_delivery=delivery,
            certifications=tuple(
                Certification(kind=kind, obtained_on=day(on), issuer=self.issuer)
                for kind, on in certified
            ),
        )


@attrs.frozen(kw_only=True)
class Proposer:
    """Proposes a sample's pairs: all on the day *on*, by the person *by*,
    and activated on *activate_on* when it is given.
    """

    __repr__ = value_repr

    on: str
    by: str
    function: MentorFunction = MentorFunction.CONSULTANT
    activate_on: str | None = None

    def __call__(  # noqa: PLR0913
        self,
        id: str,  # noqa: A002
        mentor: str,
        mentee: str,
        function: MentorFunction | None = None,
        *,
        approach: Approach = Approach.TRADITIONAL,
        delivery: DeliveryMode = DeliveryMode.OFFLINE,
    ) -> Pair:
        """The pair *id* of *mentor* and *mentee* (the proposer's function
        unless *function* is given).
        """
        pair = Pair.propose(
            id=id,
            mentor_id=mentor,
            mentee_id=mentee,
            on=day(self.on),
            function=self.function if function is None else function,
            approach=approach,
            delivery=delivery,
            by=self.by,
        )
        if self.activate_on is not None:
            pair = pair.activate(on=day(self.activate_on))
        return pair


def reviews(
    days: Iterable[tuple[str, ReviewKind]], met: Iterable[int]
) -> list[tuple[str, ReviewKind, int]]:
    """The review *days* with how many criteria were met by each; a plan that
    stopped early has fewer counts in *met* than there are days.
    """
    return [(d, k, n) for (d, k), n in zip(days, met, strict=False)]


def performance(
    organization: str, *, baseline: tuple[str, float], final: tuple[str, float]
) -> tuple[Measurement, ...]:
    """Learning quality (качество обучения) in the mentees' classes, from the
    e-journal: the share of pupils with good or excellent marks, as
    ``(day, value)`` at the baseline and at the final review.
    """
    return tuple(
        Measurement(
            indicator="academic_performance",
            value=value,
            on=day(on),
            review=review,
            organization=organization,
        )
        for review, (on, value) in (
            (ReviewKind.BASELINE, baseline),
            (ReviewKind.FINAL, final),
        )
    )


def surveys(
    answers: Sequence[tuple[str, SurveyAnswers, SurveyAnswers]],
    *,
    baseline: str,
    final: str,
) -> tuple[SurveyResponse, ...]:
    """The questionnaires of each ``(person, at the start, at the end)`` of
    *answers*, taken on *baseline* and on *final*; person by person.
    """
    found = []
    for person, start, end in answers:
        for on, review, answer in (
            (baseline, ReviewKind.BASELINE, start),
            (final, ReviewKind.FINAL, end),
        ):
            staff: int | None = None
            parents: int | None = None
            if len(answer) == 4:  # the conflicts are asked too
                staff, parents = answer[2], answer[3]
            found.append(
                SurveyResponse(
                    id=f"{person}-{review.value}",
                    person_id=person,
                    on=day(on),
                    review=review,
                    satisfaction=answer[0],
                    intends_to_stay=answer[1],
                    conflicts_with_staff=staff,
                    conflicts_with_parents=parents,
                )
            )
    return tuple(found)
