"""The assignment step: stable, optimal and greedy on scores alone.

Every property is checked against code written here from the definitions
(textbook deferred acceptance, brute force, a direct blocking-pair scan), never
against the library's own algorithms.
"""

import itertools
import math
from array import array
from contextlib import contextmanager

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mentoring.errors import ValidationError
from mentoring.matching import _optimal, assign, blocking_pairs
from mentoring.matching._assignment import Instance, solve

METHODS = ("stable", "optimal", "greedy")
TIE_PRONE = st.sampled_from([0.0, 0.25, 0.5, 0.5, 0.75, 1.0])
SCORES = st.one_of(TIE_PRONE, st.floats(0.0, 1.0))


@st.composite
def problems(
    draw,
    *,
    max_mentees=8,
    max_mentors=4,
    with_mentor_scores=None,
    with_priority=False,
    scores=SCORES,
):
    mentors = draw(
        st.lists(
            st.text("mnoxyz", min_size=1, max_size=2),
            min_size=1,
            max_size=max_mentors,
            unique=True,
        )
    )
    mentees = draw(
        st.lists(
            st.text("abcdef", min_size=1, max_size=2), max_size=max_mentees, unique=True
        )
    )
    capacities = {j: draw(st.integers(0, 3)) for j in mentors}
    score_of = scores
    scores = {
        e: {j: draw(score_of) for j in mentors if draw(st.booleans())} for e in mentees
    }
    if with_mentor_scores is None:
        with_mentor_scores = draw(st.booleans())
    mentor_scores = None
    if with_mentor_scores:
        # a pair missing here is unacceptable to the mentor
        mentor_scores = {
            e: {j: draw(SCORES) for j in row if draw(st.integers(0, 4))}
            for e, row in scores.items()
        }
    priority = None
    if with_priority:
        priority = {e: draw(st.integers(0, 2)) for e in mentees if draw(st.booleans())}
    return scores, capacities, mentor_scores, priority


# -- references written from the definitions -----------------------------------


def acceptable(scores, mentor_scores, e):
    row = scores[e]
    if mentor_scores is None:
        return {j: (s, s) for j, s in row.items()}
    return {
        j: (s, mentor_scores[e][j])
        for j, s in row.items()
        if j in mentor_scores.get(e, {})
    }


def mentee_list(scores, mentor_scores, e):
    acc = acceptable(scores, mentor_scores, e)
    return sorted(acc, key=lambda j: (-acc[j][0], j))


def mentor_key(scores, mentor_scores, priority, e, j):
    """Smaller is better for the mentor."""
    p = (priority or {}).get(e, 0)
    return (-p, -acceptable(scores, mentor_scores, e)[j][1], e)


def reference_mentee_proposing(scores, capacities, mentor_scores=None, priority=None):
    lists = {e: mentee_list(scores, mentor_scores, e) for e in scores}
    nxt = dict.fromkeys(scores, 0)
    held = {j: [] for j in capacities}
    free = sorted(scores)
    while free:
        e = free.pop(0)
        if nxt[e] >= len(lists[e]):
            continue
        j = lists[e][nxt[e]]
        nxt[e] += 1
        held[j].append(e)
        held[j].sort(key=lambda x: mentor_key(scores, mentor_scores, priority, x, j))
        if len(held[j]) > capacities[j]:
            free.append(held[j].pop())
    return {e: j for j, es in held.items() for e in es}


def reference_mentor_proposing(scores, capacities, mentor_scores=None, priority=None):
    lists = {
        j: sorted(
            (e for e in scores if j in acceptable(scores, mentor_scores, e)),
            key=lambda e: mentor_key(scores, mentor_scores, priority, e, j),
        )
        for j in capacities
    }
    nxt = dict.fromkeys(capacities, 0)
    current = {}
    changed = True
    while changed:
        changed = False
        for j in sorted(capacities):
            while sum(1 for x in current.values() if x == j) < capacities[j] and nxt[
                j
            ] < len(lists[j]):
                e = lists[j][nxt[j]]
                nxt[j] += 1
                cur = current.get(e)
                pref = mentee_list(scores, mentor_scores, e)
                if cur is None or pref.index(j) < pref.index(cur):
                    current[e] = j
                    changed = True
    return current


