"""Capacitated deferred acceptance (Gale-Shapley, hospitals/residents form).

Both functions work on *internal* indices prepared by
:func:`mentoring.matching._assignment.solve`:

* mentor ``jj`` and mentee ``u`` are numbered so that a **larger** index means a
  **smaller** id, so that "ties go to the smaller id" becomes "ties go to the
  larger index" and plain tuple comparison does the whole ranking;
* a mentee ranks mentor ``jj`` by the tuple ``(score, jj)``, higher first;
* a mentor ranks mentee ``u`` by ``(tier[u], mentor_score, u)``, higher first.

The mentee-proposing version never sorts a whole preference list: a mentee
takes its next few choices at a time (``heapq.nlargest`` over C-level
iterators), and only among mentors that could still accept it (a full mentor
whose worst held mentee outranks the proposer is skipped without a proposal:
mentors only ever get pickier, so that mentor would reject it anyway).
"""

import heapq
from array import array
from collections.abc import Iterator, Sequence
from itertools import compress, count, repeat
from operator import add, ge

__all__ = ["mentee_proposing", "mentor_proposing"]

_NEG_INF = float("-inf")
#: The tier offset of the float pre-filter: scores are in [0, 1], so a higher
#: tier always lands strictly above a lower one.
_TIER_STEP = 2.0
_FIRST_BATCH = 4
_MAX_BATCH = 256


def mentee_proposing(  # noqa: C901, PLR0913, PLR0915, PLR0917
    n_mentors: int,
    capacities: Sequence[int],
    candidates: Sequence["array[int]"],
    scores: Sequence["array[float]"],
    mentor_scores: Sequence["array[float]"],
    tiers: Sequence[int] | None,
) -> list[int]:
    """The mentee-optimal stable matching: mentee ``u`` -> mentor ``jj`` or -1."""
    n = len(candidates)
    cap = list(capacities)
    load = [0] * n_mentors
    held: list[list[tuple[int, float, int]]] = [[] for _ in range(n_mentors)]
    # thr[jj]: the float pre-filter key of the worst mentee held by a full
    # mentor, -inf while the mentor has room.
    thr = [_NEG_INF] * n_mentors
    for jj in range(n_mentors):
        if cap[jj] <= 0:
            thr[jj] = float("inf")
    thr_get = thr.__getitem__
    tier = tiers if tiers is not None else [0] * n
    # per mentee: the current batch of positions (best first), the cursor in
    # it, the last (score, jj) proposed to, and the next batch size.
    batch: list[list[int] | None] = [None] * n
    cursor = [0] * n
    last: list[tuple[float, int] | None] = [None] * n
    size = [_FIRST_BATCH] * n
    free = list(range(n))
    step = _TIER_STEP
    while free:
        u = free.pop()
        c = candidates[u]
        sc = scores[u]
        msc = mentor_scores[u]
        t = tier[u]
        while True:
            b = batch[u]
            k = cursor[u]
            if b is None or k >= len(b):
                # refill: next-best positions among mentors that may accept u
                keys = msc if t == 0 else map(add, msc, repeat(step * t))
                pool: Iterator[tuple[float, int, int]] = compress(
                    zip(sc, c, count()), map(ge, keys, map(thr_get, c))
                )
                lt = last[u]
                if lt is not None:
                    pool = filter(lt.__gt__, pool)
                top = heapq.nlargest(size[u], pool)
                if not top:
                    batch[u] = []
                    cursor[u] = 0
                    break
                b = [p[2] for p in top]
                batch[u] = b
                size[u] = min(size[u] * 4, _MAX_BATCH)
                k = 0
                last[u] = (top[-1][0], top[-1][1])
            pos = b[k]
            cursor[u] = k + 1
            jj = c[pos]
            key = (t, msc[pos], u)
            h = held[jj]
            if load[jj] < cap[jj]:
                heapq.heappush(h, key)
                load[jj] += 1
                if load[jj] == cap[jj]:
                    w = h[0]
                    thr[jj] = w[1] + step * w[0] if w[0] else w[1]
                break
            if key > h[0]:
                out = heapq.heapreplace(h, key)
                w = h[0]
                thr[jj] = w[1] + step * w[0] if w[0] else w[1]
                free.append(out[2])
                break
    result = [-1] * n
    for jj in range(n_mentors):
        for key in held[jj]:
            result[key[2]] = jj
    return result


def mentor_proposing(  # noqa: PLR0913, PLR0917
    n_mentors: int,
    capacities: Sequence[int],
    candidates: Sequence["array[int]"],
    scores: Sequence["array[float]"],
    mentor_scores: Sequence["array[float]"],
    tiers: Sequence[int] | None,
) -> list[int]:
    """The mentor-optimal stable matching: mentee ``u`` -> mentor ``jj`` or -1."""
    n = len(candidates)
    tier = tiers if tiers is not None else [0] * n
    # each mentor's list, best first: (tier, mentor score, u, mentee's score)
    lists: list[list[tuple[int, float, int, float]]] = [[] for _ in range(n_mentors)]
    for u in range(n):
        t = tier[u]
        for jj, s, ms in zip(candidates[u], scores[u], mentor_scores[u], strict=True):
            lists[jj].append((t, ms, u, s))
    for lst in lists:
        lst.sort(reverse=True)
    nxt = [0] * n_mentors
    room = [max(c, 0) for c in capacities]
    current = [-1] * n
    current_key: list[tuple[float, int] | None] = [None] * n
    active = [jj for jj in range(n_mentors) if room[jj] > 0 and lists[jj]]
    while active:
        jj = active.pop()
        lst = lists[jj]
        k = nxt[jj]
        while room[jj] > 0 and k < len(lst):
            _, _, u, s = lst[k]
            k += 1
            offer = (s, jj)
            mine = current_key[u]
            if mine is None or offer > mine:
                old = current[u]
                current[u] = jj
                current_key[u] = offer
                room[jj] -= 1
                if old >= 0:
                    room[old] += 1
                    if nxt[old] < len(lists[old]):
                        active.append(old)
        nxt[jj] = k
    return current
