"""One test per kind of problem Program.problems() finds; a valid one has none."""

import datetime as dt

import attrs
import pytest

import mentoring as m

YEAR = m.AcademicYear.starting(2021)
START = YEAR.start


def person(pid: str, **kw) -> m.Person:
    return m.Person(id=pid, name=pid.upper(), **kw)


def mentor(pid: str, capacity: int = 1, **kw) -> m.Mentor:
    return m.Mentor(person=person(pid), capacity=capacity, **kw)


def mentee(pid: str, **kw) -> m.Mentee:
    return m.Mentee(person=person(pid), **kw)


def pair(pid: str, mentor_id: str, mentee_id: str, *, active: bool = True, **kw):
    p = m.Pair.propose(id=pid, mentor_id=mentor_id, mentee_id=mentee_id, on=START, **kw)
    return p.activate(on=START + dt.timedelta(days=1)) if active else p


@pytest.fixture
def program() -> m.Program:
    return m.Program(
        id="prog",
        title="School programme 2021-2022",
        organization="school-1",
        year=YEAR,
        curator=person("cur"),
        mentors=(mentor("m1", capacity=2), mentor("m2")),
        mentees=(mentee("e1"), mentee("e2")),
        pairs=(pair("p1", "m1", "e1"), pair("p2", "m2", "e2")),
    )


def paths(program: m.Program) -> list[str]:
    return [p.path for p in program.problems()]


def test_a_valid_programme_has_no_problem(program):
    assert program.problems() == ()
    assert program.check() is program


def test_duplicate_mentor_ids(program):
    bad = attrs.evolve(program, mentors=(*program.mentors, mentor("m1", capacity=2)))
    assert paths(bad) == ["$.mentors[2]"]
    (problem,) = bad.problems()
    assert problem.code == "duplicate"
    assert problem.message == "duplicate id 'm1' (first at $.mentors[0])"


def test_duplicate_pair_ids(program):
    bad = attrs.evolve(
        program, pairs=(*program.pairs, pair("p1", "m1", "e2", active=False))
    )
    assert "$.pairs[2]" in paths(bad)


def test_same_person_with_different_data_in_two_places(program):
    other = m.Mentee(person=person("m2", district="elsewhere"))
    bad = attrs.evolve(program, mentees=(*program.mentees, other))
    [problem] = bad.problems()
    assert problem.path == "$.mentees[2].person"
    assert problem.code == "conflict"
    assert problem.message == (
        "person 'm2' differs from the same person at $.mentors[1].person"
    )


def test_same_person_as_mentor_and_mentee_with_same_data_is_fine(program):
    both = m.Mentee(person=program.mentors[1].person)
    assert attrs.evolve(program, mentees=(*program.mentees, both)).problems() == ()


def test_dangling_mentor_and_mentee_ids(program):
    bad = attrs.evolve(program, pairs=(pair("p9", "nobody", "ghost", active=False),))
    assert paths(bad) == ["$.pairs[0].mentor_id", "$.pairs[0].mentee_id"]
    assert [(p.message, p.code) for p in bad.problems()] == [
        ("no mentor with id 'nobody' in the programme", "unknown_id"),
        ("no mentee with id 'ghost' in the programme", "unknown_id"),
    ]


def test_mentor_above_capacity(program):
    bad = attrs.evolve(
        program,
        pairs=(
            *program.pairs,
            pair("p3", "m2", "e1", function=m.MentorFunction.CONSULTANT),
        ),
    )
    found = {p.path: p for p in bad.problems()}
    assert "$.mentors[1].capacity" in found
    assert found["$.mentors[1].capacity"].code == "capacity"
    assert found["$.mentors[1].capacity"].message == (
        "mentor 'm2' has 2 open pairs (p2, p3), above capacity 1"
    )


def test_two_open_pairs_of_the_same_function_for_one_mentee(program):
    bad = attrs.evolve(program, pairs=(*program.pairs, pair("p3", "m1", "e1")))
    assert paths(bad) == ["$.pairs[2]"]