def brute_blocking(assignment, scores, capacities, mentor_scores=None, priority=None):
    out = set()
    for e in scores:
        pref = mentee_list(scores, mentor_scores, e)
        cur = assignment.get(e)
        better = pref if cur is None else pref[: pref.index(cur)]
        for j in better:
            mine = [x for x, y in assignment.items() if y == j]
            key = mentor_key(scores, mentor_scores, priority, e, j)
            if len(mine) < capacities[j] or any(
                key < mentor_key(scores, mentor_scores, priority, x, j) for x in mine
            ):
                out.add((e, j))
    return sorted(out)


def tiers(priority, scores):
    levels = sorted({(priority or {}).get(e, 0) for e in scores})
    return {e: levels.index((priority or {}).get(e, 0)) for e in scores}


def objective(assignment, scores, priority=None):
    t = tiers(priority, scores)
    return (
        len(assignment),
        sum(t[e] for e in assignment),
        sum(scores[e][j] for e, j in assignment.items()),
    )


def brute_optimal(scores, capacities, mentor_scores=None, priority=None):
    mentees = sorted(scores)
    options = [[None, *acceptable(scores, mentor_scores, e)] for e in mentees]
    best = None
    for choice in itertools.product(*options):
        load = {}
        for j in choice:
            if j is not None:
                load[j] = load.get(j, 0) + 1
        if any(c > capacities[j] for j, c in load.items()):
            continue
        a = {e: j for e, j in zip(mentees, choice, strict=True) if j is not None}
        value = objective(a, scores, priority)
        if (
            best is None
            or value[:2] > best[:2]
            or (value[:2] == best[:2] and value[2] > best[2])
        ):
            best = value
    return best


def reference_greedy(scores, capacities, mentor_scores=None, priority=None):
    prio = priority or {}
    edges = sorted(
        (
            (-prio.get(e, 0), -s, e, j)
            for e in scores
            for j, (s, _) in acceptable(scores, mentor_scores, e).items()
        )
    )
    load = dict.fromkeys(capacities, 0)
    out = {}
    for _, _, e, j in edges:
        if e not in out and load[j] < capacities[j]:
            out[e] = j
            load[j] += 1
    return out


def check_valid(a, scores, capacities, mentor_scores):
    load = {}
    for e, j in a.items():
        assert j in acceptable(scores, mentor_scores, e)
        load[j] = load.get(j, 0) + 1
    for j, c in load.items():
        assert c <= capacities[j]


def close(x, y):
    return x[:2] == y[:2] and math.isclose(x[2], y[2], abs_tol=1e-9)


# -- properties -------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(problems(), st.sampled_from(METHODS))
def test_mentor_never_exceeds_capacity_and_pairs_are_acceptable(p, method):
    scores, capacities, mentor_scores, _ = p
    a = assign(scores, capacities, method=method, mentor_scores=mentor_scores)
    check_valid(a, scores, capacities, mentor_scores)
    assert set(a) <= set(scores)  # a dict: no mentee is matched twice


@settings(max_examples=200, deadline=None)
@given(problems(with_priority=True))
def test_stable_has_no_blocking_pair_and_is_mentee_optimal(p):
    scores, capacities, mentor_scores, priority = p
    a = assign(scores, capacities, mentor_scores=mentor_scores, priority=priority)
    assert brute_blocking(a, scores, capacities, mentor_scores, priority) == []
    assert (
        blocking_pairs(
            a, scores, capacities, mentor_scores=mentor_scores, priority=priority
        )
        == []
    )
    assert a == reference_mentee_proposing(scores, capacities, mentor_scores, priority)


@settings(max_examples=200, deadline=None)
@given(problems(with_priority=True), st.data())
def test_blocking_pairs_of_any_assignment_are_those_of_the_definition(p, data):
    scores, capacities, mentor_scores, priority = p
    load = dict.fromkeys(capacities, 0)
    a = {}
    for e in sorted(scores):
        room = [
            j
            for j in sorted(acceptable(scores, mentor_scores, e))
            if load[j] < capacities[j]
        ]
        j = data.draw(st.sampled_from([None, *room]))
        if j is not None:
            a[e] = j
            load[j] += 1
    found = blocking_pairs(
        a, scores, capacities, mentor_scores=mentor_scores, priority=priority
    )
    assert found == brute_blocking(a, scores, capacities, mentor_scores, priority)


