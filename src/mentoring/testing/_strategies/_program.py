"""Strategies of whole programmes, every cross-object rule kept."""

from collections.abc import Collection, Sequence

import attrs
from hypothesis import strategies as st

from mentoring.calendar import TERM_SYSTEMS, AcademicYear
from mentoring.calendar._public import _package_available
from mentoring.model import (
    Achievement,
    Group,
    Mentee,
    Mentor,
    MentorFunction,
    MentoringPlan,
    Pair,
    PairStatus,
    Person,
    Program,
    SurveyResponse,
)
from mentoring.testing import _names
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._calendar import academic_years
from mentoring.testing._strategies._draw import (
    Window,
    cache,
    draw_list,
    few,
    go_on,
    index,
    pick,
    place,
    places,
    upto,
)
from mentoring.testing._strategies._pairs import group, pair
from mentoring.testing._strategies._people import mentee, mentor, person
from mentoring.testing._strategies._plans import plan
from mentoring.testing._strategies._records import (
    achievement,
    event,
    measurement,
    survey,
)

#: The jurisdictions :func:`programs` draws from ("" is "not said").
_JURISDICTIONS = ("ru", "kz", "md", "ro", "")
_PROGRAM_TITLES = {
    "ru": "Программа наставничества",
    "kk": "Тәлімгерлік бағдарламасы",
    "ro": "Programul de mentorat",
    "en": "Mentoring programme",
}


def _function_order(of: Mentor) -> tuple[MentorFunction, ...]:
    return tuple(f for f in MentorFunction if f in of.functions)


def _keep_rules(
    draw: st.DrawFn,
    *,
    mentors: Sequence[Mentor],
    mentees: Sequence[Mentee],
    statuses: Sequence[PairStatus],
    days: Window,
) -> tuple[Pair, ...]:
    """Pairs between enrolled people that keep every rule of a programme."""
    held: dict[str, int] = {}
    open_functions: set[tuple[str, MentorFunction]] = set()
    kept: list[Pair] = []
    for _ in few(draw, 2 * len(mentees) + 2, odds=8):
        chosen_mentee = pick(draw, mentees)
        eligible = [
            m
            for m in mentors
            if m.id != chosen_mentee.id and m.id not in chosen_mentee.avoided_mentor_ids
        ]
        if not eligible:
            continue
        chosen_mentor = pick(draw, eligible)
        final = pick(draw, statuses)
        drawn = pair(
            draw,
            pair_id=f"pair-{len(kept) + 1}",
            mentor_id=chosen_mentor.id,
            mentee_id=chosen_mentee.id,
            functions=_function_order(chosen_mentor),
            final=final,
            days=days,
        )
        if drawn.is_open:
            key = (drawn.mentee_id, drawn.function)
            taken = held.get(chosen_mentor.id, 0)
            if taken >= chosen_mentor.capacity or key in open_functions:
                continue  # it would break a capacity or the one-per-function rule
            held[chosen_mentor.id] = taken + 1
            open_functions.add(key)
        kept.append(drawn)
    return tuple(kept)


@cache
def _years_of(jurisdiction: str) -> st.SearchStrategy[AcademicYear]:
    return academic_years(jurisdiction=jurisdiction or None)


def _enrol(
    draw: st.DrawFn,
    where: str,
    year: AcademicYear,
    mentor_sizes: tuple[int, int],
    mentee_sizes: tuple[int, int],
) -> tuple[list[Mentor], list[Mentee], Person | None]:
    """Mentors, mentees and perhaps a curator, with person ids in order."""
    days = (year.start, year.end)
    numbers = iter(range(1, 10**6))

    def new_person() -> Person:
        return person(draw, f"person-{next(numbers)}", where, year.end)

    # Odds of 16 to go on: most programmes have both mentors and mentees, so
    # that typical examples have pairs and plans (they still shrink to none).
    mentor_list = draw_list(
        draw, *mentor_sizes, lambda _: mentor(draw, new_person(), 3), odds=16
    )
    mentor_ids = tuple(m.id for m in mentor_list)
    reused: set[int] = set()

    def new_mentee(_: int) -> Mentee:
        # Now and then a mentor is a mentee too (peer or reverse mentoring).
        same = None
        if mentor_list and draw(index(8)) == 7:
            k = draw(index(len(mentor_list)))
            if k not in reused:
                reused.add(k)
                same = mentor_list[k].person
        return mentee(draw, same or new_person(), mentor_ids, days)

    mentee_list = draw_list(draw, *mentee_sizes, new_mentee, odds=16)
    curator: Person | None = None
    choice = draw(upto(2))
    if choice == 1:
        curator = new_person()
    elif choice == 2 and mentor_list:
        curator = pick(draw, mentor_list).person
    return mentor_list, mentee_list, curator


def _records(draw: st.DrawFn, program: Program) -> Program:
    """The programme with events, achievements, measurements and surveys."""
    days = (program.year.start, program.year.end)
    person_ids = tuple(sorted(program.people()))
    organizers = (program.organization, *places(_names.ORGANIZATIONS, None))
    found_events = draw_list(
        draw,
        0,
        3,
        lambda i: event(draw, f"event-{i + 1}", organizers, person_ids, days),
    )
    found_achievements: list[Achievement] = []
    found_surveys: list[SurveyResponse] = []
    if person_ids:
        found_achievements = draw_list(
            draw,
            0,
            3,
            lambda i: achievement(draw, f"achievement-{i + 1}", person_ids, days),
        )
        found_surveys = draw_list(
            draw,
            0,
            3,
            lambda i: survey(draw, f"survey-{i + 1}", person_ids, days),
        )
    drawn = draw_list(
        draw, 0, 3, lambda _: measurement(draw, days, ("", program.organization))
    )
    # One value per indicator and day: indicator reports refuse two.
    found_measurements = list(
        {(x.indicator, x.on): x for x in reversed(drawn)}.values()
    )[::-1]
    return attrs.evolve(
        program,
        events=tuple(found_events),
        achievements=tuple(found_achievements),
        measurements=tuple(found_measurements),
        surveys=tuple(found_surveys),
    )


