"""Success criteria and their assessments.

The Kazakh mentor-mentee plan (S004) lists four plan-level criteria, met in
order: pair created, focus problem identified, strategy chosen, joint action
plan developed. An :class:`Assessment` records where one criterion stood on a
date, on whose judgement and with what evidence.
"""

import datetime as dt
from collections.abc import Iterator

import attrs

from mentoring._checks import check, non_empty
from mentoring._enums import CriterionStatus, ReviewKind
from mentoring._repr import value_repr
from mentoring.errors import Problem

__all__ = ["Assessment", "SuccessCriterion"]


@attrs.frozen(kw_only=True)
class SuccessCriterion:
    """A criterion of success (критерий успешности) of a plan or of one step.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    title: str
    description: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.title", self.title)


@attrs.frozen(kw_only=True)
class Assessment:
    """Where a criterion stood on a date: the status, who judged it, the
    evidence, and the review at which it was judged.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    criterion_id: str
    status: CriterionStatus
    on: dt.date
    assessor_id: str = ""
    evidence: str = ""
    review: ReviewKind = ReviewKind.CURRENT

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.criterion_id", self.criterion_id)
