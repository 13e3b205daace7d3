"""compute_many (one walk per organization, a running total of counts)
equals merging the organizations' snapshots with their ids dropped:
``merge_all((compute(p, on=on) for p in programs), keep_ids=False)``.
"""

import datetime as dt
import importlib.util
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentoring import (
    AcademicYear,
    Activity,
    ActivityStatus,
    Measurement,
    Mentee,
    Mentor,
    MentoringPlan,
    MentorOrigin,
    Pair,
    PairStatus,
    Person,
    Program,
    Transition,
    WorkMethod,
)
from mentoring import indicators as ind
from mentoring.errors import ValidationError
from mentoring.health import (
    HealthThresholds,
    SignalKind,
    _has_signal,
    _is_quiet,
    _plans_by_pair,
    _signals,
)
from mentoring.indicators import Kind, Source, Unit, _batch
from mentoring.progress import (
    ProgressWeights,
    _activity_part,
    _plain_progress,
    _progress_value,
)
from mentoring.testing import strategies as ms

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: codes a measurement may give (their source is "measured" or "either")
MEASURABLE = tuple(i for i in ind.CATALOG if i.source is not Source.COMPUTED)


def reference(
    programs: list[Program], on: dt.date, catalog: ind.Catalog = ind.CATALOG
) -> ind.Snapshot:
    return ind.merge_all(
        (ind.compute(p, on=on, catalog=catalog) for p in programs), keep_ids=False
    )


@st.composite
def measurements(draw: st.DrawFn, program: Program) -> tuple[Measurement, ...]:
    """Valid measurements (as measurement_problems accepts them), each code
    at most once a day, dated within the programme's year."""
    found: dict[tuple[str, dt.date], Measurement] = {}
    year = program.year
    span = (year.end - year.start).days
    for _ in range(draw(st.integers(0, 3))):
        indicator = draw(st.sampled_from(MEASURABLE))
        day = year.start + dt.timedelta(days=draw(st.integers(0, span)))
        if indicator.kind.is_count:
            value = float(draw(st.integers(0, 9)))
        elif indicator.kind is Kind.RATE:
            value = draw(st.sampled_from([0.0, 0.25, 0.5, 1.0]))
        elif indicator.unit is Unit.DAYS:
            value = float(draw(st.integers(0, 40)))
        else:  # an average: satisfaction is on a 1..5 scale
            value = float(draw(st.integers(1, 5)))
        found[indicator.code, day] = Measurement(
            indicator=indicator.code, value=value, on=day
        )
    return tuple(found.values())


@st.composite
def countries(draw: st.DrawFn) -> tuple[list[Program], dt.date]:
    """Organizations of one year: empty ones, ones whose people are another
    organization's (the same ids), and measured values now and then."""
    year = draw(ms.academic_years())
    found: list[Program] = []
    for i in range(draw(st.integers(1, 5))):
        if found and draw(st.integers(0, 3)) == 0:
            program = draw(st.sampled_from(found))  # the same people, again
        else:
            program = draw(
                ms.programs(max_mentors=3, max_mentees=4, years=st.just(year))
            )
        program = attrs.evolve(
            program,
            organization=draw(st.sampled_from([f"school-{i}", "school-0"])),
            district=draw(st.sampled_from(["d1", "d2"])),
            measurements=draw(measurements(program)),
        )
        found.append(program)
    span = (year.end - year.start).days
    on = year.start + dt.timedelta(days=draw(st.integers(-10, span + 10)))
    return found, on


@SETTINGS
@given(countries())
def test_compute_many_equals_merging_the_snapshots_without_ids(country):
    programs, on = country
    expected = reference(programs, on)
    assert ind.compute_many(programs, on=on) == expected
    assert ind.compute_many(iter(programs), on=on) == expected


@SETTINGS
@given(countries(), st.data())
def test_compute_many_equals_merging_with_a_smaller_catalogue(country, data):
    programs, on = country
    codes = data.draw(st.sets(st.sampled_from(ind.CATALOG.codes()), min_size=1))
    catalog = ind.Catalog(indicators=tuple(i for i in ind.CATALOG if i.code in codes))
    programs = [  # a measurement of a code the catalogue lacks is refused
        attrs.evolve(
            p, measurements=tuple(m for m in p.measurements if m.indicator in codes)
        )
        for p in programs
    ]
    assert ind.compute_many(programs, on=on, catalog=catalog) == reference(
        programs, on, catalog
    )