@st.composite
def _program(  # noqa: PLR0913
    draw: st.DrawFn,
    *,
    years: st.SearchStrategy[AcademicYear] | None,
    mentor_sizes: tuple[int, int],
    mentee_sizes: tuple[int, int],
    jurisdiction: str | None,
    statuses: tuple[PairStatus, ...],
    with_plans: bool,
    with_records: bool,
) -> Program:
    where = pick(draw, _JURISDICTIONS) if jurisdiction is None else jurisdiction
    year = draw(_years_of(where) if years is None else years)
    days = (year.start, year.end)
    mentor_list, mentee_list, curator = _enrol(
        draw, where, year, mentor_sizes, mentee_sizes
    )
    pair_list: tuple[Pair, ...] = ()
    if mentor_list and mentee_list:
        pair_list = _keep_rules(
            draw,
            mentors=mentor_list,
            mentees=mentee_list,
            statuses=statuses,
            days=days,
        )
    group_list: list[Group] = []
    mentor_ids = tuple(m.id for m in mentor_list)
    mentee_ids = tuple(m.id for m in mentee_list)
    usable = tuple(m for m in mentor_ids if any(e != m for e in mentee_ids))
    if usable:
        group_list = draw_list(
            draw,
            0,
            2,
            lambda i: group(draw, f"group-{i + 1}", usable, mentee_ids, days),
        )
    plan_list: list[MentoringPlan] = []
    for each in pair_list if with_plans else ():
        if go_on(draw):  # a plan for three pairs in four
            plan_id = f"plan-{len(plan_list) + 1}"
            plan_list.append(plan(draw, plan_id, each.id, (each.proposed_on, year.end)))
    language = _names.languages_of(where)[0]
    program = Program(
        id=f"program-{year.start.year}",
        title=f"{_PROGRAM_TITLES[language]} {year.label}",
        organization=pick(draw, places(_names.ORGANIZATIONS, where)),
        district=place(draw, _names.DISTRICTS, where),
        region=place(draw, _names.REGIONS, where),
        jurisdiction=where,
        year=year,
        curator=curator,
        mentors=tuple(mentor_list),
        mentees=tuple(mentee_list),
        pairs=pair_list,
        groups=tuple(group_list),
        plans=tuple(plan_list),
    )
    return _records(draw, program) if with_records else program


def programs(  # noqa: PLR0913
    *,
    min_mentors: int = 0,
    max_mentors: int = 5,
    min_mentees: int = 0,
    max_mentees: int = 8,
    jurisdiction: str | None = None,
    pair_statuses: Collection[PairStatus] | None = None,
    with_plans: bool = True,
    with_records: bool = True,
    years: st.SearchStrategy[AcademicYear] | None = None,
) -> st.SearchStrategy[Program]:
    """Whole programmes, referentially consistent: ``problems() == ()``.

    * *min_mentors*..*max_mentors* mentors and *min_mentees*..*max_mentees*
      mentees; now and then a mentor is also a mentee (same person data), and
      the curator may be one of the mentors;
    * pairs whose status is one of *pair_statuses* (any by default), between
      enrolled people, the function one of the mentor's, never with a mentor
      the mentee avoids, within every mentor's capacity, at most one open pair
      per mentee and function;
    * groups of enrolled people; plans of existing pairs (when *with_plans*);
      events, achievements, measurements and surveys of enrolled people (when
      *with_records*);
    * every date inside the academic year drawn from *years* (by default
      :func:`academic_years` for the jurisdiction);
    * *jurisdiction* (``"ru"``, ``"kz"``, ``"md"``, ``"ro"`` or any code) sets
      names, places, certificates and the term system; None draws one.

    Shrinks toward an empty programme of a plain September year.
    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("programs")
    mentor_sizes = args.sizes("min_mentors", min_mentors, "max_mentors", max_mentors)
    mentee_sizes = args.sizes("min_mentees", min_mentees, "max_mentees", max_mentees)
    where = args.jurisdiction(jurisdiction)
    allowed = args.members("pair_statuses", pair_statuses, PairStatus)
    plans_too = args.flag("with_plans", with_plans)
    records_too = args.flag("with_records", with_records)
    year_strategy = args.strategy_of("years", years, AcademicYear)
    args.check()
    _package_available()  # the holidays package, imported here, not in a draw
    return _program(
        years=year_strategy,
        mentor_sizes=mentor_sizes,
        mentee_sizes=mentee_sizes,
        jurisdiction=where,
        statuses=tuple(s for s in PairStatus if allowed is None or s in allowed),
        with_plans=plans_too,
        with_records=records_too,
    )


#: Small programmes, for the strategies of what the library computes from one.
SMALL_PROGRAMS = programs(max_mentors=2, max_mentees=3, with_records=False)
SMALL_PROGRAMS_WITH_RECORDS = programs(max_mentors=2, max_mentees=3)
SMALL_PROGRAMS_WITH_TERMS = programs(
    max_mentors=2,
    max_mentees=3,
    with_records=False,  # a current-control report reads plans, not records
    years=st.sampled_from(tuple(sorted(TERM_SYSTEMS))).flatmap(
        lambda code: academic_years(jurisdiction=code)
    ),
)
