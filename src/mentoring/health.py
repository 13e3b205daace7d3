"""Health signals: which pairs need a coordinator's attention, and why.

What users of mentoring platforms keep asking for, as pure functions over a
:class:`~mentoring.model.Program`:

* days since the pair's last activity done (45 days: warning, 60: critical);
* overdue activities (planned, past their due date);
* no assessment of the plan in the current term (a warning once the term's
  current control has passed, information before);
* a plan with no activity done in its first weeks;
* an active pair without a plan;
* too little contact: fewer hours a week on average than the threshold (1
  hour by default), counted by :func:`mentoring.contact.pair_contact`, for
  a pair whose plans record contact time;
* a planned activity dated by hand on a day without school (information: it
  is kept where it is, never moved).

Only pairs active on the day asked about get signals. Thresholds are data
(:class:`HealthThresholds`); every signal carries its reason in words.
"""

import datetime as dt
import enum
from collections.abc import Iterator

import attrs

from mentoring._checks import check, validated
from mentoring._enums import PairStatus
from mentoring._format import number as _number
from mentoring._i18n import N_, tr_n
from mentoring._problems import out_of_range, problem
from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear
from mentoring.contact import _pair_contact
from mentoring.errors import Problem
from mentoring.model._pairs import Pair, _status_on
from mentoring.model._plans import MentoringPlan
from mentoring.model._program import Program

__all__ = [
    "HealthThresholds",
    "Severity",
    "Signal",
    "SignalKind",
    "pair_signals",
    "program_signals",
]


class Severity(enum.StrEnum):
    """How urgent a signal is: information, a warning (yellow), critical (red).

    .. versionadded:: 0.1.0
    """

    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """0 for info, 1 for a warning, 2 for critical."""
        return tuple(Severity).index(self)


class SignalKind(enum.StrEnum):
    """What a signal is about.

    .. versionadded:: 0.1.0
    """

    NO_RECENT_ACTIVITY = "no_recent_activity"
    OVERDUE_ACTIVITIES = "overdue_activities"
    NO_ASSESSMENT_THIS_TERM = "no_assessment_this_term"
    SLOW_START = "slow_start"
    NO_PLAN = "no_plan"
    LOW_CONTACT = "low_contact"
    OFF_SCHOOL_DAY = "off_school_day"


@attrs.frozen(kw_only=True)
class Signal:
    """One thing to look at: the pair (``None`` for the whole programme), what
    kind of signal, how severe, the reason in words, and the day it was
    computed for.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    pair_id: str | None
    kind: SignalKind
    severity: Severity
    reason: str
    on: dt.date

    def __attrs_post_init__(self) -> None:
        check(self)


_ACTIVE = PairStatus.ACTIVE  # read once (a class's member is a lookup in 3.11)

_SIGNAL_SETTERS = tuple(
    Signal.__dict__[name].__set__
    for name in ("pair_id", "kind", "severity", "reason", "on")
)


def _signal(
    pair_id: str, kind: SignalKind, severity: Severity, reason: str, on: dt.date
) -> Signal:
    """A :class:`Signal` built without the construction-time checks: for the
    signals this module composes from a checked programme's pair ids, plan
    ids and activity titles (valid by construction; the tests re-check them).
    """
    signal: Signal = object.__new__(Signal)
    set_pair, set_kind, set_severity, set_reason, set_on = _SIGNAL_SETTERS
    set_pair(signal, pair_id)
    set_kind(signal, kind)
    set_severity(signal, severity)
    set_reason(signal, reason)
    set_on(signal, on)
    return signal


@attrs.frozen(kw_only=True)
class HealthThresholds:
    """When a signal is raised, and how severe it is.

    * ``quiet_warning_days`` / ``quiet_critical_days``: days since the last
      activity done (or since the pair started, when none was);
    * ``overdue_warning`` / ``overdue_critical``: how many overdue activities;
    * ``assessment_warning_days``: no assessment in the current term is
      information ("due on the current control, in 4 days") until fewer than
      this many days are left before the term's current control, and a
      warning from then on; with 0 (the default), a warning only once the
      current control has passed;
    * ``slow_start_weeks``: a plan with no activity done in its first weeks;
    * ``contact_minutes_per_week``: a pair whose plans record contact time
      and who were together fewer minutes a week on average (60 by default:
      an hour a week, as induction standards ask); 0 turns the signal off;
    * ``contact_after_weeks``: the school weeks a pair is active before its
      average counts.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    quiet_warning_days: int = 45
    quiet_critical_days: int = 60
    overdue_warning: int = 1
    overdue_critical: int = 3
    assessment_warning_days: int = 0
    slow_start_weeks: int = 4
    contact_minutes_per_week: int = 60
    contact_after_weeks: int = 4

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        for field in attrs.fields(type(self)):
            value = getattr(self, field.name)
            if value < 0:
                yield out_of_range(f"$.{field.name}", value, low=0)
        if self.quiet_critical_days < self.quiet_warning_days:
            yield problem(
                "$.quiet_critical_days",
                "order",
                f"must not be below quiet_warning_days {self.quiet_warning_days},"
                f" got {self.quiet_critical_days}",
            )
        if self.overdue_critical < self.overdue_warning:
            yield problem(
                "$.overdue_critical",
                "order",
                f"must not be below overdue_warning {self.overdue_warning},"
                f" got {self.overdue_critical}",
            )


