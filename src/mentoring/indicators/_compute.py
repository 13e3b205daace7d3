"""Indicators computed from programme records as of a date: :func:`compute`.

Every value is computed in one pass over the programme's people, pairs,
events, achievements and surveys (no quadratic scans), as of a date ``on``:

* a **stock** is the state on ``on`` (enrolled mentors by origin, pairs by
  their state on that day, requests on file);
* a **cumulative** value counts what happened from the first day of the
  programme's academic year up to and including ``on``;
* a **rate** keeps its numerator and denominator, an **average** its sum and
  count, so that values of several organizations merge exactly.

A measurement (:class:`~mentoring.model.Measurement`) of an indicator
whose source is ``MEASURED`` or ``EITHER`` gives the value instead: the
latest one dated on or before ``on``. See :doc:`/explanation/indicators` for
the rule of every code.
"""

import datetime as dt
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Final, cast

import attrs

from mentoring._checks import expect, raise_if, validated
from mentoring._enums import (
    AchievementKind,
    CertificationKind,
    EventKind,
    MentorOrigin,
    PairStatus,
    Scope,
)
from mentoring._problems import empty, out_of_range, problem, unknown_id, wrong_type
from mentoring.contact import _contact_totals
from mentoring.errors import Problem
from mentoring.indicators._catalog import (
    CATALOG,
    Catalog,
    Indicator,
    Kind,
    Source,
    Unit,
)
from mentoring.indicators._snapshot import (
    Provenance,
    Snapshot,
    Value,
    _trusted_snapshot,
    _trusted_value,
    histogram,
)
from mentoring.model._pairs import Pair, _status_on
from mentoring.model._people import Mentee, Person
from mentoring.model._plans import MentoringPlan
from mentoring.model._program import Program, register_record_rule
from mentoring.model._records import SATISFACTION_SCALE, Measurement

__all__ = [
    "EXPERT_REVIEW_SCOPES",
    "EXTERNAL_ORIGINS",
    "MENTORING_TRAINING_KINDS",
    "SCIENTIFIC_PRACTICAL_KINDS",
    "compute",
    "measurement_problems",
]

#: Events that count as scientific-practical events on mentoring (4.1-4.3):
#: conferences and the like, seminars and webinars. Trainings, certification
#: and follow-up sessions, councils, open lessons and competitions do not.
SCIENTIFIC_PRACTICAL_KINDS = frozenset(
    {EventKind.SCIENTIFIC_PRACTICAL, EventKind.SEMINAR, EventKind.WEBINAR}
)

#: Certificates that show a person was trained in mentoring (2.1).
MENTORING_TRAINING_KINDS = frozenset(
    {
        CertificationKind.MENTORING_TRAINING,
        CertificationKind.NATIONAL_MENTOR,
        CertificationKind.REGIONAL_MENTOR,
        CertificationKind.INSTITUTIONAL_MENTOR,
        CertificationKind.PROFESOR_MENTOR,
    }
)

#: Origins of the "representatives of enterprises, entrepreneurs, NGOs" (4.2).
EXTERNAL_ORIGINS = frozenset(
    {
        MentorOrigin.ENTERPRISE_EMPLOYEE,
        MentorOrigin.ENTREPRENEUR_OR_PUBLIC_FIGURE,
        MentorOrigin.NGO,
    }
)

#: Levels of an expert review that indicator 4.4 counts (regional, national).
EXPERT_REVIEW_SCOPES = frozenset({Scope.REGIONAL, Scope.NATIONAL})

_ORIGIN_CODES = {
    MentorOrigin.TEACHER: "2.2",
    MentorOrigin.GRADUATE: "2.3",
    MentorOrigin.ENTERPRISE_EMPLOYEE: "2.4",
    MentorOrigin.ENTREPRENEUR_OR_PUBLIC_FIGURE: "2.5",
    MentorOrigin.NGO: "2.6",
}
_ACHIEVER_CODES = {
    AchievementKind.MANAGEMENT_RESERVE: "3.1",
    AchievementKind.PROJECT_LEADERSHIP: "3.2",
    AchievementKind.COMPETITION: "3.3",
}
_WORKS = frozenset({AchievementKind.PUBLICATION, AchievementKind.METHODICAL_PRACTICE})
_STATUS_CODES = {s: f"pairs_{s.value}" for s in PairStatus}
_MATCHED = frozenset({PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.COMPLETED})
_OPEN = frozenset({PairStatus.ACTIVE, PairStatus.PAUSED})
_MISSING, _COMPUTED = Provenance.MISSING, Provenance.COMPUTED
# Enum members read once: reading one through its class in a hot loop costs
# a lookup each time (Python 3.11).
_ACTIVE, _DISSOLVED = PairStatus.ACTIVE, PairStatus.DISSOLVED
_TEACHER = MentorOrigin.TEACHER
_EXPERT_REVIEW = AchievementKind.PRACTICE_EXPERT_REVIEW
_NO_IDS: frozenset[str] = frozenset()