def test_two_pairs_of_different_functions_are_fine(program):
    subject = mentor("m3", functions=frozenset({m.MentorFunction.SUBJECT}))
    ok = attrs.evolve(
        program,
        mentors=(*program.mentors, subject),
        pairs=(
            *program.pairs,
            pair("p3", "m3", "e1", function=m.MentorFunction.SUBJECT),
        ),
    )
    assert ok.problems() == ()


def test_pair_function_the_mentor_does_not_fill(program):
    bad = attrs.evolve(
        program, pairs=(pair("p1", "m1", "e1", function=m.MentorFunction.SUBJECT),)
    )
    assert paths(bad) == ["$.pairs[0].function"]


def test_pair_dates_outside_the_year(program):
    early = m.Pair.propose(
        id="p1", mentor_id="m1", mentee_id="e1", on=START - dt.timedelta(days=1)
    )
    bad = attrs.evolve(program, pairs=(early,))
    assert paths(bad) == ["$.pairs[0].history[0].on"]


def test_open_pair_with_an_avoided_mentor(program):
    picky = m.Mentee(
        person=program.mentees[0].person, avoided_mentor_ids=frozenset({"m1"})
    )
    bad = attrs.evolve(program, mentees=(picky, program.mentees[1]))
    assert paths(bad) == ["$.pairs[0].mentor_id"]


def test_preferred_mentor_who_is_not_enrolled(program):
    hopeful = m.Mentee(
        person=program.mentees[0].person, preferred_mentor_ids=("m1", "zz")
    )
    bad = attrs.evolve(program, mentees=(hopeful, program.mentees[1]))
    assert paths(bad) == ["$.mentees[0].preferred_mentor_ids[1]"]


def test_group_with_unknown_members(program):
    group = m.Group(id="g1", mentor_id="m9", mentee_ids=frozenset({"e1", "e7"}))
    bad = attrs.evolve(program, groups=(group,))
    assert paths(bad) == ["$.groups[0].mentor_id", "$.groups[0].mentee_ids"]


def test_plan_of_an_unknown_pair_and_outside_the_year(program):
    plan = m.MentoringPlan(
        id="plan1",
        pair_id="nope",
        goal="g",
        start=START,
        end=YEAR.end + dt.timedelta(days=1),
    )
    bad = attrs.evolve(program, plans=(plan,))
    assert paths(bad) == ["$.plans[0].pair_id", "$.plans[0].end"]


def test_achievement_and_survey_of_nobody(program):
    ach = m.Achievement(
        id="a1", person_id="zz", kind=m.AchievementKind.PUBLICATION, on=START
    )
    survey = m.SurveyResponse(id="s1", person_id="yy", on=START)
    bad = attrs.evolve(program, achievements=(ach,), surveys=(survey,))
    assert paths(bad) == ["$.achievements[0].person_id", "$.surveys[0].person_id"]


def test_records_dated_outside_the_year(program):
    event = m.Event(
        id="ev",
        kind=m.EventKind.SEMINAR,
        title="t",
        on=dt.date(2023, 1, 1),
        organizer="school-1",
    )
    meas = m.Measurement(indicator="1.2", value=1, on=dt.date(2020, 1, 1))
    bad = attrs.evolve(program, events=(event,), measurements=(meas,))
    assert paths(bad) == ["$.events[0].on", "$.measurements[0].on"]


def test_every_problem_is_listed_not_only_the_first(program):
    bad = attrs.evolve(
        program,
        mentors=(*program.mentors, mentor("m1")),
        pairs=(*program.pairs, pair("p3", "zz", "e2", active=False)),
        groups=(m.Group(id="g", mentor_id="nobody", mentee_ids=frozenset({"e1"})),),
    )
    assert len(bad.problems()) == 3


def test_add_pair_refuses_a_pair_above_capacity(program):
    program = program.add_mentees([mentee("e3")])
    with pytest.raises(m.ValidationError) as info:
        program.add_pair(pair("p3", "m2", "e3"))
    assert info.value.problems[0].path == "$.mentors[1].capacity"


