"""Maximum-weight capacitated assignment: most mentees first, then most weight.

Two exact solvers of the same problem, on internal indices prepared by
:func:`mentoring.matching._assignment.solve` (``weights[u]`` parallel to
``candidates[u]``, every weight >= 0):

* :func:`successive_shortest_paths`, pure Python: a min-cost flow
  ``source -> mentee -> mentor -> sink`` (mentor -> sink with the mentor's
  capacity, a pair costing minus its weight), grown one unit at a time along a
  shortest augmenting path. Successive shortest paths give the cheapest flow of
  every value, so the last one is the cheapest among the largest flows: the most
  mentees, then the most weight, exactly. See :func:`successive_shortest_paths`
  for how each search stays small.
* :func:`scipy_assignment`: ``scipy.optimize.linear_sum_assignment`` on the
  slot-replicated matrix (each mentor repeated once per place). When some pair is
  not acceptable, each acceptable cell gets a bonus larger than any total weight,
  so the count comes first there too.
"""

import heapq
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Sequence
from itertools import compress, repeat
from operator import add, ge, gt, le, lt, not_, sub
from typing import Any

__all__ = ["scipy_assignment", "successive_shortest_paths"]

_INF = float("inf")
_NEG_INF = float("-inf")
#: How many of its mentors, the most valuable first, a matched mentee offers a
#: search; the others are read only when the search gets that far.
_SHORTLIST = 8
#: How many of a mentor's best mentees are put in order before the others.
_CHUNK = 32
#: Rows sharing one candidates array are transposed together from this many.
_GROUP = 8
_NO_ROW: "array[float]" = array("d")


class _Column:
    """One mentor's acceptable mentees, read best first.

    Equal weights are read in the order of the mentees' indices, cyclically
    from a start that differs from mentor to mentor: columns do not all wait on
    the same mentee when weights tie (with all weights equal, every mentor would
    otherwise skip every mentee matched so far).

    Sorting every column would cost more than the whole search at 5,000 x
    1,000, and a search only ever asks for the best mentee still free, which
    is nearly always among the first ``_CHUNK``: those are put in order first,
    and the others still free only if the column is read that far.
    """

    __slots__ = ("_at", "_below", "_mentees", "_order", "_start", "_weights")

    def __init__(
        self, mentees: Sequence[int], weights: "array[float]", k: int, m: int
    ) -> None:
        self._mentees = mentees
        self._weights = weights
        self._start = len(mentees) * k // m  # mentor k of m starts k/m of the way
        every = range(len(weights))
        if len(weights) > 4 * _CHUNK:
            below = heapq.nlargest(_CHUNK, weights)[-1]
            order = list(compress(every, map(ge, weights, repeat(below))))
        else:
            below = _NEG_INF
            order = list(every)
        self._order = self._sorted(order)  # positions, best first
        self._at = 0
        self._below = below  # the positions not in order hold the weights below

    def best_free(self, matched: bytearray) -> tuple[int, float]:
        """The best mentee not yet matched and minus its weight, or ``(-1, inf)``."""
        mentees = self._mentees
        while True:
            order = self._order
            at = self._at
            while at < len(order):
                p = order[at]
                if not matched[mentees[p]]:
                    self._at = at
                    return mentees[p], -self._weights[p]
                at += 1
            if self._below == _NEG_INF:
                self._at = at
                return -1, _INF
            self._read_on(matched)

    def _read_on(self, matched: bytearray) -> None:
        ws = self._weights
        rest = list(compress(range(len(ws)), map(lt, ws, repeat(self._below))))
        taken = map(matched.__getitem__, map(self._mentees.__getitem__, rest))
        self._order = self._sorted(list(compress(rest, map(not_, taken))))
        self._at = 0
        self._below = _NEG_INF

    def _sorted(self, positions: list[int]) -> list[int]:
        """*positions* (ascending, as the mentee indices) best first."""
        cut = bisect_left(positions, self._start)
        if cut:
            positions = positions[cut:] + positions[:cut]
        # stable: equal weights keep the cyclic order
        positions.sort(key=self._weights.__getitem__, reverse=True)
        return positions


_Part = tuple[list[int], "array[float]"]  # mentee indices, their weights