class _Days(dict[str, int]):
    """What a median is computed from: each mentee's whole number of days."""

    __slots__ = ()


#: What one computation yields per code: numerator, denominator, ids (and,
#: for a share of distinct ids, the ids of its denominator); for a median,
#: each id's number.
_Raw = (
    tuple[float, float, frozenset[str]]
    | tuple[float, float, frozenset[str], frozenset[str]]
    | _Days
)

#: The codes whose values count distinct ids (people, pairs, events): a
#: merge counts each id once (see :attr:`~mentoring.indicators.Value.distinct`).
#: Conflicts (a number of conflicts per response), mentor utilization (places
#: over capacity) and averages add.
_NOT_DISTINCT = frozenset({"conflicts", "mentor_utilization"})

#: The codes :func:`compute` knows how to compute, with their kinds.
_COMPUTABLE: dict[str, Kind] = {
    ind.code: ind.kind for ind in CATALOG if ind.source is not Source.MEASURED
}
#: Codes whose computation needs another module (imported lazily) and is
#: done only when the catalogue asks for them.
_LAZY = frozenset({"plan_progress", "health_signal_share"})


@attrs.frozen
class _Plan:
    """What :func:`compute` does for one catalogue (checked once)."""

    indicators: tuple[Indicator, ...]
    index: dict[str, Indicator]
    optional: frozenset[str]
    #: (code, kind, whether only measured) sorted by code: the snapshot's order
    entries: tuple[tuple[str, Kind, bool], ...]
    #: for each of :attr:`entries`: whether it is a count, whether it counts
    #: distinct ids, and its missing value (one immutable value, shared)
    rows: tuple[tuple[bool, bool, Value], ...]


_PLANS: dict[int, tuple[Catalog, _Plan]] = {}


def _plan(catalog: Catalog) -> _Plan:
    cached = _PLANS.get(id(catalog))
    if cached is not None and cached[0] is catalog:
        return cached[1]
    problems: list[Problem] = []
    for i, ind in enumerate(catalog.indicators):
        if ind.source is Source.MEASURED:
            continue
        known = _COMPUTABLE.get(ind.code)
        if known is None:
            problems.append(
                problem(
                    f"$.catalog.indicators[{i}].source",
                    "rule",
                    f"no rule computes {ind.code!r}; make its source 'measured'",
                )
            )
        elif known is not ind.kind:
            problems.append(
                problem(
                    f"$.catalog.indicators[{i}].kind",
                    "rule",
                    f"{ind.code!r} is computed as a {known.value!r} value, not"
                    f" {ind.kind.value!r}",
                )
            )
    raise_if(problems, "catalogue")
    entries = tuple(
        sorted(
            (ind.code, ind.kind, ind.source is Source.MEASURED)
            for ind in catalog.indicators
        )
    )
    plan = _Plan(
        indicators=catalog.indicators,
        index={ind.code: ind for ind in catalog.indicators},
        optional=frozenset(ind.code for ind in catalog.indicators if ind.code in _LAZY),
        entries=entries,
        rows=tuple(
            (
                kind.is_count,
                code not in _NOT_DISTINCT and kind is not Kind.AVERAGE,
                _trusted_value(code, kind, _MISSING, 0, 0, _NO_IDS, 0, 1),
            )
            for code, kind, _ in entries
        ),
    )
    if len(_PLANS) > 32:
        _PLANS.clear()
    _PLANS[id(catalog)] = (catalog, plan)
    return plan


def compute(
    programs: Program | Iterable[Program],
    *,
    on: dt.date,
    catalog: Catalog = CATALOG,
) -> Snapshot:
    """Every indicator of *catalog* as of *on*.

    *programs* is one programme or several. Several programmes are grouped
    by organization: for each organization the programme whose academic year
    started last on or before *on* is the current one (the earliest one if
    none has started), and the programme of the academic year before it, if
    given, is what indicator 3.4 looks back at (a mentee then, a mentor now)
    and ``retention_1y`` counts the mentees of; ``retention_3y`` counts
    those of the programme whose year started three years earlier.
    The organizations' snapshots are merged
    (:func:`~mentoring.indicators.merge_all`), so computing several
    schools at once equals merging the schools computed one by one.

    The programmes are taken as they are (call
    :meth:`~mentoring.model.Program.check` first to refuse a
    programme with cross-object problems).

    >>> import datetime as dt
    >>> from mentoring import AcademicYear, Mentor, Person, Program
    >>> program = Program(
    ...     id="p", title="2021-2022", organization="school-1",
    ...     year=AcademicYear.starting(2021),
    ...     mentors=(Mentor(person=Person(id="t1", name="A")),))
    >>> snap = compute(program, on=dt.date(2021, 9, 1))
    >>> snap.value("2.2"), snap["2.2"].ids
    (1, frozenset({'t1'}))

    Raises:
        ~mentoring.errors.ValidationError: *programs* is neither a programme
            nor an iterable of programmes, *on* is not a date, *catalog* is
            not a :class:`~mentoring.indicators.Catalog`; no
            programme; two programmes of one organization for the same year
            (every such pair is listed); a measurement that
            :func:`measurement_problems` refuses, or two of one code on one
            day; a catalogue entry that claims to be computed but is not.

    .. versionadded:: 0.1.0
    """
    single = isinstance(programs, Program)
    items = _arguments(programs, on, catalog)
    plan = _plan(catalog)
    problems: list[Problem] = []
    by_org: dict[str, list[int]] = defaultdict(list)
    for i, program in enumerate(items):
        by_org[program.organization].append(i)
    snapshots: list[Snapshot] = []
    for org in sorted(by_org):
        current, previous, earlier = _current_and_previous(
            items, by_org[org], on, problems
        )
        if current is None:
            continue
        prefix = "$" if single else f"$[{current}]"
        snap = _compute_one(
            items[current],
            None if previous is None else items[previous],
            on=on,
            plan=plan,
            prefix=prefix,
            problems=problems,
            three_back=None if earlier is None else items[earlier],
        )
        snapshots.append(snap)
    raise_if(problems, "indicator input")
    if len(snapshots) == 1:
        return snapshots[0]
    from mentoring.indicators._aggregate import merge_all

    return merge_all(snapshots)


