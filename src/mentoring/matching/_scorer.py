"""The fast path of the compatibility step: the scores of one mentee with
every mentor of a fixed list, without an object per pair.

Mentors are encoded once (subjects, grades and languages as bit masks;
organizations, districts and interests as inverted indexes). For a mentee,
each "dense" criterion's contributions over all mentors are a list computed
by one comprehension and cached by the mentee's key (their subjects, grades,
years, ...), since many mentees share a key; the row is the element-wise sum
of those lists, then the "sparse" criteria (same organization or district,
shared interests, the mentee's choices, continuity) add to the few mentors
they concern. The sums run in the order of
:class:`~mentoring.matching._terms.Plan`, so they give the explained path's
floats exactly.
"""

import functools
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from typing import Any, overload

from mentoring._enums import DeliveryMode
from mentoring.matching._criteria import CriterionKind
from mentoring.matching._terms import (
    DENSE,
    Plan,
    Term,
    choice_raw,
    delivery_raw,
    gap_raw,
    grades_raw,
)
from mentoring.model._people import Mentee, Mentor, Person

__all__ = ["ScoreRows", "Scorer"]

_C = CriterionKind

#: Cached lists per criterion; beyond this many keys a list is not kept.
_CACHE_LIMIT = 256
#: The criteria computed per distinct value of the mentee, not per pair.
_BY_VALUE = frozenset({_C.SAME_ORGANIZATION, _C.SAME_DISTRICT, _C.SHARED_INTERESTS})
#: The floats the numpy caches of one criterion may hold (32 MB).
_CACHE_FLOATS = 1 << 22
#: From this many mentors numpy (when installed) adds the rows: below it,
#: importing numpy costs more than it saves, and a small run never loads it.
_NUMPY_FROM = 200


class _Vocabulary:
    """Small-int bits for free strings (subjects, languages, interests)."""

    __slots__ = ("_bits",)

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}

    def mask(self, items: frozenset[str]) -> int:
        bits = self._bits
        mask = 0
        for item in items:
            bit = bits.get(item)
            if bit is None:
                bit = bits[item] = 1 << len(bits)
            mask |= bit
        return mask


def _grade_mask(grades: frozenset[int]) -> int:
    mask = 0
    for g in grades:
        mask |= 1 << g
    return mask


def _sum(vectors: list[list[float]], n: int) -> list[float]:  # noqa: PLR0911
    """Element-wise left-to-right sums (the explained path adds in this order)."""
    k = len(vectors)
    if k == 0:
        return [0.0] * n
    if k == 1:
        return list(vectors[0])
    if k == 2:
        a, b = vectors
        return [x + y for x, y in zip(a, b, strict=True)]
    if k == 3:
        a, b, c = vectors
        return [x + y + z for x, y, z in zip(a, b, c, strict=True)]
    if k == 4:
        a, b, c, d = vectors
        return [x + y + z + w for x, y, z, w in zip(a, b, c, d, strict=True)]
    if k == 5:
        a, b, c, d, f = vectors
        return [x + y + z + w + u for x, y, z, w, u in zip(a, b, c, d, f, strict=True)]
    if k == 6:
        a, b, c, d, f, g = vectors
        return [
            x + y + z + w + u + v
            for x, y, z, w, u, v in zip(a, b, c, d, f, g, strict=True)
        ]
    acc = _sum(vectors[:6], n)
    for vec in vectors[6:]:
        acc = [x + y for x, y in zip(acc, vec, strict=True)]
    return acc