def _columns(
    n_mentors: int,
    candidates: Sequence["array[int]"],
    weights: Sequence["array[float]"],
) -> list[_Column]:
    """Each mentor's column, its mentees in index order.

    Rows often share one candidates array: such a group transposes at C speed.
    Rows of their own are read pair by pair.
    """
    groups: dict[int, list[int]] = {}
    for u, row in enumerate(candidates):
        if len(row):
            groups.setdefault(id(row), []).append(u)
    parts: list[list[_Part]] = [[] for _ in range(n_mentors)]
    for us in groups.values():
        if len(us) >= _GROUP:
            row = candidates[us[0]]
            transposed = zip(*(weights[u] for u in us), strict=True)
            for k, col in zip(row, transposed, strict=True):
                parts[k].append((us, array("d", col)))
    alone = [u for us in groups.values() if len(us) < _GROUP for u in us]
    for part, extra in zip(
        parts, _pairs(n_mentors, sorted(alone), candidates, weights), strict=True
    ):
        if extra[0]:
            part.append(extra)
    return [_Column(*_merged(part), k, n_mentors) for k, part in enumerate(parts)]


def _pairs(
    n_mentors: int,
    mentees: list[int],
    candidates: Sequence["array[int]"],
    weights: Sequence["array[float]"],
) -> list[_Part]:
    """The columns of *mentees* (in index order), read pair by pair."""
    out: list[_Part] = [([], array("d")) for _ in range(n_mentors)]
    for u in mentees:
        for k, w in zip(candidates[u], weights[u], strict=True):
            out[k][0].append(u)
            out[k][1].append(w)
    return out


def _merged(part: list[_Part]) -> _Part:
    """One column from its parts, in mentee index order."""
    if len(part) == 1:
        return part[0]
    if not part:
        return [], array("d")
    us = [u for group, _ in part for u in group]
    ws = [w for _, col in part for w in col]
    order = sorted(range(len(us)), key=us.__getitem__)
    return [us[p] for p in order], array("d", [ws[p] for p in order])


def _shortlist(
    values: list[float], row: "array[float]"
) -> tuple[list[int], list[float], list[float], float]:
    """A matched mentee's most valuable mentors, best first.

    Returns the mentors, their weights, their values and a bound on the value
    of every mentor left out.
    """
    m = len(values)
    if m > _SHORTLIST:
        bound = heapq.nlargest(_SHORTLIST + 1, values)[-1]
        ks = list(compress(range(m), map(gt, values, repeat(bound))))
    else:
        bound = _NEG_INF
        ks = list(range(m))
    ks.sort(key=values.__getitem__, reverse=True)
    return ks, [row[k] for k in ks], [values[k] for k in ks], bound


class _DenseRows:
    """A mentee's weights by mentor index, ``-inf`` where not acceptable.

    Rows sharing the candidates ``range(m)`` (or its reverse, the order
    :func:`~mentoring.matching._assignment.solve` gives it) are copied at C speed.
    """

    __slots__ = ("_candidates", "_kinds", "_m", "_weights")

    def __init__(
        self,
        n_mentors: int,
        candidates: Sequence["array[int]"],
        weights: Sequence["array[float]"],
    ) -> None:
        self._m = n_mentors
        self._candidates = candidates
        self._weights = weights
        self._kinds: dict[int, int] = {}  # id of a candidates array -> 0, 1 or 2

    def __call__(self, u: int) -> "array[float]":
        row = self._candidates[u]
        kind = self._kinds.get(id(row))
        if kind is None:
            m = self._m
            kind = 2
            if len(row) == m:
                if row == array("i", range(m)):
                    kind = 0
                elif row == array("i", range(m - 1, -1, -1)):
                    kind = 1
            self._kinds[id(row)] = kind
        ws = self._weights[u]
        if kind == 0:
            return ws
        if kind == 1:
            return ws[::-1]
        full = [_NEG_INF] * self._m
        deque(map(full.__setitem__, row, ws), maxlen=0)
        return array("d", full)