def _arguments(programs: object, on: object, catalog: object) -> tuple[Program, ...]:
    """The programmes, once every argument is checked (the programmes of an
    iterable at ``$[i]``, as the paths of their contents are).
    """
    problems: list[Problem] = []
    items: tuple[object, ...] = ()
    if isinstance(programs, Program):
        items = (programs,)
    elif isinstance(programs, Iterable) and not isinstance(programs, str | bytes):
        items = tuple(programs)
        if not items:
            problems.append(empty("$.programs"))
        for i, item in enumerate(items):
            expect(problems, f"$[{i}]", item, Program)
    else:
        problems.append(
            wrong_type("$.programs", "a Program or an iterable of Program", programs)
        )
    expect(problems, "$.on", on, dt.date)
    expect(problems, "$.catalog", catalog, Catalog)
    raise_if(problems, "arguments of compute")
    return cast("tuple[Program, ...]", items)


def _current_and_previous(
    items: tuple[Program, ...],
    indexes: list[int],
    on: dt.date,
    problems: list[Problem],
) -> tuple[int | None, int | None, int | None]:
    """The current programme of one organization, the one of the academic
    year before it (3.4, ``retention_1y``) and the one of three years before
    it (``retention_3y``), as indexes of *items*; ``None`` when not given.
    """
    by_start: dict[dt.date, int] = {}
    duplicated = False
    for i in indexes:
        start = items[i].year.start
        if start in by_start:
            problems.append(
                problem(
                    f"$[{i}].year",
                    "duplicate",
                    f"a second programme of {items[i].organization!r} for the year"
                    f" starting {start} (first at $[{by_start[start]}])",
                )
            )
            duplicated = True
            continue
        by_start[start] = i
    if duplicated:
        return None, None, None
    starts = sorted(by_start)
    begun = [s for s in starts if s <= on]
    current_start = begun[-1] if begun else starts[0]

    def years_before(years: int) -> int | None:
        wanted = current_start.year - years
        return next((by_start[s] for s in starts if s.year == wanted), None)

    return by_start[current_start], years_before(1), years_before(3)


def _compute_one(  # noqa: PLR0913
    program: Program,
    previous: Program | None,
    *,
    on: dt.date,
    plan: _Plan,
    prefix: str,
    problems: list[Problem],
    three_back: Program | None = None,
) -> Snapshot:
    measured = _measurements(program, on, plan, prefix, problems)
    raw = _records(program, previous, on)
    raw["retention_3y"] = _retention(program, three_back)
    if plan.optional:
        raw.update(_optional(program, on, plan.optional))
    notes = {"3.4": NO_EARLIER_YEAR} if previous is None else {}
    values = []
    for (code, kind, only_measured), (is_count, distinct, missing) in zip(
        plan.entries, plan.rows, strict=True
    ):
        m = measured.get(code) if measured else None
        if m is not None:
            values.append(
                Value(
                    code=code,
                    kind=kind,
                    provenance=Provenance.MEASURED,
                    numerator=m.value,
                    denominator=0 if is_count else 1,
                    measured_on=m.on,
                    # a measured count: counted without ids, added in a merge
                    distinct=distinct and is_count,
                )
            )
            continue
        got = None if only_measured else raw.get(code)
        if got is None:
            values.append(missing)
        elif isinstance(got, _Days):
            values.append(_median(code, kind, got))
        elif is_count and got == _ZERO and type(got[0]) is type(got[1]) is int:
            values.append(_zero(code, kind, distinct, notes.get(code, "")))
        else:
            numerator, denominator, ids = got[0], got[1], got[2]
            base = got[3] if len(got) == 4 else _NO_IDS
            values.append(
                _trusted_value(
                    code,
                    kind,
                    _COMPUTED,
                    numerator,
                    denominator,
                    ids,
                    1,
                    0,
                    distinct=distinct and (is_count or len(got) == 4),
                    denominator_ids=base,
                    note=notes.get(code, ""),
                )
            )
    return _trusted_snapshot(
        on,
        tuple(values),
        organization=program.organization,
        district=program.district,
        region=program.region,
        organization_name=program.organization_name,
    )


