"""The aggregate root: :class:`Program`.

A programme holds its people, pairs, groups, plans and records for one
academic year. Building one never fails on cross-object rules:
:meth:`Program.problems` lists every such problem with its path, so a host
system can load a programme and show what is wrong with it. The methods that
add or change pairs refuse any change that would add a problem.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import attrs

from mentoring._checks import check, non_empty, validated
from mentoring._enums import PairStatus
from mentoring._problems import duplicate, missing, problem, shown, unknown_id
from mentoring._repr import value_repr
from mentoring.calendar import AcademicYear
from mentoring.errors import NotFoundError, Problem, ValidationError
from mentoring.model._criteria import Assessment
from mentoring.model._pairs import Group, Pair
from mentoring.model._people import Mentee, Mentor, Person
from mentoring.model._plans import MentoringPlan
from mentoring.model._records import Achievement, Event, Measurement, SurveyResponse

__all__ = ["Program"]

_T = TypeVar("_T")


@attrs.frozen(kw_only=True)
class Program:
    """A mentoring programme of one organization for one academic year.

    ``jurisdiction`` is a short code (``"ru"``, ``"kz"``, ``"md"``, ``"ro"``)
    that presets and calendars key on; ``curator`` is the person who controls
    and evaluates the programme (куратор программы). ``organization`` is
    the organization's id and ``organization_name`` the name a reader sees
    (the reports show the id when there is no name).

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    id: str
    title: str
    organization: str
    year: AcademicYear
    district: str = ""
    region: str = ""
    organization_name: str = ""
    jurisdiction: str = ""
    curator: Person | None = None
    mentors: tuple[Mentor, ...] = ()
    mentees: tuple[Mentee, ...] = ()
    pairs: tuple[Pair, ...] = ()
    groups: tuple[Group, ...] = ()
    plans: tuple[MentoringPlan, ...] = ()
    events: tuple[Event, ...] = ()
    achievements: tuple[Achievement, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    surveys: tuple[SurveyResponse, ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self, self._local_problems)

    def _local_problems(self) -> Iterator[Problem]:
        yield from non_empty("$.id", self.id)
        yield from non_empty("$.organization", self.organization)

    # -- look-ups ---------------------------------------------------------

    @validated
    def mentor(self, mentor_id: str) -> Mentor:
        """The mentor with the id *mentor_id*.

        Raises:
            ~mentoring.errors.NotFoundError: if the programme has no such
                mentor (also a ``KeyError``).
        """
        return self.mentors[_index(self.mentors, mentor_id, "mentor")]

    @validated
    def mentee(self, mentee_id: str) -> Mentee:
        """The mentee with the id *mentee_id*.

        Raises:
            ~mentoring.errors.NotFoundError: if the programme has no such
                mentee (also a ``KeyError``).
        """
        return self.mentees[_index(self.mentees, mentee_id, "mentee")]

    @validated
    def pair(self, pair_id: str) -> Pair:
        """The pair with the id *pair_id*.

        Raises:
            ~mentoring.errors.NotFoundError: if the programme has no such pair
                (also a ``KeyError``).
        """
        return self.pairs[_index(self.pairs, pair_id, "pair")]

    @validated
    def plan_of(self, pair_id: str) -> MentoringPlan | None:
        """The (first) plan of the pair *pair_id*, if it has one."""
        return next((p for p in self.plans if p.pair_id == pair_id), None)

    def people(self) -> dict[str, Person]:
        """Every enrolled person by id: the curator, mentors and mentees."""
        found: dict[str, Person] = {}
        if self.curator is not None:
            found[self.curator.id] = self.curator
        for m in self.mentors:
            found.setdefault(m.id, m.person)
        for e in self.mentees:
            found.setdefault(e.id, e.person)
        return found

    def open_pairs(self) -> tuple[Pair, ...]:
        """The pairs that hold a mentor's place now (active or paused)."""
        return tuple(p for p in self.pairs if p.is_open)

    # -- cross-object rules -------------------------------------------------

    def problems(self) -> tuple[Problem, ...]:
        """Every cross-object problem, each with its path; ``()`` when valid.

        Found: duplicate ids; the same person id with different data in two
        places; pairs, groups, plans, achievements and surveys that point at
        nobody; a mentor with more open pairs than places; a mentee with two
        open pairs of the same function; a pair whose mentor does not fill its
        function, or whom the mentee avoids; dates outside the academic year;
        a mentee hired after the year ends (``Mentee.hired_on``); a year
        built for another jurisdiction than the programme's; under
        jurisdiction ``ru``, a pair activated since 1 March 2025 without its
        mentor's agreement (:class:`~mentoring.model.MentorAgreement`).
        """
        return tuple(_program_problems(self))

    def check(self) -> "Program":
        """Return the programme itself if it has no problem.

        Raises:
            ~mentoring.errors.ValidationError: listing every problem.
        """
        found = self.problems()
        if found:
            raise ValidationError(found, subject="programme")
        return self

    # -- changes that keep the rules ----------------------------------------

    def _changed(self, **changes: Any) -> "Program":
        """The programme with *changes*, unless they make any rule worse.

        A change may leave a problem that was already there (and may reduce
        it: dissolving one of three pairs of a mentor with one place), but it
        may not add a problem at a new place, nor give a mentor who is above
        capacity yet another open pair.
        """
        new = attrs.evolve(self, **changes)
        after = new.problems()
        if not after:
            return new
        before = self.problems()
        worse = _worsened(self, before, new, after)
        if worse:
            raise ValidationError(worse, subject="change to the programme")
        return new

    @validated
    def add_mentors(self, mentors: Iterable[Mentor]) -> "Program":
        """Enrol *mentors*; refused if that adds a problem."""
        return self._changed(mentors=(*self.mentors, *mentors))

    @validated
    def add_mentees(self, mentees: Iterable[Mentee]) -> "Program":
        """Enrol *mentees*; refused if that adds a problem."""
        return self._changed(mentees=(*self.mentees, *mentees))

    @validated
    def add_pairs(self, pairs: Iterable[Pair]) -> "Program":
        """Add *pairs*; refused (with every reason) if that adds a problem."""
        return self._changed(pairs=(*self.pairs, *pairs))

    @validated
    def add_pair(self, pair: Pair) -> "Program":
        """Add one pair; see :meth:`add_pairs`."""
        return self.add_pairs((pair,))

    @validated
    def replace_pair(self, pair: Pair) -> "Program":
        """Put *pair* in place of the pair with the same id
        (:class:`~mentoring.errors.NotFoundError` if there is none).
        """
        index = _index(self.pairs, pair.id, "pair")
        pairs = (*self.pairs[:index], pair, *self.pairs[index + 1 :])
        return self._changed(pairs=pairs)

    @validated
    def transition_pair(
        self,
        pair_id: str,
        to: PairStatus,
        *,
        on: dt.date,
        reason: str = "",
        by: str = "",
    ) -> "Program":
        """Move a pair to *to* on *on*; refused if the lifecycle does not allow
        it (:class:`~mentoring.errors.TransitionError`) or if it breaks a rule
        such as the mentor's capacity (:class:`~mentoring.errors.ValidationError`).
        An unknown *pair_id* raises :class:`~mentoring.errors.NotFoundError`.
        """
        pair = self.pair(pair_id).transition(to, on=on, reason=reason, by=by)
        return self.replace_pair(pair)

    @validated
    def activate_pair(self, pair_id: str, *, on: dt.date, by: str = "") -> "Program":
        """Activate a proposed (or resume a paused) pair."""
        return self.transition_pair(pair_id, PairStatus.ACTIVE, on=on, by=by)

    @validated
    def transition_pairs(
        self,
        pair_ids: Iterable[str],
        to: PairStatus,
        *,
        on: dt.date,
        reason: str = "",
        by: str = "",
    ) -> "Program":
        """Move several pairs to *to* on *on* in one change, checked once.

        Activating the pairs a matching proposed is one call, and costs one
        check of the programme rather than one per pair. An unknown id raises
        :class:`~mentoring.errors.NotFoundError` (for the first one) and
        changes nothing.
        """
        wanted = list(pair_ids)
        index = {p.id: i for i, p in enumerate(self.pairs)}
        missing = [pid for pid in wanted if pid not in index]
        if missing:
            raise NotFoundError("pair", missing[0])
        pairs = list(self.pairs)
        for pid in dict.fromkeys(wanted):
            i = index[pid]
            pairs[i] = pairs[i].transition(to, on=on, reason=reason, by=by)
        return self._changed(pairs=tuple(pairs))

    @validated
    def activate_pairs(
        self, pair_ids: Iterable[str], *, on: dt.date, by: str = ""
    ) -> "Program":
        """Activate several pairs at once (see :meth:`transition_pairs`)."""
        return self.transition_pairs(pair_ids, PairStatus.ACTIVE, on=on, by=by)

    @validated
    def add_plans(self, plans: Iterable[MentoringPlan]) -> "Program":
        """Add *plans*; refused if that adds a problem."""
        return self._changed(plans=(*self.plans, *plans))

    @validated
    def replace_plan(self, plan: MentoringPlan) -> "Program":
        """Put *plan* in place of the plan with the same id
        (:class:`~mentoring.errors.NotFoundError` if there is none).
        """
        index = _index(self.plans, plan.id, "plan")
        plans = (*self.plans[:index], plan, *self.plans[index + 1 :])
        return self._changed(plans=plans)

    @validated
    def add_records(
        self,
        *,
        events: Iterable[Event] = (),
        achievements: Iterable[Achievement] = (),
        measurements: Iterable[Measurement] = (),
        surveys: Iterable[SurveyResponse] = (),
    ) -> "Program":
        """Add records; refused if that adds a problem."""
        return self._changed(
            events=(*self.events, *events),
            achievements=(*self.achievements, *achievements),
            measurements=(*self.measurements, *measurements),
            surveys=(*self.surveys, *surveys),
        )


_H = TypeVar("_H", Mentor, Mentee, Pair, MentoringPlan)

#: Rules of a programme's records that a higher layer owns: the indicators
#: register the rules of measurements (their catalogue's codes, kinds and
#: ranges) on import, so that :meth:`Program.problems` refuses what
#: :func:`mentoring.indicators.compute` would refuse.
_RECORD_RULES: list[Callable[[Program], Iterable[Problem]]] = []


def register_record_rule(rule: Callable[[Program], Iterable[Problem]]) -> None:
    """Have :meth:`Program.problems` report the problems of *rule* too."""
    if rule not in _RECORD_RULES:
        _RECORD_RULES.append(rule)


#: Where an unknown id was looked for, in problem messages.
_HERE = "in the programme"


def _worsened(
    old: Program,
    before: tuple[Problem, ...],
    new: Program,
    after: tuple[Problem, ...],
) -> list[Problem]:
    """The problems of *after* that make *old* worse: every problem that was
    not there before (compared whole: place, kind and words, so one problem
    is never swapped for another at the same place), and the capacity of a
    mentor given yet another open pair. A capacity problem whose words
    changed only because the mentor lost an open pair is not worse.
    """
    had = set(before)
    worse = [p for p in after if p not in had and p.code != "capacity"]
    old_open = _open_counts(old)
    new_open = _open_counts(new)
    for i, mentor in enumerate(new.mentors):
        load = new_open.get(mentor.id, 0)
        if load > mentor.capacity and load > old_open.get(mentor.id, 0):
            path = f"$.mentors[{i}].capacity"
            worse += [p for p in after if p.path == path and p not in worse]
    return worse


def _open_counts(program: Program) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for pair in program.pairs:
        if pair.is_open:
            counts[pair.mentor_id] += 1
    return counts


def _index(items: tuple[_H, ...], item_id: str, what: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise NotFoundError(what, item_id)


def _duplicate_ids(
    label: str, items: Iterable[_T], key: Callable[[_T], str]
) -> Iterator[Problem]:
    ids = list(map(key, items))
    if len(set(ids)) == len(ids):
        return  # the common case, at C speed: no id given twice
    first: dict[str, int] = {}
    for i, item_id in enumerate(ids):
        if item_id in first:
            found = duplicate(f"$.{label}[{i}]", item_id)
            yield problem(
                found.path,
                found.code,
                f"{found.message} (first at $.{label}[{first[item_id]}])",
            )
        else:
            first[item_id] = i


def _program_problems(program: Program) -> Iterator[Problem]:
    yield from _duplicate_ids("mentors", program.mentors, lambda m: m.id)
    yield from _duplicate_ids("mentees", program.mentees, lambda m: m.id)
    yield from _duplicate_ids("pairs", program.pairs, lambda p: p.id)
    yield from _duplicate_ids("groups", program.groups, lambda g: g.id)
    yield from _duplicate_ids("plans", program.plans, lambda p: p.id)
    yield from _duplicate_ids("events", program.events, lambda e: e.id)
    yield from _duplicate_ids("achievements", program.achievements, lambda a: a.id)
    yield from _duplicate_ids("surveys", program.surveys, lambda s: s.id)
    yield from _people_problems(program)
    yield from _pair_problems(program)
    yield from _group_problems(program)
    yield from _plan_problems(program)
    yield from _record_problems(program)
    yield from _jurisdiction_problems(program)
    yield from _agreement_problems(program)


#: Since this day Russian law asks a written agreement of every mentor
#: (Labour Code art. 351.8, in force from 1 March 2025).
_RU_AGREEMENT_FROM = dt.date(2025, 3, 1)


def _agreement_problems(program: Program) -> Iterator[Problem]:
    """Under jurisdiction ``ru``, a pair activated since 1 March 2025 needs
    its mentor's agreement; elsewhere it is optional.
    """
    if program.jurisdiction != "ru":
        return
    for i, pair in enumerate(program.pairs):
        started = pair.started_on
        if pair.agreement is None and started and started >= _RU_AGREEMENT_FROM:
            yield missing(
                f"$.pairs[{i}].agreement",
                "the mentor's agreement (Labour Code art. 351.8, since 2025-03-01)",
            )


def _jurisdiction_problems(program: Program) -> Iterator[Problem]:
    """The programme's jurisdiction and its year's disagree: the year's
    public holidays and terms are another country's.
    """
    ours, years = program.jurisdiction, program.year.jurisdiction
    if ours and years and ours != years:
        yield problem(
            "$.year.jurisdiction",
            "conflict",
            f"the year is built for jurisdiction {years!r} but the programme"
            f" is under {ours!r}; build it with"
            f" AcademicYear.for_jurisdiction({ours!r}, ...)",
        )


def _person_path(kind: str, index: int) -> str:
    return "$.curator" if kind == "curator" else f"$.{kind}[{index}].person"


def _people_problems(program: Program) -> Iterator[Problem]:
    seen: dict[str, tuple[str, int, Person]] = {}
    places = (
        ("curator", () if program.curator is None else (program.curator,)),
        ("mentors", [m.person for m in program.mentors]),
        ("mentees", [m.person for m in program.mentees]),
    )
    for kind, persons in places:
        for i, person in enumerate(persons):
            first = seen.setdefault(person.id, (kind, i, person))
            if first[2] is not person and first[2] != person:
                # the paths only for a person that has a problem
                yield problem(
                    _person_path(kind, i),
                    "conflict",
                    f"person {shown(person.id)} differs from the same person"
                    f" at {_person_path(first[0], first[1])}",
                )
    mentor_ids = {m.id for m in program.mentors}
    end = program.year.end
    for i, mentee in enumerate(program.mentees):
        if mentee.hired_on is not None and mentee.hired_on > end:
            yield problem(
                f"$.mentees[{i}].hired_on",
                "order",
                f"hired on {mentee.hired_on}, after the academic year ends"
                f" ({end}): not a mentee of this year",
            )
        for j, mentor_id in enumerate(mentee.preferred_mentor_ids):
            if mentor_id not in mentor_ids:
                yield unknown_id(
                    f"$.mentees[{i}].preferred_mentor_ids[{j}]",
                    "mentor",
                    mentor_id,
                    where=_HERE,
                )


def _outside_year(year: AcademicYear, path: str, day: dt.date) -> Iterator[Problem]:
    if day not in year:
        yield problem(
            path,
            "outside",
            f"{day} is outside the academic year {year.start}..{year.end}",
        )


def _pair_problems(program: Program) -> Iterator[Problem]:  # noqa: C901
    year = program.year
    mentors = {m.id: m for m in program.mentors}
    mentees = {m.id: m for m in program.mentees}
    open_by_mentor: dict[str, list[str]] = defaultdict(list)
    open_functions: dict[tuple[str, str], int] = {}
    for i, pair in enumerate(program.pairs):
        path = f"$.pairs[{i}]"
        mentor = mentors.get(pair.mentor_id)
        mentee = mentees.get(pair.mentee_id)
        if mentor is None:
            yield unknown_id(f"{path}.mentor_id", "mentor", pair.mentor_id, where=_HERE)
        elif pair.function not in mentor.functions:
            yield problem(
                f"{path}.function",
                "rule",
                f"mentor {shown(pair.mentor_id)} does not fill the function"
                f" {shown(pair.function.value)}",
            )
        if mentee is None:
            yield unknown_id(f"{path}.mentee_id", "mentee", pair.mentee_id, where=_HERE)
        for j, step in enumerate(pair.history):
            if step.on not in year:  # the path only for a step that has a problem
                yield from _outside_year(year, f"{path}.history[{j}].on", step.on)
        if not pair.is_open:
            continue
        open_by_mentor[pair.mentor_id].append(pair.id)
        if mentee is not None and pair.mentor_id in mentee.avoided_mentor_ids:
            yield problem(
                f"{path}.mentor_id",
                "conflict",
                f"mentee {shown(pair.mentee_id)} avoids mentor {shown(pair.mentor_id)}",
            )
        key = (pair.mentee_id, pair.function.value)
        if key in open_functions:
            yield problem(
                path,
                "conflict",
                f"mentee {shown(pair.mentee_id)} already has an open"
                f" {shown(pair.function.value)} pair at $.pairs[{open_functions[key]}]",
            )
        else:
            open_functions[key] = i
    for i, mentor in enumerate(program.mentors):
        held = open_by_mentor.get(mentor.id, [])
        if len(held) > mentor.capacity:
            yield problem(
                f"$.mentors[{i}].capacity",
                "capacity",
                f"mentor {shown(mentor.id)} has {len(held)} open pairs"
                f" ({', '.join(held)}), above capacity {mentor.capacity}",
            )


def _group_problems(program: Program) -> Iterator[Problem]:
    mentor_ids = {m.id for m in program.mentors}
    mentee_ids = {m.id for m in program.mentees}
    for i, group in enumerate(program.groups):
        path = f"$.groups[{i}]"
        if group.mentor_id not in mentor_ids:
            yield unknown_id(
                f"{path}.mentor_id", "mentor", group.mentor_id, where=_HERE
            )
        for mentee_id in sorted(group.mentee_ids - mentee_ids):
            yield unknown_id(f"{path}.mentee_ids", "mentee", mentee_id, where=_HERE)
        for name in ("formed_on", "ended_on"):
            day = getattr(group, name)
            if day is not None:
                yield from _outside_year(program.year, f"{path}.{name}", day)


def _plan_problems(program: Program) -> Iterator[Problem]:
    pair_ids = {p.id for p in program.pairs}
    for i, plan in enumerate(program.plans):
        path = f"$.plans[{i}]"
        if plan.pair_id not in pair_ids:
            yield unknown_id(f"{path}.pair_id", "pair", plan.pair_id, where=_HERE)
        yield from _outside_year(program.year, f"{path}.start", plan.start)
        yield from _outside_year(program.year, f"{path}.end", plan.end)
        for j, a in enumerate(plan.assessments):
            yield from _assessment_problems(program, f"{path}.assessments[{j}]", a)


def _assessment_problems(
    program: Program, path: str, assessment: Assessment
) -> Iterator[Problem]:
    yield from _outside_year(program.year, f"{path}.on", assessment.on)


def _record_problems(program: Program) -> Iterator[Problem]:
    people = program.people()
    year = program.year
    for i, event in enumerate(program.events):
        yield from _outside_year(year, f"$.events[{i}].on", event.on)
    for i, ach in enumerate(program.achievements):
        if ach.person_id not in people:
            yield unknown_id(
                f"$.achievements[{i}].person_id", "person", ach.person_id, where=_HERE
            )
        yield from _outside_year(year, f"$.achievements[{i}].on", ach.on)
    for i, m in enumerate(program.measurements):
        yield from _outside_year(year, f"$.measurements[{i}].on", m.on)
    for rule in _RECORD_RULES:
        yield from rule(program)
    for i, s in enumerate(program.surveys):
        if s.person_id not in people:
            yield unknown_id(
                f"$.surveys[{i}].person_id", "person", s.person_id, where=_HERE
            )
        yield from _outside_year(year, f"$.surveys[{i}].on", s.on)
