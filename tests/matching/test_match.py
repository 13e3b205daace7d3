"""match(), suggest() and the Matching they give: properties over random
programmes, the seeds' examples, and bad input."""

import datetime as dt
import math
import random

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mentoring import serialization
from mentoring.errors import MatchingError, ValidationError
from mentoring.matching import (
    Assignment,
    CompatibilityModel,
    Matching,
    PairRef,
    Unmatched,
    UnmatchedReason,
    blocking_pairs,
    match,
    suggest,
)
from mentoring.model import (
    Certification,
    CertificationKind,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    Pair,
    PairStatus,
    Person,
)

DAY = dt.date(2021, 9, 1)
F = MentorFunction
K = CertificationKind
SUBJECTS = ["maths", "art", "history"]
MODELS = {
    "default": CompatibilityModel.default(),
    "russian_school": CompatibilityModel.russian_school(),
    "kazakh_levels": CompatibilityModel.kazakh_levels(),
    "certified_mentors": CompatibilityModel.certified_mentors(),
}

# -- building random programmes directly -------------------------------------------------


CERTS = [K.NIS_LEVEL_1, K.NIS_LEVEL_2, K.NIS_LEVEL_3, K.NATIONAL_MENTOR]
FUNCTIONS = list(F)


def bits(x, start, items):
    """The items whose bit is set in *x* from bit *start* on."""
    return [item for k, item in enumerate(items) if x >> (start + k) & 1]


def person_from(person_id, x):
    # one integer per person: few draws keep generation fast, and shrinking
    # towards 0 makes the person simpler
    return Person(
        id=person_id,
        name=person_id,
        organization=["s1", "s2"][x & 1],
        district=["north", "south"][x >> 1 & 1],
        subjects=frozenset(bits(x, 2, SUBJECTS)),
        grades=frozenset(bits(x, 5, [1, 2, 3, 4])),
        experience_years=x >> 9 & 15,
        interests=frozenset(bits(x, 13, ["x", "y", "z"])),
        languages=frozenset(bits(x, 16, ["ru", "kk"])),
        certifications=tuple(
            Certification(kind=k, obtained_on=DAY) for k in bits(x, 18, CERTS)
        ),
    )


features = st.integers(0, 2**27 - 1)


@st.composite
def programmes(draw, *, with_existing=True, busy=False):
    """Mentors, mentees and existing pairs; *busy*: at least one of each, and
    every mentor a consultant with a place."""
    least = 1 if busy else 0
    codes = draw(st.lists(features, min_size=least, max_size=8))
    mentor_ids = [f"m{i}" for i in range(len(codes))]
    mentors = [
        Mentor(
            person=person_from(i, x),
            capacity=max(least, x >> 22 & 3),
            functions=frozenset(
                bits(x, 24, FUNCTIONS) + [F.CONSULTANT] * least or [F.CONSULTANT]
            ),
        )
        for i, x in zip(mentor_ids, codes, strict=True)
    ]
    # some mentees are mentors too (peer mentoring): the same person
    mentees = []
    rows = draw(
        st.lists(
            st.tuples(features, st.lists(st.integers(0, 9), max_size=4)),
            min_size=least,
            max_size=12,
        )
    )
    for i, (x, picks) in enumerate(rows):
        if mentors and x % 7 == 6:
            person = mentors[x % len(mentors)].person
            if person.id in {e.id for e in mentees}:
                continue
        else:
            person = person_from(f"e{i}", x)
        others = [m for m in mentor_ids if m != person.id]
        chosen = (
            list(dict.fromkeys(others[k % len(others)] for k in picks))
            if others
            else []
        )
        cut = x >> 24 & 3
        mentees.append(
            Mentee(
                person=person,
                preferred_mentor_ids=tuple(chosen[:cut]),
                avoided_mentor_ids=frozenset(chosen[cut:]),
                previous_mentor_id=others[x % len(others)]
                if others and x >> 26 & 1
                else None,
                requested_on=DAY + dt.timedelta(days=x % 5) if x >> 23 & 1 else None,
            )
        )
    existing = []
    if with_existing and mentors and mentees:
        for k, (a, b, c) in enumerate(
            draw(
                st.lists(
                    st.tuples(st.integers(0, 7), st.integers(0, 11), st.integers(0, 8)),
                    max_size=3,
                )
            )
        ):
            mentor = mentors[a % len(mentors)]
            mentee = mentees[b % len(mentees)]
            if mentor.id == mentee.id:
                continue
            functions = sorted(mentor.functions)
            pair = Pair.propose(
                id=f"old-{k}",
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                on=DAY,
                function=functions[c % len(functions)],
            )
            status = c % 4
            if status in {1, 2}:
                pair = pair.activate(on=DAY)
            if status == 2:
                pair = pair.complete(on=DAY)
            if status == 3:
                pair = pair.dissolve(on=DAY)
            existing.append(pair)
    return mentors, mentees, existing