@validated
def pair_signals(
    program: Program,
    pair_id: str,
    *,
    on: dt.date,
    thresholds: HealthThresholds | None = None,
) -> tuple[Signal, ...]:
    """The signals of pair *pair_id* on *on*, most severe first.

    A pair that is not active on *on* has none. An unknown pair raises
    :class:`~mentoring.errors.NotFoundError` (as
    :meth:`~mentoring.model.Program.pair`).

    .. versionadded:: 0.1.0
    """
    pair = program.pair(pair_id)
    plans = tuple(p for p in program.plans if p.pair_id == pair_id)
    return _ordered(
        _signals(pair, plans, program.year, on, thresholds or HealthThresholds())
    )


@validated
def program_signals(
    program: Program,
    *,
    on: dt.date,
    thresholds: HealthThresholds | None = None,
) -> tuple[Signal, ...]:
    """The signals of every pair of *program* on *on*: most severe first,
    then by pair id and kind.

    .. versionadded:: 0.1.0
    """
    t = thresholds or _DEFAULT_THRESHOLDS
    by_pair = _plans_by_pair(program)
    found: list[Signal] = []
    for pair in program.pairs:
        plans = tuple(by_pair.get(pair.id, ()))
        found += _signals(pair, plans, program.year, on, t)
    return _ordered(found)


def _flagged_pairs(
    program: Program, on: dt.date, thresholds: HealthThresholds | None = None
) -> set[str]:
    """The ids of the pairs that :func:`program_signals` gives a signal on
    *on* (library use: indicator ``health_signal_share``), without its
    argument checks, without composing every signal of a pair once one is
    found, and without sorting them.
    """
    t = thresholds or _DEFAULT_THRESHOLDS
    by_pair = _plans_by_pair(program)
    year = program.year
    flagged: set[str] = set()
    for pair in program.pairs:
        plans = tuple(by_pair.get(pair.id, ()))
        if next(_each_signal(pair, plans, year, on, t), None) is not None:
            flagged.add(pair.id)
    return flagged


def _has_signal(
    pair: Pair,
    plans: tuple[MentoringPlan, ...],
    year: AcademicYear,
    on: dt.date,
    t: HealthThresholds,
) -> bool:
    """Whether :func:`_each_signal` gives *pair* a signal on *on* (library
    use: ``health_signal_share`` counts pairs, not signals), the cheapest
    signals checked first and none composed: no recent activity, no plan,
    then the others.
    """
    if _status_on(pair, on) is not _ACTIVE:
        return False
    if not plans or _is_quiet(pair, plans, on, t):
        return True
    return next(_each_signal(pair, plans, year, on, t), None) is not None


def _is_quiet(
    pair: Pair, plans: tuple[MentoringPlan, ...], on: dt.date, t: HealthThresholds
) -> bool:
    """Whether :func:`_quiet` gives a signal (at least
    ``quiet_warning_days``, which ``quiet_critical_days`` is not below),
    without composing it.
    """
    since: dt.date | None = None
    for p in plans:
        done_on = _last_done(p, on)
        if done_on is not None and (since is None or done_on > since):
            since = done_on
    return _quiet_since(since, pair, on, t)