def _numpy() -> Any:
    """The numpy module when it can be imported (``mentoring[fast]``), else None."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy comes with the fast extra
        return None
    return np


class Scorer:
    """Scores one mentee against every mentor of a fixed list, fast.

    ``row(mentee)[j]`` is exactly ``explain(plan, mentors[j], mentee).value``,
    with numpy (used when importable, unless ``use_numpy=False``) or without.
    """

    def __init__(
        self, plan: Plan, mentors: Sequence[Mentor], *, use_numpy: bool | None = None
    ) -> None:
        self.plan = plan
        self.mentors = tuple(mentors)
        self.n = len(self.mentors)
        self.index = {m.id: j for j, m in enumerate(self.mentors)}
        people = [m.person for m in self.mentors]
        self._subjects = _Vocabulary()
        self._languages = _Vocabulary()
        self._subject_masks = [self._subjects.mask(p.subjects) for p in people]
        self._grade_masks = [_grade_mask(p.grades) for p in people]
        self._covers: list[int] | None = None
        self._language_masks = [self._languages.mask(p.languages) for p in people]
        self._interest_sizes = [len(p.interests) for p in people]
        self._holding: dict[str, list[int]] = {}
        for j, p in enumerate(people):
            for interest in p.interests:
                self._holding.setdefault(interest, []).append(j)
        self._years = [p.experience_years for p in people]
        self._delivery = [p.preferred_delivery for p in people]
        self._organizations: dict[str, list[int]] = {}
        self._districts: dict[str, list[int]] = {}
        for j, p in enumerate(people):
            if p.organization:
                self._organizations.setdefault(p.organization, []).append(j)
            if p.district:
                self._districts.setdefault(p.district, []).append(j)
        self._interest_cache: dict[frozenset[str], tuple[list[int], list[float]]] = {}
        self._caches: dict[CriterionKind, dict[object, list[float]]] = {
            t.kind: {} for t in plan.terms
        }
        self._dense = [t for t in plan.terms if t.kind in DENSE]
        self._sparse = [t for t in plan.terms if t.kind not in DENSE]
        if use_numpy is None:
            use_numpy = self.n >= _NUMPY_FROM or "numpy" in sys.modules
        self._np: Any = _numpy() if use_numpy else None
        self._np_holding: dict[str, Any] = {}
        self._np_sizes: Any = None
        self._np_caches: dict[CriterionKind, dict[object, Any]] = {
            t.kind: {} for t in plan.terms
        }
        self._np_sums: dict[tuple[object, ...], Any] = {}
        self._np_limit = max(_CACHE_LIMIT, _CACHE_FLOATS // max(self.n, 1))
        self._builders: dict[CriterionKind, Callable[[Term, Person], list[float]]] = {
            _C.SAME_SUBJECT: self._subject_list,
            _C.SAME_GRADES: self._grade_list,
            _C.EXPERIENCE_GAP: self._gap_list,
            _C.SHARED_LANGUAGE: self._language_list,
            _C.DELIVERY: self._delivery_list,
        }

    @property
    def fast(self) -> Any:
        """The numpy module the rows are added with, or None (pure Python)."""
        return self._np

    # one list per criterion and mentee key

    def _key(self, kind: CriterionKind, p: Person) -> object:
        if kind is _C.SAME_SUBJECT:
            return p.subjects
        if kind is _C.SAME_GRADES:
            return p.grades
        if kind is _C.EXPERIENCE_GAP:
            return p.experience_years
        if kind is _C.SHARED_LANGUAGE:
            return p.languages
        return p.preferred_delivery

    def _subject_list(self, t: Term, p: Person) -> list[float]:
        e, n, c = self._subjects.mask(p.subjects), len(p.subjects), t.coef
        if not n:
            return [c * 0.0] * self.n
        return [c * ((e & m).bit_count() / n) for m in self._subject_masks]

    def _grade_list(self, t: Term, p: Person) -> list[float]:
        e, n, c = _grade_mask(p.grades), len(p.grades), t.coef
        if not n:
            return [c * 0.0] * self.n
        credit = t.credit
        if credit <= 0:
            return [c * ((e & m).bit_count() / n) for m in self._grade_masks]
        covers = self._covers
        if covers is None:
            # the grades of the bands each mentor teaches in
            bands = [_grade_mask(frozenset(range(b.low, b.high + 1))) for b in t.bands]
            covers = self._covers = [
                functools.reduce(int.__or__, (b for b in bands if b & m), 0)
                for m in self._grade_masks
            ]
        return [
            c * grades_raw((e & m).bit_count(), (e & ~m & cover).bit_count(), credit, n)
            for m, cover in zip(self._grade_masks, covers, strict=True)
        ]

    def _gap_list(self, t: Term, p: Person) -> list[float]:
        x, years, c = p.experience_years, t.years, t.coef
        return [c * gap_raw(y - x, years) for y in self._years]

    def _language_list(self, t: Term, p: Person) -> list[float]:
        e, c = self._languages.mask(p.languages), t.coef
        hit, miss = c * 1.0, c * 0.0
        return [hit if e & m else miss for m in self._language_masks]

    def _delivery_list(self, t: Term, p: Person) -> list[float]:
        a, c = p.preferred_delivery, t.coef
        table = {b: c * delivery_raw(a, b) for b in (None, *DeliveryMode)}
        return [table[b] for b in self._delivery]

    def _list(self, t: Term, p: Person) -> list[float]:
        cache = self._caches[t.kind]
        key = self._key(t.kind, p)
        found = cache.get(key)
        if found is None:
            found = self._builders[t.kind](t, p)
            if len(cache) < _CACHE_LIMIT:
                cache[key] = found
        return found

    def _interest_updates(
        self, c: float, interests: frozenset[str]
    ) -> tuple[list[int], list[float]]:
        # Jaccard over the mentors sharing an interest (the rest score 0):
        # |a | b| = |a| + |b| - |a & b|.
        holding = self._holding
        shared = Counter(chain.from_iterable(holding.get(i, ()) for i in interests))
        size, sizes = len(interests), self._interest_sizes
        return list(shared), [
            c * (i / (size + sizes[j] - i)) for j, i in shared.items()
        ]

    def _updates(self, mentee: Mentee) -> Iterator[tuple[list[int], list[float]]]:
        """The sparse criteria's additions, criterion by criterion, in order;
        each touches a mentor at most once (the shared interests' cached by
        the mentee's set of interests).
        """
        p = mentee.person
        index = self.index
        for t in self._sparse:
            c = t.coef
            kind = t.kind
            if kind is _C.SAME_ORGANIZATION or kind is _C.SAME_DISTRICT:
                place = p.organization if kind is _C.SAME_ORGANIZATION else p.district
                table = (
                    self._organizations
                    if kind is _C.SAME_ORGANIZATION
                    else self._districts
                )
                js = table.get(place, []) if place else []
                yield js, [c * 1.0] * len(js)
            elif kind is _C.SHARED_INTERESTS:
                found = self._interest_cache.get(p.interests)
                if found is None:
                    found = self._interest_updates(c, p.interests)
                    if len(self._interest_cache) < _CACHE_LIMIT:
                        self._interest_cache[p.interests] = found
                yield found
            elif kind is _C.MENTEE_CHOICE:
                prefs = mentee.preferred_mentor_ids
                ranked = [(index.get(m), r) for r, m in enumerate(prefs)]
                yield (
                    [j for j, _ in ranked if j is not None],
                    [c * choice_raw(r, len(prefs)) for j, r in ranked if j is not None],
                )
            else:
                at = index.get(mentee.previous_mentor_id or "")
                yield ([], []) if at is None else ([at], [c * 1.0])

    def row(self, mentee: Mentee) -> list[float]:
        """The score of *mentee* with every mentor, in the mentors' order."""
        if self._np is not None:
            return list(map(float, self._np_row(mentee)))
        return self._row(mentee)

    def _row(self, mentee: Mentee) -> list[float]:
        p = mentee.person
        row = _sum([self._list(t, p) for t in self._dense], self.n)
        for js, values in self._updates(mentee):
            for j, v in zip(js, values, strict=True):
                row[j] = row[j] + v
        return row

    def scores(self, mentee: Mentee, at: "array[int] | None" = None) -> "array[float]":
        """The scores of *mentee* with the mentors at positions *at* (all when
        None), as the ``array('d')`` the assignment step takes.
        """
        if self._np is None:
            row = self._row(mentee)
            return array("d", row if at is None else [row[j] for j in at])
        found = self._np_row(mentee)
        if at is not None:
            found = found[self._np.frombuffer(at, dtype=self._np.intc)]
        out = array("d")
        out.frombytes(memoryview(found).cast("B"))  # no copy in between
        return out

    # the same sums with numpy, when it is installed (element-wise float64
    # additions in the same order give the same floats)

    def _np_list(self, t: Term, p: Person) -> Any:
        cache = self._np_caches[t.kind]
        key = self._key(t.kind, p)
        found = cache.get(key)
        if found is None:
            found = self._np.array(self._list(t, p), dtype=self._np.float64)
            if len(cache) < self._np_limit:
                cache[key] = found
        return found

    def _np_row(self, mentee: Mentee) -> Any:
        np = self._np
        p = mentee.person
        base = self._np_dense_sum(p)
        row = None  # base is shared: the first addition makes the row
        for t in self._sparse:
            kind = t.kind
            if kind in _BY_VALUE:
                # one vector per distinct place or set of interests, zero
                # where the criterion adds nothing: x + 0.0 is x for the
                # non-negative sums of a row, so the floats are the same
                vec = self._np_by_value(t, p)
                if row is None:
                    row = base + vec
                else:
                    row += vec
                continue
            for js, values in self._id_updates(t, mentee):
                if row is None:
                    row = base.copy()
                row[np.array(js, dtype=np.intp)] += np.array(values, dtype=np.float64)
        return base.copy() if row is None else row

    def _np_dense_sum(self, p: Person) -> Any:
        """The left-to-right sum of the dense criteria's vectors, cached by
        the mentee's keys of all of them (never to be changed in place).
        """
        key = tuple([self._key(t.kind, p) for t in self._dense])
        found = self._np_sums.get(key)
        if found is None:
            np = self._np
            vectors = [self._np_list(t, p) for t in self._dense]
            if not vectors:
                found = np.zeros(self.n, dtype=np.float64)
            elif len(vectors) == 1:
                found = vectors[0]
            else:
                found = vectors[0] + vectors[1]
                for vec in vectors[2:]:
                    found += vec
            if len(self._np_sums) < self._np_limit:
                self._np_sums[key] = found
        return found

    def _np_by_value(self, t: Term, p: Person) -> Any:
        """The contributions of a criterion that depends on one value of the
        mentee (organization, district, interests) to every mentor, cached by
        that value.
        """
        kind = t.kind
        key: object = (
            p.organization
            if kind is _C.SAME_ORGANIZATION
            else p.district
            if kind is _C.SAME_DISTRICT
            else p.interests
        )
        cache = self._np_caches[kind]
        found = cache.get(key)
        if found is None:
            np = self._np
            found = np.zeros(self.n, dtype=np.float64)
            if kind is _C.SHARED_INTERESTS:
                js, values = self._np_interest_updates(t.coef, p.interests)
                if len(js):
                    found[js] = values
            else:
                table = (
                    self._organizations
                    if kind is _C.SAME_ORGANIZATION
                    else self._districts
                )
                at = table.get(key, []) if key else []  # type: ignore[call-overload]
                found[np.array(at, dtype=np.intp)] = t.coef * 1.0
            if len(cache) < self._np_limit:
                cache[key] = found
        return found

    def _id_updates(self, t: Term, mentee: Mentee) -> Iterator[tuple[Any, Any]]:
        """The additions of a criterion that names mentors by id (the
        mentee's choices, last year's mentor); none when there are none.
        """
        if t.kind is _C.MENTEE_CHOICE:
            prefs = mentee.preferred_mentor_ids
            if not prefs:
                return
            index = self.index
            ranked = [(index.get(m), r) for r, m in enumerate(prefs)]
            c = t.coef
            yield (
                [j for j, _ in ranked if j is not None],
                [c * choice_raw(r, len(prefs)) for j, r in ranked if j is not None],
            )
        else:
            at = self.index.get(mentee.previous_mentor_id or "")
            if at is not None:
                yield [at], [t.coef * 1.0]

    def _np_interest_updates(self, c: float, interests: frozenset[str]) -> Any:
        """:meth:`_interest_updates` at C speed: the mentors sharing an interest
        counted by ``bincount``, the same floats (an int over an int, times
        *c*).
        """
        np = self._np
        if self._np_sizes is None:
            self._np_sizes = np.asarray(self._interest_sizes, dtype=np.int64)
            self._np_holding = {
                k: np.asarray(js, dtype=np.intp) for k, js in self._holding.items()
            }
        found = [self._np_holding[i] for i in interests if i in self._np_holding]
        if not found:
            return [], []
        counts = np.bincount(np.concatenate(found), minlength=self.n)
        js = np.flatnonzero(counts)
        shared = counts[js]
        union = len(interests) + self._np_sizes[js] - shared
        return js, c * (shared / union)


class ScoreRows(Sequence["array[float]"]):
    """The scores of each mentee with its candidates, computed when a row is
    asked for and not kept: ``rows[i]`` is ``scorer.scores(mentees[i],
    candidates[i])``, the very floats the rows kept would hold.

    A run of 20,000 mentees and 4,000 mentors would keep 640 MB of score
    rows; a row is rebuilt from the scorer's shared vectors (one per distinct
    key of the dense criteria, one per organization, district and set of
    interests) in about the time a copy of it takes, so the assignment step
    asks for a row each time it reads one (a first chunk, a refill) instead.
    """

    __slots__ = ("_at", "_mentees", "_scorer")

    def __init__(
        self,
        scorer: Scorer,
        mentees: Sequence[Mentee],
        candidates: Sequence["array[int]"],
    ) -> None:
        self._scorer = scorer
        self._mentees = tuple(mentees)
        self._at = tuple(candidates)

    def __len__(self) -> int:
        return len(self._mentees)

    @overload
    def __getitem__(self, i: int) -> "array[float]": ...

    @overload
    def __getitem__(self, i: slice) -> "list[array[float]]": ...

    def __getitem__(self, i: int | slice) -> "array[float] | list[array[float]]":
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        at = self._at[i]
        if not len(at):
            return array("d")
        scorer = self._scorer
        return scorer.scores(self._mentees[i], None if len(at) == scorer.n else at)

    def with_candidates(self, candidates: Sequence["array[int]"]) -> "ScoreRows":
        """The same mentees' scores with other candidates (a subset of each
        row's, as ``min_score`` leaves them).
        """
        return ScoreRows(self._scorer, self._mentees, candidates)
