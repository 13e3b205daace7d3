"""Indicators of many organizations totalled in one pass: :func:`compute_many`.

:func:`~mentoring.indicators.compute` gives one organization's
:class:`~mentoring.indicators.Snapshot`, with every id it counted, and
:func:`~mentoring.indicators.merge_all` adds snapshots up. A country-level
total with ``keep_ids=False`` keeps none of those ids: each code's numerators,
denominators and (for a median) distribution add, and only the counts of
each organization matter. :func:`compute_many` computes those counts in one
walk over each programme's people, pairs, plans and records, updating every
indicator at once, and adds them to a running total, without building an
organization's snapshot or its values. The total equals
``merge_all((compute(p, on=on) for p in programs), keep_ids=False)``
(the tests check it value by value).

Within one organization the counts are still of distinct ids (a person
counted twice by one school counts once), as :func:`compute` counts them.
"""

import datetime as dt
import operator
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Final

from mentoring._checks import expect, raise_if
from mentoring._enums import (
    AchievementKind,
    ActivityStatus,
    ContactKind,
    MentorOrigin,
    PairStatus,
)
from mentoring._problems import empty, wrong_type
from mentoring.calendar import AcademicYear
from mentoring.errors import Problem, ValidationError
from mentoring.indicators._aggregate import _unmerged_reason
from mentoring.indicators._catalog import CATALOG, Catalog, Kind, Source
from mentoring.indicators._compute import (
    _ACHIEVER_CODES,
    _COMPUTABLE,
    _GRAIN,
    _WORKS,
    EXPERT_REVIEW_SCOPES,
    MENTORING_TRAINING_KINDS,
    NO_EARLIER_YEAR,
    _measurements,
    _plan,
    _scientific_events,
    _value_range,
)
from mentoring.indicators._snapshot import Provenance, Snapshot, Value
from mentoring.model._pairs import Pair
from mentoring.model._people import Person
from mentoring.model._plans import MentoringPlan
from mentoring.model._program import Program
from mentoring.model._records import Measurement, SurveyResponse

if TYPE_CHECKING:
    from mentoring.health import HealthThresholds
    from mentoring.progress import ProgressWeights

__all__ = ["compute_many"]

#: The codes the one-pass walk computes, in the order of its vectors.
_CODES: Final = (
    "1.2",
    "2.1",
    "2.2",
    "2.3",
    "2.4",
    "2.5",
    "2.6",
    "3.1",
    "3.2",
    "3.3",
    "3.4",
    "4.1",
    "4.2",
    "4.3",
    "4.4",
    "publications",
    "satisfaction",
    "retention_intent",
    "conflicts",
    "pairs_proposed",
    "pairs_active",
    "pairs_paused",
    "pairs_completed",
    "pairs_dissolved",
    "match_rate",
    "mentor_utilization",
    "completion_rate",
    "early_dissolution_rate",
    "mentee_retention",
    "induction_coverage",
    "days_to_pair",
    "mentees_per_mentor",
    "reassignment_rate",
    "contact_hours_per_pair",
    "observations_per_mentee",
    "plan_progress",
    "health_signal_share",
)
#: Computed codes that need an earlier programme year: one programme alone
#: never has them (missing, as :func:`compute` of one programme gives them).
_NEEDS_EARLIER: Final = frozenset({"retention_1y", "retention_3y"})
if set(_CODES) | _NEEDS_EARLIER != set(_COMPUTABLE):  # pragma: no cover
    msg = "compute_many's walk and compute's rules count different codes"
    raise AssertionError(msg)
_AT: Final = {code: i for i, code in enumerate(_CODES)}
_K: Final = len(_CODES)
_GIVEN: Final = [1] * _K
#: Rates computed as a share of distinct ids (with denominator ids): their
#: values are distinct; other rates (mentor places) are not.
_SHARES: Final = frozenset(
    {
        "retention_intent",
        "match_rate",
        "completion_rate",
        "early_dissolution_rate",
        "mentee_retention",
        "induction_coverage",
        "reassignment_rate",
        "health_signal_share",
    }
)
#: The codes whose value may be absent (missing) for an organization.
_CONFLICTS, _HOURS, _OBSERVED = (
    _AT["conflicts"],
    _AT["contact_hours_per_pair"],
    _AT["observations_per_mentee"],
)
_DAYS = _AT["days_to_pair"]
_PROGRESS, _HEALTH = _AT["plan_progress"], _AT["health_signal_share"]
#: The length of the walk's vector; the places in it that hold a float
#: (all others hold whole numbers, unless a measurement took their place);
#: how many organizations' vectors are added to the totals at a time.
_WALKED: Final = 3 * _K
_FLOATS: Final = frozenset({_PROGRESS, _HOURS})
_BATCH: Final = 256