#: A count of nothing, as the computations give it.
_ZERO: _Raw = (0, 0, _NO_IDS)
_ZEROS: dict[tuple[str, Kind, bool, str], Value] = {}


def _zero(code: str, kind: Kind, distinct: bool, note: str) -> Value:
    """The computed count 0 of *code* (one immutable value, shared: many
    organizations count nothing of many codes).
    """
    key = (code, kind, distinct, note)
    value = _ZEROS.get(key)
    if value is None:
        if len(_ZEROS) > 1024:
            _ZEROS.clear()
        value = _ZEROS[key] = _trusted_value(
            code, kind, _COMPUTED, 0, 0, _NO_IDS, 1, 0, distinct=distinct, note=note
        )
    return value


def _median(code: str, kind: Kind, numbers: dict[str, int]) -> Value:
    """The median value of *code* over each id's number (a
    :attr:`~mentoring.indicators.Kind.MEDIAN` value with its distribution).
    """
    per_id = tuple(sorted(numbers.items()))
    return Value(
        code=code,
        kind=kind,
        provenance=_COMPUTED,
        numerator=sum(numbers.values()),
        denominator=len(numbers),
        ids=frozenset(numbers),
        distinct=True,
        distribution=histogram(numbers.values()),
        per_id=per_id,
    )


def _measurements(
    program: Program,
    on: dt.date,
    plan: _Plan,
    prefix: str,
    problems: list[Problem],
) -> dict[str, Measurement]:
    latest: dict[str, Measurement] = {}
    for _, m, found in _checked_measurements(program, prefix, plan.index):
        if found:
            problems.extend(found)
            continue
        if m.on <= on:
            before = latest.get(m.indicator)
            if before is None or m.on > before.on:
                latest[m.indicator] = m
    return latest


def _checked_measurements(
    program: Program, prefix: str, index: dict[str, Indicator]
) -> Iterator[tuple[int, Measurement, list[Problem]]]:
    """Each measurement of *program* with what :func:`compute` refuses in it
    (the rules of :func:`measurement_problems`, and no code measured twice on
    one day); :meth:`~mentoring.model.Program.problems` reports the same.
    """
    seen: dict[tuple[str, dt.date], int] = {}
    for i, m in enumerate(program.measurements):
        path = f"{prefix}.measurements[{i}]"
        found = list(_measurement_problems(m, path, program.organization, index))
        key = (m.indicator, m.on)
        if key in seen:
            found.append(
                problem(
                    f"{path}.on",
                    "duplicate",
                    f"{_short(m.indicator)} is measured twice on {m.on}"
                    f" (first at {prefix}.measurements[{seen[key]}])",
                )
            )
        else:
            seen[key] = i
        yield i, m, found


def _short(code: str) -> str:
    return repr(code) if len(code) <= 40 else repr(code[:39]) + "\u2026"


def _program_measurement_problems(program: Program) -> Iterator[Problem]:
    """The measurement problems of *program* as :func:`compute` finds them
    with the default catalogue.
    """
    index = _plan(CATALOG).index
    for _, _, found in _checked_measurements(program, "$", index):
        yield from found


# The model cannot import the catalogue (a lower layer): it asks for these
# rules through its registry of record rules.
register_record_rule(_program_measurement_problems)

#: The range of a measured value of an average, by code (the survey's scale).
_AVERAGE_RANGES: dict[str, tuple[float, float]] = {"satisfaction": SATISFACTION_SCALE}


@validated
def measurement_problems(
    measurement: Measurement,
    *,
    catalog: Catalog = CATALOG,
    organization: str | None = None,
) -> tuple[Problem, ...]:
    """What :func:`compute` refuses in one *measurement*, with paths rooted at
    the measurement (``$.indicator``, ``$.value``, ``$.organization``); ``()``
    when it is valid.

    The rules, per the indicator's :class:`~mentoring.indicators.Kind`:

    * the code is in *catalog* and its source is ``measured`` or ``either``
      (a ``computed`` one, such as every programme metric, is never measured);
    * a ``stock`` or ``cumulative`` value is a whole number >= 0 (``3`` or
      ``3.0``, not ``2.5``);
    * a ``rate`` value is a share within [0, 1];
    * an ``average`` value is within its scale where one is known
      (``satisfaction``: 1..5), any finite number otherwise;
    * a number of days (a ``median`` such as ``days_to_pair``) is >= 0;
    * with *organization* given, the measurement's organization is empty or
      that one.

    One rule spans a programme's measurements and is checked by
    :func:`compute`: no code is measured twice on the same day.

    >>> import datetime as dt
    >>> from mentoring.model import Measurement
    >>> m = Measurement(indicator="retention_intent", value=1.5,
    ...                 on=dt.date(2022, 5, 31))
    >>> [str(p) for p in measurement_problems(m)]
    ['$.value: a share must be within [0, 1], got 1.5']

    Raises:
        ~mentoring.errors.ValidationError: *measurement* is not a
            :class:`~mentoring.model.Measurement`, *catalog* not a
            :class:`~mentoring.indicators.Catalog` or *organization*
            not a string.

    .. versionadded:: 0.1.0
    """
    index = {ind.code: ind for ind in catalog}
    return tuple(_measurement_problems(measurement, "$", organization, index))


