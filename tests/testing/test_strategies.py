"""The shipped strategies: every value valid, every programme consistent,
bad arguments refused, health checks passed, examples shrinking small."""

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, Phase, event, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import mentoring as m
import mentoring.contact
from mentoring import calendar as mc
from mentoring import indicators as mi
from mentoring import matching as mm
from mentoring import reports as mr
from mentoring.testing import strategies as ms

YEAR = m.AcademicYear.starting(2021)
#: Shrink without the explain phase (it reruns every example under a tracer).
FIND = settings(database=None, phases=[Phase.generate, Phase.shrink])

#: Every public strategy, with the type of what it generates.
STRATEGIES = {
    "academic_years": m.AcademicYear,
    "terms": m.Term,
    "holidays": m.Holiday,
    "score_parts": m.ScorePart,
    "scores": m.Score,
    "certifications": m.Certification,
    "people": m.Person,
    "mentors": m.Mentor,
    "mentees": m.Mentee,
    "transitions": m.Transition,
    "pair_histories": tuple,
    "pairs": m.Pair,
    "groups": m.Group,
    "criteria": m.SuccessCriterion,
    "assessments": m.Assessment,
    "plan_steps": m.PlanStep,
    "activities": m.Activity,
    "plans": m.MentoringPlan,
    "events": m.Event,
    "achievements": m.Achievement,
    "measurements": m.Measurement,
    "surveys": m.SurveyResponse,
    "programs": m.Program,
    "schedules": m.Schedule,
    "term_systems": m.TermSystem,
    "plan_templates": m.PlanTemplate,
    "plans_from_templates": m.MentoringPlan,
    "compatibility_models": m.CompatibilityModel,
    # Results, drawn by running the library on drawn programmes (slower).
    "matchings": m.Matching,
    "mentor_loads": m.MentorLoad,
    "suggestions": m.Suggestion,
    "snapshots": m.Snapshot,
    "reports": m.Report,
    "control_reports": m.ControlReport,
    "health_thresholds": m.HealthThresholds,
    "progress_weights": m.ProgressWeights,
    "assignments": m.Assignment,
    "unmatched_mentees": m.Unmatched,
    "exclusions": mm.Exclusion,
    "formed_groups": mm.FormedGroup,
    "groupings": mm.Grouping,
    "unplaced_members": mm.Unplaced,
    "matching_qualities": mm.MatchingQuality,
    "signals": m.Signal,
    # The parts of the public types (not all exported from mentoring itself).
    "month_days": mc.MonthDay,
    "term_rules": mc.TermRule,
    "holiday_rules": mc.HolidayRule,
    "review_dates": mc.ReviewDate,
    "grade_bands": mm.GradeBand,
    "compatibility_criteria": mm.Criterion,
    "constraints": mm.Constraint,
    "pair_refs": mm.PairRef,
    "indicator_definitions": mi.Indicator,
    "catalogs": mi.Catalog,
    "targets": mi.Target,
    "indicator_values": mi.Value,
    "comparisons": mi.Comparison,
    "duties": m.model.Duty,
    "public_holidays": mc.PublicHoliday,
    "mentor_agreements": m.model.MentorAgreement,
    "qualitative_reports": m.model.QualitativeReport,
    "contact_times": m.contact.ContactTime,
    "pair_contacts": m.contact.PairContact,
    "program_contacts": m.contact.ProgramContact,
    "template_activities": m.model.TemplateActivity,
    "control_rows": mr.ControlRow,
    "targets_documents": m.indicators.Targets,
}
#: Results computed by the library itself: slower to draw, so their 501
#: examples run with the slow tests (``make test``), not in every quick run.
RESULTS = {"matchings", "snapshots", "reports", "control_reports"}
#: "Over 500 examples" for every strategy (issue 6).
EXAMPLES = 501


def test_every_public_strategy_is_listed_here():
    assert set(STRATEGIES) == set(ms.__all__)


def assert_valid(value: object) -> None:
    """Constructing the value again (every check runs again) gives it back."""
    if isinstance(value, tuple):
        for item in value:
            assert_valid(item)
        return
    assert attrs.evolve(value) == value  # type: ignore[misc]
    if isinstance(value, m.Program):
        assert value.problems() == ()


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=[pytest.mark.slow] if n in RESULTS else [])
        for n in sorted(set(STRATEGIES) - {"programs"})
    ],
)
def test_every_strategy_yields_only_valid_values(name):
    # programs() has its own, stricter test below.
    kind = STRATEGIES[name]

    @settings(max_examples=EXAMPLES)
    @given(getattr(ms, name)())
    def check(value):
        assert isinstance(value, kind)
        assert_valid(value)

    check()


