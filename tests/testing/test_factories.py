"""The seeded factories: deterministic, realistic and always valid."""

import pytest

import mentoring as m
from mentoring.testing import factories as mf

JURISDICTIONS = ["ru", "kz", "md", "ro", "us", ""]


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
@pytest.mark.parametrize(
    ("mentors", "mentees"), [(0, 0), (1, 0), (0, 4), (5, 12), (3, 20), (12, 8)]
)
def test_every_factory_programme_has_no_problems(jurisdiction, mentors, mentees):
    for seed in range(8):
        program = mf.make_program(
            seed, mentors=mentors, mentees=mentees, jurisdiction=jurisdiction
        )
        assert program.problems() == ()
        assert len(program.mentors) == mentors
        assert len(program.mentees) == mentees
        assert program.jurisdiction == jurisdiction


def test_the_default_programme_matches_the_issue():
    program = mf.make_program(seed=1, mentors=5, mentees=12, jurisdiction="ru")
    assert program == mf.make_program()
    assert program.year.label == "2024-2025"
    assert program.year.system == "ru-quarters"
    assert program.curator is not None
    assert program.pairs
    assert program.plans
    assert {p.pair_id for p in program.plans} <= {p.id for p in program.pairs}
    assert program.events
    assert program.surveys
    assert program.measurements


def test_same_seed_same_programme_other_seed_other_programme():
    assert mf.make_program(7) == mf.make_program(7)
    assert mf.make_program(7) != mf.make_program(8)
    assert mf.make_person(3) == mf.make_person(3)
    assert mf.make_mentor(3) == mf.make_mentor(3)
    assert mf.make_mentee(3) == mf.make_mentee(3)


def test_factories_leave_the_global_random_state_alone():
    import random

    random.seed(123)
    expected = random.random()
    random.seed(123)
    mf.make_program(5)
    assert random.random() == expected


def is_cyrillic(text: str) -> bool:
    return all(ch.isspace() or "\u0400" <= ch <= "\u04ff" for ch in text)


def test_names_follow_the_jurisdiction():
    ru = mf.make_program(2, jurisdiction="ru")
    assert all(is_cyrillic(p.name) for p in ru.people().values())
    ro = mf.make_program(2, jurisdiction="ro")
    assert all(
        p.name.isascii() or not is_cyrillic(p.name) for p in ro.people().values()
    )
    kz = mf.make_program(2, mentors=10, mentees=30, jurisdiction="kz")
    assert all(is_cyrillic(p.name) for p in kz.people().values())
    en = mf.make_program(2, jurisdiction="us")
    assert all(p.name.isascii() for p in en.people().values())


def test_russian_names_agree_in_gender():
    for seed in range(30):
        family, given, patronymic = mf.make_person(seed, jurisdiction="ru").name.split()
        female = patronymic.endswith("на")
        assert given[-1] in "аяАЯ" if female else given[-1] not in "аяАЯ"
        if family.endswith(("ов", "ова", "ев", "ева", "ин", "ина")):
            assert family.endswith("а") == female


def test_mentors_are_certified_for_their_jurisdiction():
    kz = mf.make_program(1, jurisdiction="kz")
    assert all(
        x.person.holds(m.CertificationKind.NIS_LEVEL_1, m.CertificationKind.NIS_LEVEL_2)
        for x in kz.mentors
    )
    md = mf.make_program(1, jurisdiction="md")
    assert all(x.level is m.MentorLevel.INSTITUTIONAL for x in md.mentors)


def test_make_pairs_keeps_capacities_and_preferences():
    mentors = [mf.make_mentor(i, id=f"m{i}") for i in range(3)]
    mentees = [
        mf.make_mentee(i, id=f"e{i}", mentor_ids=[x.id for x in mentors])
        for i in range(10)
    ]
    pairs = mf.make_pairs(mentors, mentees, seed=4)
    program = m.Program(
        id="p",
        title="t",
        organization="o",
        year=mf.make_year(),
        mentors=tuple(mentors),
        mentees=tuple(mentees),
        pairs=pairs,
    )
    assert program.problems() == ()
    for mentor in mentors:
        assert sum(p.mentor_id == mentor.id for p in pairs) <= mentor.capacity
    assert pairs == mf.make_pairs(mentors, mentees, seed=4)


