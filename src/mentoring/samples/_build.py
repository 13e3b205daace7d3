"""Small helpers shared by the sample builders (private)."""

import datetime as dt
from collections.abc import Iterable

from mentoring.calendar import AcademicYear, Holiday, Term
from mentoring.model import (
    Activity,
    ActivityStatus,
    Assessment,
    CriterionStatus,
    ReviewKind,
    WorkMethod,
)

__all__ = ["activity", "assessed", "day", "school_year"]


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


def activity(  # noqa: PLR0913
    id: str,  # noqa: A002
    title: str,
    method: WorkMethod,
    due: str,
    *,
    done: str | None = None,
    missed: bool = False,
    step: str | None = None,
) -> Activity:
    """A plan activity: done on *done*, missed, or still planned."""
    if done is not None:
        status = ActivityStatus.DONE
    elif missed:
        status = ActivityStatus.MISSED
    else:
        status = ActivityStatus.PLANNED
    return Activity(
        id=id,
        title=title,
        method=method,
        due=day(due),
        status=status,
        done_on=day(done) if done is not None else None,
        step_id=step,
    )


def assessed(
    criterion: str,
    status: CriterionStatus,
    on: str,
    *,
    by: str,
    review: ReviewKind = ReviewKind.CURRENT,
) -> Assessment:
    """An assessment of *criterion* on *on* by the person *by*."""
    return Assessment(
        criterion_id=criterion,
        status=status,
        on=day(on),
        assessor_id=by,
        review=review,
    )
