"""Maximum-weight capacitated assignment: most mentees first, then most weight.

Two exact solvers of the same problem, on internal indices prepared by
:func:`mentoring.matching._assign.solve` (``weights[u]`` parallel to
``candidates[u]``, every weight >= 0):

* :func:`successive_shortest_paths`, pure Python: a min-cost flow
  ``source -> mentee -> mentor -> sink`` (mentor -> sink with the mentor's
  capacity), grown one unit at a time along a shortest augmenting path found by
  Dijkstra on reduced costs (Johnson potentials). Successive shortest paths give
  the cheapest flow of every value, so the last one is the cheapest among the
  largest flows: the most mentees, then the most weight, exactly. Dijkstra runs in
  mentor space: the free mentees enter through one number per mentor (the best
  free mentee's weight, from a column sorted once); a matched mentee is reached
  only through its mentor; rows are relaxed with C-level ``map`` calls.
* :func:`scipy_assignment`: ``scipy.optimize.linear_sum_assignment`` on the
  slot-replicated matrix (each mentor repeated once per place). When some pair is
  not acceptable, each acceptable cell gets a bonus larger than any total weight,
  so the count comes first there too.
"""

import heapq
from array import array
from collections.abc import Callable, Iterator, Sequence
from itertools import compress, repeat
from operator import add, eq, le, lt, mul, sub
from typing import Any

__all__ = ["scipy_assignment", "successive_shortest_paths"]

_INF = float("inf")
_NEG_INF = float("-inf")
#: Reduced costs within this of 0 count as 0 when looking for more shortest paths.
_EPS = 1e-11
_MAX_BACKOFF = 64


