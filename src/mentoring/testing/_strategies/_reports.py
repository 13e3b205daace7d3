"""Strategies of current-control reports and their rows."""

from hypothesis import strategies as st

from mentoring.reports import ControlReport, ControlRow, control_report
from mentoring.testing._strategies._draw import (
    UNIT,
    day,
    indexed,
    ordered_subset,
    pick,
    upto,
)
from mentoring.testing._strategies._plans import CRITERION_TITLES
from mentoring.testing._strategies._program import SMALL_PROGRAMS_WITH_TERMS


@st.composite
def _control_report(draw: st.DrawFn) -> ControlReport:
    program = draw(SMALL_PROGRAMS_WITH_TERMS)
    term = pick(draw, program.year.terms)
    return control_report(program, term, on=day(draw, term.start, term.end))


def control_reports() -> st.SearchStrategy[ControlReport]:
    """Current-control reports: :func:`mentoring.reports.control_report` of a
    term of a small drawn programme whose year has terms.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _control_report()


@st.composite
def _control_row(draw: st.DrawFn) -> ControlRow:
    planned = draw(upto(8))
    done = draw(upto(planned))
    total = draw(upto(5))
    reached = draw(ordered_subset(CRITERION_TITLES, total))
    return ControlRow(
        pair_id=draw(indexed("pair")),
        plan_id=draw(indexed("plan")),
        mentor_id=draw(indexed("mentor")),
        mentee_id=draw(indexed("mentee")),
        planned=planned,
        done=done,
        done_on_time=draw(upto(done)),
        missed=draw(upto(planned - done)),
        overdue=draw(upto(planned - done)),
        cancelled=draw(upto(3)),
        criteria_reached=reached,
        criteria_reached_in_term=draw(upto(len(reached))),
        criteria_total=max(total, len(reached)),
        progress=draw(UNIT),
    )


def control_rows() -> st.SearchStrategy[ControlRow]:
    """Rows of a current-control report: one plan's activities and criteria in
    a term, counts that add up, progress in [0, 1].

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _control_row()