def _measurement_problems(
    m: Measurement,
    path: str,
    organization: str | None,
    index: dict[str, Indicator],
) -> list[Problem]:
    """The problems of measurement *m* at *path* (a list, empty for a valid
    one: checked once per measurement, its paths written only for a
    problem).
    """
    found: list[Problem] = []
    if organization is not None and m.organization not in ("", organization):
        found.append(
            problem(
                f"{path}.organization",
                "conflict",
                f"a measurement of {_short(m.organization)} in the programme of"
                f" {_short(organization)}",
            )
        )
    ind = index.get(m.indicator)
    if ind is None:
        found.append(
            unknown_id(
                f"{path}.indicator",
                "indicator",
                m.indicator,
                noun="code",
                where="in the catalogue",
            )
        )
    elif ind.source is Source.COMPUTED:
        found.append(
            problem(
                f"{path}.indicator",
                "rule",
                f"{m.indicator!r} is computed from the programme's records,"
                " not measured",
            )
        )
    else:
        wrong = _value_problem(ind, m.value, path)
        if wrong is not None:
            found.append(wrong)
    return found


def _value_problem(  # noqa: PLR0911 (returns its problem)
    ind: Indicator, value: float, at: str
) -> Problem | None:
    """The problem of the value of a measurement of *ind* at *at*, if any."""
    path = f"{at}.value"
    if not math.isfinite(value):  # pragma: no cover (Measurement refuses it)
        return wrong_type(path, "a finite number", value)
    if ind.kind.is_count:
        if value < 0:
            return out_of_range(path, value, low=0, what="a count")
        if value != int(value):
            return problem(path, "rule", f"a count must be a whole number, got {value}")
    elif ind.kind is Kind.RATE:
        if not 0 <= value <= 1:
            return out_of_range(path, value, low=0, high=1, what="a share")
    elif ind.unit is Unit.DAYS and value < 0:
        return out_of_range(path, value, low=0, what="a number of days")
    elif ind.code in _AVERAGE_RANGES:
        low, high = _AVERAGE_RANGES[ind.code]
        if not low <= value <= high:
            return out_of_range(
                path,
                value,
                low=f"{low:g}",
                high=f"{high:g}",
                what=f"a mean of {ind.code!r}",
            )
    return None


#: The largest value a measurement of an unbounded code may take: any
#: finite float (infinity and NaN fall outside every range).
_HIGHEST: Final = sys.float_info.max


def _value_range(ind: Indicator) -> tuple[float, float, bool]:
    """The lowest and highest value a measurement of *ind* may take, and
    whether it must be whole: :func:`_value_problem` finds no problem in a
    value exactly when it is within them (the tests check it). Many
    measurements are checked against these three numbers, and
    :func:`_value_problem` only words the problem of a value outside them.
    """
    if ind.kind.is_count:
        return 0.0, _HIGHEST, True
    if ind.kind is Kind.RATE:
        return 0.0, 1.0, False
    if ind.unit is Unit.DAYS:
        return 0.0, _HIGHEST, False
    if ind.code in _AVERAGE_RANGES:
        low, high = _AVERAGE_RANGES[ind.code]
        return low, high, False
    return -_HIGHEST, _HIGHEST, False


def _started_on(pair: Pair) -> dt.date | None:
    """``pair.started_on``: the first day the pair was active (hot loops)."""
    for t in pair.history:
        if t.status is _ACTIVE:
            return t.on
    return None


def _people_ids(ids: Iterable[str]) -> _Raw:
    found = frozenset(ids)
    return (len(found), 0, found)


def _share(numerator: Iterable[str], denominator: Iterable[str]) -> _Raw:
    """A share of distinct ids: *numerator* (a part of *denominator*) over
    *denominator*, both kept so that a merge counts every id once.
    """
    base = frozenset(denominator)
    found = base.intersection(numerator)
    return (len(found), len(base), found, base)


class _Context:
    """What several computations of one programme share (private)."""

    __slots__ = ("mentee_ids", "on", "people", "program", "start")

    def __init__(self, program: Program, on: dt.date) -> None:
        self.program = program
        self.on = on
        self.start = program.year.start
        self.people = program.people()
        self.mentee_ids = {m.person.id for m in program.mentees}