_ACTIVE, _PAUSED, _COMPLETED, _DISSOLVED, _PROPOSED = (
    PairStatus.ACTIVE,
    PairStatus.PAUSED,
    PairStatus.COMPLETED,
    PairStatus.DISSOLVED,
    PairStatus.PROPOSED,
)
_TEACHER = MentorOrigin.TEACHER
_DONE, _CANCELLED = ActivityStatus.DONE, ActivityStatus.CANCELLED
_OBSERVATION = ContactKind.LESSON_OBSERVATION
_ORIGINS: Final = (
    MentorOrigin.TEACHER,
    MentorOrigin.GRADUATE,
    MentorOrigin.ENTERPRISE_EMPLOYEE,
    MentorOrigin.ENTREPRENEUR_OR_PUBLIC_FIGURE,
    MentorOrigin.NGO,
)
_MGMT, _PROJECT, _COMPETITION = tuple(_ACHIEVER_CODES)
_EXPERT_REVIEW = AchievementKind.PRACTICE_EXPERT_REVIEW
_ADD = operator.add
#: plan progress's rule for a plan with criteria, its number from the
#: counts of a plan's activities, the weights, and that number on the grain
#: by counts (activities, on time, late), kept across organizations
_Progress = tuple[
    Callable[[MentoringPlan, dt.date, "ProgressWeights"], float],
    Callable[[int, int, int, "ProgressWeights"], float],
    "ProgressWeights",
    dict[tuple[int, int, int], float],
]
#: how many counts of activities the grain values keep (then start again)
_KEPT: Final = 4096
_Health = tuple[
    Callable[
        [Pair, tuple[MentoringPlan, ...], AcademicYear, dt.date, "HealthThresholds"],
        bool,
    ],
    Callable[[dt.date | None, Pair, dt.date, "HealthThresholds"], bool],
    "HealthThresholds",
]
_ID = operator.attrgetter("id")
_MENTOR_ID = operator.attrgetter("mentor_id")
_MENTEE_ID = operator.attrgetter("mentee_id")