@settings(max_examples=150, deadline=None)
@given(problems(with_priority=True))
def test_mentor_proposing_gives_the_mentor_optimal_stable_matching(p):
    scores, capacities, mentor_scores, priority = p
    a = assign(
        scores,
        capacities,
        mentor_scores=mentor_scores,
        priority=priority,
        proposing="mentors",
    )
    check_valid(a, scores, capacities, mentor_scores)
    assert brute_blocking(a, scores, capacities, mentor_scores, priority) == []
    assert a == reference_mentor_proposing(scores, capacities, mentor_scores, priority)


@settings(max_examples=150, deadline=None)
@given(problems(max_mentees=6, max_mentors=3, with_priority=True))
def test_optimal_equals_brute_force_and_beats_every_method(p):
    scores, capacities, mentor_scores, priority = p
    best = brute_optimal(scores, capacities, mentor_scores, priority)
    assert close(
        objective(
            assign(
                scores,
                capacities,
                method="optimal",
                mentor_scores=mentor_scores,
                priority=priority,
            ),
            scores,
            priority,
        ),
        best,
    )
    inst = as_instance(scores, capacities, mentor_scores, priority)
    for use_scipy in (False, True):
        a = solved(inst, method="optimal", use_scipy=use_scipy)
        check_valid(a, scores, capacities, mentor_scores)
        assert close(objective(a, scores, priority), best), use_scipy
    for method in ("stable", "greedy"):
        other = assign(
            scores,
            capacities,
            method=method,
            mentor_scores=mentor_scores,
            priority=priority,
        )
        count, _, total = objective(other, scores, priority)
        assert count <= best[0]
    # without priority, the optimum's total is at least every other method's
    plain = brute_optimal(scores, capacities, mentor_scores)
    for method in METHODS:
        other = assign(scores, capacities, method=method, mentor_scores=mentor_scores)
        count, _, total = objective(other, scores)
        assert (count, total) <= (plain[0], plain[2] + 1e-9)


def as_instance(scores, capacities, mentor_scores=None, priority=None):
    mentee_ids = tuple(scores)
    mentor_ids = tuple(capacities)
    idx = {j: k for k, j in enumerate(mentor_ids)}
    cands, sc, msc = [], [], []
    for e in mentee_ids:
        acc = acceptable(scores, mentor_scores, e)
        cands.append(array("i", [idx[j] for j in acc]))
        sc.append(array("d", [s for s, _ in acc.values()]))
        msc.append(array("d", [m for _, m in acc.values()]))
    return Instance(
        mentee_ids=mentee_ids,
        mentor_ids=mentor_ids,
        capacities=tuple(capacities.values()),
        candidates=tuple(cands),
        scores=tuple(sc),
        mentor_scores=tuple(msc) if mentor_scores is not None else None,
        priority=tuple((priority or {}).get(e, 0) for e in mentee_ids)
        if priority is not None
        else None,
    )


def solved(inst, **kw):
    res = solve(inst, **kw)
    return {inst.mentee_ids[i]: inst.mentor_ids[j] for i, j in enumerate(res) if j >= 0}


@settings(max_examples=100, deadline=None)
@given(problems(max_mentees=30, max_mentors=8, with_priority=True))
def test_pure_and_scipy_optimal_reach_the_same_count_and_total(p):
    scores, capacities, mentor_scores, priority = p
    inst = as_instance(scores, capacities, mentor_scores, priority)
    pure = solved(inst, method="optimal", use_scipy=False)
    fast = solved(inst, method="optimal", use_scipy=True)
    check_valid(pure, scores, capacities, mentor_scores)
    check_valid(fast, scores, capacities, mentor_scores)
    assert close(objective(pure, scores, priority), objective(fast, scores, priority))