@SETTINGS
@given(ms.programs(max_mentors=4, max_mentees=6))
def test_one_programme_with_the_kits_measurements(program):
    """The test kit's measurements may break the rules: both refuse them."""
    on = program.year.start + dt.timedelta(days=200)
    try:
        expected = reference([program], on)
    except ValidationError as error:
        with pytest.raises(ValidationError) as caught:
            ind.compute_many([program], on=on)
        # the same problems, at the programme's place in the iterable
        assert [str(p) for p in caught.value.problems] == [
            str(p).replace("$", "$[0]", 1) for p in error.problems
        ]
    else:
        assert ind.compute_many([program], on=on) == expected


def _benchmark() -> object:
    path = Path(__file__).parents[2] / "benchmarks" / "indicators.py"
    spec = importlib.util.spec_from_file_location("indicators_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compute_many_equals_merging_the_benchmarks_organizations():
    bench = _benchmark()
    programs = [bench.organization(2021, i) for i in range(60)]  # type: ignore[attr-defined]
    on = bench.ON  # type: ignore[attr-defined]
    expected = reference(programs, on)
    assert ind.compute_many(programs, on=on) == expected
    # every measurement is a rate: merged, it is a missing value with a reason
    assert expected["academic_performance"].is_unmerged


BAD = {
    "programs": (lambda: ind.compute_many(5, on=dt.date(2022, 5, 31)), "$.programs"),
    "one-programme": (
        lambda: ind.compute_many(
            Program(
                id="p", title="t", organization="o", year=AcademicYear.starting(2021)
            ),
            on=dt.date(2022, 5, 31),
        ),
        "$.programs",
    ),
    "on": (lambda: ind.compute_many([], on="2022-05-31"), "$.on"),
    "catalog": (
        lambda: ind.compute_many([], on=dt.date(2022, 5, 31), catalog={}),
        "$.catalog",
    ),
    "empty": (lambda: ind.compute_many([], on=dt.date(2022, 5, 31)), "$.programs"),
    "item": (lambda: ind.compute_many(["x"], on=dt.date(2022, 5, 31)), "$[0]"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_arguments_name_their_path(case):
    call, path = BAD[case]
    with pytest.raises(ValidationError) as caught:
        call()
    assert [p.path for p in caught.value.problems] == [path]


def test_every_programmes_measurement_problems_are_listed():
    bench = _benchmark()
    bad = Measurement(indicator="match_rate", value=0.5, on=dt.date(2021, 10, 1))
    programs = [
        attrs.evolve(
            bench.organization(1, i),  # type: ignore[attr-defined]
            measurements=(bad,),
        )
        for i in range(3)
    ]
    with pytest.raises(ValidationError) as caught:
        ind.compute_many(programs, on=dt.date(2022, 5, 31))
    assert [p.path for p in caught.value.problems] == [
        f"$[{i}].measurements[0].indicator" for i in range(3)
    ]


def _edges(program: Program, t: HealthThresholds) -> list[dt.date]:
    """The days where a rule's outcome may turn: activities due and done,
    and the day a pair has been quiet for ``quiet_warning_days``."""
    quiet = dt.timedelta(days=t.quiet_warning_days)
    days = [program.year.start, program.year.end]
    for plan in program.plans:
        for a in plan.activities:
            days += [a.due, a.due + dt.timedelta(days=1)]
            if a.done_on is not None:
                done = a.done_on
                days += [done, done + quiet, done + quiet - dt.timedelta(days=1)]
    for pair in program.pairs:
        days += [step.on + quiet for step in pair.history]
        days += [step.on - dt.timedelta(days=1) + quiet for step in pair.history]
    return days


@SETTINGS
@given(
    ms.programs(max_mentors=3, max_mentees=4),
    ms.progress_weights(),
    ms.health_thresholds(),
)
def test_the_uncomposed_rules_equal_the_composed_ones(program, weights, t):
    """compute_many counts plan progress and flagged pairs without building
    scores or signals: the same numbers as compute's functions, on every
    day where a rule may turn."""
    by_pair = _plans_by_pair(program)
    for on in sorted(set(_edges(program, t))):
        for plan in program.plans:
            plain = _plain_progress(plan, on, weights)
            assert plain == _progress_value(plan, on, weights)
        for pair in program.pairs:
            plans = tuple(by_pair.get(pair.id, ()))
            signals = _signals(pair, plans, program.year, on, t)
            assert _has_signal(pair, plans, program.year, on, t) == bool(signals)
            if signals:  # an active pair: whether it is quiet, as _quiet says
                quiet = any(s.kind is SignalKind.NO_RECENT_ACTIVITY for s in signals)
                assert _is_quiet(pair, plans, on, t) == quiet


@pytest.mark.parametrize("late", [-1, 0, 1])
@pytest.mark.parametrize("status", list(ActivityStatus))
def test_plain_progress_counts_an_activity_as_plan_progress_does(late, status):
    due = dt.date(2021, 10, 1)
    done = due + dt.timedelta(days=late) if status is ActivityStatus.DONE else None
    activity = Activity(
        id="a",
        title="t",
        method=WorkMethod.COACHING,
        due=due,
        status=status,
        done_on=done,
    )
    plan = MentoringPlan(
        id="pl",
        pair_id="p",
        goal="",
        start=dt.date(2021, 9, 1),
        end=dt.date(2022, 5, 31),
        activities=(
            activity,
            attrs.evolve(activity, id="b", status=ActivityStatus.PLANNED, done_on=None),
        ),
    )
    for on in (due, due + dt.timedelta(days=2)):
        for weights in (
            ProgressWeights(),
            ProgressWeights(late_credit=0.3, activities=0.7),
        ):
            assert _plain_progress(plan, on, weights) == _progress_value(
                plan, on, weights
            )


@SETTINGS
@given(ms.programs(max_mentors=3, max_mentees=4), ms.progress_weights())
def test_the_activities_part_counts_as_the_activities_say(program, weights):
    """progress's one loop over a plan's activities (what plan_progress and
    compute_many read) counts what the activities' own methods say: done by
    the day, on time or late, cancelled ones left out; its value capped at
    1 and weighed only when there is an activity."""
    days = {program.year.start - dt.timedelta(days=1), program.year.end}
    for plan in program.plans:
        for a in plan.activities:
            days |= {a.due, a.due - dt.timedelta(days=1)}
            if a.done_on is not None:
                days |= {a.done_on, a.done_on - dt.timedelta(days=1)}
    for on in [None, *sorted(days)]:
        for plan in program.plans:
            counted = [
                a for a in plan.activities if a.status is not ActivityStatus.CANCELLED
            ]
            done = [
                a for a in counted if a.status is ActivityStatus.DONE and a.done_by(on)
            ]
            on_time = sum(a.on_time for a in done)
            late = len(done) - on_time
            n = len(counted)
            raw = min(1.0, (on_time + weights.late_credit * late) / n) if n else 0.0
            weight = weights.activities if n else 0.0
            assert _activity_part(plan, on, weights) == (raw, weight, on_time, late, n)


@st.composite
def twice_listed(draw: st.DrawFn) -> Program:
    """A programme that lists some of its records again, as a programme that
    has not passed Program.problems may: a mentor again (another origin,
    other places), a mentor as a mentee too, a mentee again (asked on
    another day), a pair id again with another history."""
    program = draw(ms.programs(min_mentors=1, max_mentors=3, max_mentees=4))
    mentors, mentees, pairs = program.mentors, program.mentees, program.pairs
    again = draw(st.sampled_from(mentors))
    mentors += (
        attrs.evolve(
            again,
            capacity=draw(st.integers(1, 3)),
            person=attrs.evolve(
                again.person, origin=draw(st.sampled_from(list(MentorOrigin)))
            ),
        ),
    )
    if draw(st.booleans()):
        mentees += (Mentee(person=draw(st.sampled_from(mentors)).person),)
    if mentees and draw(st.booleans()):
        mentee = draw(st.sampled_from(mentees))
        asked = program.year.start + dt.timedelta(days=draw(st.integers(-20, 200)))
        mentees += (attrs.evolve(mentee, requested_on=asked),)
    if pairs and draw(st.booleans()):
        other = draw(st.sampled_from(pairs))
        pairs += (attrs.evolve(draw(st.sampled_from(pairs)), history=other.history),)
    return attrs.evolve(program, mentors=mentors, mentees=mentees, pairs=pairs)


@SETTINGS
@given(st.lists(twice_listed(), min_size=1, max_size=3), st.integers(-10, 400))
def test_records_listed_twice_count_as_compute_counts_them(programs, days):
    on = programs[0].year.start + dt.timedelta(days=days)
    assert ind.compute_many(programs, on=on) == reference(programs, on)


@SETTINGS
@given(countries(), st.integers(1, 3))
def test_totals_added_a_batch_at_a_time_equal_the_merge(country, size):
    """compute_many adds the organizations' counts a batch at a time (a
    measured one in its place in the order): with batches of 1 to 3, a
    batch ends anywhere, before and after a measured organization."""
    programs, on = country
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_batch, "_BATCH", size)
        assert ind.compute_many(programs * 3, on=on) == reference(programs * 3, on)


@SETTINGS
@given(
    st.integers(0, 40),
    st.integers(0, 40),
    st.integers(0, 5),
    st.integers(-1, 45),
    st.booleans(),
)
def test_a_mentee_who_became_a_mentor_counts_as_compute_counts_it(
    proposed, started, later, day, both
):
    """3.4 (a mentee who became a mentor): the mentor of a pair active by
    the day was a mentee of a pair proposed before that pair began, the
    same day (not before) or after, by the day or not; one such mentor, or
    two."""
    year = AcademicYear.starting(2021)
    first = year.start + dt.timedelta(days=proposed)
    began = year.start + dt.timedelta(days=started)
    on = year.start + dt.timedelta(days=day)
    people = [Person(id=f"p{i}", name=f"P{i}") for i in range(4)]
    mentors = tuple(Mentor(person=p, capacity=2) for p in people[:2])
    mentees = tuple(Mentee(person=p) for p in people[1:])
    was = Pair.propose(id="was", mentor_id="p0", mentee_id="p1", on=first)
    pairs = [
        Pair.propose(id="is", mentor_id="p1", mentee_id="p2", on=began).activate(
            on=began + dt.timedelta(days=later)
        )
    ]
    if both:  # p0 too: its pair active, and a mentee of p1's
        was = was.activate(on=first + dt.timedelta(days=later))
        pairs.append(Pair.propose(id="too", mentor_id="p1", mentee_id="p0", on=began))
    pairs.append(was)
    program = Program(
        id="org/2021",
        title="2021-2022",
        organization="org",
        year=year,
        mentors=mentors,
        mentees=mentees,
        pairs=tuple(pairs),
    )
    assert ind.compute_many([program], on=on) == reference([program], on)


#: What a pair's further plan may leave unrecorded in its activities.
UNRECORDED = {
    "minutes": (("minutes", None),),
    "contact": (("contact", None),),
    "done": (("status", ActivityStatus.CANCELLED), ("done_on", None)),
}


@st.composite
def several_plans(draw: st.DrawFn) -> tuple[Program, dt.date]:
    """A programme whose pairs have several plans now and then (another
    plan's activities under the pair's id: with or without minutes, kinds
    of contact and days done), counted on a day where a rule may turn
    (a pair turning quiet, an activity due or done)."""
    program = draw(ms.programs(max_mentors=3, max_mentees=4))
    plans = list(program.plans)
    if plans:
        for k, pair in enumerate(program.pairs):
            for j in draw(st.lists(st.integers(0, len(plans) - 1), max_size=2)):
                changes = draw(st.sets(st.sampled_from(sorted(UNRECORDED))))
                activities = tuple(
                    attrs.evolve(a, **{n: v for c in changes for n, v in UNRECORDED[c]})
                    for a in plans[j].activities
                )
                plans.append(
                    attrs.evolve(
                        plans[j],
                        id=f"more-{k}-{j}",
                        pair_id=pair.id,
                        activities=activities,
                    )
                )
    program = attrs.evolve(program, plans=tuple(plans))
    days = sorted(set(_edges(program, HealthThresholds())))
    return program, draw(st.sampled_from(days))


@SETTINGS
@given(several_plans())
def test_a_pair_with_several_plans_counts_as_compute_counts_it(case):
    """compute_many reads each plan's activities once and adds them up by
    pair (contact time, the last activity done for a quiet pair) and by
    plan (progress): the same totals as compute, on the days rules turn."""
    program, on = case
    assert ind.compute_many([program], on=on) == reference([program], on)


#: Measurements compute refuses, each with the value that is wrong in it.
SPOILT = (
    Measurement(indicator="publications", value=1.5, on=dt.date(2021, 10, 1)),
    Measurement(indicator="publications", value=-1.0, on=dt.date(2021, 10, 2)),
    Measurement(indicator="satisfaction", value=7.0, on=dt.date(2021, 10, 1)),
    Measurement(indicator="satisfaction", value=0.5, on=dt.date(2021, 10, 3)),
    Measurement(indicator="match_rate", value=0.5, on=dt.date(2021, 10, 1)),
    Measurement(indicator="no such code", value=1.0, on=dt.date(2021, 10, 1)),
    Measurement(
        indicator="satisfaction", value=3.0, on=dt.date(2021, 10, 4), organization="x"
    ),
)


@pytest.mark.parametrize("bad", [*SPOILT, None], ids=[*map(repr, range(7)), "twice"])
@settings(SETTINGS, max_examples=12)
@given(countries(), st.data())
def test_compute_many_refuses_each_measurement_compute_refuses(bad, country, data):
    """compute_many checks each measurement against its code's range and
    words the problems only for a programme with one outside: every problem
    compute finds, in each programme, at ``$[i]``; a programme with none
    counts as compute counts it. *bad* is spoilt, or (``None``) a
    programme's first measurement is listed again."""
    programs, on = country
    spoilt = []
    for program in programs:
        extra = program.measurements[:1] if bad is None else (bad,)
        if not data.draw(st.booleans()):
            extra = ()
        spoilt.append(
            attrs.evolve(program, measurements=(*program.measurements, *extra))
        )
    expected = []
    for i, program in enumerate(spoilt):
        try:
            ind.compute(program, on=on)
        except ValidationError as e:
            expected += [
                (f"$[{i}]{p.path[1:]}", p.message.replace("$.", f"$[{i}]."))
                for p in e.problems
            ]
    if not expected:
        assert ind.compute_many(spoilt, on=on) == reference(spoilt, on)
        return
    with pytest.raises(ValidationError) as caught:
        ind.compute_many(spoilt, on=on)
    assert [(p.path, p.message) for p in caught.value.problems] == expected


@pytest.mark.parametrize("indicator", list(ind.CATALOG))
def test_a_codes_range_is_what_its_value_problem_accepts(indicator):
    """_value_range's three numbers accept exactly the values that
    _value_problem finds nothing wrong in."""
    from mentoring.indicators._compute import _value_problem, _value_range

    low, high, whole = _value_range(indicator)
    values = [-1e300, -2.0, -1.0, -0.5, 0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0]
    values += [4.0, 5.0, 5.5, 7.0, 100.0, 1e300, low, high]
    for value in values:
        inside = low <= value <= high and (not whole or value == int(value))
        assert (_value_problem(indicator, value, "$") is None) == inside, value


@pytest.mark.parametrize("order", ["done first", "cancelled first"])
def test_a_pairs_last_activity_is_found_in_any_of_its_plans(order):
    """A pair with an activity done 10 days ago in one plan and none done in
    another (just begun) is not quiet, whichever plan comes first: no
    signal, as compute's health finds none."""
    day = dt.date(2021, 11, 10)
    done = Activity(
        id="a",
        title="coaching",
        method=WorkMethod.COACHING,
        due=day + dt.timedelta(days=5),
        status=ActivityStatus.DONE,
        done_on=day,
    )
    cancelled = attrs.evolve(done, status=ActivityStatus.CANCELLED, done_on=None)
    year = AcademicYear.starting(2021)
    plans = [  # each begun less than 4 weeks before its first activity done
        MentoringPlan(
            id=f"plan-{i}",
            pair_id="p",
            goal="",
            start=start,
            end=year.end,
            activities=(activity,),
        )
        for i, (activity, start) in enumerate(
            ((done, dt.date(2021, 10, 25)), (cancelled, dt.date(2021, 11, 15)))
        )
    ]
    if order == "cancelled first":
        plans.reverse()
    program = Program(
        id="s",
        title="2021-2022",
        organization="s",
        year=year,
        mentors=(Mentor(person=Person(id="m", name="M")),),
        mentees=(Mentee(person=Person(id="e", name="E")),),
        pairs=(
            Pair(
                id="p",
                mentor_id="m",
                mentee_id="e",
                history=(
                    Transition(status=PairStatus.PROPOSED, on=dt.date(2021, 9, 1)),
                    Transition(status=PairStatus.ACTIVE, on=dt.date(2021, 9, 2)),
                ),
            ),
        ),
        plans=tuple(plans),
    )
    on = day + dt.timedelta(days=10)
    assert ind.compute(program, on=on).value("health_signal_share") == 0
    assert ind.compute_many([program], on=on) == reference([program], on)
