"""Matching a programme: pair ids that never collide, dissolved pairs, the
curator rule for newly arrived teachers (S004), and the wording of reasons."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.calendar import AcademicYear
from mentoring.errors import MatchingError
from mentoring.matching import (
    CompatibilityModel,
    MentorLoad,
    PairRef,
    UnmatchedReason,
    match,
    match_program,
    suggest,
)
from mentoring.model import (
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    Pair,
    PairStatus,
    Person,
    Program,
)

DAY = dt.date(2021, 9, 1)
LATER = dt.date(2021, 10, 4)
F = MentorFunction
RU = CompatibilityModel.russian_school()


def person(person_id: str, **kw: object) -> Person:
    return Person(id=person_id, name=person_id, organization="school-7", **kw)


def programme(mentors, mentees, **kw) -> Program:
    return Program(
        id="p",
        title="Mentoring programme",
        organization="school-7",
        year=AcademicYear.starting(2021),
        mentors=tuple(mentors),
        mentees=tuple(mentees),
        **kw,
    )


# -- pair ids --------------------------------------------------------------------------


def one_pair_programme() -> Program:
    return programme(
        [Mentor(person=person("m1"), capacity=2)], [Mentee(person=person("e1"))]
    )


def test_a_dissolved_pair_is_not_proposed_again_and_the_mentee_is_told_why():
    program = one_pair_programme()
    program = program.add_pairs(match_program(program).to_pairs(on=DAY))
    program = program.activate_pair("pair-e1:m1", on=DAY)
    program = program.transition_pair(
        "pair-e1:m1", PairStatus.DISSOLVED, on=LATER, reason="no contact"
    )
    again = match_program(program)
    assert again.assignments == ()
    (left,) = again.unmatched
    assert left.code is UnmatchedReason.NO_ELIGIBLE_MENTOR
    assert "had a pair with the mentee dissolved" in left.reason


def test_rematching_after_a_dissolved_pair_gives_a_new_pair_id():
    # the review's scenario: match -> activate -> dissolve -> match again
    program = one_pair_programme()
    program = program.add_pairs(match_program(program).to_pairs(on=DAY))
    program = program.activate_pair("pair-e1:m1", on=DAY)
    program = program.transition_pair("pair-e1:m1", PairStatus.DISSOLVED, on=LATER)
    again = match_program(program, rematch_dissolved=True)
    assert [(a.mentor_id, a.mentee_id) for a in again.assignments] == [("m1", "e1")]
    assert again.existing_pair_ids == ("pair-e1:m1",)
    pairs = again.to_pairs(on=LATER)
    assert [p.id for p in pairs] == ["pair-e1:m1:2"]
    program = program.add_pairs(pairs)
    assert program.problems() == ()


def test_a_locked_pair_dissolved_before_is_refused_unless_rematch_is_allowed():
    program = one_pair_programme()
    program = program.add_pairs(match_program(program).to_pairs(on=DAY))
    program = program.transition_pair("pair-e1:m1", PairStatus.DISSOLVED, on=DAY)
    lock = [PairRef(mentor_id="m1", mentee_id="e1")]
    with pytest.raises(MatchingError) as err:
        match_program(program, locked=lock, strict=True)
    assert err.value.problems[0].path == "$.locked[0]"
    assert "was dissolved" in err.value.problems[0].message
    assert match_program(program, locked=lock, rematch_dissolved=True).assignments


def test_a_dissolved_pair_keeps_its_mentor_from_the_mentee_for_every_function():
    mentor = Mentor(
        person=person("m1", grades=frozenset({5})),
        functions=frozenset({F.CONSULTANT, F.PARALLEL_COLLEAGUE}),
    )
    mentee = Mentee(person=person("e1", grades=frozenset({5})))
    gone = Pair.propose(id="old", mentor_id="m1", mentee_id="e1", on=DAY).dissolve(
        on=DAY
    )
    result = match([mentor], [mentee], function=F.PARALLEL_COLLEAGUE, existing=[gone])
    assert result.assignments == ()
    done = Pair.propose(id="old", mentor_id="m1", mentee_id="e1", on=DAY)
    done = done.activate(on=DAY).complete(on=DAY)
    # a completed pair is no signal: the mentor may be matched again
    again = match([mentor], [mentee], function=F.PARALLEL_COLLEAGUE, existing=[done])
    assert [a.mentor_id for a in again.assignments] == ["m1"]


def test_to_pairs_skips_the_ids_given_and_those_of_the_existing_pairs():
    program = one_pair_programme()
    other = Pair.propose(id="pair-e1:m1", mentor_id="m1", mentee_id="x", on=DAY)
    result = match(program.mentors, program.mentees, existing=[other])
    assert [p.id for p in result.to_pairs(on=DAY)] == ["pair-e1:m1:2"]
    ids = ["pair-e1:m1:2", "pair-e1:m1:3"]
    assert [p.id for p in result.to_pairs(on=DAY, existing_ids=ids)] == ["pair-e1:m1:4"]
    assert [p.id for p in result.to_pairs(on=DAY, id_prefix="c-")] == ["c-e1:m1"]


def test_ids_with_colons_do_not_collide():
    mentors = [Mentor(person=person(i)) for i in ("b:c", "c")]
    mentees = [Mentee(person=person(i)) for i in ("a", "a:b")]
    model = CompatibilityModel.default().with_locked(
        PairRef(mentor_id="b:c", mentee_id="a"), PairRef(mentor_id="c", mentee_id="a:b")
    )
    pairs = match(mentors, mentees, model=model).to_pairs(on=DAY)
    # "a" + "b:c" and "a:b" + "c" would both be "pair-a:b:c" unescaped
    assert [p.id for p in pairs] == ["pair-a:b~:c", "pair-a~:b:c"]


def _decode(pair_id: str) -> list[str]:
    """Split an id made by to_pairs (prefix removed) back into its parts."""
    parts, current, chars = [], [], iter(pair_id)
    for ch in chars:
        if ch == "~":
            current.append(next(chars))
        elif ch == ":":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


ids = st.text(alphabet="ab-:~", min_size=1, max_size=6).filter(lambda s: s.strip())


@settings(max_examples=200, deadline=None)
@given(mentee_id=ids, mentor_id=ids, taken=st.integers(0, 3))
def test_a_pair_id_names_its_mentee_and_mentor_unambiguously(
    mentee_id, mentor_id, taken
):
    if mentee_id == mentor_id:
        return
    mentor = Mentor(person=Person(id=mentor_id, name="M"))
    mentee = Mentee(person=Person(id=mentee_id, name="E"))
    result = match([mentor], [mentee])
    first = result.to_pairs(on=DAY, id_prefix="")[0].id
    existing = [first] + [f"{first}:{n}" for n in range(2, taken + 1)]
    (pair,) = result.to_pairs(on=DAY, id_prefix="", existing_ids=existing[:taken])
    parts = _decode(pair.id)
    assert parts[:2] == [mentee_id, mentor_id]
    assert parts[2:] == ([str(taken + 1)] if taken else [])


# -- wording ------------------------------------------------------------------------------


def test_already_paired_says_pending_or_open():
    program = one_pair_programme()
    program = program.add_pairs(match_program(program).to_pairs(on=DAY))
    (left,) = match_program(program).unmatched
    assert left.code is UnmatchedReason.ALREADY_PAIRED
    assert (
        left.reason == "already has the pending or open 'consultant' pair 'pair-e1:m1'"
    )


# -- the curator for newly arrived teachers (S004) ---------------------------------------


def s004_school(**kw: object) -> Program:
    """S004, 2.1: Kobets A.S. is a young specialist; Iskakova D.M. and
    Pecharitsa A.V. are newly arrived; their mentors are the programme's
    curator Kobets L.V. and Kostyuk O.S., who works in their parallel.
    """
    curator = Mentor(
        person=person(
            "kobets_lv", subjects=frozenset({"primary"}), experience_years=22
        ),
        capacity=3,
    )
    kostyuk = Mentor(
        person=person(
            "kostyuk_os",
            subjects=frozenset({"primary"}),
            grades=frozenset({3}),
            experience_years=15,
        ),
        capacity=2,
        functions=frozenset({F.PARALLEL_COLLEAGUE}),
    )
    # a colleague who fits the newcomers better on every criterion
    close = Mentor(
        person=person(
            "zaitseva",
            subjects=frozenset({"primary"}),
            grades=frozenset({3}),
            experience_years=12,
        ),
        capacity=3,
    )

    def newcomer(person_id: str) -> Mentee:
        return Mentee(
            person=person(
                person_id,
                subjects=frozenset({"primary"}),
                grades=frozenset({3}),
                experience_years=6,
            ),
            category=MenteeCategory.NEWLY_ARRIVED,
        )

    young = Mentee(
        person=person(
            "kobets_as", subjects=frozenset({"primary"}), grades=frozenset({1})
        ),
        category=MenteeCategory.YOUNG_SPECIALIST,
    )
    return programme(
        [curator, kostyuk, close],
        [newcomer("iskakova_dm"), newcomer("pecharitsa_av"), young],
        curator=curator.person,
        **kw,
    )


def test_newly_arrived_teachers_get_the_curator_and_a_parallel_colleague():
    # S004 lines 92-100, with no mentee naming a preferred mentor
    program = s004_school()
    assert all(not e.preferred_mentor_ids for e in program.mentees)
    consultants = match_program(program, model=RU)
    mentor_of = {a.mentee_id: a for a in consultants.assignments}
    for mentee_id in ("iskakova_dm", "pecharitsa_av"):
        assert mentor_of[mentee_id].mentor_id == "kobets_lv"
        assert mentor_of[mentee_id].locked
        assert mentor_of[mentee_id].rule == (
            "the programme's curator, for newly_arrived mentees"
        )
    # the young specialist is matched on the scores
    assert not mentor_of["kobets_as"].locked
    pairs = consultants.to_pairs(on=DAY)
    reasons = {p.mentee_id: p.history[0].reason for p in pairs}
    assert reasons["pecharitsa_av"] == (
        "the programme's curator, for newly_arrived mentees"
    )
    program = program.add_pairs(pairs)

    parallel = match_program(program, model=RU, function=F.PARALLEL_COLLEAGUE)
    assert {(a.mentee_id, a.mentor_id) for a in parallel.assignments} == {
        ("iskakova_dm", "kostyuk_os"),
        ("pecharitsa_av", "kostyuk_os"),
    }
    assert [u.mentee_id for u in parallel.unmatched] == ["kobets_as"]
    # suggest applies the same rule: no parallel colleague for the young one
    young = program.mentee("kobets_as")
    assert (
        suggest(young, program.mentors, model=RU, function=F.PARALLEL_COLLEAGUE) == ()
    )
    assert suggest(young, program.mentors, model=RU) != ()
    program = program.add_pairs(parallel.to_pairs(on=DAY))
    for pair in program.pairs:
        program = program.activate_pair(pair.id, on=DAY)
    assert program.problems() == ()
    newcomers = {"iskakova_dm", "pecharitsa_av"}
    assert sorted(
        (p.mentee_id, p.function.value, p.mentor_id)
        for p in program.open_pairs()
        if p.mentee_id in newcomers
    ) == [
        ("iskakova_dm", "consultant", "kobets_lv"),
        ("iskakova_dm", "parallel_colleague", "kostyuk_os"),
        ("pecharitsa_av", "consultant", "kobets_lv"),
        ("pecharitsa_av", "parallel_colleague", "kostyuk_os"),
    ]
    # a third run leaves everyone out: they all have a consultant
    third = match_program(program, model=RU)
    assert {u.code for u in third.unmatched} == {UnmatchedReason.ALREADY_PAIRED}


def test_without_the_curator_rule_the_scores_decide():
    program = s004_school()
    plain = match_program(program, model=RU.with_curator_for())
    assert {a.mentor_id for a in plain.assignments} == {"zaitseva"}
    assert not any(a.locked for a in plain.assignments)


def test_the_curator_rule_is_only_for_the_consultant_function():
    program = s004_school()
    parallel = match_program(program, model=RU, function=F.PARALLEL_COLLEAGUE)
    assert not any(a.locked for a in parallel.assignments)


def test_an_administrator_lock_wins_over_the_curator_rule():
    program = s004_school()
    lock = PairRef(mentor_id="zaitseva", mentee_id="iskakova_dm")
    result = match_program(program, model=RU, locked=[lock])
    by = {a.mentee_id: a for a in result.assignments}
    assert (by["iskakova_dm"].mentor_id, by["iskakova_dm"].rule) == ("zaitseva", "")
    assert by["pecharitsa_av"].mentor_id == "kobets_lv"


def test_the_curator_rule_needs_a_curator_enrolled_as_a_mentor():
    program = s004_school()
    no_curator = programme(program.mentors, program.mentees)
    with pytest.raises(MatchingError) as err:
        match_program(no_curator, model=RU, strict=True)
    (problem,) = err.value.problems
    assert problem.path == "$.program.curator"
    assert "'iskakova_dm', 'pecharitsa_av'" in problem.message
    assert problem.message.endswith("but the programme has none")
    assert problem.code == "missing"

    outsider = programme(
        program.mentors, program.mentees, curator=person("head", experience_years=30)
    )
    with pytest.raises(MatchingError) as err:
        match_program(outsider, model=RU, strict=True)
    assert "the curator 'head' is not enrolled as a mentor" in str(err.value)
    assert [p.code for p in err.value.problems] == ["unknown_id"]


def test_a_curator_who_cannot_take_a_newcomer_is_refused_with_the_reason():
    program = s004_school()
    curator = program.mentor("kobets_lv")
    busy = Mentor(person=curator.person, capacity=3, functions=frozenset({F.SUBJECT}))
    mentors = [busy, *(m for m in program.mentors if m.id != "kobets_lv")]
    changed = programme(mentors, program.mentees, curator=curator.person)
    with pytest.raises(MatchingError) as err:
        match_program(changed, model=RU, strict=True)
    assert [p.path for p in err.value.problems] == [
        "$.program.mentees[0]",
        "$.program.mentees[1]",
    ]
    assert err.value.problems[0].message == (
        "the curator pair breaks a hard constraint: mentor 'kobets_lv' does not"
        " fill the function 'consultant'"
    )
    assert err.value.problems[0].code == "constraint"

    small = Mentor(person=curator.person, capacity=1)
    mentors = [small, *(m for m in program.mentors if m.id != "kobets_lv")]
    changed = programme(mentors, program.mentees, curator=curator.person)
    with pytest.raises(MatchingError) as err:
        match_program(changed, model=RU, strict=True)
    assert "has 1 place(s) left" in err.value.problems[0].message
    assert {p.code for p in err.value.problems} == {"capacity"}


def test_mentor_load_counts_places():
    load = MentorLoad(mentor_id="m", capacity=2, held=1, assigned=2)
    assert (load.used, load.free, load.rate) == (3, 0, 1.0)
    assert MentorLoad(mentor_id="m", capacity=0).rate == 0.0


def test_a_matching_answers_who_mentors_whom():
    program = s004_school()
    result = match_program(program, model=RU)
    assert result.mentor_of("iskakova_dm") == "kobets_lv"
    assert result.mentor_of("nobody") is None
    assert result.mentees_of("kobets_lv") == ("iskakova_dm", "pecharitsa_av")
    assert 0 < result.overall_utilization <= 1
    assert result.total_score == pytest.approx(
        sum(a.score.value for a in result.assignments)
    )
