"""Capacitated deferred acceptance (Gale-Shapley, hospitals/residents form).

Both functions work on *internal* indices prepared by
:func:`mentoring.matching._assignment.solve`:

* mentor ``jj`` and mentee ``u`` are numbered so that a **larger** index means a
  **smaller** id, so that "ties go to the smaller id" becomes "ties go to the
  larger index" and plain tuple comparison does the whole ranking;
* a mentee ranks mentor ``jj`` by the tuple ``(score, jj)``, higher first;
* a mentor ranks mentee ``u`` by ``(tier[u], mentor_score, u)``, higher first.

The mentee-proposing version never sorts a whole preference list: a mentee
takes its next few choices at a time, continuing below the last choice it
took (so no refill gives a mentor twice), and only among mentors that could
still accept it (a full mentor whose worst held mentee outranks the proposer
is skipped without a proposal: mentors only ever get pickier, so that mentor
would reject it anyway). A refill is ``heapq.nlargest`` over C-level
iterators, or, for long rows when numpy is loaded, a mask, an
``argpartition`` cut and a sort of the few kept (:class:`_NumpyRows`); both
give the order a full sort of the row would.
"""

import heapq
import sys
from array import array
from collections.abc import Iterator, Sequence
from itertools import compress, count, repeat
from operator import add, ge
from typing import Any

__all__ = ["mentee_proposing", "mentor_proposing"]

_NEG_INF = float("-inf")
#: The tier offset of the float pre-filter: scores are in [0, 1], so a higher
#: tier always lands strictly above a lower one.
_TIER_STEP = 2.0
_FIRST_BATCH = 4
_MAX_BATCH = 256
#: Rows this long start with a chunk cut by a sample of this many scores.
_SAMPLED_FROM = 128
_SAMPLE = 64
#: The first batch with numpy, where a refill costs about the same for any size.
_NP_FIRST_BATCH = 16
#: The rows whose first chunks are cut together.
_NP_BLOCK = 256
#: Rows sharing one candidates array that make a block of their own; fewer
#: are blocked with the rows of other candidates.
_NP_SHARED = 16
#: numpy refills rows of this many candidates on average and more.
_NP_FROM = 64