def _records(
    program: Program, previous: Program | None, on: dt.date
) -> dict[str, _Raw | None]:
    out: dict[str, _Raw | None] = {}
    ctx = _Context(program, on)
    _people_counts(ctx, previous, out)
    _record_counts(ctx, out)
    _event_counts(ctx, out)
    _survey_counts(ctx, out)
    _pair_counts(ctx, out)
    _contact_counts(ctx, out)
    return out


def _people_counts(
    ctx: _Context, previous: Program | None, out: dict[str, _Raw | None]
) -> None:
    program, on = ctx.program, ctx.on
    out["1.2"] = _people_ids(
        m.person.id
        for m in program.mentees
        if m.requested_on is not None and m.requested_on <= on
    )
    people = ctx.people
    out["2.1"] = _people_ids(
        pid
        for pid, p in people.items()
        if p.certifications
        # p.holds(*MENTORING_TRAINING_KINDS, on=on), without its argument checks
        and any(
            c.kind in MENTORING_TRAINING_KINDS and c.obtained_on <= on
            for c in p.certifications
        )
    )
    by_origin: dict[MentorOrigin, set[str]] = defaultdict(set)
    for mentor in program.mentors:
        by_origin[mentor.person.origin].add(mentor.person.id)
    for origin, code in _ORIGIN_CODES.items():
        out[code] = _people_ids(by_origin.get(origin, ()))
    out["3.4"] = _people_ids(_became_mentors(program, previous, on))
    out["retention_1y"] = _retention(program, previous)


#: What the value of 3.4 says when the records hold one year only.
NO_EARLIER_YEAR = (
    "no earlier programme year was given: counts only the mentees who became"
    " mentors within this year"
)


def _became_mentors(
    program: Program, previous: Program | None, on: dt.date
) -> set[str]:
    """Indicator 3.4: the mentees of the earlier year (when given) who mentor
    in this one, and the people who were mentees and became mentors within
    this year (a pair as mentor started on or before *on*, after they
    entered a pair as mentee).
    """
    found: set[str] = set()
    if previous is not None:
        before = {m.person.id for m in previous.mentees}
        found.update(m.person.id for m in program.mentors if m.person.id in before)
    as_mentee: dict[str, dt.date] = {}
    for pair in program.pairs:
        day = pair.history[0].on
        if day <= on and (
            pair.mentee_id not in as_mentee or day < as_mentee[pair.mentee_id]
        ):
            as_mentee[pair.mentee_id] = day
    for pair in program.pairs:
        began = _started_on(pair)
        first = as_mentee.get(pair.mentor_id)
        if began is not None and began <= on and first is not None and first < began:
            found.add(pair.mentor_id)
    return found


def _record_counts(ctx: _Context, out: dict[str, _Raw | None]) -> None:
    start, on, mentee_ids = ctx.start, ctx.on, ctx.mentee_ids
    program = ctx.program
    achievers: dict[str, set[str]] = {code: set() for code in _ACHIEVER_CODES.values()}
    reviewed: set[str] = set()
    works: set[str] = set()
    for a in program.achievements:
        if not start <= a.on <= on:
            continue
        kind = a.kind
        code = _ACHIEVER_CODES.get(kind)
        if code is not None:
            if a.person_id in mentee_ids:
                achievers[code].add(a.person_id)
        elif kind is _EXPERT_REVIEW:
            if a.scope in EXPERT_REVIEW_SCOPES:
                reviewed.add(a.id)
        elif kind in _WORKS and a.person_id in mentee_ids:
            works.add(a.id)
    for code, ids in achievers.items():
        out[code] = _people_ids(ids)
    out["4.4"] = _people_ids(reviewed)
    out["publications"] = _people_ids(works)


def _event_counts(ctx: _Context, out: dict[str, _Raw | None]) -> None:
    program, start, on = ctx.program, ctx.start, ctx.on
    proposed = [p for p in program.pairs if p.history[0].on <= on]
    away, guests, held = _scientific_events(program, start, on, ctx.people, proposed)
    out["4.1"] = _people_ids(away)
    out["4.2"] = _people_ids(guests)
    out["4.3"] = _people_ids(held)


def _scientific_events(  # noqa: C901
    program: Program,
    start: dt.date,
    on: dt.date,
    people: Mapping[str, Person],
    proposed: Iterable[Pair],
) -> tuple[set[str], set[str], set[str]]:
    """The ids of 4.1, 4.2 and 4.3 from the scientific-practical events held
    from *start* to *on*: the organization's staff (its teachers in
    *people*, the organization's or of none) at another's event, the
    external mentors (of an external origin, in a pair *proposed* by *on*)
    at any, and the events the organization held. Only each event's
    participants are looked up; the people in pairs only for an external
    participant.
    """
    org = program.organization
    held: set[str] = set()
    away: set[str] = set()
    guests: set[str] = set()
    in_pairs: set[str] | None = None
    for e in program.events:
        if e.kind not in SCIENTIFIC_PRACTICAL_KINDS or not start <= e.on <= on:
            continue
        ours = e.organizer == org
        if ours:
            held.add(e.id)
        for pid in e.participant_ids:
            person = people.get(pid)
            if person is None:
                continue
            origin = person.origin
            if origin is _TEACHER:
                if not ours and person.organization in ("", org):
                    away.add(pid)
            elif origin in EXTERNAL_ORIGINS:
                if in_pairs is None:
                    in_pairs = _people_in(proposed)
                if pid in in_pairs:
                    guests.add(pid)
    return away, guests, held


