"""Strategies of the health of pairs: signals and their thresholds."""

from hypothesis import strategies as st

from mentoring.calendar import AcademicYear
from mentoring.health import HealthThresholds, Severity, Signal, SignalKind
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._draw import (
    FREE_TEXT,
    day,
    indexed,
    maybe,
    pick,
    upto,
    window,
)


@st.composite
def _signal(draw: st.DrawFn, within: AcademicYear | None) -> Signal:
    return Signal(
        pair_id=draw(indexed("pair")) if maybe(draw) else None,
        kind=pick(draw, tuple(SignalKind)),
        severity=pick(draw, tuple(Severity)),
        reason=draw(FREE_TEXT),
        on=day(draw, *window(draw, within)),
    )


def signals(*, within: AcademicYear | None = None) -> st.SearchStrategy[Signal]:
    """Health signals of a pair (or of the whole programme), dated inside
    *within*.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("signals")
    year = args.year(within)
    args.check()
    return _signal(year)


@st.composite
def _health_thresholds(draw: st.DrawFn) -> HealthThresholds:
    quiet = draw(upto(90))
    overdue = draw(upto(5))
    return HealthThresholds(
        quiet_warning_days=quiet,
        quiet_critical_days=quiet + draw(upto(60)),
        overdue_warning=overdue,
        overdue_critical=overdue + draw(upto(5)),
        assessment_warning_days=draw(upto(60)),
        slow_start_weeks=draw(upto(12)),
    )


def health_thresholds() -> st.SearchStrategy[HealthThresholds]:
    """Thresholds of the health signals, each critical level at or above its
    warning level.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _health_thresholds()
