"""What a programme records and its indicators count: :class:`Event`,
:class:`Achievement`, :class:`Measurement`, :class:`SurveyResponse`, and the
:class:`QualitativeReport` a plan or an event holds.
"""

import datetime as dt
from collections.abc import Iterator

import attrs

from mentoring._checks import check, non_empty
from mentoring._enums import AchievementKind, EventKind, ReviewKind, Scope
from mentoring._problems import out_of_range, problem
from mentoring._repr import value_repr
from mentoring.errors import Problem

__all__ = ["Achievement", "Event", "Measurement", "QualitativeReport", "SurveyResponse"]

#: Satisfaction is asked on a 1..5 scale.
SATISFACTION_SCALE = (1, 5)


@attrs.frozen(kw_only=True)
class QualitativeReport:
    """What a mentor reports in words for a period (a semester): the
    training needs found, how the training offer was adapted to them, and
    the impact of mentoring in the schools (the Romanian mentor network's
    report, S000: "analiza nevoilor de formare, modalitățile de adaptare a
    ofertei de formare și impactul mentoratului"). ``term`` names the term
    it covers; ``on`` is the day it was given.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    on: dt.date
    term: str = ""
    training_needs: str = ""
    offer_adaptation: str = ""
    school_impact: str = ""
    author_id: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        if not (self.training_needs or self.offer_adaptation or self.school_impact):
            yield problem(
                "$.training_needs",
                "empty",
                "a report says something: training needs, the adapted offer"
                " or the impact in schools",
            )


@attrs.frozen(kw_only=True)
class Event:
    """An event on mentoring: who organised it, when (``on``, and
    ``ends_on`` for one of several days), who took part, its reach, and the
    qualitative report it produced, if any.

    ``organizer`` is an organization identifier: indicator 4.1 counts staff who
    took part in events organised by *other* organizations, 4.3 the
    scientific-practical events the organization held itself.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    kind: EventKind
    title: str
    on: dt.date
    organizer: str
    participant_ids: frozenset[str] = frozenset()
    scope: Scope = Scope.INSTITUTIONAL
    ends_on: dt.date | None = None
    report: QualitativeReport | None = None

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.organizer", self.organizer)
        if self.ends_on is not None and self.ends_on < self.on:
            yield problem(
                "$.ends_on",
                "order",
                f"must not be before on {self.on}, got {self.ends_on}",
            )


@attrs.frozen(kw_only=True)
class Achievement:
    """Something a person achieved, dated: entered the management reserve, led
    a project, took part in a competition, published, had a practice pass an
    expert review (``scope`` says at which level).

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    person_id: str
    kind: AchievementKind
    on: dt.date
    title: str = ""
    scope: Scope = Scope.INSTITUTIONAL

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.person_id", self.person_id)


@attrs.frozen(kw_only=True)
class Measurement:
    """A value of an indicator measured outside the programme's records (a
    survey result, a count from the e-journal), for an organization, at a
    review.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    indicator: str
    value: float
    on: dt.date
    review: ReviewKind = ReviewKind.BASELINE
    organization: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.indicator", self.indicator)


@attrs.frozen(kw_only=True)
class SurveyResponse:
    """One person's answers to the programme questionnaire (анкетирование):
    satisfaction with their work on a 1..5 scale, whether they intend to stay
    at the school, and conflicts with colleagues and parents since the last
    survey. Unanswered questions are ``None``.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    person_id: str
    on: dt.date
    review: ReviewKind = ReviewKind.BASELINE
    satisfaction: int | None = None
    intends_to_stay: bool | None = None
    conflicts_with_staff: int | None = None
    conflicts_with_parents: int | None = None
    comment: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.person_id", self.person_id)
        low, high = SATISFACTION_SCALE
        if self.satisfaction is not None and not low <= self.satisfaction <= high:
            yield out_of_range("$.satisfaction", self.satisfaction, low=low, high=high)
        for name in ("conflicts_with_staff", "conflicts_with_parents"):
            value = getattr(self, name)
            if value is not None and value < 0:
                yield out_of_range(f"$.{name}", value, low=0)