def _people_in(pairs: Iterable[Pair]) -> set[str]:
    """The mentors and mentees of *pairs*."""
    found: set[str] = set()
    for pair in pairs:
        found.add(pair.mentor_id)
        found.add(pair.mentee_id)
    return found


def _survey_counts(ctx: _Context, out: dict[str, _Raw | None]) -> None:
    program, on, mentee_ids = ctx.program, ctx.on, ctx.mentee_ids
    latest: dict[str, dict[str, tuple[tuple[dt.date, str], int | bool]]] = {
        q: {}
        for q in (
            "satisfaction",
            "intends_to_stay",
            "conflicts_with_staff",
            "conflicts_with_parents",
        )
    }
    for s in program.surveys:
        if s.on > on or s.person_id not in mentee_ids:
            continue
        key = (s.on, s.id)
        for question, answers in latest.items():
            answer = getattr(s, question)
            if answer is None:
                continue
            before = answers.get(s.person_id)
            if before is None or key > before[0]:
                answers[s.person_id] = (key, answer)
    sat = latest["satisfaction"]
    out["satisfaction"] = (
        sum(int(a) for _, a in sat.values()),
        len(sat),
        frozenset(sat),
    )
    stay = latest["intends_to_stay"]
    out["retention_intent"] = _share((pid for pid, (_, a) in stay.items() if a), stay)
    total = 0
    responses: set[str] = set()
    for question in ("conflicts_with_staff", "conflicts_with_parents"):
        for (_, response_id), answer in latest[question].values():
            total += int(answer)
            responses.add(response_id)
    # nobody answered: the records say nothing about conflicts (not "none")
    out["conflicts"] = (total, 0, frozenset(responses)) if responses else None


def _pair_counts(ctx: _Context, out: dict[str, _Raw | None]) -> None:
    program, on, mentee_ids = ctx.program, ctx.on, ctx.mentee_ids
    by_status: dict[PairStatus, set[str]] = {s: set() for s in PairStatus}
    matched: set[str] = set()
    open_by_mentor: dict[str, list[str]] = defaultdict(list)
    started: set[str] = set()
    retained: dict[str, bool] = {}
    for pair in program.pairs:
        status = _status_on(pair, on)
        if status is None:
            continue
        by_status[status].add(pair.id)
        mentee = pair.mentee_id
        if status in _MATCHED and mentee in mentee_ids:
            matched.add(mentee)
        if status in _OPEN:
            open_by_mentor[pair.mentor_id].append(pair.id)
        began = _started_on(pair)
        if began is None or began > on:
            continue
        started.add(pair.id)
        if mentee in mentee_ids:
            retained[mentee] = retained.get(mentee, False) or status is not _DISSOLVED
    for status, code in _STATUS_CODES.items():
        out[code] = _people_ids(by_status[status])
    out["match_rate"] = _share(matched, mentee_ids)
    out["mentor_utilization"] = _utilization(program, open_by_mentor)
    out["completion_rate"] = _share(by_status[PairStatus.COMPLETED], started)
    out["early_dissolution_rate"] = _share(by_status[PairStatus.DISSOLVED], started)
    out["mentee_retention"] = _share(
        (m for m, kept in retained.items() if kept), retained
    )
    _induction_counts(ctx, by_status, out)


def _induction_counts(
    ctx: _Context,
    by_status: dict[PairStatus, set[str]],
    out: dict[str, _Raw | None],
) -> None:
    program, on, mentee_ids = ctx.program, ctx.on, ctx.mentee_ids
    active_pairs = by_status[_ACTIVE]
    active = {
        p.mentee_id
        for p in program.pairs
        if p.id in active_pairs and p.mentee_id in mentee_ids
    }
    out["induction_coverage"] = _share(active, mentee_ids)
    first: dict[str, dt.date] = {}
    for pair in program.pairs:
        began = _started_on(pair)
        if began is not None and began <= on:
            before = first.get(pair.mentee_id)
            if before is None or began < before:
                first[pair.mentee_id] = began
    waited: dict[str, int] = {}
    for mentee in program.mentees:
        since, paired = _waiting_since(mentee), first.get(mentee.person.id)
        if since is not None and paired is not None:
            # a mentor assigned before the first day: no wait
            days = max(0, (paired - since).days)
            pid = mentee.person.id
            waited[pid] = min(days, waited.get(pid, days))
    out["days_to_pair"] = _Days(waited)
    open_pairs = by_status[PairStatus.ACTIVE] | by_status[PairStatus.PAUSED]
    mentors = {p.mentor_id for p in program.pairs if p.id in open_pairs}
    out["mentees_per_mentor"] = (len(open_pairs), len(mentors), frozenset(mentors))
    ended = by_status[_DISSOLVED]
    dissolved = [p for p in program.pairs if p.id in ended]
    proposed: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    for q in program.pairs:
        if q.proposed_on <= on:
            proposed[q.mentee_id].append((q.proposed_on, q.id))
    replaced = {
        p.id
        for p in dissolved
        if any(
            day >= (p.ended_on or on) and other != p.id
            for day, other in proposed[p.mentee_id]
        )
    }
    out["reassignment_rate"] = _share(replaced, (p.id for p in dissolved))