def successive_shortest_paths(  # noqa: C901, PLR0912, PLR0915
    n_mentors: int,
    capacities: Sequence[int],
    candidates: Sequence["array[int]"],
    weights: Sequence["array[float]"],
) -> list[int]:
    """Exact optimum in pure Python: mentee ``u`` -> mentor ``jj`` or -1."""
    n = len(candidates)
    m = n_mentors
    cap = [max(0, c) for c in capacities]
    # each mentor's mentees, heaviest first (ties: larger index first)
    cols: list[list[tuple[float, int]]] = [[] for _ in range(m)]
    for u in range(n):
        for jj, w in zip(candidates[u], weights[u], strict=True):
            cols[jj].append((w, u))
    for col in cols:
        col.sort(reverse=True)
    col_u = [array("i", [u for _, u in col]) for col in cols]
    col_w = [array("d", [w for w, _ in col]) for col in cols]
    del cols
    head = [0] * m
    head_u = [c[0] if c else -1 for c in col_u]
    neg_entry = [-c[0] if c else _INF for c in col_w]
    assigned = [-1] * n
    matched = [0.0] * n  # 1.0 once matched: a matched mentee never gets free again
    matched_w = [0.0] * n
    held: list[list[int]] = [[] for _ in range(m)]
    load = [0] * m
    # potentials (Johnson): every residual reduced cost stays >= 0; a free
    # mentee's potential is 0, like the source's.
    pot_m = [(-c[0] if c else 0.0) for c in col_w]
    pot_e = [0.0] * n
    pot_t = min(pot_m, default=0.0)
    room = sum(min(c, len(col)) for c, col in zip(cap, col_u, strict=True))

    def move(i: int, j: int, w: float) -> int:
        """Put mentee i with mentor j; return its former mentor or -1."""
        old = assigned[i]
        assigned[i] = j
        matched_w[i] = w
        held[j].append(i)
        if old >= 0:
            held[old].remove(i)
            return old
        matched[i] = 1.0
        pot_e[i] = 0.0
        for jj in compress(range(m), map(eq, head_u, repeat(i))):
            cu = col_u[jj]
            h = head[jj] + 1
            while h < len(cu) and assigned[cu[h]] >= 0:
                h += 1
            head[jj] = h
            if h < len(cu):
                head_u[jj] = cu[h]
                neg_entry[jj] = -col_w[jj][h]
            else:
                head_u[jj] = -1
                neg_entry[jj] = _INF
        return -1

    wait = backoff = 0
    while room > 0:
        pot_get = pot_m.__getitem__
        dist = list(map(sub, neg_entry, pot_m))
        pred = list(head_u)
        pred_w = [-x for x in neg_entry]
        heap = list(zip(dist, range(m), strict=True))
        heapq.heapify(heap)
        d_t = _INF
        pred_t = -1
        seen_m: list[tuple[int, float]] = []
        seen_e: list[tuple[int, float]] = []
        dist_get = dist.__getitem__
        while heap:
            d, j = heapq.heappop(heap)
            if d >= d_t:
                break
            if d != dist[j]:
                continue  # a stale entry
            dist[j] = _NEG_INF  # settled: relaxations can no longer touch it
            seen_m.append((j, d))
            if load[j] < cap[j]:
                via = d + pot_m[j] - pot_t
                if via < d_t:
                    d_t = via
                    pred_t = j
            pj = pot_m[j]
            for i in held[j]:
                rc = matched_w[i] + pj - pot_e[i]
                di = d + rc if rc > 0.0 else d
                seen_e.append((i, di))
                row = candidates[i]
                roww = weights[i]
                base = di + pot_e[i]
                nd = list(map(sub, repeat(base), map(add, roww, map(pot_get, row))))
                for k in compress(range(len(row)), map(lt, nd, map(dist_get, row))):
                    jj = row[k]
                    dk = nd[k]
                    dist[jj] = dk
                    pred[jj] = i
                    pred_w[jj] = roww[k]
                    heapq.heappush(heap, (dk, jj))
        if pred_t < 0:
            break  # no augmenting path: the flow is maximum
        # new potentials: + min(distance, d_t) for every node
        pot_m = [p + d_t for p in pot_m]
        for j, d in seen_m:
            if d < d_t:
                pot_m[j] += d - d_t
        pot_e = list(map(add, pot_e, map(mul, matched, repeat(d_t))))
        for i, d in seen_e:
            if d < d_t:
                pot_e[i] += d - d_t
        pot_t += d_t
        j = pred_t
        load[j] += 1
        room -= 1
        while j >= 0:
            j = move(pred[j], j, pred_w[j])
        # Plateaus of equal scores give many shortest paths at once; look for
        # them, backing off while the search keeps finding none.
        if wait:
            wait -= 1
            continue
        more = _more_paths(
            m, cap, load, col_u, col_w, assigned, pot_m, pot_e, pot_t, move
        )
        room -= more
        backoff = 0 if more else min(2 * backoff + 1, _MAX_BACKOFF)
        wait = backoff
    return assigned


def _more_paths(  # noqa: C901, PLR0913, PLR0917
    m: int,
    cap: list[int],
    load: list[int],
    col_u: list["array[int]"],
    col_w: list["array[float]"],
    assigned: list[int],
    pot_m: list[float],
    pot_e: list[float],
    pot_t: float,
    move: Callable[[int, int, float], int],
) -> int:
    """More augmenting paths of reduced cost 0 under the same potentials.

    A depth-first search backwards from the mentors with room, over pairs of
    reduced cost (about) 0: each such path is also a shortest one, so taking it
    keeps the flow a cheapest one of its size. Each mentor is entered once.
    """
    pe_get = pot_e.__getitem__
    entered = bytearray(m)
    found = 0
    for j0 in range(m):
        if load[j0] >= cap[j0] or pot_m[j0] - pot_t > _EPS:
            continue
        while load[j0] < cap[j0] and not entered[j0]:
            entered[j0] = 1
            # stack of (mentor, its admissible column positions, via mentee)
            stack = [(j0, _admissible(j0, col_u, col_w, pot_m, pe_get), -1)]
            path: list[tuple[int, int, float]] | None = None
            while stack:
                j, it, _ = stack[-1]
                nxt = next(it, None)
                if nxt is None:
                    stack.pop()
                    continue
                i = col_u[j][nxt]
                w = col_w[j][nxt]
                j1 = assigned[i]
                if j1 == j:
                    continue
                if j1 < 0:
                    path = _unwind(stack, i, w, col_u, col_w)
                    break
                if not entered[j1]:
                    entered[j1] = 1
                    stack.append(
                        (j1, _admissible(j1, col_u, col_w, pot_m, pe_get), nxt)
                    )
            if path is None:
                break
            for sj, _, _ in stack:
                entered[sj] = 0  # a mentor on a path found may serve another
            load[j0] += 1
            found += 1
            for i, j, w in path:
                move(i, j, w)
    return found