def pending(existing):
    return [p for p in existing if not p.status.is_terminal]


def breaks(mentor, mentee, *, model, function, existing):
    """An independent list of hard constraints the pair breaks (places apart)."""
    m, e = mentor.person, mentee.person
    found = []
    if mentor.id == mentee.id:
        found.append("self")
    if function not in mentor.functions:
        found.append("function")
    if mentor.id in mentee.avoided_mentor_ids:
        found.append("avoided")
    if any(
        (r.mentor_id, r.mentee_id) == (mentor.id, mentee.id) for r in model.forbidden
    ):
        found.append("forbidden")
    if any(
        p.mentor_id == mentor.id and p.mentee_id == mentee.id for p in pending(existing)
    ):
        found.append("open pair")
    if any(
        p.mentor_id == mentor.id
        and p.mentee_id == mentee.id
        and p.status is PairStatus.DISSOLVED
        for p in existing
    ):
        found.append("dissolved")
    if function is F.SUBJECT and not m.subjects & e.subjects:
        found.append("subject")
    if function is F.PARALLEL_COLLEAGUE and not m.grades & e.grades:
        found.append("parallel")
    if model.name == "kazakh_levels" and not m.holds(K.NIS_LEVEL_1, K.NIS_LEVEL_2):
        found.append("nis level")
    if model.name == "certified_mentors" and not m.holds(K.NATIONAL_MENTOR):
        found.append("certificate")
    if model.name == "russian_school" and m.organization != e.organization:
        found.append("organization")
    return found


def held(existing, mentor_id):
    return sum(1 for p in pending(existing) if p.mentor_id == mentor_id)


common = settings(max_examples=120, deadline=None)
methods = st.sampled_from(["stable", "optimal", "greedy"])
functions = st.sampled_from(F)
model_names = st.sampled_from(sorted(MODELS))


# -- properties ------------------------------------------------------------------------------


@common
@given(programmes(), methods, functions, model_names)
def test_mentor_never_exceeds_capacity(prog, method, function, name):
    mentors, mentees, existing = prog
    result = match(
        mentors,
        mentees,
        model=MODELS[name],
        method=method,
        function=function,
        existing=existing,
    )
    for mentor in mentors:
        new = len(result.mentees_of(mentor.id))
        assert new <= max(0, mentor.capacity - held(existing, mentor.id))
    for load in result.utilization:
        assert load.assigned == len(result.mentees_of(load.mentor_id))


@common
@given(programmes(), methods, functions, model_names)
def test_every_mentee_is_matched_once_or_said_why(prog, method, function, name):
    mentors, mentees, existing = prog
    result = match(
        mentors,
        mentees,
        model=MODELS[name],
        method=method,
        function=function,
        existing=existing,
    )
    assigned = [a.mentee_id for a in result.assignments]
    left = [u.mentee_id for u in result.unmatched]
    assert len(assigned) == len(set(assigned))
    assert sorted(assigned + left) == sorted(e.id for e in mentees)
    assert assigned == sorted(assigned)
    assert all(u.reason for u in result.unmatched)


@common
@given(programmes(), methods, functions, model_names)
def test_hard_constraints_are_never_broken(prog, method, function, name):
    mentors, mentees, existing = prog
    model = MODELS[name]
    result = match(
        mentors,
        mentees,
        model=model,
        method=method,
        function=function,
        existing=existing,
    )
    by_id = {m.id: m for m in mentors}
    mentee_by_id = {e.id: e for e in mentees}
    for a in result.assignments:
        assert (
            breaks(
                by_id[a.mentor_id],
                mentee_by_id[a.mentee_id],
                model=model,
                function=function,
                existing=existing,
            )
            == []
        )
    for u in result.unmatched:
        if u.code is UnmatchedReason.NO_ELIGIBLE_MENTOR:
            e = mentee_by_id[u.mentee_id]
            assert all(
                breaks(m, e, model=model, function=function, existing=existing)
                for m in mentors
            )