# The pure optimum reads mentors' columns and mentees' shortlists in batches
# (``_CHUNK``, ``_SHORTLIST``) and transposes rows sharing one array by groups
# (``_GROUP``); tiny batches make small instances take every path that large
# ones take: columns read past their first batch, rows re-read in full,
# shortlists rebuilt, columns merged from several groups.
BATCHES = st.sampled_from([(32, 8, 8), (1, 1, 1), (1, 2, 2), (2, 3, 8)])


@contextmanager
def batches_of(chunk, shortlist, group):
    saved = _optimal._CHUNK, _optimal._SHORTLIST, _optimal._GROUP
    _optimal._CHUNK, _optimal._SHORTLIST, _optimal._GROUP = chunk, shortlist, group
    try:
        yield
    finally:
        _optimal._CHUNK, _optimal._SHORTLIST, _optimal._GROUP = saved


def pure_and_scipy_agree(scores, capacities, mentor_scores, priority, batches):
    inst = as_instance(scores, capacities, mentor_scores, priority)
    with batches_of(*batches):
        pure = solved(inst, method="optimal", use_scipy=False)
    fast = solved(inst, method="optimal", use_scipy=True)
    check_valid(pure, scores, capacities, mentor_scores)
    assert close(objective(pure, scores, priority), objective(fast, scores, priority))


@settings(max_examples=150, deadline=None)
@given(
    problems(
        max_mentees=40, max_mentors=10, with_priority=True, scores=st.floats(0.0, 1.0)
    ),
    BATCHES,
)
def test_pure_optimal_equals_scipy_on_continuous_scores(p, batches):
    pure_and_scipy_agree(*p, batches)


@settings(max_examples=150, deadline=None)
@given(
    problems(
        max_mentees=40,
        max_mentors=10,
        with_priority=True,
        scores=st.sampled_from([0.0, 0.5, 1.0, 1.0]),
    ),
    BATCHES,
)
def test_pure_optimal_equals_scipy_when_scores_tie(p, batches):
    pure_and_scipy_agree(*p, batches)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 30), st.integers(1, 8), BATCHES, st.data())
def test_pure_optimal_equals_scipy_on_full_lists_sharing_one_array(n, m, batches, data):
    """Rows sharing one candidates array, as ``match()`` builds them; mentor
    ids in any order, so the shared row reaches the solver in either order."""
    mentor_ids = data.draw(st.permutations([f"m{j}" for j in range(m)]))
    capacities = data.draw(st.lists(st.integers(0, 4), min_size=m, max_size=m))
    every = array("i", range(m))
    rows = [data.draw(st.lists(SCORES, min_size=m, max_size=m)) for _ in range(n)]
    inst = Instance(
        mentee_ids=tuple(f"e{i:02d}" for i in range(n)),
        mentor_ids=tuple(mentor_ids),
        capacities=tuple(capacities),
        candidates=(every,) * n,
        scores=tuple(array("d", row) for row in rows),
    )
    with batches_of(*batches):
        pure = solve(inst, method="optimal", use_scipy=False)
    fast = solve(inst, method="optimal", use_scipy=True)
    for res in (pure, fast):
        for j in range(m):
            assert res.count(j) <= capacities[j]

    def value(res):
        return (
            sum(j >= 0 for j in res),
            sum(rows[i][j] for i, j in enumerate(res) if j >= 0),
        )

    (count, total), (fast_count, fast_total) = value(pure), value(fast)
    assert count == fast_count == min(n, sum(capacities))
    assert math.isclose(total, fast_total, abs_tol=1e-9)


def test_optimal_fills_every_place_when_all_scores_are_equal():
    scores = {f"e{i:02d}": {f"m{j}": 1.0 for j in range(6)} for i in range(40)}
    capacities = {f"m{j}": j for j in range(6)}  # 15 places
    inst = as_instance(scores, capacities)
    for batches in ((32, 8, 8), (1, 1, 1)):
        with batches_of(*batches):
            a = solved(inst, method="optimal", use_scipy=False)
        assert len(a) == 15
        check_valid(a, scores, capacities, None)


@settings(max_examples=150, deadline=None)
@given(problems(with_priority=True))
def test_greedy_takes_the_best_remaining_pair_first(p):
    scores, capacities, mentor_scores, priority = p
    a = assign(
        scores,
        capacities,
        method="greedy",
        mentor_scores=mentor_scores,
        priority=priority,
    )
    assert a == reference_greedy(scores, capacities, mentor_scores, priority)