def _quiet_since(
    last: dt.date | None, pair: Pair, on: dt.date, t: HealthThresholds
) -> bool:
    """:func:`_is_quiet` from the last day an activity of the pair's plans
    was done by *on* (``None``: none was; the pair's start counts): the
    indicators of many organizations find that day in their own pass over
    the plans.
    """
    since = last if last is not None else pair.started_on or pair.proposed_on
    return (on - since).days >= t.quiet_warning_days


def _plans_by_pair(program: Program) -> dict[str, list[MentoringPlan]]:
    by_pair: dict[str, list[MentoringPlan]] = {}
    for plan in program.plans:
        by_pair.setdefault(plan.pair_id, []).append(plan)
    return by_pair


def _signals(
    pair: Pair,
    plans: tuple[MentoringPlan, ...],
    year: AcademicYear,
    on: dt.date,
    t: HealthThresholds,
) -> list[Signal]:
    return list(_each_signal(pair, plans, year, on, t))


def _each_signal(
    pair: Pair,
    plans: tuple[MentoringPlan, ...],
    year: AcademicYear,
    on: dt.date,
    t: HealthThresholds,
) -> Iterator[Signal]:
    """The signals of *pair*, composed one at a time (a caller that needs
    only the first stops there).
    """
    if _status_on(pair, on) is not _ACTIVE:
        return
    yield from _quiet(pair, plans, on, t)
    if not plans:
        yield _signal(
            pair.id, SignalKind.NO_PLAN, Severity.WARNING, "the pair has no plan", on
        )
    for plan in sorted(plans, key=lambda p: p.id):
        yield from _overdue(pair.id, plan, on, t)
        yield from _slow_start(pair.id, plan, on, t)
        yield from _off_school_days(pair.id, plan, year, on)
    if plans:
        yield from _no_assessment(pair.id, plans, year, on, t)
        yield from _low_contact(pair, plans, year, on, t)


# The reasons of the contact signals, composed in English and shown
# translated by mentoring._i18n.tr_text (listed in _MESSAGES below).
_LOW_CONTACT = N_(
    "{hours} h of contact a week on average over {weeks} school weeks,"
    " below {threshold} h"
)
_OFF_SCHOOL_DAY = N_("'{title}' is planned on {day}, not a school day")


_DEFAULT_THRESHOLDS = HealthThresholds()


def _low_contact(
    pair: Pair,
    plans: tuple[MentoringPlan, ...],
    year: AcademicYear,
    on: dt.date,
    t: HealthThresholds,
) -> Iterator[Signal]:
    if t.contact_minutes_per_week == 0:
        return
    contact = _pair_contact(pair, plans, year, on)
    if not contact.recorded or contact.total.weeks < t.contact_after_weeks:
        return
    if contact.per_week * 60 >= t.contact_minutes_per_week:
        return
    threshold = t.contact_minutes_per_week / 60
    reason = _LOW_CONTACT.format(
        hours=_number(contact.per_week),
        weeks=_number(contact.total.weeks),
        threshold=_number(int(threshold) if threshold.is_integer() else threshold),
    )
    yield _signal(
        pair.id,
        SignalKind.LOW_CONTACT,
        Severity.WARNING,
        reason,
        on,
    )


def _off_school_days(
    pair_id: str, plan: MentoringPlan, year: AcademicYear, on: dt.date
) -> Iterator[Signal]:
    for activity in plan.off_school_days(year):
        if activity.due < on:
            continue
        reason = _OFF_SCHOOL_DAY.format(
            title=activity.title, day=activity.due.isoformat()
        )
        yield _signal(
            pair_id,
            SignalKind.OFF_SCHOOL_DAY,
            Severity.INFO,
            reason,
            on,
        )


def _ordered(signals: list[Signal]) -> tuple[Signal, ...]:
    kinds = {k: i for i, k in enumerate(SignalKind)}
    return tuple(
        sorted(
            signals,
            key=lambda s: (-s.severity.rank, s.pair_id or "", kinds[s.kind], s.reason),
        )
    )


def _quiet(
    pair: Pair, plans: tuple[MentoringPlan, ...], on: dt.date, t: HealthThresholds
) -> Iterator[Signal]:
    done = [d for p in plans if (d := _last_done(p, on)) is not None]
    if done:
        since = max(done)
        what = f"last activity done on {since}"
    else:
        since = pair.started_on or pair.proposed_on
        what = f"no activity done since the pair started on {since}"
    days = (on - since).days
    if days >= t.quiet_critical_days:
        severity = Severity.CRITICAL
    elif days >= t.quiet_warning_days:
        severity = Severity.WARNING
    else:
        return
    yield _signal(
        pair.id,
        SignalKind.NO_RECENT_ACTIVITY,
        severity,
        f"{_days(days)} without activity ({what})",
        on,
    )