# -- programmes ---------------------------------------------------------------


def enrolled(program: m.Program) -> dict[str, m.Person]:
    people: dict[str, m.Person] = {}
    for person in [
        *([program.curator] if program.curator else []),
        *(x.person for x in program.mentors),
        *(x.person for x in program.mentees),
    ]:
        # The same person data wherever a person appears.
        assert people.setdefault(person.id, person) == person
    return people


def assert_consistent(program: m.Program) -> None:
    """Every cross-object rule, checked here without ``problems()``."""
    year = program.year
    people = enrolled(program)
    mentors = {x.id: x for x in program.mentors}
    mentees = {x.id: x for x in program.mentees}
    assert len(mentors) == len(program.mentors)
    assert len(mentees) == len(program.mentees)
    for mentee in program.mentees:
        assert set(mentee.preferred_mentor_ids) <= set(mentors)
    held: dict[str, int] = {}
    open_functions: set[tuple[str, m.MentorFunction]] = set()
    assert len({p.id for p in program.pairs}) == len(program.pairs)
    for pair in program.pairs:
        mentor, mentee = mentors[pair.mentor_id], mentees[pair.mentee_id]
        assert pair.function in mentor.functions
        assert pair.mentor_id not in mentee.avoided_mentor_ids
        assert all(step.on in year for step in pair.history)
        if pair.is_open:
            held[mentor.id] = held.get(mentor.id, 0) + 1
            assert (mentee.id, pair.function) not in open_functions
            open_functions.add((mentee.id, pair.function))
    for mentor_id, count in held.items():
        assert count <= mentors[mentor_id].capacity
    pair_ids = {p.id for p in program.pairs}
    for plan in program.plans:
        assert plan.pair_id in pair_ids
        assert plan.start in year
        assert plan.end in year
        assert all(a.on in year for a in plan.assessments)
        assert all(plan.start <= a.due <= plan.end for a in plan.activities)
    for group in program.groups:
        assert group.mentor_id in mentors
        assert group.mentee_ids <= set(mentees)
    for record in (*program.events, *program.measurements):
        assert record.on in year
    for record in (*program.achievements, *program.surveys):
        assert record.person_id in people
        assert record.on in year


@settings(max_examples=EXAMPLES)
@given(ms.programs())
def test_every_programme_has_no_problems(program):
    assert program.problems() == ()
    assert_consistent(program)
    assert program.check() is program


@settings(max_examples=100)
@given(
    ms.programs(
        min_mentors=2,
        max_mentors=3,
        min_mentees=1,
        max_mentees=4,
        jurisdiction="kz",
        pair_statuses={m.PairStatus.ACTIVE, m.PairStatus.PAUSED},
        with_plans=False,
        with_records=False,
    )
)
def test_programme_knobs_are_kept(program):
    assert 2 <= len(program.mentors) <= 3
    assert 1 <= len(program.mentees) <= 4
    assert program.jurisdiction == "kz"
    assert program.year.system == "kz-quarters"
    assert {p.status for p in program.pairs} <= {
        m.PairStatus.ACTIVE,
        m.PairStatus.PAUSED,
    }
    assert program.plans == ()
    assert program.events == program.achievements == program.surveys == ()
    assert program.measurements == ()
    assert program.problems() == ()


@settings(max_examples=50)
@given(ms.programs(years=st.just(YEAR), jurisdiction="xx"))
def test_programme_takes_its_year_from_the_years_strategy(program):
    assert program.year == YEAR
    assert program.problems() == ()


@settings(max_examples=100)
@given(ms.programs(pair_statuses=[m.PairStatus.COMPLETED]))
def test_terminal_pairs_never_hold_a_place(program):
    assert all(p.status is m.PairStatus.COMPLETED for p in program.pairs)
    assert program.open_pairs() == ()


def test_programmes_shrink_to_the_empty_programme_of_a_plain_year():
    program = find(
        ms.programs(max_mentors=2, max_mentees=3),
        lambda _: True,
        settings=FIND,
    )
    assert (program.mentors, program.mentees, program.pairs) == ((), (), ())
    # academic_years() starts in 2000 by default (min_start_year=2000).
    assert program.year.start == dt.date(2000, 9, 1)