def test_make_plan_follows_the_kazakh_template():
    program = mf.make_program(3)
    pair = next(p for p in program.pairs if p.started_on is not None)
    plan = mf.make_plan(pair, seed=1, year=program.year)
    assert plan.pair_id == pair.id
    assert [c.id for c in plan.criteria] == ["c1", "c2", "c3", "c4"]
    assert program.add_plans([plan]).problems() == ()


def test_make_year_uses_the_term_system_when_there_is_one():
    assert [t.name for t in mf.make_year(2021, jurisdiction="ru").terms] == [
        "Q1",
        "Q2",
        "Q3",
        "Q4",
    ]
    assert mf.make_year(2021, jurisdiction="us") == m.AcademicYear.starting(2021)


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"mentors": -1}, ("$.mentors", "must be >= 0, got -1", "range")),
        ({"mentees": 2.5}, ("$.mentees", "expected an int, got float 2.5", "type")),
        ({"mentors": True}, ("$.mentors", "expected an int, got bool True", "type")),
    ],
)
def test_bad_counts_raise_validation_error_with_a_path(kwargs, problem):
    with pytest.raises(m.ValidationError) as info:
        mf.make_program(1, **kwargs)
    assert info.value.problems == (problem,)
    assert info.value.subject == "arguments of make_program"


def test_every_bad_argument_is_named_at_once():
    with pytest.raises(m.ValidationError) as info:
        mf.make_program(None, mentors="5", jurisdiction=7)  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == [
        "$.seed",
        "$.mentors",
        "$.jurisdiction",
    ]


@pytest.mark.parametrize(
    ("build", "problem"),
    [
        (
            lambda: mf.make_pairs([mf.make_mentor(1)], [mf.make_mentor(2)]),
            ("$.mentees[0]", "expected a Mentee, got Mentor "),
        ),
        (
            lambda: mf.make_pairs("m1", []),
            ("$.mentors", "expected an iterable of Mentor, got str 'm1'"),
        ),
        (
            lambda: mf.make_mentee(1, mentor_ids=["m1", 2]),
            ("$.mentor_ids[1]", "expected a str, got int 2"),
        ),
        (
            lambda: mf.make_plan("pair-1"),
            ("$.pair", "expected a Pair, got str 'pair-1'"),
        ),
    ],
    ids=["pairs-item", "pairs-str", "mentee-ids", "plan"],
)
def test_bad_people_and_pairs_are_refused_in_the_library_words(build, problem):
    with pytest.raises(m.ValidationError) as info:
        build()
    ((path, message, code),) = info.value.problems
    assert path == problem[0]
    assert message.startswith(problem[1])
    assert code == "type"


def _pair() -> m.Pair:
    program = mf.make_program(seed=1, mentors=2, mentees=2, with_records=False)
    return program.pairs[0]


@pytest.mark.parametrize("seed", [None, "1", 1.0, True])
@pytest.mark.parametrize(
    "build",
    [
        lambda seed: mf.make_program(seed=seed),
        mf.make_person,
        mf.make_mentor,
        mf.make_mentee,
        lambda seed: mf.make_pairs([mf.make_mentor(1)], [mf.make_mentee(2)], seed=seed),
        lambda seed: mf.make_plan(_pair(), seed=seed),
    ],
    ids=["program", "person", "mentor", "mentee", "pairs", "plan"],
)
def test_every_factory_refuses_a_seed_that_is_not_an_int(build, seed):
    # None would seed from the clock: the factory would not be deterministic.
    with pytest.raises(m.ValidationError) as info:
        build(seed)
    assert [p.path for p in info.value.problems] == ["$.seed"]
    assert info.value.problems[0].message.startswith("expected an int, got ")


def test_programmes_of_a_district_compute_together():
    import datetime as dt

    from mentoring import indicators

    schools = [mf.make_program(seed=s, district="d-1", region="r") for s in (1, 2, 3)]
    ids = [{p.id for p in s.pairs} | set(s.people()) for s in schools]
    assert not ids[0] & ids[1]
    assert not ids[1] & ids[2]
    snap = indicators.compute(schools, on=dt.date(2022, 5, 31))
    assert (snap.organizations, snap.district, snap.region) == (3, "d-1", "r")
    named = mf.make_program(seed=1, organization="lyceum-7")
    assert named.organization == "lyceum-7"
    assert all(m.id.startswith("lyceum-7-") for m in named.mentors)
    assert named.organization_name


@pytest.mark.parametrize("seed", range(1, 30))
def test_a_mentor_and_a_mentee_of_one_seed_have_different_names(seed):
    assert mf.make_mentor(seed).person.name != mf.make_mentee(seed).person.name
