"""Why a mentee is left without a mentor, partial results, the mentee
categories a function is for, and the floor of a proposed pair."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.calendar import AcademicYear
from mentoring.errors import MatchingError
from mentoring.matching import (
    CompatibilityModel,
    Constraint,
    ConstraintKind,
    PairRef,
    UnmatchedReason,
    match,
    match_program,
    quality,
)
from mentoring.model import (
    Certification,
    CertificationKind,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    Person,
    Program,
)

F = MentorFunction
K = CertificationKind
DAY = dt.date(2021, 9, 1)
RU = CompatibilityModel.russian_school()


def teacher(pid, *, school="school-1", subjects=("maths",), grades=(5,), years=10):
    return Person(
        id=pid,
        name=pid,
        organization=school,
        subjects=frozenset(subjects),
        grades=frozenset(grades),
        experience_years=years,
    )


# -- the false reason ---------------------------------------------------------


def test_the_reason_names_the_rules_that_left_each_mentor_out():
    # A works in the mentee's school but teaches history; B teaches maths in
    # another school: "no mentor works in the same organization" was false.
    a = Mentor(
        person=teacher("a", subjects=("history",)), functions=frozenset({F.SUBJECT})
    )
    b = Mentor(person=teacher("b", school="school-2"), functions=frozenset({F.SUBJECT}))
    mentee = Mentee(person=teacher("e", years=1))
    result = match([a, b], [mentee], model=RU, function=F.SUBJECT)
    (left,) = result.unmatched
    assert left.code is UnmatchedReason.NO_ELIGIBLE_MENTOR
    assert {x.rule: x.mentor_ids for x in left.excluded} == {
        "same_subject": ("a",),
        "same_organization": ("b",),
    }
    assert left.reason == (
        "no mentor passes every rule (teaches none of the mentee's subjects"
        " (maths): a; works outside the mentee's organization (school-1): b)"
    )
    assert "no mentor works in the same organization" not in left.reason


def test_five_subject_mentors_in_the_school_are_never_said_to_be_elsewhere():
    mentors = [
        Mentor(
            person=teacher(f"m{i}", subjects=("maths",)),
            functions=frozenset({F.SUBJECT}),
            capacity=0,
        )
        for i in range(5)
    ]
    (left,) = match(
        mentors, [Mentee(person=teacher("e"))], model=RU, function=F.SUBJECT
    ).unmatched
    assert left.code is UnmatchedReason.ALL_FULL
    assert [x.rule for x in left.excluded] == ["full"]
    assert "organization" not in left.reason


# -- the property: a stated reason holds, and only for the mentors it names -----------

SUBJECTS = ("maths", "art", "history")


@st.composite
def instances(draw):
    def someone(pid):
        return Person(
            id=pid,
            name=pid,
            organization=draw(st.sampled_from(["s1", "s2"])),
            district=draw(st.sampled_from(["north", "south"])),
            subjects=frozenset(draw(st.sets(st.sampled_from(SUBJECTS), max_size=2))),
            grades=frozenset(draw(st.sets(st.integers(1, 4), max_size=2))),
            experience_years=draw(st.integers(0, 12)),
            certifications=tuple(
                Certification(kind=k, obtained_on=DAY)
                for k in draw(st.sets(st.sampled_from([K.NIS_LEVEL_1, K.NIS_LEVEL_3])))
            ),
        )

    mentors = [
        Mentor(
            person=someone(f"m{i}"),
            capacity=draw(st.integers(0, 2)),
            functions=frozenset(draw(st.sets(st.sampled_from(F), min_size=1))),
        )
        for i in range(draw(st.integers(0, 5)))
    ]
    ids = [m.id for m in mentors]
    mentees = [
        Mentee(
            person=someone(f"e{i}"),
            avoided_mentor_ids=frozenset(draw(st.sets(st.sampled_from(ids))))
            if ids
            else frozenset(),
        )
        for i in range(draw(st.integers(1, 6)))
    ]
    model = draw(
        st.sampled_from(
            [
                CompatibilityModel.default(),
                RU,
                CompatibilityModel.kazakh_levels(),
                CompatibilityModel.default().with_constraints(
                    Constraint(kind=ConstraintKind.EXPERIENCE_GAP, years=3),
                    Constraint(kind=ConstraintKind.SAME_DISTRICT),
                ),
            ]
        )
    )
    return mentors, mentees, model, draw(st.sampled_from(F))


def fails(rule, mentor, mentee, model, function):
    """Whether *mentor* breaks *rule* for *mentee*, written from the rules."""
    m, e = mentor.person, mentee.person
    gaps = [
        c.years for c in model.constraints if c.kind is ConstraintKind.EXPERIENCE_GAP
    ]
    checks = {
        "self": mentor.id == mentee.id,
        "function": function not in mentor.functions,
        "required_certification": not m.holds(K.NIS_LEVEL_1, K.NIS_LEVEL_2),
        "same_subject": not m.subjects & e.subjects,
        "same_grades": not m.grades & e.grades,
        "same_organization": m.organization != e.organization,
        "same_district": m.district != e.district,
        "experience_gap": any(
            m.experience_years < e.experience_years + g for g in gaps
        ),
        "avoided": mentor.id in mentee.avoided_mentor_ids,
        "full": mentor.capacity == 0,
    }
    return checks[rule]


def applies(kind, model, function):
    return any(c.kind is kind and c.applies_to(function) for c in model.constraints)


@settings(max_examples=50, deadline=None)
@given(instances())
def test_a_stated_reason_holds_for_every_mentor_it_names(instance):
    mentors, mentees, model, function = instance
    result = match(mentors, mentees, model=model, function=function)
    for left in result.unmatched:
        if left.code not in (
            UnmatchedReason.NO_ELIGIBLE_MENTOR,
            UnmatchedReason.ALL_FULL,
        ):
            continue
        mentee = next(e for e in mentees if e.id == left.mentee_id)
        named = set()
        for x in left.excluded:
            assert x.mentor_ids, x
            for mentor_id in x.mentor_ids:
                mentor = next(m for m in mentors if m.id == mentor_id)
                assert fails(x.rule, mentor, mentee, model, function), (x, mentor)
                named.add(mentor_id)
        # every mentor is named (none passes every rule with a place left)
        assert named == {m.id for m in mentors}
        for mentor in mentors:
            kinds = [
                k
                for k in ConstraintKind
                if k is not ConstraintKind.MENTEE_CATEGORY
                and applies(k, model, function)
            ]
            broken = [
                k.value
                for k in kinds
                if fails(k.value, mentor, mentee, model, function)
            ]
            broken += [
                r
                for r in ("self", "function", "avoided")
                if fails(r, mentor, mentee, model, function)
            ]
            said = {x.rule for x in left.excluded if mentor.id in x.mentor_ids}
            if mentor.id == mentee.id:
                assert said == {"self"}
            elif not broken:
                # passes every rule: only ever said to be full
                assert said == {"full"}
            else:
                assert said == set(broken)


# -- partial results ---------------------------------------------------------------


def newcomers_school(curator_places):
    curator = Mentor(person=teacher("curator", years=25), capacity=curator_places)
    other = Mentor(person=teacher("colleague", years=12), capacity=3)

    def newcomer(pid, day):
        return Mentee(
            person=teacher(pid, years=4),
            category=MenteeCategory.NEWLY_ARRIVED,
            requested_on=dt.date(2021, 9, day),
        )

    young = Mentee(person=teacher("young", years=0))
    return Program(
        id="p",
        title="p",
        organization="school-1",
        year=AcademicYear.starting(2021),
        curator=curator.person,
        mentors=(curator, other),
        mentees=(newcomer("n-late", 20), newcomer("n-early", 1), young),
    )


def test_a_full_curator_leaves_the_extra_newcomer_waiting_and_matches_the_others():
    program = newcomers_school(curator_places=1)
    result = match_program(program, model=RU)
    by = {a.mentee_id: a for a in result.assignments}
    # the newcomer waiting longest keeps the curator's place
    assert by["n-early"].mentor_id == "curator"
    assert by["n-early"].locked
    assert by["young"].mentor_id == "colleague"
    (left,) = result.unmatched
    assert (left.mentee_id, left.code) == ("n-late", UnmatchedReason.LOCK_REFUSED)
    assert "mentor 'curator' has 1 place(s) left" in left.reason
    with pytest.raises(MatchingError):
        match_program(program, model=RU, strict=True)
    # the newcomer left waiting was never offered to the others: no blocking pair
    report = quality(result, mentors=program.mentors, mentees=program.mentees)
    assert report.blocking_pairs == 0
    assert report.unmatched == ((UnmatchedReason.LOCK_REFUSED, 1),)


def test_a_programme_without_its_curator_still_matches_the_others():
    program = newcomers_school(curator_places=2)
    no_curator = Program(
        id="p",
        title="p",
        organization="school-1",
        year=program.year,
        mentors=program.mentors,
        mentees=program.mentees,
    )
    result = match_program(no_curator, model=RU)
    refused = {
        u.mentee_id for u in result.unmatched if u.code is UnmatchedReason.LOCK_REFUSED
    }
    assert refused == {"n-early", "n-late"}
    assert [a.mentee_id for a in result.assignments] == ["young"]


def test_an_administrator_lock_that_breaks_a_rule_leaves_only_its_mentee_unmatched():
    mentors = [Mentor(person=teacher("m1")), Mentor(person=teacher("m2"))]
    mentees = [
        Mentee(person=teacher("a", years=1), avoided_mentor_ids=frozenset({"m1"})),
        Mentee(person=teacher("b", years=1)),
    ]
    lock = [PairRef(mentor_id="m1", mentee_id="a")]
    result = match(mentors, mentees, locked=lock)
    assert [u.mentee_id for u in result.unmatched] == ["a"]
    assert result.unmatched[0].code is UnmatchedReason.LOCK_REFUSED
    assert "avoids mentor 'm1'" in result.unmatched[0].reason
    assert [a.mentee_id for a in result.assignments] == ["b"]
    with pytest.raises(MatchingError):
        match(mentors, mentees, locked=lock, strict=True)


# -- which mentees a function is for ------------------------------------------------


def test_the_russian_parallel_colleague_is_for_newly_arrived_teachers_only():
    colleague = Mentor(
        person=teacher("parallel"),
        functions=frozenset({F.PARALLEL_COLLEAGUE}),
        capacity=3,
    )
    program = newcomers_school(curator_places=2)
    program = Program(
        id="p",
        title="p",
        organization="school-1",
        year=program.year,
        curator=program.curator,
        mentors=(*program.mentors, colleague),
        mentees=program.mentees,
    )
    result = match_program(program, model=RU, function=F.PARALLEL_COLLEAGUE)
    assert {a.mentee_id for a in result.assignments} <= {"n-early", "n-late"}
    (young,) = [u for u in result.unmatched if u.mentee_id == "young"]
    assert young.code is UnmatchedReason.NOT_FOR_FUNCTION
    assert young.reason == (
        "the function 'parallel_colleague' is for newly_arrived mentees only"
    )
    everyone = match_program(
        program, model=CompatibilityModel.default(), function=F.PARALLEL_COLLEAGUE
    )
    assert "young" in {a.mentee_id for a in everyone.assignments}


def test_a_mentee_category_constraint_needs_its_categories():
    with pytest.raises(Exception, match="categories"):
        Constraint(kind=ConstraintKind.MENTEE_CATEGORY)


# -- the floor of a proposed pair ---------------------------------------------------


def test_no_pair_below_the_minimum_score_is_proposed():
    art = Mentor(person=teacher("art", subjects=("art",), school="far", years=1))
    mentee = Mentee(person=teacher("e", years=1))
    low = match([art], [mentee])
    score = low.assignments[0].score.value
    assert score < 0.5
    result = match([art], [mentee], min_score=0.5)
    assert result.assignments == ()
    (left,) = result.unmatched
    assert left.code is UnmatchedReason.BELOW_MIN_SCORE
    assert [(x.rule, x.mentor_ids) for x in left.excluded] == [("min_score", ("art",))]
    assert "below the minimum of 50%" in left.reason
    assert result.model.min_score == 0.5
    assert match([art], [mentee], min_score=score).assignments


@settings(max_examples=12, deadline=None)
@given(instances(), st.floats(0, 1), st.sampled_from(["stable", "optimal", "greedy"]))
def test_every_proposed_pair_reaches_the_floor(instance, floor, method):
    mentors, mentees, model, function = instance
    result = match(
        mentors, mentees, model=model, function=function, min_score=floor, method=method
    )
    assert all(a.score.value >= floor for a in result.assignments if not a.locked)
