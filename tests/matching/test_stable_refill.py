"""The shortlist refills of the mentee-proposing stable method.

A refill gives a mentee's next candidates a chunk at a time, continuing below
the last one given; with numpy or without, the chunks put end to end must be
the row's full sort (score, then the larger internal index, first), ties
included, and the matching must be the one textbook deferred acceptance over
fully sorted lists gives.
"""

from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.matching import _stable

np = pytest.importorskip("numpy")

#: Few distinct values, so that ties are common; some rows long enough for
#: several chunks (the batches grow 4, 16, 64, ...).
TIE_PRONE = st.sampled_from([0.0, 0.25, 0.5, 0.5, 0.75, 1.0])
SCORES = st.one_of(TIE_PRONE, st.floats(0.0, 1.0))


@st.composite
def rows(draw, max_len=300, min_len=0):
    n_mentors = draw(st.integers(max(min_len, 1), max_len))
    jj = draw(
        st.lists(
            st.integers(0, n_mentors - 1),
            unique=True,
            min_size=min_len,
            max_size=n_mentors,
        ).map(sorted)
    )
    if draw(st.booleans()):
        jj.reverse()
    scores = draw(st.lists(TIE_PRONE | SCORES, min_size=len(jj), max_size=len(jj)))
    return n_mentors, array("i", jj), array("d", scores)


def full_order(cands, scores):
    return sorted(range(len(cands)), key=lambda p: (scores[p], cands[p]), reverse=True)


def chunks(rows_class, n_mentors, cands, scores, **extra):
    thr = [float("-inf")] * n_mentors
    source = rows_class([cands], [scores], [scores], [0], thr, **extra)
    out = []
    while chunk := source.refill(0):
        out.append(chunk)
    return out


@settings(max_examples=150, deadline=None)
@given(rows() | rows(min_len=_stable._SAMPLED_FROM))
def test_chunks_end_to_end_are_the_full_sort_with_ties(row):
    n_mentors, cands, scores = row
    expected = full_order(cands, scores)
    pure = chunks(_stable._Rows, n_mentors, cands, scores)
    fast = chunks(_stable._NumpyRows, n_mentors, cands, scores, np=np)
    assert [p for c in pure for p in c] == expected
    assert [p for c in fast for p in c] == expected
    # an empty chunk only at the end
    assert all(pure)
    assert all(fast)


@pytest.mark.parametrize("fast", [False, True], ids=["python", "numpy"])
@settings(max_examples=100, deadline=None)
@given(row=rows() | rows(min_len=_stable._SAMPLED_FROM), data=st.data())
def test_a_refill_leaves_out_exactly_the_mentors_above_the_mentee(fast, row, data):
    n_mentors, cands, scores = row
    thr = [float("-inf")] * n_mentors
    source = (
        _stable._NumpyRows([cands], [scores], [scores], [0], list(thr), np=np)
        if fast
        else _stable._Rows([cands], [scores], [scores], [0], list(thr))
    )
    order = full_order(cands, scores)
    given_so_far = []
    # numpy's first chunk of a long row is cut when the rows are built,
    # before any mentor is full: the best of the whole row, thresholds
    # ignored (the solver's full mentor refuses such a proposal)
    precomputed = fast and source.first[0] is not None
    while True:
        # mentors only get pickier: thresholds rise between refills
        for jj in data.draw(st.lists(st.integers(0, n_mentors - 1), max_size=5)):
            thr[jj] = max(thr[jj], data.draw(TIE_PRONE))
            source.set_threshold(jj, thr[jj])
        chunk = source.refill(0)
        if precomputed and not given_so_far:
            assert chunk
            assert chunk == order[: len(chunk)]
            given_so_far.extend(chunk)
            continue
        rest = order[order.index(given_so_far[-1]) + 1 :] if given_so_far else order
        passing = [p for p in rest if scores[p] >= thr[cands[p]]]
        if not chunk:
            assert passing == []
            break
        assert chunk == passing[: len(chunk)]
        given_so_far.extend(chunk)