def _walk(  # noqa: C901, PLR0912, PLR0915
    program: Program,
    on: dt.date,
    progress: _Progress | None,
    health: _Health | None,
) -> tuple[list[float], list[int]]:
    """One organization's counts, in one walk over its records: for every
    code of :data:`_CODES`, its numerator, then (at ``_K`` places further)
    its denominator (0 where it has none), then whether it is given (1) or
    missing (0); and the numbers of ``days_to_pair``. *progress* and
    *health* are the rules of the optional codes (``None`` when the
    catalogue does not ask for them).

    Every rule is :func:`~mentoring.indicators.compute`'s (see
    :mod:`mentoring.indicators._compute`), counting ids without keeping them.
    """
    start = program.year.start
    num: list[float] = [0] * _K
    den: list[float] = [0] * _K
    given = _GIVEN[:]
    mentees = program.mentees
    mentee_ids = {m.person.id for m in mentees}
    n_mentees = len(mentee_ids)

    # -- pairs ----------------------------------------------------------
    proposed_ids: set[str] = set()
    active_ids: set[str] = set()
    paused_ids: set[str] = set()
    completed_ids: set[str] = set()
    dissolved_ids: set[str] = set()
    by_status = {
        _PROPOSED: proposed_ids,
        _ACTIVE: active_ids,
        _PAUSED: paused_ids,
        _COMPLETED: completed_ids,
        _DISSOLVED: dissolved_ids,
    }
    matched: set[str] = set()
    open_by_mentor: dict[str, int] = {}
    started: set[str] = set()
    retained: dict[str, bool] = {}
    first: dict[str, dt.date] = {}
    seen: list[Pair] = []  # proposed by *on*
    begun: list[Pair] = []  # active by *on*, with the first day in began_on
    began_on: list[dt.date] = []
    active_pairs: list[Pair] = []
    open_pairs: list[Pair] = []
    dissolved: list[Pair] = []
    pairs = program.pairs
    for pair in pairs:
        # the state at the end of *on*, and the first day active if by
        # *on* (a history is in date order: Pair checks it)
        history = pair.history
        last = history[-1]
        began = None
        if last.on <= on:  # the whole history by *on* (always, by today)
            status = last.status
            for t in history:
                if t.status is _ACTIVE:
                    began = t.on
                    break
        else:
            status = None
            for t in history:
                if t.on > on:
                    break
                status = t.status
                if began is None and status is _ACTIVE:
                    began = t.on
        if status is None:
            continue  # proposed after *on*: never active by then either
        seen.append(pair)
        pid = pair.id
        mentee = pair.mentee_id
        by_status[status].add(pid)
        if status is _ACTIVE or status is _PAUSED:
            if status is _ACTIVE:
                active_pairs.append(pair)
            open_pairs.append(pair)
            matched.add(mentee)
            mentor = pair.mentor_id
            open_by_mentor[mentor] = open_by_mentor.get(mentor, 0) + 1
        elif status is _COMPLETED:
            matched.add(mentee)
        elif status is _DISSOLVED:
            dissolved.append(pair)
        if began is None:
            continue
        begun.append(pair)
        began_on.append(began)
        before = first.get(mentee)
        if before is None or began < before:
            first[mentee] = began
        started.add(pid)
        if mentee in mentee_ids:
            retained[mentee] = retained.get(mentee, False) or status is not _DISSOLVED
    num[19] = len(proposed_ids)
    num[20] = len(active_ids)
    num[21] = len(paused_ids)
    num[22] = len(completed_ids)
    num[23] = len(dissolved_ids)
    num[24], den[24] = len(matched & mentee_ids), n_mentees
    num[26], den[26] = len(completed_ids & started), len(started)
    num[27], den[27] = len(dissolved_ids & started), len(started)
    num[28] = sum(retained.values())
    den[28] = len(retained)

    # -- people: 2.1; mentors: origins (2.2-2.6), places; mentees: waits ---
    # every enrolled person once, the first place they are found (curator,
    # mentors, mentees), as Program.people() gives them
    people: dict[str, Person] = {}
    curator = program.curator
    if curator is not None:
        people[curator.id] = curator
    places: dict[str, int] = {}  # each mentor's places as first enrolled
    origins: list[MentorOrigin] = []
    mentor_twice = False
    mentors = program.mentors
    for enrolled in mentors:
        person = enrolled.person
        pid = person.id
        if pid in places:
            mentor_twice = True
            continue
        places[pid] = enrolled.capacity
        origins.append(person.origin)
        if pid not in people:
            people[pid] = person
    if mentor_twice:  # a person of each origin once (an entry again may differ)
        origins = [o for o, _ in {(m.person.origin, m.person.id) for m in mentors}]
    for i, origin in enumerate(_ORIGINS, 2):
        num[i] = origins.count(origin)
    taken = 0
    for mentor, held in open_by_mentor.items():
        cap = places.get(mentor)
        if cap is not None:
            taken += cap if cap < held else held  # noqa: FURB136 (a call)
    num[25], den[25] = taken, sum(places.values())
    waited: dict[str, int] = {}
    asked_by: set[str] = set()
    for m in mentees:
        person = m.person
        pid = person.id
        if pid not in people:
            people[pid] = person
        asked = m.requested_on
        if asked is not None and asked <= on:
            asked_by.add(pid)
        paired = first.get(pid)
        if paired is None:
            continue
        hired = m.hired_on
        if asked is None:
            if hired is None:
                continue
            since = hired
        elif hired is None or hired <= asked:
            since = asked
        else:
            since = hired
        days = (paired - since).days
        if days < 0:  # noqa: PLR1730 (a call)
            days = 0
        before_days = waited.get(pid)
        if before_days is None or days < before_days:
            waited[pid] = days
    num[0] = len(asked_by)
    numbers = list(waited.values())
    num[_DAYS], den[_DAYS] = sum(numbers), len(numbers)
    trained = 0
    for person in people.values():
        certs = person.certifications
        if certs:
            for c in certs:
                if c.kind in MENTORING_TRAINING_KINDS and c.obtained_on <= on:
                    trained += 1
                    break
    num[1] = trained
    if begun:  # 3.4: mentors who were a mentee (of a pair proposed) before
        mentoring = set(map(_MENTOR_ID, begun))
        if not mentoring.isdisjoint(map(_MENTEE_ID, seen)):
            as_mentee: dict[str, dt.date] = {}
            for pair in seen:
                mentee = pair.mentee_id
                if mentee in mentoring:
                    day = pair.history[0].on
                    before = as_mentee.get(mentee)
                    if before is None or day < before:
                        as_mentee[mentee] = day
            became = {
                pair.mentor_id
                for pair, began in zip(begun, began_on, strict=True)
                if (was := as_mentee.get(pair.mentor_id)) is not None and was < began
            }
            num[10] = len(became)

    # -- induction (active mentees, open pairs, reassignment) -------------
    # compute() picks pairs by id: with no id twice, a pair's own state
    pair_twice = len(set(map(_ID, pairs))) != len(pairs)
    if pair_twice:
        active_pairs = [p for p in pairs if p.id in active_ids]
        open_pairs = [p for p in pairs if p.id in active_ids or p.id in paused_ids]
        dissolved = [p for p in pairs if p.id in dissolved_ids]
    num[29], den[29] = (
        len(mentee_ids.intersection(map(_MENTEE_ID, active_pairs))),
        n_mentees,
    )
    if open_pairs:
        num[31] = len(active_ids | paused_ids)
        den[31] = len(set(map(_MENTOR_ID, open_pairs)))
    if dissolved:
        replaced: set[str] = set()
        # with one pair per mentee by *on*, none was given another
        if pair_twice or len(set(map(_MENTEE_ID, seen))) != len(seen):
            # the pairs proposed to each mentee of a dissolved pair, by *on*
            gone_mentees = set(map(_MENTEE_ID, dissolved))
            proposed: dict[str, list[tuple[dt.date, str]]] = {}
            for pair in seen:
                mentee = pair.mentee_id
                if mentee in gone_mentees:
                    entry = (pair.history[0].on, pair.id)
                    listed = proposed.get(mentee)
                    if listed is None:
                        proposed[mentee] = [entry]
                    else:
                        listed.append(entry)
            for gone in dissolved:
                pid = gone.id
                ended = gone.ended_on or on
                for day, other in proposed.get(gone.mentee_id, ()):
                    if day >= ended and other != pid:
                        replaced.add(pid)
                        break
        num[32], den[32] = len(replaced), len(dissolved_ids)

    # -- events (4.1-4.3) -------------------------------------------------
    if program.events:
        away, guests, held_ids = _scientific_events(program, start, on, people, seen)
        num[11], num[12], num[13] = len(away), len(guests), len(held_ids)

    # -- achievements (3.1-3.3, 4.4, publications) ------------------------
    if program.achievements:
        reserve: set[str] = set()
        projects: set[str] = set()
        contests: set[str] = set()
        reviewed: set[str] = set()
        works: set[str] = set()
        for a in program.achievements:
            if not start <= a.on <= on:
                continue
            kind = a.kind
            if kind is _MGMT:
                if a.person_id in mentee_ids:
                    reserve.add(a.person_id)
            elif kind is _PROJECT:
                if a.person_id in mentee_ids:
                    projects.add(a.person_id)
            elif kind is _COMPETITION:
                if a.person_id in mentee_ids:
                    contests.add(a.person_id)
            elif kind is _EXPERT_REVIEW:
                if a.scope in EXPERT_REVIEW_SCOPES:
                    reviewed.add(a.id)
            elif kind in _WORKS and a.person_id in mentee_ids:
                works.add(a.id)
        num[7], num[8], num[9] = len(reserve), len(projects), len(contests)
        num[14], num[15] = len(reviewed), len(works)

    # -- surveys: each mentee's latest answer to each question ------------
    given[_CONFLICTS] = 0
    if program.surveys:
        answered = [
            s for s in program.surveys if s.on <= on and s.person_id in mentee_ids
        ]
        if len({s.person_id for s in answered}) == len(answered):
            # each mentee answered once by *on*: their answer is the latest
            scores = stays = total = 0
            n_scores = n_stays = 0
            conflicted = False
            for s in answered:
                score = s.satisfaction
                if score is not None:
                    scores += int(score)
                    n_scores += 1
                intends = s.intends_to_stay
                if intends is not None:
                    n_stays += 1
                    if intends:
                        stays += 1
                conflicts = s.conflicts_with_staff
                if conflicts is not None:
                    total += int(conflicts)
                    conflicted = True
                conflicts = s.conflicts_with_parents
                if conflicts is not None:
                    total += int(conflicts)
                    conflicted = True
            num[16], den[16] = scores, n_scores
            num[17], den[17] = stays, n_stays
            if conflicted:
                num[_CONFLICTS] = total
                given[_CONFLICTS] = 1
        else:
            _latest_answers(answered, num, den, given)

    # -- plans: contact (pairs started), progress, health -----------------
    # one pass over each plan's activities: its progress (by plan id), and
    # what contact and health need, summed by pair id (the minutes and the
    # lesson observations done, whether time and kind are recorded, the
    # last day an activity was done); and each pair's plans
    by_pair: dict[str, list[MentoringPlan]] = {}
    sums: dict[str, tuple[int, int, bool, bool, dt.date | None]] = {}
    if progress is not None:
        rule, of_counts, weights, on_grain = progress
        sum_of_grains = 0.0
        plan_ids: set[str] = set()
    grain = _GRAIN
    for plan in program.plans:
        minutes = seen_lessons = n = on_time = late = 0
        records_time = records_kind = False
        last_done: dt.date | None = None
        for act in plan.activities:
            if act.minutes is not None:
                records_time = True
            if act.contact is not None:
                records_kind = True
            state = act.status
            if state is _DONE:
                n += 1
                done_on = act.done_on
                if done_on is not None and done_on <= on:
                    if done_on <= act.due:
                        on_time += 1
                    else:
                        late += 1
                    if act.minutes:
                        minutes += act.minutes
                    if act.contact is _OBSERVATION:
                        seen_lessons += 1
                    if last_done is None or done_on > last_done:
                        last_done = done_on
            elif state is not _CANCELLED:
                n += 1
        pair_id = plan.pair_id
        before_sums = sums.get(pair_id)
        if before_sums is None:
            by_pair[pair_id] = [plan]
        else:  # the pair's second plan, or later
            by_pair[pair_id].append(plan)
            m0, s0, t0, k0, l0 = before_sums
            minutes += m0
            seen_lessons += s0
            records_time = records_time or t0
            records_kind = records_kind or k0
            if l0 is not None and (last_done is None or l0 > last_done):
                last_done = l0
        sums[pair_id] = (minutes, seen_lessons, records_time, records_kind, last_done)
        if (
            progress is not None
            and plan.start <= on
            and (plan_id := plan.id) not in plan_ids
        ):
            plan_ids.add(plan_id)
            # _on_grain: a multiple of 2**-30, so that sums are exact
            if plan.criteria:
                sum_of_grains += round(rule(plan, on, weights) * grain) / grain
            else:  # the same counts give the same number: computed once
                counts = (n, on_time, late)
                value = on_grain.get(counts)
                if value is None:
                    if len(on_grain) >= _KEPT:
                        on_grain.clear()
                    value = of_counts(n, on_time, late, weights)
                    value = on_grain[counts] = round(value * grain) / grain
                sum_of_grains += value
    if progress is not None:
        num[_PROGRESS], den[_PROGRESS] = sum_of_grains, len(plan_ids)
    grains = observations = 0
    contacted: set[str] = set()
    timed = 0
    observed: set[str] = set()
    if sums:
        for pair in begun:
            pid = pair.id
            if pair_twice:  # a pair id again: the first pair found
                if pid in contacted:
                    continue
                contacted.add(pid)
            pair_sums = sums.get(pid)
            if pair_sums is None:
                continue
            minutes, seen_lessons, records_time, records_kind, _ = pair_sums
            if records_time:
                grains += round(minutes * grain / 60)
                timed += 1
            mentee = pair.mentee_id
            if records_kind and mentee in mentee_ids:
                observations += seen_lessons
                observed.add(mentee)
    if timed:
        num[_HOURS], den[_HOURS] = grains / grain, timed
    else:
        given[_HOURS] = 0
    if observed:
        num[_OBSERVED], den[_OBSERVED] = observations, len(observed)
    else:
        given[_OBSERVED] = 0
    if health is not None and active_ids:
        flags, quiet, thresholds = health
        year = program.year
        flagged: set[str] = set()
        for p in active_pairs:
            pid = p.id
            if not pair_twice:  # p's own state, active: no plan, or quiet
                pair_sums = sums.get(pid)
                if pair_sums is None or quiet(pair_sums[4], p, on, thresholds):
                    flagged.add(pid)
                    continue
            # the whole rule: the state of a pair whose id is found again,
            # or the signals other than a quiet pair's
            if flags(p, tuple(by_pair.get(pid, ())), year, on, thresholds):
                flagged.add(pid)
        num[_HEALTH], den[_HEALTH] = len(flagged), len(active_ids)
    return num + den + given, numbers