def _contact_counts(ctx: _Context, out: dict[str, _Raw | None]) -> None:
    """Contact hours per pair and lesson observations per new teacher, from
    the activities done by the date (as :mod:`mentoring.contact` counts
    them). A pair counts once it has started, and only when its plans record
    what is counted: nothing recorded is a missing value, not a zero.

    A pair's hours are its whole minutes over 60, rounded to a multiple of
    2**-30 h (as plan progress is): the sum is then exact in any order, so
    merged snapshots equal the union computed at once.
    """
    program, on, mentee_ids = ctx.program, ctx.on, ctx.mentee_ids
    by_pair: dict[str, list[MentoringPlan]] = defaultdict(list)
    for plan in program.plans:
        by_pair[plan.pair_id].append(plan)
    grains = observations = 0
    counted: set[str] = set()
    timed: set[str] = set()
    observed: set[str] = set()
    for pair in program.pairs:
        began = pair.started_on
        if began is None or began > on or pair.id in counted:
            continue
        counted.add(pair.id)
        plans = by_pair.get(pair.id, [])
        minutes, seen, records_time, records_kind = _contact_totals(plans, on)
        if records_time:
            grains += round(minutes * _GRAIN / 60)
            timed.add(pair.id)
        if records_kind and pair.mentee_id in mentee_ids:
            observations += seen
            observed.add(pair.mentee_id)
    out["contact_hours_per_pair"] = (
        (grains / _GRAIN, len(timed), frozenset(timed)) if timed else None
    )
    out["observations_per_mentee"] = (
        (observations, len(observed), frozenset(observed)) if observed else None
    )


def _waiting_since(mentee: Mentee) -> dt.date | None:
    """The day *mentee*'s wait for a pair starts (``days_to_pair``): the
    later of their request and their hire, whichever are given; ``None``
    with neither. Before both, the organization could not pair them: it did
    not employ them yet, or did not know they wanted a mentor.
    """
    days = [d for d in (mentee.requested_on, mentee.hired_on) if d is not None]
    return max(days, default=None)


def _retention(program: Program, previous: Program | None) -> _Raw | None:
    """The mentees of an earlier year's *previous* programme among this
    year's people (``retention_1y`` one year back, ``retention_3y`` three).
    """
    if previous is None:
        return None
    here = set(program.people())
    if program.curator is not None:
        here.add(program.curator.id)
    before = {m.person.id for m in previous.mentees}
    return _share(before & here, before)


def _utilization(program: Program, open_by_mentor: dict[str, list[str]]) -> _Raw:
    taken = capacity = 0
    places: list[str] = []
    counted: set[str] = set()
    for mentor in program.mentors:
        if mentor.person.id in counted:
            continue
        counted.add(mentor.person.id)
        held = open_by_mentor.get(mentor.person.id, ())
        used = min(len(held), mentor.capacity)
        taken += used
        capacity += mentor.capacity
        places.extend(sorted(held)[:used])
    return (taken, capacity, frozenset(places))


#: Plan progress is counted in steps of 2**-30 (about 1e-9): every sum of
#: up to 2**23 such values is exact in a float, so merging snapshots is
#: exactly associative and commutative, whatever the order of the merges.
_GRAIN = 2**30


def _on_grain(value: float) -> float:
    """*value* (in [0, 1]) rounded to the nearest multiple of 2**-30."""
    return round(value * _GRAIN) / _GRAIN


def _optional(
    program: Program, on: dt.date, codes: frozenset[str]
) -> dict[str, _Raw | None]:
    out: dict[str, _Raw | None] = {}
    if "plan_progress" in codes:
        from mentoring.progress import _DEFAULT_WEIGHTS, _progress_value

        weights = _DEFAULT_WEIGHTS  # built once, not once per plan
        total = 0.0
        plans: set[str] = set()
        for plan in program.plans:
            if plan.start <= on and plan.id not in plans:
                plans.add(plan.id)
                total += _on_grain(_progress_value(plan, on, weights))
        out["plan_progress"] = (total, len(plans), frozenset(plans))
    if "health_signal_share" in codes:
        from mentoring.health import _flagged_pairs

        active = {p.id for p in program.pairs if _status_on(p, on) is _ACTIVE}
        out["health_signal_share"] = _share(_flagged_pairs(program, on), active)
    return out