@common
@given(programmes(), model_names, st.data())
def test_forbidden_pairs_are_never_made(prog, name, data):
    mentors, mentees, existing = prog
    assume(mentors and mentees)
    refs = {
        PairRef(mentor_id=m.id, mentee_id=e.id)
        for m, e in data.draw(
            st.lists(
                st.tuples(st.sampled_from(mentors), st.sampled_from(mentees)),
                max_size=6,
            )
        )
        if m.id != e.id
    }
    model = MODELS[name].with_forbidden(
        *sorted(refs, key=lambda r: (r.mentor_id, r.mentee_id))
    )
    result = match(mentors, mentees, model=model, existing=existing)
    made = {
        PairRef(mentor_id=a.mentor_id, mentee_id=a.mentee_id)
        for a in result.assignments
    }
    assert not made & refs


@common
@given(programmes(), methods, functions, model_names, st.data())
def test_a_locked_pair_is_kept_or_refused_with_the_reason(
    prog, method, function, name, data
):
    mentors, mentees, existing = prog
    assume(mentors and mentees)
    model = MODELS[name]
    mentor = data.draw(st.sampled_from(mentors))
    mentee = data.draw(st.sampled_from(mentees))
    assume(mentor.id != mentee.id)
    ref = PairRef(mentor_id=mentor.id, mentee_id=mentee.id)
    faults = breaks(mentor, mentee, model=model, function=function, existing=existing)
    if mentor.capacity - held(existing, mentor.id) <= 0:
        faults.append("full")
    if any(
        p.mentee_id == mentee.id and p.function is function for p in pending(existing)
    ):
        faults.append("already paired")
    try:
        result = match(
            mentors,
            mentees,
            model=model,
            method=method,
            function=function,
            existing=existing,
            locked=[ref],
            strict=True,
        )
    except MatchingError as err:
        assert faults, err
        assert all(p.path == "$.locked[0]" for p in err.problems)
        return
    assert faults == []
    kept = [a for a in result.assignments if a.mentee_id == mentee.id]
    assert len(kept) == 1
    assert kept[0].mentor_id == mentor.id
    assert kept[0].locked


@common
@given(programmes(), methods, functions, model_names, st.randoms(use_true_random=False))
def test_the_same_result_under_any_order_of_the_inputs(
    prog, method, function, name, rnd
):
    mentors, mentees, existing = prog
    priority = {e.id: rnd.randint(0, 2) for e in mentees}
    first = match(
        mentors,
        mentees,
        model=MODELS[name],
        method=method,
        function=function,
        existing=existing,
        priority=priority,
    )
    for seq in (mentors, mentees, existing):
        rnd.shuffle(seq)
    again = match(
        mentors,
        mentees,
        model=MODELS[name],
        method=method,
        function=function,
        existing=existing,
        priority=dict(reversed(list(priority.items()))),
    )
    assert again == first


@common
@given(programmes(), functions, model_names)
def test_optimal_matches_most_and_scores_highest(prog, function, name):
    mentors, mentees, existing = prog
    results = {
        method: match(
            mentors,
            mentees,
            model=MODELS[name],
            method=method,
            function=function,
            existing=existing,
        )
        for method in ("stable", "optimal", "greedy")
    }
    best = results["optimal"]
    for other in results.values():
        # optimal maximises the number matched first, then the total score
        assert len(best.assignments) >= len(other.assignments)
        if len(best.assignments) == len(other.assignments):
            assert best.total_score >= other.total_score - 1e-9