def test_activation_that_breaks_capacity_is_refused(program):
    proposed = program.add_mentees([mentee("e3")]).add_pair(
        pair("p3", "m2", "e3", active=False)
    )
    with pytest.raises(m.ValidationError):
        proposed.activate_pair("p3", on=START + dt.timedelta(days=5))
    freed = proposed.transition_pair(
        "p2", m.PairStatus.COMPLETED, on=START + dt.timedelta(days=4)
    )
    assert (
        freed.activate_pair("p3", on=START + dt.timedelta(days=5)).pair("p3").status
        is m.PairStatus.ACTIVE
    )


def test_transition_not_in_the_table_raises_transition_error(program):
    with pytest.raises(m.TransitionError):
        program.transition_pair(
            "p1", m.PairStatus.PROPOSED, on=START + dt.timedelta(days=9)
        )


@pytest.mark.parametrize("kind", ["mentor", "mentee", "pair"])
def test_look_ups_raise_not_found_for_unknown_ids(program, kind):
    with pytest.raises(m.NotFoundError) as info:
        getattr(program, kind)("nope")
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == (kind, "nope")
    assert str(info.value) == f"no {kind} with id 'nope'"


def test_look_ups_find_what_is_there(program):
    assert program.mentor("m1").capacity == 2
    assert program.mentee("e2").id == "e2"
    assert program.pair("p2").mentor_id == "m2"


def test_a_look_up_by_a_wrong_type_is_a_validation_error(program):
    with pytest.raises(m.ValidationError) as info:
        program.pair(1)
    assert [str(p) for p in info.value.problems] == [
        "$.pair_id: expected a str, got int 1"
    ]


def test_changing_an_unknown_pair_is_a_not_found_error(program):
    day = START + dt.timedelta(days=10)
    with pytest.raises(m.NotFoundError) as info:
        program.transition_pair("p9", m.PairStatus.COMPLETED, on=day)
    assert (info.value.kind, info.value.key) == ("pair", "p9")
    with pytest.raises(m.NotFoundError) as info:
        program.replace_pair(pair("p9", "m1", "e2"))
    assert (info.value.kind, info.value.key) == ("pair", "p9")


@pytest.mark.parametrize(
    ("field", "make"),
    [
        ("mentees", lambda: mentee("e1")),
        (
            "groups",
            lambda: m.Group(id="g", mentor_id="m1", mentee_ids=frozenset({"e1"})),
        ),
        (
            "plans",
            lambda: m.MentoringPlan(
                id="pl", pair_id="p1", goal="g", start=START, end=START
            ),
        ),
        (
            "events",
            lambda: m.Event(
                id="ev",
                kind=m.EventKind.SEMINAR,
                title="t",
                on=START,
                organizer="school-1",
            ),
        ),
        (
            "achievements",
            lambda: m.Achievement(
                id="a", person_id="e1", kind=m.AchievementKind.PUBLICATION, on=START
            ),
        ),
        ("surveys", lambda: m.SurveyResponse(id="s", person_id="e1", on=START)),
    ],
)
def test_duplicate_ids_in_every_collection(program, field, make):
    existing = getattr(program, field)
    item = make()
    twice = (*existing, item, item) if field != "mentees" else (*existing, item)
    bad = attrs.evolve(program, **{field: twice})
    dup_index = len(twice) - 1
    found = [p for p in bad.problems() if p.path == f"$.{field}[{dup_index}]"]
    assert len(found) == 1
    assert "duplicate id" in found[0].message


def test_group_dates_outside_the_year(program):
    group = m.Group(
        id="g1",
        mentor_id="m1",
        mentee_ids=frozenset({"e2"}),
        formed_on=START - dt.timedelta(days=3),
        ended_on=YEAR.end + dt.timedelta(days=1),
    )
    bad = attrs.evolve(program, groups=(group,))
    assert paths(bad) == ["$.groups[0].formed_on", "$.groups[0].ended_on"]