def successive_shortest_paths(  # noqa: C901, PLR0912, PLR0915
    n_mentors: int,
    capacities: Sequence[int],
    candidates: Sequence["array[int]"],
    weights: Sequence["array[float]"],
) -> list[int]:
    """Exact optimum in pure Python: mentee ``u`` -> mentor ``jj`` or -1.

    Each search is Dijkstra on reduced costs (Johnson potentials), run over the
    mentors only: a free mentee is reached from the source alone, so it enters
    through one number per mentor (the weight of the mentor's best free mentee,
    see :class:`_Column`), and a matched mentee only through its mentor, so
    "mentor ``j``, then its mentee ``i``, then mentor ``k``" is one step of
    reduced cost ``value(i, j) - value(i, k)``, where ``value(i, k) =
    weight(i, k) + potential(k)``. What keeps the searches small:

    * Potentials start equal, and those of mentors with room never change (a
      search stops at the first such mentor it reaches, whose distance is the
      path's): the first mentor with room popped ends the search.
    * The other potentials only go down, so a mentee's values only go down. A
      matched mentee keeps its :func:`_shortlist` of most valuable mentors
      with a bound on the rest; a search relaxes the shortlist, best first,
      while it can still beat the best mentor with room seen so far, and puts
      the rest off as one heap entry that re-reads the whole row only if it
      comes up before the search ends (it seldom does).
    * After each augmentation, a full mentor whose every mentee would lose at
      least ``h`` by moving elsewhere has its potential lowered by ``h`` (the
      auction algorithm's price rise): every step out of it still costs >= 0,
      and the searches that follow reach it later, or not at all.

    Ties: the heap orders equal distances by mentor index, a mentor with room
    first; columns order equal weights by mentee index (cyclically); the answer
    depends on nothing else.

    Floating point: no tolerance anywhere. Rounding can only prefer one of two
    assignments whose totals differ by about 1e-13 (the tests ask for 1e-9);
    the count is exact (a search finds a path whenever one exists), and so is
    the sum of tiers, whose steps exceed any total score.
    """
    n = len(candidates)
    m = n_mentors
    every = range(m)
    left = [max(0, c) for c in capacities]
    room = bytearray(c > 0 for c in left)
    places = sum(left)
    free = sum(1 for row in candidates if len(row))
    columns = _columns(m, candidates, weights)
    dense_row = _DenseRows(m, candidates, weights)
    matched = bytearray(n)
    head = [-1] * m  # each mentor's best free mentee
    cost = [_INF] * m  # minus its weight
    waiting: list[list[int]] = [[] for _ in range(n)]  # mentors headed by u
    for k, column in enumerate(columns):
        u, cost[k] = column.best_free(matched)
        head[k] = u
        if u >= 0:
            waiting[u].append(k)
    low = min(cost, default=0.0)
    pot = [low if low < _INF else 0.0] * m
    assigned = [-1] * n
    dense = [_NO_ROW] * n  # the weights of the matched mentees, by mentor
    short_k: list[list[int]] = [[]] * n
    short_w: list[list[float]] = [[]] * n
    short_v: list[list[float]] = [[]] * n
    bound = [_NEG_INF] * n
    # an upper bound on a matched mentee's best value at another mentor
    other = [_NEG_INF] * n
    held: list[list[int]] = [[] for _ in every]
    dist = [0.0] * m
    # heap codes: a mentor with room pops first among equal distances, as it
    # ends the search; then the other mentors, then rows to re-read
    full_code = m
    reread_code = 2 * m
    code = [k if room[k] else k + full_code for k in every]

    def shortlist(i: int, values: list[float]) -> None:
        short_k[i], short_w[i], short_v[i], bound[i] = _shortlist(values, dense[i])

    def regap(i: int) -> None:
        j = assigned[i]
        best = bound[i]
        for k, v in zip(short_k[i], short_v[i], strict=True):
            if k != j:
                best = v
                break
        other[i] = best

    def tighten(j: int) -> None:
        if room[j] or not held[j]:
            return
        row_j = [dense[i][j] - other[i] for i in held[j]]
        h = pot[j] + min(row_j)
        if 0.0 < h < _INF:  # infinite: no mentee can leave j; leave it be
            pot[j] -= h

    heappop = heapq.heappop
    heappush = heapq.heappush
    while places and free:
        # distances from the source, less the source's potential: it falls by
        # the length of every path, and one constant for all changes nothing
        key = list(map(sub, cost, pot))
        # a search ends by the smallest distance of a mentor with room
        limit = min(compress(key, room), default=_INF)
        heap = list(compress(zip(key, code, strict=True), map(le, key, repeat(limit))))
        heapq.heapify(heap)
        pred = [-1] * m
        via = [-1] * m
        settled = []
        reread = []
        end = -1
        mu = _INF
        while heap:
            d, x = heappop(heap)
            if x < reread_code:
                if x >= full_code:
                    x -= full_code
                if key[x] != d:
                    continue  # stale, or settled already
                if d == _INF:
                    break
                key[x] = _NEG_INF
                if room[x]:
                    end = x
                    mu = d
                    break
                dist[x] = d
                settled.append(x)
                px = pot[x]
                for i in held[x]:
                    base = d + px + dense[i][x]
                    if base - other[i] >= limit:
                        continue  # nothing to gain, here or further down
                    for k, w, v in zip(
                        short_k[i], short_w[i], short_v[i], strict=False
                    ):
                        if base - v >= limit:
                            break
                        nd = base - pot[k] - w
                        if nd < key[k]:
                            key[k] = nd
                            pred[k] = x
                            via[k] = i
                            heappush(heap, (nd, code[k]))
                            if room[k] and nd < limit:
                                limit = nd
                    else:
                        y = base - bound[i]
                        if y < limit:
                            heappush(heap, (y, reread_code + i))
            else:
                # the rest of a mentee's row: read it all, and shortlist again
                i = x - reread_code
                j = assigned[i]
                row = dense[i]
                base = dist[j] + pot[j] + row[j]
                values = list(map(add, pot, row))
                nds = list(map(sub, repeat(base), values))
                for k in compress(every, map(lt, nds, key)):
                    y = nds[k]
                    key[k] = y
                    pred[k] = j
                    via[k] = i
                    heappush(heap, (y, code[k]))
                    if room[k] and y < limit:
                        limit = y
                shortlist(i, values)
                regap(i)
                reread.append(j)
        if end < 0:
            break  # no augmenting path: the flow is maximum
        for j in settled:
            d = dist[j]
            if d < mu:
                pot[j] += d - mu
        left[end] -= 1
        if not left[end]:
            room[end] = 0
            code[end] = end + full_code
        places -= 1
        k = end
        reread.append(k)
        while pred[k] >= 0:
            j = pred[k]
            i = via[k]
            held[j].remove(i)
            held[k].append(i)
            assigned[i] = k
            regap(i)
            k = j
            reread.append(k)
        i = head[k]
        matched[i] = 1
        free -= 1
        held[k].append(i)
        assigned[i] = k
        dense[i] = row = dense_row(i)
        shortlist(i, list(map(add, pot, row)))
        regap(i)
        for j in reread:
            tighten(j)
        for j in waiting[i]:
            if head[j] == i:
                u, cost[j] = columns[j].best_free(matched)
                head[j] = u
                if u >= 0:
                    waiting[u].append(j)
        waiting[i] = []
    return assigned