@common
@given(programmes(), functions, model_names)
def test_stable_matching_has_no_blocking_pair(prog, function, name):
    mentors, mentees, existing = prog
    model = MODELS[name]
    result = match(mentors, mentees, model=model, function=function, existing=existing)
    assert (
        blocking_pairs(result, mentors=mentors, mentees=mentees, existing=existing)
        == []
    )
    mentor_of = {a.mentee_id: a for a in result.assignments}
    left_out = {
        u.mentee_id
        for u in result.unmatched
        if u.code is UnmatchedReason.ALREADY_PAIRED
    }
    score = {}
    for e in mentees:
        for s in suggest(
            e, mentors, model=model, function=function, existing=existing, limit=99
        ):
            score[e.id, s.mentor_id] = s.score.value
    for mentor in mentors:
        places = mentor.capacity - held(existing, mentor.id)
        mine = [
            a for a in result.assignments if a.mentor_id == mentor.id and not a.locked
        ]
        for e in mentees:
            if (e.id, mentor.id) not in score or e.id in left_out:
                continue
            s = score[e.id, mentor.id]
            current = mentor_of.get(e.id)
            if current is not None and current.mentor_id == mentor.id:
                continue
            # the mentee prefers this mentor: higher score, ties to the smaller id
            if current is not None and (
                current.score.value,
                -_rank(current.mentor_id),
            ) >= (s, -_rank(mentor.id)):
                continue
            if current is not None and current.locked:
                continue
            # ... and the mentor has room, or prefers the mentee to its worst
            if len(mine) < places:
                pytest.fail(f"{mentor.id} has room for {e.id}")
            worst = min(mine, key=lambda a: (a.score.value, -_rank(a.mentee_id)))
            assert (worst.score.value, -_rank(worst.mentee_id)) > (s, -_rank(e.id))


def suggested(mentees, mentors, *, model, function, existing):
    """The explained score of every pair suggest() offers: the pairs the
    assignment step may choose from."""
    return {
        (e.id, s.mentor_id): s.score
        for e in mentees
        for s in suggest(
            e, mentors, model=model, function=function, existing=existing, limit=99
        )
    }


def reference_blocking(result, mentors, *, scores, existing):
    """The blocking pairs of *result* from the definition, over the pairs of
    *scores* (no priority, no locked pair)."""
    left_out = {
        u.mentee_id
        for u in result.unmatched
        if u.code is UnmatchedReason.ALREADY_PAIRED
    }
    current = {a.mentee_id: a for a in result.assignments}
    found = []
    for (e, j), score in scores.items():
        s = score.value
        cur = current.get(e)
        if e in left_out or (cur is not None and cur.mentor_id == j):
            continue
        # the mentee would rather have this mentor: a higher score, or the
        # same score and a smaller id
        if cur is not None and (cur.score.value, j) >= (s, cur.mentor_id):
            continue
        # ... and the mentor has room, or would rather have the mentee
        mentor = next(m for m in mentors if m.id == j)
        mine = [a for a in result.assignments if a.mentor_id == j]
        if len(mine) < mentor.capacity - held(existing, j) or any(
            (s, a.mentee_id) > (a.score.value, e) for a in mine
        ):
            found.append((e, j))
    return sorted(found)


def shuffled(result, data, *, scores, places):
    """*result* with some mentees dropped or moved to another mentor with a
    place left: a matching that need not be stable."""
    load = {j: len(result.mentees_of(j)) for j in places}
    kept, left = [], list(result.unmatched)
    for a in result.assignments:
        what = data.draw(st.sampled_from(["keep", "drop", "move"]))
        others = sorted(
            j
            for (e, j) in scores
            if e == a.mentee_id and j != a.mentor_id and load[j] < places[j]
        )
        if what == "drop":
            load[a.mentor_id] -= 1
            left.append(
                Unmatched(
                    mentee_id=a.mentee_id, code=UnmatchedReason.NOT_CHOSEN, reason="-"
                )
            )
        elif what == "move" and others:
            j = data.draw(st.sampled_from(others))
            load[a.mentor_id] -= 1
            load[j] += 1
            kept.append(
                Assignment(
                    mentor_id=j, mentee_id=a.mentee_id, score=scores[a.mentee_id, j]
                )
            )
        else:
            kept.append(a)
    return attrs.evolve(
        result,
        assignments=tuple(sorted(kept, key=lambda a: a.mentee_id)),
        unmatched=tuple(sorted(left, key=lambda u: u.mentee_id)),
    )


@common
@given(programmes(busy=True), methods, st.data())
def test_blocking_pairs_of_a_matching_are_those_of_the_definition(prog, method, data):
    mentors, mentees, existing = prog
    model = MODELS["default"]
    result = match(mentors, mentees, model=model, method=method, existing=existing)
    scores = suggested(
        mentees, mentors, model=model, function=F.CONSULTANT, existing=existing
    )
    places = {m.id: m.capacity - held(existing, m.id) for m in mentors}
    changed = shuffled(result, data, scores=scores, places=places)
    found = blocking_pairs(changed, mentors=mentors, mentees=mentees, existing=existing)
    assert found == reference_blocking(
        changed, mentors, scores=scores, existing=existing
    )