def test_a_programme_with_a_pair_shrinks_to_one_pair_proposed_on_the_first_day():
    program = find(
        ms.programs(max_mentors=2, max_mentees=3),
        lambda p: len(p.pairs) > 0,
        settings=settings(FIND, max_examples=1000, derandomize=True),
    )
    (pair,) = program.pairs
    assert len(program.mentees) == 1
    assert len(program.mentors) <= 2
    assert program.curator is None
    assert pair.status is m.PairStatus.PROPOSED
    assert pair.proposed_on == program.year.start


def test_a_paused_pair_shrinks_to_the_shortest_history():
    pair = find(
        ms.pairs(within=YEAR),
        lambda p: p.status is m.PairStatus.PAUSED,
        settings=FIND,
    )
    assert [t.status for t in pair.history] == [
        m.PairStatus.ACTIVE,
        m.PairStatus.PAUSED,
    ]
    assert pair.history[0].on == pair.history[1].on == YEAR.start


# -- arguments that narrow what is drawn --------------------------------------


@settings(max_examples=100)
@given(ms.pairs(mentor_ids=["a", "b"], mentee_ids=["b", "c"], within=YEAR))
def test_pairs_draw_their_people_from_the_given_ids(pair):
    assert pair.mentor_id in {"a", "b"}
    assert pair.mentee_id in {"b", "c"}
    assert pair.mentor_id != pair.mentee_id
    assert all(t.on in YEAR for t in pair.history)


@settings(max_examples=100)
@given(ms.pair_histories(statuses=[m.PairStatus.DISSOLVED], within=YEAR))
def test_histories_end_in_the_asked_status(history):
    assert history[-1].status is m.PairStatus.DISSOLVED
    assert [t.on for t in history] == sorted(t.on for t in history)


@settings(max_examples=100)
@given(ms.mentees(mentor_ids=["m1", "m2", "m3"]))
def test_mentee_preferences_point_at_the_given_mentors(mentee):
    assert set(mentee.preferred_mentor_ids) <= {"m1", "m2", "m3"}
    assert mentee.avoided_mentor_ids <= {"m1", "m2", "m3"}
    assert not set(mentee.preferred_mentor_ids) & mentee.avoided_mentor_ids


@settings(max_examples=100)
@given(ms.people(ids=st.just("t-1"), jurisdiction="ru"))
def test_people_take_ids_from_a_strategy_and_names_from_the_jurisdiction(person):
    assert person.id == "t-1"
    assert any("а" <= ch <= "я" for ch in person.name.lower())


@settings(max_examples=100)
@given(ms.academic_years(jurisdiction="md", min_start_year=2024, max_start_year=2025))
def test_years_of_a_jurisdiction_use_its_term_system(year):
    assert year.system == "md-semesters"
    assert year.start.year in {2024, 2025}


@settings(max_examples=100)
@given(
    st.data(),
    ms.academic_years(),
)
def test_dated_values_fall_inside_the_given_year(data, year):
    for strategy in (
        ms.terms(within=year),
        ms.holidays(within=year),
        ms.transitions(within=year),
        ms.assessments(within=year),
        ms.activities(within=year),
        ms.events(within=year),
        ms.achievements(within=year),
        ms.measurements(within=year),
        ms.surveys(within=year),
    ):
        value = data.draw(strategy)
        days = [
            getattr(value, f)
            for f in ("on", "due", "start", "end")
            if hasattr(value, f)
        ]
        assert days
        assert all(day in year for day in days)
    plan = data.draw(ms.plans(within=year, pair_ids=["p"]))
    assert plan.pair_id == "p"
    assert plan.start in year
    assert plan.end in year


@settings(max_examples=200)
@given(ms.term_systems(), st.integers(1990, 2060))
def test_every_term_system_gives_valid_years(system, start_year):
    year = system.year(start_year)
    assert year.terms
    assert year.terms[0].start == year.start
    assert year.terms[-1].end == year.end


@settings(max_examples=100)
@given(ms.compatibility_models(mentor_ids=["a", "b"], mentee_ids=["c"]))
def test_models_refer_to_the_given_people(model):
    for ref in (*model.forbidden, *model.locked):
        assert ref.mentor_id in {"a", "b"}
        assert ref.mentee_id == "c"
    assert not set(model.forbidden) & set(model.locked)


@settings(max_examples=100)
@given(ms.schedules(within=YEAR))
def test_schedules_start_inside_the_year(schedule):
    assert schedule.start in YEAR
    assert schedule.until is None or schedule.until in YEAR


# -- bad arguments ------------------------------------------------------------