def _latest_answers(
    answered: list[SurveyResponse],
    num: list[float],
    den: list[float],
    given: list[int],
) -> None:
    """The survey codes when a mentee answered more than once: from each
    mentee's latest answer (by day, then id) to each question, into the
    walk's numerators *num*, denominators *den* and *given*.
    """
    # satisfaction, intends to stay, conflicts with staff, with parents
    latest: tuple[dict[str, tuple[tuple[dt.date, str], int]], ...] = ({}, {}, {}, {})
    for s in answered:
        pid = s.person_id
        key = (s.on, s.id)
        questions = (
            s.satisfaction,
            s.intends_to_stay,
            s.conflicts_with_staff,
            s.conflicts_with_parents,
        )
        for held, answer in zip(latest, questions, strict=True):
            if answer is not None:
                before = held.get(pid)
                if before is None or key > before[0]:
                    held[pid] = (key, int(answer))
    sat, stay, with_staff, with_parents = latest
    # a satisfaction score, and whether the mentee intends to stay, as 0/1
    num[16], den[16] = sum(a for _, a in sat.values()), len(sat)
    num[17], den[17] = sum(a for _, a in stay.values()), len(stay)
    conflicts = [*with_staff.values(), *with_parents.values()]
    if conflicts:  # a mentee's latest answer to either question
        num[_CONFLICTS] = sum(a for _, a in conflicts)
        given[_CONFLICTS] = 1