def _rank(ident):
    # ids compare as strings; map to a number that orders the same way
    return int.from_bytes(ident.encode().ljust(8, b"\0")[:8], "big")


@common
@given(programmes(with_existing=False), methods, model_names)
def test_matching_round_trips_through_json(prog, method, name):
    mentors, mentees, _ = prog
    result = match(mentors, mentees, model=MODELS[name], method=method)
    assert serialization.from_json(Matching, serialization.to_json(result)) == result


@common
@given(programmes(), model_names, st.integers(0, 6))
def test_suggestions_are_ranked_eligible_mentors(prog, name, limit):
    mentors, mentees, existing = prog
    assume(mentees)
    model = MODELS[name]
    e = mentees[0]
    found = suggest(e, mentors, model=model, existing=existing, limit=limit)
    assert len(found) <= limit
    assert [s.rank for s in found] == list(range(1, len(found) + 1))
    keys = [(-s.score.value, s.mentor_id) for s in found]
    assert keys == sorted(keys)
    by_id = {m.id: m for m in mentors}
    for s in found:
        m = by_id[s.mentor_id]
        assert not breaks(m, e, model=model, function=F.CONSULTANT, existing=existing)
        assert m.capacity - held(existing, m.id) > 0


# -- the seeds --------------------------------------------------------------------------------


def school():
    curator = Mentor(
        person=Person(
            id="curator",
            name="Curator",
            subjects=frozenset({"history"}),
            experience_years=25,
        ),
        capacity=3,
    )
    parallel = Mentor(
        person=Person(
            id="t-5a",
            name="Teacher 5A",
            subjects=frozenset({"russian"}),
            grades=frozenset({5}),
            experience_years=9,
        ),
        functions=frozenset({F.PARALLEL_COLLEAGUE, F.SUBJECT}),
    )
    other = Mentor(
        person=Person(
            id="t-11",
            name="Teacher 11",
            subjects=frozenset({"maths"}),
            grades=frozenset({11}),
            experience_years=20,
        ),
        functions=frozenset({F.PARALLEL_COLLEAGUE, F.CONSULTANT}),
    )
    arrived = Mentee(
        person=Person(
            id="new",
            name="Newly arrived",
            subjects=frozenset({"maths"}),
            grades=frozenset({5}),
            experience_years=4,
        ),
        category=MenteeCategory.NEWLY_ARRIVED,
        preferred_mentor_ids=("curator",),
    )
    return [curator, parallel, other], arrived


@common
@given(programmes(), methods, functions)
def test_under_the_kazakh_preset_a_level_3_teacher_never_mentors(
    prog, method, function
):
    mentors, mentees, existing = prog
    result = match(
        mentors,
        mentees,
        model=MODELS["kazakh_levels"],
        method=method,
        function=function,
        existing=existing,
    )
    by_id = {m.id: m for m in mentors}
    for a in result.assignments:
        assert by_id[a.mentor_id].person.holds(K.NIS_LEVEL_1, K.NIS_LEVEL_2)


def test_a_level_3_teacher_is_not_a_mentor_under_the_kazakh_preset():
    def teacher(i, kind):
        cert = Certification(kind=kind, obtained_on=DAY)
        return Mentor(
            person=Person(
                id=i, name=i, subjects=frozenset({"maths"}), certifications=(cert,)
            ),
            capacity=5,
        )

    young = Mentee(
        person=Person(id="young", name="Young", subjects=frozenset({"maths"}))
    )
    result = match(
        [teacher("l3", K.NIS_LEVEL_3)],
        [young],
        model=CompatibilityModel.kazakh_levels(),
    )
    assert result.assignments == ()
    assert result.unmatched[0].code is UnmatchedReason.NO_ELIGIBLE_MENTOR
    assert result.unmatched[0].reason == (
        "no mentor passes every rule (holds no nis_level_1 or nis_level_2: l3)"
    )
    result = match(
        [teacher("l3", K.NIS_LEVEL_3), teacher("l2", K.NIS_LEVEL_2)],
        [young],
        model=CompatibilityModel.kazakh_levels(),
    )
    assert [a.mentor_id for a in result.assignments] == ["l2"]