BAD_ARGUMENTS = [
    (ms.programs, {"min_mentors": 3, "max_mentors": 2}),
    (ms.programs, {"max_mentees": -1}),
    (ms.programs, {"min_mentees": 1.5}),
    (ms.programs, {"max_mentors": True}),
    (ms.programs, {"jurisdiction": 7}),
    (ms.programs, {"pair_statuses": []}),
    (ms.programs, {"pair_statuses": ["active"]}),
    (ms.programs, {"pair_statuses": "active"}),
    (ms.programs, {"with_plans": "yes"}),
    (ms.programs, {"with_records": None}),
    (ms.programs, {"years": YEAR}),
    (ms.academic_years, {"min_start_year": 2030, "max_start_year": 2020}),
    (ms.academic_years, {"min_start_year": 0}),
    (ms.academic_years, {"jurisdiction": ["ru"]}),
    (ms.people, {"ids": "t-1"}),
    (ms.mentors, {"people": m.Person(id="x", name="X")}),
    (ms.mentors, {"max_capacity": -1}),
    (ms.mentees, {"mentor_ids": "m1"}),
    (ms.mentees, {"mentor_ids": ["m1", " "]}),
    (ms.mentees, {"mentor_ids": []}),
    (ms.pairs, {"mentor_ids": ["a"], "mentee_ids": ["a"]}),
    (ms.pairs, {"statuses": [m.PairStatus.ACTIVE, "paused"]}),
    (ms.pairs, {"within": 2021}),
    (ms.groups, {"mentor_ids": ["a"], "mentee_ids": ["a"]}),
    (ms.certifications, {"kinds": []}),
    (ms.scores, {"max_parts": -2}),
    (ms.plans, {"pair_ids": [1]}),
    (ms.schedules, {"within": "2021"}),
    (ms.compatibility_models, {"mentor_ids": ["a"], "mentee_ids": ["a"]}),
    (ms.plans_from_templates, {"pair_ids": []}),
    (ms.pair_refs, {"mentor_ids": ["a"], "mentee_ids": ["a"]}),
    (ms.pair_refs, {"mentor_ids": "a"}),
    (ms.review_dates, {"within": "2021"}),
    (ms.programs, {"years": [YEAR]}),
    (ms.mentees, {"people": m.Person(id="x", name="X")}),
]


@pytest.mark.parametrize(("strategy", "kwargs"), BAD_ARGUMENTS)
def test_bad_arguments_raise_invalid_argument_at_once(strategy, kwargs):
    with pytest.raises(InvalidArgument) as info:
        strategy(**kwargs)
    # In the words of the rest of the library: one problem per line, each
    # under the path of the argument it is about.
    head, *problems = str(info.value).split("\n")
    assert head.startswith(f"invalid arguments of {strategy.__name__}: ")
    assert problems
    assert all(p.startswith(("  $.", "hint: ")) for p in problems)
    names = {p.split(":")[0].strip()[2:].split("[")[0] for p in problems if "$." in p}
    assert names <= set(kwargs)


#: The exact words of a mistake, the same as anywhere in the library
#: ("expected X, got Y", "must be >= 0, got -1", "must be one of ...").
MESSAGES = [
    (
        ms.programs,
        {"min_mentors": 3, "max_mentors": 2},
        ["$.min_mentors: must be <= max_mentors (2), got 3"],
    ),
    (ms.programs, {"max_mentees": -1}, ["$.max_mentees: must be >= 0, got -1"]),
    (
        ms.programs,
        {"min_mentees": 1.5, "with_plans": "yes"},
        [
            "$.min_mentees: expected an int, got float 1.5",
            "$.with_plans: expected a bool, got str 'yes'",
        ],
    ),
    (
        ms.programs,
        {"pair_statuses": [m.PairStatus.ACTIVE, "paused"]},
        ["$.pair_statuses[1]: expected a PairStatus, got str 'paused'"],
    ),
    (
        ms.programs,
        {"pair_statuses": []},
        ["$.pair_statuses: must not be empty", "pass pair_statuses=None"],
    ),
    (
        ms.programs,
        {"years": YEAR},
        [
            "$.years: expected a SearchStrategy or None, got AcademicYear",
            "hint: wrap a fixed years in st.just(...)",
        ],
    ),
    (
        ms.academic_years,
        {"min_start_year": 0},
        ["$.min_start_year: must be within [1, 9998], got 0"],
    ),
    (
        ms.academic_years,
        {"jurisdiction": ["ru"]},
        ["$.jurisdiction: expected a str or None, got list ['ru']"],
    ),
    (
        ms.schedules,
        {"within": "2021"},
        ["$.within: expected an AcademicYear or None, got str '2021'"],
    ),
    (
        ms.mentees,
        {"mentor_ids": "m1"},
        ["$.mentor_ids: expected a collection of str or None, got str 'm1'"],
    ),
    (ms.mentees, {"mentor_ids": ["m1", " "]}, ["$.mentor_ids[1]: must not be empty"]),
    (ms.plans, {"pair_ids": [1]}, ["$.pair_ids[0]: expected a str, got int 1"]),
    (
        ms.pairs,
        {"mentor_ids": ["a"], "mentee_ids": ["a"]},
        ["$.mentee_ids: with mentor_ids, leaves no pair of two different people"],
    ),
    (
        ms.matchings,
        {"methods": ["stable", "magic"]},
        ["$.methods[1]: must be one of 'stable', 'optimal', 'greedy'; got 'magic'"],
    ),
    (ms.scores, {"max_parts": -2}, ["$.max_parts: must be >= 0, got -2"]),
]