def over_capacity(program: m.Program) -> m.Program:
    """m2 (capacity 1) with three open pairs: the kind of data an import brings."""
    extra = (mentee("e3"), mentee("e4"))
    pairs = (*program.pairs, pair("p3", "m2", "e3"), pair("p4", "m2", "e4"))
    return attrs.evolve(program, mentees=(*program.mentees, *extra), pairs=pairs)


def test_a_change_that_reduces_an_existing_problem_is_allowed(program):
    messy = over_capacity(program)
    assert paths(messy) == ["$.mentors[1].capacity"]
    better = messy.transition_pair(
        "p3", m.PairStatus.DISSOLVED, on=START + dt.timedelta(days=9)
    )
    assert "2 open pairs" in better.problems()[0].message
    clean = better.transition_pair(
        "p4", m.PairStatus.COMPLETED, on=START + dt.timedelta(days=9)
    )
    assert clean.problems() == ()


def test_a_change_that_worsens_an_existing_problem_is_refused(program):
    messy = over_capacity(program).add_mentees([mentee("e5")])
    with pytest.raises(m.ValidationError) as info:
        messy.add_pair(pair("p5", "m2", "e5"))
    assert [p.path for p in info.value.problems] == ["$.mentors[1].capacity"]


def test_transition_pairs_moves_several_pairs_in_one_checked_change(program):
    program = program.add_mentees([mentee("e3"), mentee("e4")])
    program = program.add_pairs(
        [
            pair("p3", "m1", "e3", active=False),
            pair("p4", "m1", "e4", active=False),
        ]
    )
    day = START + dt.timedelta(days=10)
    done = program.transition_pairs(["p1"], m.PairStatus.COMPLETED, on=day)
    active = done.activate_pairs(["p3", "p4"], on=day)
    assert [active.pair(pid).status for pid in ("p3", "p4")] == [
        m.PairStatus.ACTIVE
    ] * 2
    with pytest.raises(m.ValidationError):  # m1 has 2 places: p1 open, p3, p4
        program.activate_pairs(["p3", "p4"], on=day)
    with pytest.raises(m.NotFoundError) as info:
        program.activate_pairs(["p3", "nope"], on=day)
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("pair", "nope")
    assert str(info.value) == "no pair with id 'nope'"


def test_add_mentors_refuses_a_duplicate(program):
    assert program.add_mentors([mentor("m3")]).mentor("m3").capacity == 1
    with pytest.raises(m.ValidationError) as info:
        program.add_mentors([mentor("m1")])
    assert info.value.problems[0].path == "$.mentors[2]"


def test_add_records_refuses_records_of_nobody(program):
    ach = m.Achievement(
        id="a1", person_id="e1", kind=m.AchievementKind.COMPETITION, on=START
    )
    assert program.add_records(achievements=[ach]).achievements == (ach,)
    ghost = m.Achievement(
        id="a2", person_id="ghost", kind=m.AchievementKind.COMPETITION, on=START
    )
    with pytest.raises(m.ValidationError) as info:
        program.add_records(achievements=[ghost])
    assert info.value.problems[0].path == "$.achievements[0].person_id"


def test_replace_plan_keeps_the_rules(program):
    plan = m.MentoringPlan(
        id="pl",
        pair_id="p1",
        goal="adapt",
        start=START,
        end=START + dt.timedelta(days=90),
    )
    program = program.add_plans([plan])
    longer = attrs.evolve(plan, end=START + dt.timedelta(days=120))
    assert program.replace_plan(longer).plans == (longer,)
    with pytest.raises(m.ValidationError):
        program.replace_plan(attrs.evolve(plan, pair_id="nope"))
    with pytest.raises(m.NotFoundError) as info:
        program.replace_plan(attrs.evolve(plan, id="other"))
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("plan", "other")


def test_adding_one_pair_where_several_are_expected_is_a_validation_error(program):
    with pytest.raises(m.ValidationError) as info:
        program.add_pairs(pair("p3", "m1", "e2"))
    assert info.value.subject == "arguments of Program.add_pairs"
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.pairs", "type")
    assert problem.message.startswith("expected an iterable of Pair, got Pair ")