# -- reasons, priority, to_pairs ---------------------------------------------------------------


def person(i, **kw):
    return Person(id=i, name=i, **kw)


def test_unmatched_mentees_say_why():
    maths = frozenset({"maths"})
    mentors = [
        Mentor(person=person("m1", subjects=maths), functions=frozenset({F.SUBJECT})),
        Mentor(
            person=person("m2", subjects=maths),
            functions=frozenset({F.SUBJECT}),
            capacity=0,
        ),
    ]
    mentees = [
        Mentee(person=person("art", subjects=frozenset({"art"}))),
        Mentee(person=person("a", subjects=maths)),
        Mentee(person=person("b", subjects=maths)),
    ]
    result = match(mentors, mentees, function=F.SUBJECT)
    why = {u.mentee_id: (u.code, u.reason) for u in result.unmatched}
    assert why["art"] == (
        UnmatchedReason.NO_ELIGIBLE_MENTOR,
        (
            "no mentor passes every rule"
            " (teaches none of the mentee's subjects (art): m1, m2)"
        ),
    )
    assert why["b"][0] is UnmatchedReason.NOT_CHOSEN
    assert why["b"][1].startswith("not chosen: the eligible mentor (m1)")
    full = match(
        mentors,
        mentees[1:],
        function=F.SUBJECT,
        locked=[PairRef(mentor_id="m1", mentee_id="a")],
    )
    assert full.unmatched[0].code is UnmatchedReason.ALL_FULL
    assert full.unmatched[0].reason == (
        "all 2 mentors who pass every rule are full (has no place left: m1, m2)"
    )
    assert full.assignments[0].locked
    assert full.overall_utilization == 1.0


def test_priority_serves_the_longest_waiting_first():
    mentor = Mentor(person=person("m"))
    early = Mentee(person=person("z-early"), requested_on=DAY)
    late = Mentee(person=person("a-late"), requested_on=DAY + dt.timedelta(days=20))
    assert match([mentor], [early, late]).assignments[0].mentee_id == "a-late"
    for method in ("stable", "optimal", "greedy"):
        got = match([mentor], [early, late], priority="requested_on", method=method)
        assert got.assignments[0].mentee_id == "z-early"
        got = match([mentor], [early, late], priority={"z-early": 1}, method=method)
        assert got.assignments[0].mentee_id == "z-early"


def test_allow_is_a_custom_hard_rule():
    mentors = [
        Mentor(person=person(i, experience_years=y)) for i, y in (("m1", 3), ("m2", 30))
    ]
    mentee = Mentee(person=person("e"))
    result = match(
        mentors, [mentee], allow=lambda m, _e: m.person.experience_years >= 10
    )
    assert result.assignments[0].mentor_id == "m2"
    with pytest.raises(MatchingError, match="custom rule"):
        match(
            mentors,
            [mentee],
            allow=lambda m, _e: m.id == "m2",
            locked=[PairRef(mentor_id="m1", mentee_id="e")],
            strict=True,
        )


def test_to_pairs_gives_proposed_pairs_only():
    mentors, arrived = school()
    result = match(mentors, [arrived])
    pairs = result.to_pairs(on=DAY)
    assert [(p.id, p.status, p.function) for p in pairs] == [
        ("pair-new:curator", PairStatus.PROPOSED, F.CONSULTANT)
    ]
    assert pairs[0].history[0].reason.startswith("stable matching, ")


def test_suggest_ranks_with_reasons():
    mentors, arrived = school()
    found = suggest(arrived, mentors, limit=2)
    # the curator is the mentee's choice, t-11 teaches maths: equal scores,
    # so the smaller id comes first
    assert [s.mentor_id for s in found] == ["curator", "t-11"]
    assert found[0].score.value == found[1].score.value
    assert (
        found[0].score.part("mentee_choice").reason == "the mentee's choice no. 1 of 1"
    )
    assert found[1].score.part("same_subject").reason == "teaches maths"
    assert suggest(arrived, mentors, limit=0) == ()


# -- bad input --------------------------------------------------------------------------------


def test_duplicate_ids_are_refused_with_every_path():
    m = Mentor(person=person("m"))
    e = Mentee(person=person("e"))
    with pytest.raises(ValidationError) as err:
        match([m, m], [e, e, e])
    assert [p.path for p in err.value.problems] == [
        "$.mentors[1]",
        "$.mentees[1]",
        "$.mentees[2]",
    ]
    assert "duplicate id 'm'" in err.value.problems[0].message