def _overdue(
    pair_id: str, plan: MentoringPlan, on: dt.date, t: HealthThresholds
) -> Iterator[Signal]:
    late = plan.overdue(on)
    n = len(late)
    if n == 0 or n < t.overdue_warning:
        return
    severity = Severity.CRITICAL if n >= t.overdue_critical else Severity.WARNING
    oldest = late[0]
    yield _signal(
        pair_id,
        SignalKind.OVERDUE_ACTIVITIES,
        severity,
        (
            f"{n} overdue activit{'ies' if n != 1 else 'y'} in plan {plan.id!r}"
            f" (oldest: {oldest.title!r}, due {oldest.due})"
        ),
        on,
    )


def _slow_start(
    pair_id: str, plan: MentoringPlan, on: dt.date, t: HealthThresholds
) -> Iterator[Signal]:
    window_end = plan.start + dt.timedelta(weeks=t.slow_start_weeks)
    if on < window_end or t.slow_start_weeks == 0:
        return
    early = [
        a
        for a in plan.activities
        if a.done_on is not None and plan.start <= a.done_on < window_end
    ]
    if early:
        return
    anything = _last_done(plan, on) is not None
    yield _signal(
        pair_id,
        SignalKind.SLOW_START,
        Severity.INFO if anything else Severity.WARNING,
        (
            f"no activity done in the first {_weeks(t.slow_start_weeks)} of plan"
            f" {plan.id!r} (from {plan.start})"
        ),
        on,
    )


def _no_assessment(
    pair_id: str,
    plans: tuple[MentoringPlan, ...],
    year: AcademicYear,
    on: dt.date,
    t: HealthThresholds,
) -> Iterator[Signal]:
    term = year.term_of(on)
    if term is None:
        return
    assessed = any(term.start <= a.on <= on for p in plans for a in p.assessments)
    if assessed:
        return
    control = year.control_date(term)
    first = year.first_school_day(term.start, control) or term.start
    left = (control - on).days
    severity = Severity.WARNING if left < t.assessment_warning_days else Severity.INFO
    if left > 0:
        due = f"due {control} (in {_days(left)})"
    elif left == 0:
        due = f"due {control} (today)"
    else:
        due = f"was due {control} ({_days(-left)} ago)"
    yield _signal(
        pair_id,
        SignalKind.NO_ASSESSMENT_THIS_TERM,
        severity,
        (
            f"no assessment in term {term.name} ({first}..{control});"
            f" current control {due}"
        ),
        on,
    )


def _last_done(plan: MentoringPlan, on: dt.date) -> dt.date | None:
    """:meth:`~mentoring.model.MentoringPlan.last_done` by *on*, without its
    argument checks (on a day the library holds as a date).
    """
    last: dt.date | None = None
    for a in plan.activities:
        done_on = a.done_on
        if done_on and done_on <= on and (last is None or done_on > last):
            last = done_on
    return last


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _weeks(n: int) -> str:
    return "week" if n == 1 else f"{n} weeks"


# The sentences this module composes in English, for the catalogues: they
# are shown translated, with their values, by mentoring._i18n.tr_text.
_MESSAGES = (
    N_("the pair has no plan"),
    N_("{days} without activity ({what})"),
    N_("last activity done on {since}"),
    N_("no activity done since the pair started on {since}"),
    N_("no activity done in the first {weeks} of plan {plan} (from {start})"),
    N_("week"),
    N_("no assessment in term {term} ({first}..{control}); current control {due}"),
    N_("due {control} (in {days})"),
    N_("due {control} (today)"),
    N_("was due {control} ({days} ago)"),
    _LOW_CONTACT,
    _OFF_SCHOOL_DAY,
    tr_n("{n} day", "{n} days", 1),
    tr_n("{n} week", "{n} weeks", 1),
    tr_n(
        "{n} overdue activity in plan {plan} (oldest: {title}, due {due})",
        "{n} overdue activities in plan {plan} (oldest: {title}, due {due})",
        1,
    ),
)
