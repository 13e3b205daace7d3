"""match_groups: focus groups led by eligible leaders, peer groups, and the
properties every grouping keeps (sizes, coverage, hard rules, balance)."""

import datetime as dt
import itertools
import math
import random
from unittest import mock

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring import samples
from mentoring.errors import ValidationError
from mentoring.matching import (
    CompatibilityModel,
    UnplacedReason,
    _groups,
    _reasons,
    match,
    match_groups,
)
from mentoring.model import (
    Certification,
    CertificationKind,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    Person,
)

K = CertificationKind
F = MentorFunction
DAY = dt.date(2020, 6, 1)
KZ = CompatibilityModel.kazakh_levels()
SUBJECTS = ("maths", "art", "history")


def untrained(program):
    return [
        m
        for m in program.mentees
        if m.category is MenteeCategory.DEVELOPING_TEACHER
        and not m.person.certifications
    ]


def test_the_kazakh_untrained_teachers_get_focus_groups_led_by_level_1_2_teachers():
    program = samples.load("kz")
    members = untrained(program)
    assert len(members) == 7
    staff = [*program.mentors, *(Mentor(person=m.person) for m in program.mentees[:7])]
    result = match_groups(staff, members, model=KZ, size=(3, 4))
    assert result.unplaced == ()
    assert sorted(len(g.member_ids) for g in result.groups) == [3, 4]
    for group in result.groups:
        leader = program.people()[group.leader_id]
        assert leader.holds(K.NIS_LEVEL_1, K.NIS_LEVEL_2)
    program_groups = result.to_groups(on=dt.date(2021, 10, 4), id_prefix="fg-")
    grown = attrs.evolve(program, groups=program_groups)
    assert grown.problems() == ()
    assert {g.approach.value for g in grown.groups} == {"group"}


# -- random instances --------------------------------------------------------------


@st.composite
def rosters(draw, *, max_members=12):
    def someone(pid, cert):
        return Person(
            id=pid,
            name=pid,
            organization=draw(st.sampled_from(["s1", "s2"])),
            subjects=frozenset({draw(st.sampled_from(SUBJECTS))}),
            experience_years=draw(st.integers(0, 20)),
            certifications=(Certification(kind=cert, obtained_on=DAY),) if cert else (),
        )

    certs = st.sampled_from([K.NIS_LEVEL_1, K.NIS_LEVEL_2, K.NIS_LEVEL_3, None])
    leaders = [
        Mentor(person=someone(f"l{i}", draw(certs)))
        for i in range(draw(st.integers(0, 5)))
    ]
    members = [
        Mentee(person=someone(f"e{i}", None))
        for i in range(draw(st.integers(0, max_members)))
    ]
    low = draw(st.integers(1, 3))
    high = draw(st.integers(low, 5))
    return leaders, members, (low, high)


def check(result, leaders, members, size, model, function):  # noqa: PLR0917
    low, high = size
    ids = [m.id for m in members]
    placed = [i for g in result.groups for i in g.member_ids]
    # coverage: every member in exactly one group or unplaced
    assert sorted(placed + [u.member_id for u in result.unplaced]) == sorted(ids)
    assert len(placed) == len(set(placed))
    for g in result.groups:
        assert low <= len(g.member_ids) <= high
    # hard rules: every leader may lead, every member may join its leader
    by_id = {m.id: m for m in leaders}
    for g in result.groups:
        leader = by_id[g.leader_id]
        for member_id in g.member_ids:
            member = next(m for m in members if m.id == member_id)
            one = match([leader], [member], model=model, function=function)
            assert one.unmatched == () or one.unmatched[0].code.value != (
                "no_eligible_mentor"
            )
    assert len({g.leader_id for g in result.groups}) == len(result.groups)


@settings(max_examples=40, deadline=None)
@given(rosters(), st.sampled_from([KZ, CompatibilityModel.default()]))
def test_groups_keep_sizes_coverage_and_the_hard_rules(roster, model):
    leaders, members, size = roster
    function = F.SUBJECT if model is not KZ else F.CONSULTANT
    result = match_groups(leaders, members, model=model, size=size, function=function)
    check(result, leaders, members, size, model, function)
    shuffled = random.Random(len(members)).sample(members, len(members))
    again = match_groups(
        list(reversed(leaders)), shuffled, model=model, size=size, function=function
    )
    assert again == result


@settings(max_examples=30, deadline=None)
@given(rosters())
def test_groups_are_as_even_as_possible_when_everyone_may_join_everyone(roster):
    leaders, members, (low, high) = roster
    result = match_groups(leaders, members, size=(low, high))
    sizes = [len(g.member_ids) for g in result.groups]
    if sizes:
        assert max(sizes) - min(sizes) <= 1
    n, k = len(members), len(leaders)
    # the most members that groups within the bounds can hold
    best = max(
        (min(n, g * high) for g in range(k + 1) if g * low <= n),
        default=0,
    )
    assert sum(sizes) == best
    reasons = {u.code for u in result.unplaced}
    assert reasons <= {
        UnplacedReason.GROUPS_FULL,
        UnplacedReason.TOO_FEW,
        UnplacedReason.NO_LEADER,
    }