class _Rows:
    """Each mentee's candidates in its order of preference, a chunk at a time.

    A refill continues below the last pair it gave (``(score, jj)``, strictly
    lower) and keeps only mentors whose threshold the mentee's key still
    meets; a mentor left out then would refuse the mentee later too, since
    mentors only ever get pickier. The order is ``(score, jj)`` descending, as
    a full sort of the row would give.

    The first refill of a long row takes the candidates above a cut by value
    taken from a sample of the row; a mentee that needs more has the rest of
    its row (what passes the thresholds then) sorted once, and every later
    refill continues in that order, keeping what passes the thresholds at
    the time, without a rescan of the row.

    Each refill reads a mentee's row once (rows may be computed when read,
    :class:`~mentoring.matching._scorer.ScoreRows`) and leaves the mentors'
    scores of the positions it gives in :attr:`taken`, so that a proposal
    needs no row.
    """

    def __init__(
        self,
        candidates: Sequence["array[int]"],
        scores: Sequence["array[float]"],
        mentor_scores: Sequence["array[float]"],
        tier: Sequence[int],
        thr: list[float],
    ) -> None:
        self.candidates = candidates
        self.scores = scores
        self.mentor_scores = mentor_scores
        self.tier = tier
        self.thr = thr
        self.same = mentor_scores is scores
        #: The mentors' scores of the positions the last refill gave.
        self.taken: list[float] = []
        n = len(candidates)
        self.last: list[tuple[float, int] | None] = [None] * n
        self.size = [_FIRST_BATCH] * n
        self.order: list[list[int] | None] = [None] * n
        self.at = [0] * n

    def set_threshold(self, jj: int, value: float) -> None:
        self.thr[jj] = value

    def refill(self, u: int) -> list[int]:
        """The next positions of mentee *u*'s row, best first ([] at the end)."""
        order = self.order[u]
        if order is not None:
            return self._next(u, order)
        c = self.candidates[u]
        sc = self.scores[u]
        msc = sc if self.same else self.mentor_scores[u]
        t = self.tier[u]
        n = len(sc)
        if self.last[u] is None and n >= _SAMPLED_FROM:
            top = self._sampled(u, c, sc, msc, t)
            if top:
                self.taken = list(map(msc.__getitem__, top))
                return top
        keys = msc if t == 0 else map(add, msc, repeat(_TIER_STEP * t))
        pool: Iterator[tuple[float, int, int]] = compress(
            zip(sc, c, count()), map(ge, keys, map(self.thr.__getitem__, c))
        )
        lt = self.last[u]
        if lt is not None:
            pool = filter(lt.__gt__, pool)
        order = self.order[u] = [p[2] for p in sorted(pool, reverse=True)]
        return self._next(u, order, msc)

    def _sampled(
        self,
        u: int,
        c: "array[int]",
        sc: "array[float]",
        msc: "array[float]",
        t: int,
    ) -> list[int]:
        """The first chunk of a long row: every candidate scoring at least
        the second best of an even sample of the row (a cut by value, so
        ties stay together), sorted; the next refill continues below it.
        """
        n = len(sc)
        sample = sorted(sc[:: n // _SAMPLE])
        cut = sample[-2]
        thr = self.thr
        step = _TIER_STEP * t
        top = sorted(
            (
                (sc[p], c[p], p)
                for p in compress(range(n), map(ge, sc, repeat(cut)))
                if (msc[p] + step if t else msc[p]) >= thr[c[p]]
            ),
            reverse=True,
        )
        # (cut, -1) is above every pair scoring less than the cut and below
        # every pair scoring the cut (jj >= 0)
        self.last[u] = (cut, -1)
        return [p[2] for p in top]

    def _next(
        self, u: int, order: list[int], msc: "array[float] | None" = None
    ) -> list[int]:
        """The next chunk of *order* that passes the thresholds now (*msc*:
        the mentors' scores of *u*'s row, read when not given).
        """
        c = self.candidates[u]
        if msc is None:
            msc = self.mentor_scores[u]
        t = self.tier[u]
        thr_get = self.thr.__getitem__
        at = self.at[u]
        size = self.size[u]
        while at < len(order):
            part = order[at : at + size]
            at += size
            keys: Iterator[float] = map(msc.__getitem__, part)
            if t:
                keys = map(add, keys, repeat(_TIER_STEP * t))
            kept = list(
                compress(part, map(ge, keys, map(thr_get, map(c.__getitem__, part))))
            )
            if kept:
                self.at[u] = at
                self.size[u] = min(size * 4, _MAX_BATCH)
                self.taken = list(map(msc.__getitem__, kept))
                return kept
        self.at[u] = at
        self.taken = []
        return []


class _NumpyRows(_Rows):
    """:class:`_Rows` at C speed (numpy): each refill masks the row below
    the last pair given and above the mentors' thresholds, cuts the best
    *size* with ``argpartition`` (every tie at the cut kept), and sorts only
    those. The same floats are compared, so the order is the same.
    """

    def __init__(  # noqa: PLR0913
        self,
        candidates: Sequence["array[int]"],
        scores: Sequence["array[float]"],
        mentor_scores: Sequence["array[float]"],
        tier: Sequence[int],
        thr: list[float],
        *,
        np: Any,
    ) -> None:
        super().__init__(candidates, scores, mentor_scores, tier, thr)
        self.np = np
        self.thr_np = np.array(thr, dtype=np.float64)
        self.size = [_NP_FIRST_BATCH] * len(candidates)
        self._cj: dict[int, Any] = {}
        self.first: list[list[int] | None] = [None] * len(candidates)
        self.first_taken: list[list[float]] = [[]] * len(candidates)
        self._first_chunks()

    def _cj_of(self, c: "array[int]") -> Any:
        cj = self._cj.get(id(c))
        if cj is None:
            cj = self._cj[id(c)] = self.np.frombuffer(c, dtype=self.np.intc)
        return cj

    def _first_chunks(self) -> None:
        """The first chunk of every long row, a block of rows at a time: the
        best ``_NP_FIRST_BATCH`` by an ``argpartition`` of the block, of
        which only those strictly above the cut's value are kept (a tie at
        the cut is left to :meth:`refill`), sorted. No threshold is applied:
        a full mentor refuses the proposal as it would have been skipped.

        Rows that share their candidates make blocks of their own; the
        others (each mentee's own candidates, as a score floor leaves them)
        are blocked by length, each row padded to its block's longest with
        scores below any score, which never reach the best.
        """
        np = self.np
        k = _NP_FIRST_BATCH
        groups: dict[int, list[int]] = {}
        for u, c in enumerate(self.candidates):
            if len(c) > k:
                groups.setdefault(id(c), []).append(u)
        alone: list[int] = []
        for us in groups.values():
            if len(us) < _NP_SHARED:
                alone += us
                continue
            cj = self._cj_of(self.candidates[us[0]])
            for start in range(0, len(us), _NP_BLOCK):
                block = us[start : start + _NP_BLOCK]
                s = np.stack(
                    [np.frombuffer(self.scores[u], dtype=np.float64) for u in block]
                )
                self._keep_best(block, s, lambda top, cj=cj: cj[top])
        alone.sort(key=lambda u: len(self.candidates[u]))
        for start in range(0, len(alone), _NP_BLOCK):
            block = alone[start : start + _NP_BLOCK]
            width = len(self.candidates[block[-1]])
            s = np.full((len(block), width), -np.inf)
            ids = np.full((len(block), width), -1, dtype=np.intc)
            for i, u in enumerate(block):
                c = self.candidates[u]
                s[i, : len(c)] = np.frombuffer(self.scores[u], dtype=np.float64)
                ids[i, : len(c)] = self._cj_of(c)
            self._keep_best(
                block, s, lambda top, ids=ids: np.take_along_axis(ids, top, axis=1)
            )

    def _keep_best(self, block: list[int], s: Any, ids_at: Any) -> None:
        """The first chunks of the rows *block*, whose scores are the rows
        of *s*; ``ids_at(top)`` gives the candidates' ids at positions *top*
        (the ties' order).
        """
        np = self.np
        k = _NP_FIRST_BATCH
        m = s.shape[1]
        top = np.argpartition(s, m - k, axis=1)[:, m - k :]
        values = np.take_along_axis(s, top, axis=1)
        order = np.lexsort((ids_at(top), values), axis=1)[:, ::-1]
        top = np.take_along_axis(top, order, axis=1)
        values = np.take_along_axis(values, order, axis=1)
        kept = (values > values[:, -1:]).sum(axis=1).tolist()
        rows = zip(block, top.tolist(), values.tolist(), kept, strict=True)
        for u, row, vals, n_kept in rows:
            if n_kept:
                c = self.candidates[u]
                chunk = row[:n_kept]
                self.first[u] = chunk
                self.last[u] = (vals[n_kept - 1], c[chunk[-1]])
                self.size[u] = min(k * 4, _MAX_BATCH)
                if self.same:
                    self.first_taken[u] = vals[:n_kept]
                else:
                    msc = self.mentor_scores[u]
                    self.first_taken[u] = list(map(msc.__getitem__, chunk))

    def set_threshold(self, jj: int, value: float) -> None:
        self.thr[jj] = value
        self.thr_np[jj] = value

    def refill(self, u: int) -> list[int]:
        first = self.first[u]
        if first is not None:
            self.first[u] = None
            self.taken = self.first_taken[u]
            self.first_taken[u] = []
            return first
        np = self.np
        c = self.candidates[u]
        if not len(c):
            self.taken = []
            return []
        cj = self._cj_of(c)
        sc = self.scores[u]
        s = np.frombuffer(sc, dtype=np.float64)
        raw = s if self.same else np.frombuffer(self.mentor_scores[u], dtype=np.float64)
        keys = raw
        t = self.tier[u]
        if t:
            keys = keys + _TIER_STEP * t
        mask = keys >= self.thr_np[cj]
        lt = self.last[u]
        if lt is not None:
            ls, lj = lt
            mask &= (s < ls) | ((s == ls) & (cj < lj))
        idx = np.flatnonzero(mask)
        size = self.size[u]
        if len(idx) > size:
            sel = s[idx]
            cut = np.partition(sel, len(sel) - size)[len(sel) - size]
            idx = idx[sel >= cut]
        if not len(idx):
            self.taken = []
            return []
        at = idx[np.lexsort((cj[idx], s[idx]))[::-1][:size]]
        best: list[int] = at.tolist()
        self.taken = raw[at].tolist()
        self.size[u] = min(size * 4, _MAX_BATCH)
        pos = best[-1]
        self.last[u] = (sc[pos], c[pos])
        return best


def _numpy_for(candidates: Sequence["array[int]"]) -> Any:
    """The numpy module when it is loaded already and the rows are long enough to pay
    for it (a small run never imports it), else None.
    """
    np = sys.modules.get("numpy")
    if np is None or sum(map(len, candidates)) < _NP_FROM * max(len(candidates), 1):
        return None
    return np


def mentee_proposing(  # noqa: C901, PLR0912, PLR0913, PLR0915, PLR0917
    n_mentors: int,
    capacities: Sequence[int],
    candidates: Sequence["array[int]"],
    scores: Sequence["array[float]"],
    mentor_scores: Sequence["array[float]"],
    tiers: Sequence[int] | None,
    *,
    use_numpy: bool | None = None,
) -> list[int]:
    """The mentee-optimal stable matching: mentee ``u`` -> mentor ``jj`` or -1.

    *use_numpy*: refill the shortlists with numpy (True; it must be
    installed), without (False), or with it when it is loaded and the rows
    are long (None). The answer is the same.
    """
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
    tier = tiers if tiers is not None else [0] * n
    np = None
    if use_numpy is None:
        np = _numpy_for(candidates)
    elif use_numpy:
        import numpy as np
    rows = (
        _Rows(candidates, scores, mentor_scores, tier, thr)
        if np is None
        else _NumpyRows(candidates, scores, mentor_scores, tier, thr, np=np)
    )
    refill = rows.refill
    set_threshold = rows.set_threshold
    # per mentee: the current batch of positions (best first), the mentors'
    # scores of them, and the cursor in it.
    batch: list[list[int] | None] = [None] * n
    batch_keys: list[list[float]] = [[]] * n
    cursor = [0] * n
    free = list(range(n))
    step = _TIER_STEP
    while free:
        u = free.pop()
        c = candidates[u]
        t = tier[u]
        while True:
            b = batch[u]
            k = cursor[u]
            if b is None or k >= len(b):
                b = batch[u] = refill(u)
                batch_keys[u] = rows.taken
                k = 0
                if not b:
                    cursor[u] = 0
                    break
            pos = b[k]
            cursor[u] = k + 1
            jj = c[pos]
            key = (t, batch_keys[u][k], u)
            h = held[jj]
            if load[jj] < cap[jj]:
                heapq.heappush(h, key)
                load[jj] += 1
                if load[jj] == cap[jj]:
                    w = h[0]
                    set_threshold(jj, w[1] + step * w[0] if w[0] else w[1])
                break
            if h and key > h[0]:  # a mentor without places holds nobody
                out = heapq.heapreplace(h, key)
                w = h[0]
                set_threshold(jj, w[1] + step * w[0] if w[0] else w[1])
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
    same = mentor_scores is scores
    for u in range(n):
        t = tier[u]
        sc = scores[u]
        for jj, s, ms in zip(
            candidates[u], sc, sc if same else mentor_scores[u], strict=True
        ):
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