class _Slots:
    """How the values of one catalogue take the walk's counts (built once
    per catalogue): for each of its entries (sorted by code), where the walk
    counts it (``None`` when it does not: measured only).
    """

    __slots__ = (
        "at",
        "codes",
        "computed_distinct",
        "days",
        "health",
        "is_count",
        "kinds",
        "measured_distinct",
        "plan",
        "progress",
        "ranges",
        "slot",
    )

    def __init__(self, catalog: Catalog) -> None:
        plan = self.plan = _plan(catalog)
        at: list[int | None] = []
        self.codes = tuple(code for code, _, _ in plan.entries)
        self.kinds = tuple(kind for _, kind, _ in plan.entries)
        self.is_count = tuple(kind.is_count for kind in self.kinds)
        self.slot = {code: j for j, code in enumerate(self.codes)}
        computed = []
        measured = []
        self.days: int | None = None
        for j, ((code, kind, only_measured), (is_count, distinct, _)) in enumerate(
            zip(plan.entries, plan.rows, strict=True)
        ):
            index = None if only_measured else _AT.get(code)
            at.append(index)
            if index == _DAYS:
                self.days = j
            if kind is Kind.MEDIAN:
                computed.append(True)
            elif kind is Kind.RATE:
                computed.append(distinct and code in _SHARES)
            else:
                computed.append(distinct)
            # a measured count: counted without ids, added in a merge
            measured.append(distinct and is_count)
        self.computed_distinct = tuple(computed)
        self.measured_distinct = tuple(measured)
        self.at = tuple(at)
        #: each code a programme may measure: its values' range
        self.ranges = {
            code: _value_range(ind)
            for code, ind in plan.index.items()
            if ind.source is not Source.COMPUTED
        }
        optional = plan.optional
        self.progress = _progress_rule() if "plan_progress" in optional else None
        self.health = _health_rule() if "health_signal_share" in optional else None