def _admissible(
    j: int,
    col_u: list["array[int]"],
    col_w: list["array[float]"],
    pot_m: list[float],
    pe_get: Callable[[int], float],
) -> Iterator[int]:
    """Positions in mentor j's column of the pairs with reduced cost about 0."""
    cu = col_u[j]
    bound = repeat(pot_m[j] + _EPS)
    return compress(range(len(cu)), map(le, map(sub, map(pe_get, cu), col_w[j]), bound))


def _unwind(
    stack: list[tuple[int, Iterator[int], int]],
    i: int,
    w: float,
    col_u: list["array[int]"],
    col_w: list["array[float]"],
) -> list[tuple[int, int, float]]:
    """The moves of a path found: the free mentee joins the top mentor, and each
    mentee met on the way moves one mentor down, to the mentor with room.
    """
    moves = [(i, stack[-1][0], w)]
    for k in range(len(stack) - 1, 0, -1):
        prev = stack[k - 1][0]
        via = stack[k][2]
        moves.append((col_u[prev][via], prev, col_w[prev][via]))
    return moves


def scipy_assignment(
    n_mentors: int,
    capacities: Sequence[int],
    candidates: Sequence["array[int]"],
    weights: Sequence["array[float]"],
) -> list[int]:
    """The same optimum through ``scipy.optimize.linear_sum_assignment``."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    n = len(candidates)
    m = n_mentors
    result = [-1] * n
    caps = np.minimum(np.maximum(np.asarray(capacities, dtype=np.int64), 0), n)
    slots = int(caps.sum())
    if n == 0 or slots == 0:
        return result
    w = np.zeros((n, m), dtype=np.float64)
    ok = np.zeros((n, m), dtype=np.bool_)
    n_edges = 0
    for u in range(n):
        row = candidates[u]
        if not len(row):
            continue
        idx = np.frombuffer(row, dtype=np.intc)
        w[u, idx] = np.frombuffer(weights[u], dtype=np.float64)
        ok[u, idx] = True
        n_edges += len(row)
    if n_edges < n * m:
        # acceptable cells get a bonus above any total weight: count first
        bonus = float(w.max()) * min(n, slots) + 1.0
        w[ok] += bonus
    slot_mentor = np.repeat(np.arange(m), caps)
    cost: Any
    if n <= slots:
        cost = w[:, slot_mentor]
        del w
        np.negative(cost, out=cost)
        rows, cols = linear_sum_assignment(cost)
        del cost
        mentee_of, mentor_of = rows, slot_mentor[cols]
    else:
        wt = np.ascontiguousarray(w.T)
        del w
        cost = wt[slot_mentor]
        del wt
        np.negative(cost, out=cost)
        rows, cols = linear_sum_assignment(cost)
        del cost
        mentee_of, mentor_of = cols, slot_mentor[rows]
    keep = ok[mentee_of, mentor_of]
    for u, jj in zip(mentee_of[keep].tolist(), mentor_of[keep].tolist(), strict=True):
        result[u] = jj
    return result