@pytest.mark.parametrize(("strategy", "kwargs", "expected"), MESSAGES)
def test_bad_arguments_read_as_in_the_rest_of_the_library(strategy, kwargs, expected):
    with pytest.raises(InvalidArgument) as info:
        strategy(**kwargs)
    text = str(info.value)
    n = sum(line.startswith("$.") for line in expected)
    assert text.startswith(
        f"invalid arguments of {strategy.__name__}: {n} problem{'s' * (n != 1)}\n"
    )
    for line in expected:
        assert line in text


def test_every_bad_argument_is_named_at_once():
    with pytest.raises(InvalidArgument) as info:
        ms.pairs(ids="p", mentor_ids=[], within=2021, statuses="active")
    paths = [line.split(":")[0].strip() for line in str(info.value).splitlines()[1:]]
    assert [p for p in paths if p.startswith("$.")] == [
        "$.ids",
        "$.within",
        "$.statuses",
        "$.mentor_ids",
    ]


def test_positional_arguments_are_refused():
    with pytest.raises(TypeError):
        ms.programs(0, 5)  # type: ignore[misc]


# -- health checks under the built-in profiles ------------------------------------


@pytest.mark.parametrize("profile", ["default", "ci"])
@pytest.mark.parametrize("name", sorted(STRATEGIES))
def test_strategies_pass_the_health_checks(profile, name):
    base = settings.get_profile(profile)
    assert base.suppress_health_check in (
        (),
        [],
        (HealthCheck.too_slow,),
        [HealthCheck.too_slow],
    )

    # The health checks are the point; the default profile's 200 ms deadline
    # only measures how busy the shared machine is.
    @settings(base, max_examples=10, database=None, deadline=None)
    @given(getattr(ms, name)())
    def check(value):
        assert value is not None

    check()


@pytest.mark.parametrize(
    ("strategy", "kwargs", "name"),
    [
        (ms.mentees, {"people": st.just(1)}, "people"),
        (ms.mentors, {"people": st.just("p-1")}, "people"),
        (ms.people, {"ids": st.just(7)}, "ids"),
        (ms.pairs, {"ids": st.just(" "), "within": YEAR}, "ids"),
        (ms.programs, {"years": st.just(2021)}, "years"),
    ],
)
def test_a_strategy_argument_drawing_the_wrong_type_names_the_argument(
    strategy, kwargs, name
):
    @settings(max_examples=5, database=None)
    @given(strategy(**kwargs))
    def check(_):
        pass

    with pytest.raises(InvalidArgument) as info:
        check()
    head, problem = str(info.value).splitlines()
    assert head == f"invalid draw from the arguments of {strategy.__name__}: 1 problem"
    assert problem.startswith(f"  $.{name}: expected ")


# -- what typical programmes exercise -------------------------------------------


def test_typical_programmes_have_pairs_and_plans():
    """Most default examples exercise pairs, open pairs and plans (the
    empty programme stays the simplest, see the shrinking tests above)."""
    seen = {"any": 0, "pairs": 0, "open pairs": 0, "plans": 0}

    # Derandomized: a share of random examples is a fact of this strategy,
    # not of the run, so the test must not depend on the run's luck.
    @settings(max_examples=200, database=None, derandomize=True)
    @given(ms.programs())
    def count(program):
        seen["any"] += 1
        seen["pairs"] += bool(program.pairs)
        seen["open pairs"] += bool(program.open_pairs())
        seen["plans"] += bool(program.plans)
        event(f"pairs: {bool(program.pairs)}, plans: {bool(program.plans)}")

    count()
    share = {k: v / seen["any"] for k, v in seen.items()}
    assert share["pairs"] >= 0.5, share
    assert share["plans"] >= 0.4, share
    assert share["open pairs"] >= 0.3, share