@st.composite
def instances(draw):
    n_mentors = draw(st.integers(1, 40))
    n = draw(st.integers(0, 40))
    shared = array("i", range(n_mentors))
    cands, scores, mscores = [], [], []
    for _ in range(n):
        if draw(st.booleans()):
            c = shared  # rows often share one candidates array
        else:
            c = array(
                "i",
                sorted(
                    draw(
                        st.lists(
                            st.integers(0, n_mentors - 1),
                            unique=True,
                            max_size=n_mentors,
                        )
                    )
                ),
            )
        cands.append(c)
        scores.append(array("d", (draw(TIE_PRONE) for _ in c)))
        mscores.append(array("d", (draw(SCORES) for _ in c)))
    caps = [draw(st.integers(0, 3)) for _ in range(n_mentors)]
    tiers = draw(st.none() | st.lists(st.integers(0, 2), min_size=n, max_size=n))
    return n_mentors, caps, cands, scores, mscores, tiers


def textbook(n_mentors, caps, cands, scores, mscores, tiers):  # noqa: PLR0917
    """Deferred acceptance over fully sorted lists, one proposal at a time."""
    tier = tiers or [0] * len(cands)
    lists = [
        [(c[p], mscores[u][p]) for p in full_order(c, scores[u])]
        for u, c in enumerate(cands)
    ]
    nxt = [0] * len(cands)
    held = [[] for _ in range(n_mentors)]
    free = list(range(len(cands)))
    while free:
        u = free.pop(0)
        if nxt[u] >= len(lists[u]):
            continue
        jj, ms = lists[u][nxt[u]]
        nxt[u] += 1
        held[jj].append((tier[u], ms, u))
        held[jj].sort(reverse=True)
        if len(held[jj]) > caps[jj]:
            free.append(held[jj].pop()[2])
    out = [-1] * len(cands)
    for jj, keys in enumerate(held):
        for key in keys:
            out[key[2]] = jj
    return out


@settings(max_examples=200, deadline=None)
@given(instances())
def test_with_and_without_numpy_the_textbook_matching(inst):
    expected = textbook(*inst)
    assert _stable.mentee_proposing(*inst, use_numpy=False) == expected
    assert _stable.mentee_proposing(*inst, use_numpy=True) == expected


def test_numpys_first_chunk_is_the_best_of_the_row_whatever_the_thresholds():
    # found by the property above: a mentor's threshold rose before the
    # mentee's first refill; the chunk cut when the rows were built still
    # holds that mentor (the solver's full mentor then refuses the proposal)
    n = 128
    cands = array("i", range(n - 1, -1, -1))
    scores = array("d", [0.0] * n)
    scores[13] = 0.25  # mentor 114
    source = _stable._NumpyRows(
        [cands], [scores], [scores], [0], [float("-inf")] * n, np=np
    )
    source.set_threshold(114, 0.5)
    assert source.refill(0) == [13]
    rest = source.refill(0)
    assert rest
    assert 13 not in rest
    assert rest == full_order(cands, scores)[1 : len(rest) + 1]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rows_of_their_own_candidates_in_several_padded_blocks(seed):
    # A score floor gives each mentee their own candidates: numpy cuts
    # their first chunks in blocks of rows of different lengths, each row
    # padded to its block's longest (more rows than one block holds, some
    # sharing an array with fewer rows than make a block of their own).
    import random

    rng = random.Random(seed)
    n_mentors = 90
    shared = array("i", range(0, n_mentors, 2))
    cands, scores, mscores = [], [], []
    for u in range(_stable._NP_BLOCK * 2 + 37):
        if u % 50 == 0:
            c = shared
        else:
            size = rng.randint(_stable._NP_FIRST_BATCH + 1, 80)
            c = array("i", sorted(rng.sample(range(n_mentors), size)))
        cands.append(c)
        scores.append(array("d", (rng.choice([0.25, 0.5, 0.75]) for _ in c)))
        mscores.append(array("d", (rng.random() for _ in c)))
    caps = [rng.randint(0, 4) for _ in range(n_mentors)]
    inst = (n_mentors, caps, cands, scores, mscores, None)
    expected = textbook(*inst)
    assert _stable.mentee_proposing(*inst, use_numpy=False) == expected
    assert _stable.mentee_proposing(*inst, use_numpy=True) == expected