def test_a_negative_capacity_is_refused():
    with pytest.raises(ValidationError) as err:
        Mentor(person=person("m"), capacity=-1)
    assert err.value.problems[0].path == "$.capacity"


def test_bad_arguments_are_all_reported():
    with pytest.raises(ValidationError) as err:
        match([object()], [], method="best", proposing="both", priority={"ghost": 1})  # type: ignore[list-item, arg-type]
    paths = [p.path for p in err.value.problems]
    assert paths == ["$.mentors[0]", "$.method", "$.proposing", "$.priority['ghost']"]


def test_a_locked_pair_that_breaks_a_hard_constraint_says_which_and_why():
    mentors, arrived = school()
    avoiding = Mentee(person=person("shy"), avoided_mentor_ids=frozenset({"curator"}))
    with pytest.raises(MatchingError) as err:
        match(
            mentors,
            [arrived, avoiding],
            function=F.SUBJECT,
            locked=[
                PairRef(mentor_id="t-5a", mentee_id="new"),
                PairRef(mentor_id="curator", mentee_id="shy"),
            ],
            strict=True,
        )
    messages = [(p.path, p.message) for p in err.value.problems]
    assert {p.code for p in err.value.problems} == {"constraint"}
    assert (
        "$.locked[1]",
        "the locked pair breaks a hard constraint: mentor 'curator' does not fill the function 'subject'",
    ) in messages
    assert (
        "$.locked[1]",
        "the locked pair breaks a hard constraint: mentee 'shy' avoids mentor 'curator'",
    ) in messages
    assert (
        "$.locked[0]",
        "the locked pair breaks a hard constraint: mentor 't-5a' teaches no subject of mentee 'new' (maths)",
    ) in messages


def test_locked_pairs_beyond_capacity_are_refused():
    mentor = Mentor(person=person("m"))
    mentees = [Mentee(person=person(i)) for i in ("a", "b")]
    model = CompatibilityModel.default().with_locked(
        PairRef(mentor_id="m", mentee_id="a")
    )
    with pytest.raises(MatchingError) as err:
        match(
            [mentor],
            mentees,
            model=model,
            locked=[PairRef(mentor_id="m", mentee_id="b")],
            strict=True,
        )
    assert {p.path for p in err.value.problems} == {"$.model.locked[0]", "$.locked[0]"}
    assert err.value.problems[0].message == (
        "mentor 'm' has 1 place(s) left (capacity 1, 0 pending or open pairs)"
        " but 2 locked pairs"
    )
    assert {p.code for p in err.value.problems} == {"capacity"}


def test_a_locked_pair_naming_nobody_is_refused():
    with pytest.raises(MatchingError) as err:
        match([], [], locked=[PairRef(mentor_id="m", mentee_id="e")])
    assert [(p.path, p.message, p.code) for p in err.value.problems] == [
        ("$.locked[0].mentor_id", "no mentor with id 'm'", "unknown_id"),
        ("$.locked[0].mentee_id", "no mentee with id 'e'", "unknown_id"),
    ]


# -- scale (no timing: correctness of the fast path on a larger instance) ---------------------------


def test_a_larger_instance_is_matched_consistently():
    rng = random.Random(7)
    mentors = [
        Mentor(
            person=person(
                f"m{i:03d}",
                subjects=frozenset(rng.sample(SUBJECTS, 1)),
                grades=frozenset({rng.randint(1, 9)}),
                experience_years=rng.randint(3, 30),
                interests=frozenset(rng.sample("abcdef", 2)),
            ),
            capacity=rng.randint(1, 3),
        )
        for i in range(60)
    ]
    mentees = [
        Mentee(
            person=person(
                f"e{i:03d}",
                subjects=frozenset(rng.sample(SUBJECTS, 1)),
                grades=frozenset({rng.randint(1, 9)}),
                experience_years=rng.randint(0, 3),
                interests=frozenset(rng.sample("abcdef", 2)),
            )
        )
        for i in range(200)
    ]
    result = match(mentors, mentees)
    assert len(result.assignments) == sum(m.capacity for m in mentors)
    assert math.isclose(result.overall_utilization, 1.0)
    optimal = match(mentors, mentees, method="optimal")
    assert optimal.total_score >= result.total_score - 1e-9