def brute_force_best(members, leader_ids, sizes, score):
    """The highest total score of *members* in groups of *sizes* under the
    leaders of *leader_ids*, by trying every assignment."""
    best = -1.0
    slots = [lid for lid, s in zip(leader_ids, sizes, strict=True) for _ in range(s)]
    placed = sum(sizes)
    for chosen in itertools.permutations(range(len(members)), placed):
        total = math.fsum(score[members[i].id, slots[k]] for k, i in enumerate(chosen))
        best = max(best, total)
    return best


@settings(max_examples=15, deadline=None)
@given(rosters(max_members=5))
def test_the_optimal_method_gives_the_best_total_score_by_brute_force(roster):
    leaders, members, size = roster
    result = match_groups(leaders, members, size=size, method="optimal")
    if not result.groups:
        return
    score = {
        (e.id, m.id): match([m], [e]).assignments[0].score.value
        for e in members
        for m in leaders
    }
    got = math.fsum(g.mean_score * len(g.member_ids) for g in result.groups)
    # the same leaders, the same sizes, every assignment
    leader_ids = [g.leader_id for g in result.groups]
    sizes = [len(g.member_ids) for g in result.groups]
    assert got == pytest.approx(brute_force_best(members, leader_ids, sizes, score))


# -- peer groups, alike, mixed, apart, together -------------------------------------


def teachers(n, key=lambda i: SUBJECTS[i % 3]):
    return [
        Mentee(
            person=Person(
                id=f"t{i:02}",
                name=f"t{i}",
                subjects=frozenset({key(i)}),
                organization=f"s{i % 2}",
            )
        )
        for i in range(n)
    ]


def test_leaderless_peer_groups_alike_and_mixed():
    members = teachers(9)
    alike = match_groups(None, members, size=(3, 3), alike="subject")
    for g in alike.groups:
        assert g.leader_id is None
        assert len({m[1:] and int(m[1:]) % 3 for m in g.member_ids}) == 1
    mixed = match_groups(None, members, size=(3, 3), mixed="subject")
    for g in mixed.groups:
        assert len({int(m[1:]) % 3 for m in g.member_ids}) == 3
    assert match_groups(None, members[:2], size=(3, 4)).unplaced[0].code is (
        UnplacedReason.TOO_FEW
    )


def test_groups_with_leaders_alike_by_subject():
    leaders = [Mentor(person=Person(id=f"l{i}", name="L")) for i in range(3)]
    result = match_groups(leaders, teachers(9), size=(3, 3), alike="subject")
    for g in result.groups:
        assert len({int(m[1:]) % 3 for m in g.member_ids}) == 1


def test_members_kept_apart_and_together():
    leaders = [Mentor(person=Person(id=f"l{i}", name="L")) for i in range(3)]
    members = teachers(9)
    result = match_groups(
        leaders,
        members,
        size=(3, 3),
        apart=[("t00", "t01", "t02")],
        together=[("t03", "t07")],
    )
    assert result.unplaced == ()
    assert len({result.group_of(i).leader_id for i in ("t00", "t01", "t02")}) == 3
    assert len({result.group_of(i).leader_id for i in ("t03", "t07")}) == 1


def test_peer_groups_need_a_facilitator_to_become_programme_groups():
    result = match_groups(None, teachers(4), size=(2, 2))
    with pytest.raises(ValidationError):
        result.to_groups(on=DAY)
    made = result.to_groups(on=DAY, facilitator="coordinator", topics=("a", "b"))
    assert [(g.id, g.mentor_id, g.topic) for g in made] == [
        ("group-1", "coordinator", "a"),
        ("group-2", "coordinator", "b"),
    ]


def test_bad_arguments_are_all_reported():
    with pytest.raises(ValidationError) as err:
        match_groups(
            None,
            [object()],  # type: ignore[list-item]
            size=(3, 1),
            alike="shoe size",
            apart=[("ghost",)],
            method="best",  # type: ignore[arg-type]
        )
    assert [p.path for p in err.value.problems] == [
        "$.members[0]",
        "$.size[1]",
        "$.alike",
        "$.method",
        "$.apart[0]",
    ]


class _PlainReasons:
    """:class:`~mentoring.matching._reasons.Reasons` answered by the plain
    ``no_mentor``, rule by rule and mentor by mentor (the reference)."""

    def __init__(self, rules, mentors, places):
        self.args = (rules, mentors, places)

    def no_mentor(self, mentee, below=(), *, lang="en"):
        rules, mentors, places = self.args
        return _reasons.no_mentor(rules, mentee, mentors, places, below, lang=lang)


@settings(max_examples=40, deadline=None)
@given(rosters(), st.sampled_from([KZ, CompatibilityModel.default()]))
def test_why_a_member_has_no_leader_is_what_the_plain_check_says(roster, model):
    # the reasons of the members without a leader come from one Reasons of
    # the run: the same sentences as the plain check of every leader
    leaders, members, size = roster
    function = F.SUBJECT if model is not KZ else F.CONSULTANT
    result = match_groups(leaders, members, model=model, size=size, function=function)
    with mock.patch.object(_groups, "Reasons", _PlainReasons):
        plain = match_groups(
            leaders, members, model=model, size=size, function=function
        )
    assert result == plain