def _progress_rule() -> _Progress:
    """How ``plan_progress`` counts a plan (:mod:`mentoring.progress`,
    imported when a catalogue asks for it), with the default weights.
    """
    from mentoring.progress import _DEFAULT_WEIGHTS, _plain_progress, _value_of_counts

    return _plain_progress, _value_of_counts, _DEFAULT_WEIGHTS, {}


def _health_rule() -> _Health:
    """Whether ``health_signal_share`` counts a pair (:mod:`mentoring.health`,
    imported when a catalogue asks for it), with the default thresholds.
    """
    from mentoring.health import _DEFAULT_THRESHOLDS, _has_signal, _quiet_since

    return _has_signal, _quiet_since, _DEFAULT_THRESHOLDS


_SLOTS: dict[int, tuple[Catalog, _Slots]] = {}


def _slots(catalog: Catalog) -> _Slots:
    cached = _SLOTS.get(id(catalog))
    if cached is not None and cached[0] is catalog:
        return cached[1]
    slots = _Slots(catalog)
    if len(_SLOTS) > 32:
        _SLOTS.clear()
    _SLOTS[id(catalog)] = (catalog, slots)
    return slots


def compute_many(
    programs: Iterable[Program],
    *,
    on: dt.date,
    catalog: Catalog = CATALOG,
) -> Snapshot:
    """Every indicator of *catalog* as of *on*, for the organizations of
    *programs* together, with the ids dropped: the snapshot that
    ``merge_all((compute(p, on=on, catalog=catalog) for p in programs),
    keep_ids=False)`` gives, computed several times faster.

    Each programme is an organization of its own, computed as
    :func:`~mentoring.indicators.compute` computes it alone (so 3.4 counts
    within the year, and ``retention_1y`` and ``retention_3y`` are missing).
    *programs* may be a generator: each programme is walked once, its
    counts are added to a running total and it is dropped, so memory does
    not grow with the number of organizations. Within one organization a
    person (a pair, an event) is counted once; across organizations counts
    add, as they do when ids are dropped (see
    :func:`~mentoring.indicators.merge`). For a total that keeps the ids
    (a person counted once however many organizations count them), merge
    the organizations' snapshots with
    :func:`~mentoring.indicators.merge_all`.

    >>> import datetime as dt
    >>> from mentoring import AcademicYear, Mentor, Person, Program
    >>> def school(name, mentors):
    ...     return Program(
    ...         id=name, title="2021-2022", organization=name,
    ...         year=AcademicYear.starting(2021),
    ...         mentors=tuple(Mentor(person=Person(id=f"{name}/{i}", name="A"))
    ...                       for i in range(mentors)))
    >>> total = compute_many((school(f"s{i}", i) for i in range(1, 4)),
    ...                      on=dt.date(2021, 9, 1))
    >>> total.value("2.2"), total.organizations, total["2.2"].ids_dropped
    (6, 3, True)

    Raises:
        ~mentoring.errors.ValidationError: *programs* is not an iterable of
            :class:`~mentoring.model.Program` (an item that is not one at
            ``$[i]``), *on* is not a date, *catalog* is not a
            :class:`~mentoring.indicators.Catalog`; no programme; a
            measurement that :func:`~mentoring.indicators.measurement_problems`
            refuses, or two of one code on one day (at
            ``$[i].measurements[j]``: every problem of every programme is
            listed); a catalogue entry that claims to be computed but is not.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    if isinstance(programs, Program | str | bytes) or not isinstance(
        programs, Iterable
    ):
        problems.append(wrong_type("$.programs", "an iterable of Program", programs))
    expect(problems, "$.on", on, dt.date)
    expect(problems, "$.catalog", catalog, Catalog)
    raise_if(problems, "arguments of compute_many")
    total = _Total(_slots(catalog), on)
    total.add_all(programs, problems)
    raise_if(problems, "indicator input")
    return total.snapshot()


def _latest(
    program: Program,
    on: dt.date,
    slots: _Slots,
    index: int,
    problems: list[Problem],
) -> dict[str, Measurement]:
    """The latest measurement of each code by *on*, as :func:`compute` takes
    them. Each measurement is checked against its code's range (a code the
    catalogue measures, the programme's organization or none, a value within
    :func:`_value_range`, no code twice on one day); a programme with one
    outside goes through ``_measurements``, which words every problem at
    ``$[index].measurements[j]`` (the paths are built only then).
    """
    organization, ranges = program.organization, slots.ranges
    seen: set[tuple[str, dt.date]] = set()
    latest: dict[str, Measurement] = {}
    for m in program.measurements:
        code, day, value = m.indicator, m.on, m.value
        key = (code, day)
        bounds = ranges.get(code)
        if (
            bounds is None
            or key in seen
            or not bounds[0] <= value <= bounds[1]
            or (bounds[2] and value != int(value))
            or (m.organization != organization and m.organization)
        ):
            return _measurements(program, on, slots.plan, f"$[{index}]", problems)
        seen.add(key)
        if day <= on:
            before = latest.get(code)
            if before is None or day > before.on:
                latest[code] = m
    return latest


class _Total:
    """The running total of :func:`compute_many` (mutable, private): the
    sums of the walk's vector (numerators, denominators, how many
    organizations computed each code), what organizations measured (per
    entry of the catalogue: how many, the sums of a code the walk does not
    count, the latest day), and the distribution of ``days_to_pair``.
    """

    def __init__(self, slots: _Slots, on: dt.date) -> None:
        self.slots = slots
        self.on = on
        n = len(slots.codes)
        self.totals: list[float] = [0] * (3 * _K)
        self.measured = [0] * n
        self.measured_numerators: list[float] = [0] * n
        self.measured_denominators: list[float] = [0] * n
        self.measured_on: list[dt.date | None] = [None] * n
        self.counts: Counter[int] = Counter()
        self.organizations = 0
        self.labels: list[str | None] = [None, None, None, None]

    def add_all(  # noqa: C901, PLR0912
        self, programs: Iterable[Program], problems: list[Problem]
    ) -> None:
        slots, on = self.slots, self.on
        progress, health = slots.progress, slots.health
        counts_days = slots.days is not None
        organization = district = region = name = None
        count = 0
        # the vectors of organizations whose counts are all computed, added
        # to the totals a batch at a time (see _add), and their days
        batch: list[list[float]] = []
        days: list[int] = []
        for i, program in enumerate(programs):
            if type(program) is not Program and not expect(
                problems, f"$[{i}]", program, Program
            ):
                continue
            measured = (
                _latest(program, on, slots, i, problems)
                if program.measurements
                else None
            )
            if problems:  # the total is refused: only find the problems
                continue
            vector, numbers = _walk(program, on, progress, health)
            if measured and self._measured(measured, vector):
                numbers = []  # days_to_pair measured, not computed
            if len(vector) > _WALKED:
                # a measured value took a computed one's place: in order
                self._add(batch)
                batch = []
                self.totals = list(map(_ADD, self.totals, vector[:_WALKED]))
            else:
                batch.append(vector)
                if len(batch) == _BATCH:
                    self._add(batch)
                    batch = []
            if counts_days and numbers:
                days += numbers
                if len(days) > _BATCH:
                    self.counts.update(days)
                    days = []
            count += 1
            # a label is kept while every organization has the same
            if organization != program.organization:
                organization = "" if count > 1 else program.organization
            if district != program.district:
                district = "" if count > 1 else program.district
            if region != program.region:
                region = "" if count > 1 else program.region
            if name != program.organization_name:
                name = "" if count > 1 else program.organization_name
        self._add(batch)
        self.counts.update(days)
        self.organizations += count
        self.labels = [organization, district, region, name]

    def _add(self, batch: list[list[float]]) -> None:
        """Add the vectors of *batch* to the totals, as adding them one
        after the other does: a column of whole numbers added to a whole
        number is their sum, exact in any order; a column that holds a
        float (plan progress, contact hours) or is added to one (a total
        that took a measured value) is added one by one, as floats round.
        """
        if not batch:
            return
        totals = self.totals
        for i, column in enumerate(zip(*batch, strict=True)):
            total = totals[i]
            if type(total) is int and i not in _FLOATS:
                totals[i] = total + sum(column)
            else:
                for value in column:
                    total += value
                totals[i] = total

    def _measured(self, measured: dict[str, Measurement], vector: list[float]) -> bool:
        """The measurements of one organization in place of what it computed
        (in its *vector*, or in the measured sums of a code the walk does not
        count); whether ``days_to_pair`` is one of them.
        """
        slots = self.slots
        found = False
        for code, m in measured.items():
            j = slots.slot[code]
            weight = 0 if slots.is_count[j] else 1
            i = slots.at[j]
            if i is None:
                self.measured_numerators[j] += m.value
                self.measured_denominators[j] += weight
            else:
                vector[i] = m.value
                vector[_K + i] = weight
                vector[2 * _K + i] = 0
                found = found or i == _DAYS
                if len(vector) == _WALKED:
                    vector.append(1)  # a mark: not whole numbers only
            self.measured[j] += 1
            day = m.on
            latest = self.measured_on[j]
            if latest is None or day > latest:
                self.measured_on[j] = day
        return found

    def snapshot(self) -> Snapshot:
        n = self.organizations
        if n == 0:
            raise ValidationError(
                [empty("$.programs")], subject="arguments of compute_many"
            )
        slots = self.slots
        values = tuple(
            self._value(j, code, kind, n)
            for j, (code, kind) in enumerate(zip(slots.codes, slots.kinds, strict=True))
        )
        organization, district, region, name = (label or "" for label in self.labels)
        return Snapshot(
            on=self.on,
            values=values,
            organization=organization,
            district=district,
            region=region,
            organizations=n,
            organization_name=name,
        )

    def _value(self, j: int, code: str, kind: Kind, n: int) -> Value:
        """The merged value of entry *j* (as :func:`merge_all` merges the
        organizations' values with their ids dropped).
        """
        slots = self.slots
        i = slots.at[j]
        measured = self.measured[j]
        if i is None:
            computed = 0
            numerator = self.measured_numerators[j]
            denominator = self.measured_denominators[j]
        else:
            computed = int(self.totals[2 * _K + i])
            numerator, denominator = self.totals[i], self.totals[_K + i]
        reported = computed + measured
        distinct = (not computed or slots.computed_distinct[j]) and (
            not measured or slots.measured_distinct[j]
        )
        note = NO_EARLIER_YEAR if code == "3.4" and computed else ""
        common = {
            "code": code,
            "kind": kind,
            "ids_dropped": True,
            "note": note,
            "reported": reported,
            "missing": n - reported,
            "measured_on": self.measured_on[j],
        }
        # a measured rate, average or median has no weight: with another
        # organization's value it does not merge
        if measured and not slots.is_count[j] and reported > 1:
            return Value(
                provenance=Provenance.MISSING,
                reason=_unmerged_reason(code, kind),
                **common,  # type: ignore[arg-type]
            )
        if computed and measured:
            provenance = Provenance.MIXED
        elif computed:
            provenance = Provenance.COMPUTED
        elif measured:
            provenance = Provenance.MEASURED
        else:
            return Value(provenance=Provenance.MISSING, **common)  # type: ignore[arg-type]
        distribution: tuple[tuple[int, int], ...] = ()
        if j == slots.days:
            distribution = tuple(sorted(self.counts.items()))
        return Value(
            provenance=provenance,
            numerator=numerator,
            denominator=denominator,
            distinct=distinct,
            distribution=distribution,
            **common,  # type: ignore[arg-type]
        )