def shuffled(mapping, rnd):
    items = list(mapping.items())
    rnd.shuffle(items)
    return dict(items)


@settings(max_examples=150, deadline=None)
@given(
    problems(with_priority=True),
    st.sampled_from(METHODS),
    st.sampled_from(["mentees", "mentors"]),
    st.randoms(use_true_random=False),
)
def test_same_result_under_any_order_of_the_inputs(p, method, proposing, rnd):
    scores, capacities, mentor_scores, priority = p
    a = assign(
        scores,
        capacities,
        method=method,
        mentor_scores=mentor_scores,
        priority=priority,
        proposing=proposing,
    )
    s2 = shuffled({e: shuffled(row, rnd) for e, row in scores.items()}, rnd)
    m2 = (
        None
        if mentor_scores is None
        else shuffled({e: shuffled(r, rnd) for e, r in mentor_scores.items()}, rnd)
    )
    b = assign(
        s2,
        shuffled(capacities, rnd),
        method=method,
        mentor_scores=m2,
        priority=None if priority is None else shuffled(priority, rnd),
        proposing=proposing,
    )
    assert a == b
    # and through the index form, whatever the index order, on both paths
    inst = as_instance(scores, capacities, mentor_scores, priority)
    inst2 = as_instance(s2, shuffled(capacities, rnd), m2, priority)
    for use_scipy in (False, True):
        kw = {"method": method, "proposing": proposing, "use_scipy": use_scipy}
        assert solved(inst, **kw) == solved(inst2, **kw)
    assert solved(inst2, method=method, proposing=proposing) == a


@settings(max_examples=100, deadline=None)
@given(problems(with_priority=True))
def test_waiting_mentee_is_never_passed_over_for_a_lower_priority_one(p):
    """Priority in ``stable``: if a mentee would rather have mentor j, j holds
    no mentee of lower priority (j is full of mentees of at least its priority)."""
    scores, capacities, mentor_scores, priority = p
    assume(priority)
    a = assign(scores, capacities, mentor_scores=mentor_scores, priority=priority)
    for e in scores:
        pref = mentee_list(scores, mentor_scores, e)
        cur = a.get(e)
        for j in pref if cur is None else pref[: pref.index(cur)]:
            held = [x for x, y in a.items() if y == j]
            assert len(held) == capacities[j]
            assert all(priority.get(x, 0) >= priority.get(e, 0) for x in held)


def test_mentor_scores_decide_for_mentors_in_stable():
    scores = {"ann": {"m1": 1.0}, "bob": {"m1": 1.0}}
    mentor_scores = {"ann": {"m1": 0.2}, "bob": {"m1": 0.9}}
    assert assign(scores, {"m1": 1}) == {"ann": "m1"}  # tie: smaller id
    assert assign(scores, {"m1": 1}, mentor_scores=mentor_scores) == {"bob": "m1"}


def test_optimal_matches_the_most_mentees_before_the_highest_total():
    scores = {"a": {"m1": 0.1}, "b": {"m1": 0.9, "m2": 0.05}}
    capacities = {"m1": 1, "m2": 1}
    for use_scipy in (False, True):
        inst = as_instance(scores, capacities)
        assert solved(inst, method="optimal", use_scipy=use_scipy) == {
            "a": "m1",
            "b": "m2",
        }


def test_blocking_pairs_finds_a_mentor_with_room():
    scores = {"a": {"m1": 0.5, "m2": 0.9}}
    assert blocking_pairs({"a": "m1"}, scores, {"m1": 1, "m2": 1}) == [("a", "m2")]
    assert blocking_pairs({"a": "m2"}, scores, {"m1": 1, "m2": 1}) == []


# -- bad input ----------------------------------------------------------------------


def paths(excinfo):
    return [p.path for p in excinfo.value.problems]