def scipy_assignment(
    n_mentors: int,
    capacities: Sequence[int],
    candidates: Sequence["array[int]"],
    weights: Sequence["array[float]"],
) -> list[int]:
    """The same optimum through ``scipy.optimize.linear_sum_assignment``.

    One dense matrix, each mentor repeated once per place, built in the
    orientation scipy works in (no more rows than columns, so that it does not
    transpose a copy) and never padded to square. Rows sharing one candidates
    array go in as one block.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    n = len(candidates)
    m = n_mentors
    result = [-1] * n
    caps = np.asarray([min(max(c, 0), n) for c in capacities], dtype=np.int64)
    slots = int(caps.sum())
    if n == 0 or slots == 0:
        return result
    groups: dict[int, list[int]] = {}
    for u, row in enumerate(candidates):
        if len(row):
            groups.setdefault(id(row), []).append(u)
    tall = n > slots  # then the matrix is slots x mentees
    w = np.zeros((m, n) if tall else (n, m), dtype=np.float64)
    ok = np.zeros(w.shape, dtype=np.bool_)
    n_edges = 0
    for us in groups.values():
        cand = np.frombuffer(candidates[us[0]], dtype=np.intc)
        block = np.frombuffer(b"".join(weights[u] for u in us), dtype=np.float64)
        block = block.reshape(len(us), len(cand))
        rows = np.asarray(us, dtype=np.intp)
        where = np.ix_(cand, rows) if tall else np.ix_(rows, cand)
        w[where] = block.T if tall else block
        ok[where] = True
        n_edges += block.size
    if n_edges < n * m:
        # acceptable cells get a bonus above any total weight: count first
        bonus = float(w.max()) * min(n, slots) + 1.0
        w[ok] += bonus
    slot_mentor = np.repeat(np.arange(m), caps)
    cost: Any = w[slot_mentor] if tall else w[:, slot_mentor]
    del w
    np.negative(cost, out=cost)
    first, second = linear_sum_assignment(cost)
    del cost
    if tall:
        mentee_of, mentor_of = second, slot_mentor[first]
        keep = ok[mentor_of, mentee_of]
    else:
        mentee_of, mentor_of = first, slot_mentor[second]
        keep = ok[mentee_of, mentor_of]
    for u, jj in zip(mentee_of[keep].tolist(), mentor_of[keep].tolist(), strict=True):
        result[u] = jj
    return result