def test_bad_input_lists_every_problem_with_its_path():
    scores = {
        "e1": {"m1": 1.5, "m2": math.nan, "m3": 0.5},
        "e2": {"m1": True, "m2": "0.5"},
        3: {"m1": 0.5},
    }
    capacities = {"m1": -1, "m2": 2.0, 7: 1}
    with pytest.raises(ValidationError) as excinfo:
        assign(scores, capacities, method="best")
    assert paths(excinfo) == [
        '$.capacities["m1"]',
        '$.capacities["m2"]',
        "$.capacities[7]",
        '$.scores["e1"]["m1"]',
        '$.scores["e1"]["m2"]',
        '$.scores["e1"]["m3"]',
        '$.scores["e2"]["m1"]',
        '$.scores["e2"]["m2"]',
        "$.scores[3]",
        "$.method",
    ]
    found = [(p.message, p.code) for p in excinfo.value.problems]
    assert found == [
        ("must be >= 0, got -1", "range"),
        ("expected an int, got float 2.0", "type"),
        ("expected a str, got int 7", "type"),
        ("must be within [0, 1], got 1.5", "range"),
        ("expected a finite number, got float nan", "type"),
        ("no mentor with id 'm3' in $.capacities", "unknown_id"),
        ("expected a number, got bool True", "type"),
        ("expected a number, got str '0.5'", "type"),
        ("expected a str, got int 3", "type"),
        ("must be one of 'stable', 'optimal', 'greedy'; got 'best'", "choice"),
    ]


def test_bad_mentor_scores_and_priority_are_reported():
    scores = {"e1": {"m1": 0.5}}
    with pytest.raises(ValidationError) as excinfo:
        assign(
            scores,
            {"m1": 1},
            mentor_scores={"e1": {"m1": -0.1}, "ghost": {}},
            priority={"e1": 1.5, "nobody": 1},
        )
    assert paths(excinfo) == [
        '$.mentor_scores["e1"]["m1"]',
        '$.mentor_scores["ghost"]',
        '$.priority["e1"]',
        '$.priority["nobody"]',
    ]


def test_wrong_container_types_are_reported():
    with pytest.raises(ValidationError) as excinfo:
        assign([("e1", "m1")], None)
    assert paths(excinfo) == ["$.capacities", "$.scores"]
    with pytest.raises(ValidationError) as excinfo:
        assign({"e1": [0.5]}, {"m1": 1})
    assert paths(excinfo) == ['$.scores["e1"]']


def test_blocking_pairs_refuses_an_impossible_assignment():
    scores = {"a": {"m1": 0.5}, "b": {"m1": 0.5}}
    with pytest.raises(ValidationError) as excinfo:
        blocking_pairs({"a": "m1", "b": "m1", "c": "m1"}, scores, {"m1": 1})
    assert [(p.path, p.message, p.code) for p in excinfo.value.problems] == [
        ('$.matching["c"]', "no mentee with id 'c' in $.scores", "unknown_id"),
        ('$.capacities["m1"]', "mentor 'm1' holds 2 mentees, capacity 1", "capacity"),
    ]
    with pytest.raises(ValidationError) as excinfo:
        blocking_pairs({"a": "m2"}, scores, {"m1": 1, "m2": 1})
    assert [(p.path, p.message, p.code) for p in excinfo.value.problems] == [
        ('$.matching["a"]', "the pair ('a', 'm2') is not acceptable", "constraint")
    ]


def test_blocking_pairs_refuses_the_arguments_of_the_other_form():
    with pytest.raises(ValidationError) as excinfo:
        blocking_pairs({"a": "m1"}, {"a": {"m1": 0.5}}, {"m1": 1}, mentors=[])
    assert [(p.path, p.message, p.code) for p in excinfo.value.problems] == [
        ("$.mentors", "not used with an assignment", "rule")
    ]


def test_no_mentee_and_no_place_give_an_empty_assignment():
    for method in METHODS:
        assert assign({}, {"m1": 2}, method=method) == {}
        assert assign({"a": {"m1": 1.0}}, {"m1": 0}, method=method) == {}
        assert assign({"a": {}}, {}, method=method) == {}


@pytest.mark.parametrize("method", ["stable", "optimal", "greedy"])
def test_a_capacity_larger_than_any_machine_integer_is_just_room_for_everyone(method):
    scores = {"e1": {"m1": 0.5}, "e2": {"m1": 0.7}}
    assert assign(scores, {"m1": 10**30}, method=method) == {"e1": "m1", "e2": "m1"}
