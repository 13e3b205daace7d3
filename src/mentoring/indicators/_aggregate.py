"""Snapshots of several organizations merged: :func:`merge`,
:func:`merge_all`, :func:`group_by`.

Counts add; a rate's numerators and denominators add and the share is
recomputed; an average's sums and counts add and the mean is recomputed
(means are never averaged); identifier sets are united. The merge is
associative and commutative, so snapshots computed on separate machines
combine in any order: compute per organization (the *map*), merge (the
*reduce*). See :doc:`/how-to/district-indicators`.

A code present in one snapshot and absent from the other counts the other's
organizations as missing it. A measured rate or average is one share or mean
with no numerator and denominator behind it: merged with another value of
its code (computed or measured), it would be averaged, so the merge is a
*missing* value instead, which still counts the organizations that reported
and says why (:attr:`~mentoring.indicators.Value.reason`). Merged
with organizations that have no value, it is kept as it is.
A value of distinct identifiers (:attr:`~mentoring.indicators.Value.distinct`:
the people, pairs and events :func:`~mentoring.indicators.compute` counts)
merges exactly: a person counted by two organizations is counted once, and
the merged count is always the number of ids behind it (plus what was
counted without an id, such as a measured count); a share of distinct ids
is recomputed over the united numerator and denominator ids. This holds for
the host system's ids and for ids pseudonymised with one key
(:func:`~mentoring.indicators.pseudonymise`); snapshots pseudonymised with
different keys, or one pseudonymised and one not, do not merge. When ids are
dropped (``keep_ids=False``, or a value with
:attr:`~mentoring.indicators.Value.ids_dropped`), nothing tells two
organizations' people apart any more: counts add, and the merged value says
so with ``ids_dropped``. Averages (a sum over a count) and counts that are
not of distinct ids (conflicts, mentor capacity) always add. A median
(:attr:`~mentoring.indicators.Kind.MEDIAN`) keeps each id's number while
every part kept its ids (an id counted by two organizations once, with the
smaller number) and otherwise adds the parts' distributions; the median is
recomputed from the merged numbers, never averaged.
"""

import datetime as dt
import functools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from mentoring._checks import expect, raise_if, validated
from mentoring._problems import empty, not_one_of, problem, wrong_type
from mentoring.errors import Problem, ValidationError
from mentoring.indicators._catalog import Kind
from mentoring.indicators._snapshot import Provenance, Snapshot, Value, histogram

__all__ = ["group_by", "merge", "merge_all"]


def _combine(a: Provenance, b: Provenance) -> Provenance:
    if a is Provenance.MISSING or a is b:
        return b
    if b is Provenance.MISSING:
        return a
    return Provenance.MIXED


def _weightless(value: Value) -> bool:
    """Whether *value* is a measured rate or average (no weight to merge by)."""
    return value.provenance is Provenance.MEASURED and not value.kind.is_count


def _unmerged_reason(code: str, kind: Kind) -> str:
    what = {Kind.RATE: "rate", Kind.MEDIAN: "median"}.get(kind, "average")
    return (
        f"a measured {what} of {code!r} has no numerator and denominator to"
        f" merge by; averaging it with another organization's value would be"
        f" wrong"
    )


#: Snapshots merged together, column by column (see :meth:`_Total.add_all`):
#: a bound on what a running total holds besides its sums.
_CHUNK = 512

_CODE = operator.attrgetter("code")
_KIND = operator.attrgetter("kind")
_PROVENANCE = operator.attrgetter("provenance")
_NUMERATOR = operator.attrgetter("numerator")
_DENOMINATOR = operator.attrgetter("denominator")
_IDS = operator.attrgetter("ids")
_BASE = operator.attrgetter("denominator_ids")
_DROPPED = operator.attrgetter("ids_dropped")
_DISTINCT = operator.attrgetter("distinct")
_REPORTED = operator.attrgetter("reported")
_MISSING = operator.attrgetter("missing")
_MEASURED_ON = operator.attrgetter("measured_on")
_REASON = operator.attrgetter("reason")
_NOTE = operator.attrgetter("note")


def _fold(total: float, parts: Iterable[float]) -> float:
    """*total* + each of *parts*, left to right: the sum :meth:`_Entry.add`
    makes one value at a time (not ``sum``, which may round differently).
    """
    return functools.reduce(operator.add, parts, total)


class _Entry:
    """A running total of one code (mutable, private)."""

    __slots__ = (
        "base",
        "denominator",
        "distinct",
        "dropped",
        "exact",
        "ids",
        "kind",
        "measured_on",
        "missing",
        "note",
        "numerator",
        "orgs",
        "provenance",
        "reason",
        "reported",
        "rest",
        "weightless",
    )

    def __init__(self, value: Value, organizations: int, *, keep_ids: bool) -> None:
        self.weightless = _weightless(value)
        self.reason = value.reason
        self.note = value.note
        self.kind = value.kind
        self.provenance = value.provenance
        self.numerator = value.numerator
        self.denominator = value.denominator
        self.dropped = value.ids_dropped or not keep_ids
        self.ids: set[str] | None = None if self.dropped else set(value.ids)
        # a missing value counts nothing: it keeps a merge exact
        self.distinct = value.distinct or value.provenance is Provenance.MISSING
        # exact: every part counted distinct ids, and they are all still here
        self.exact = self.distinct and not self.dropped
        self.base: set[str] | None = set(value.denominator_ids) if self.exact else None
        self.rest: float = (
            value.numerator - len(value.ids) if value.kind.is_count else 0
        )
        self.reported = value.reported
        self.missing = value.missing
        self.measured_on = value.measured_on
        self.orgs = organizations

    def _unmerged(self) -> bool:
        return self.provenance is Provenance.MISSING and self.reported > 0

    def add(self, value: Value, organizations: int, code: str) -> None:
        weightless = _weightless(value)
        was_unmerged = self._unmerged()
        unmerged = (
            was_unmerged
            or value.is_unmerged
            or (
                self.reported > 0
                and value.reported > 0
                and (self.weightless or weightless)
            )
        )
        if unmerged:
            reasons = [
                reason
                for reason, given in (
                    (self.reason, was_unmerged),
                    (value.reason, value.is_unmerged),
                )
                if given and reason
            ] or [_unmerged_reason(code, self.kind)]
            self.reason = min(reasons)
            self.provenance = Provenance.MISSING
            self.numerator = self.denominator = 0
        else:
            if self.reported + value.reported > 0:
                self.reason = ""
            else:  # two organizations without a value: keep a reason given
                self.reason = min(
                    (r for r in (self.reason, value.reason) if r), default=""
                )
            self.weightless = self.weightless or weightless
            self.provenance = _combine(self.provenance, value.provenance)
            self.numerator += value.numerator
            self.denominator += value.denominator
        if value.ids_dropped:
            self.dropped = True
            self.ids = None
        elif self.ids is not None:
            if unmerged:
                self.ids.clear()
            else:
                self.ids.update(value.ids)
        self.note = min((n for n in (self.note, value.note) if n), default="")
        distinct = value.distinct or value.provenance is Provenance.MISSING
        self.distinct = self.distinct and distinct
        self.exact = self.exact and distinct and self.ids is not None
        if not self.exact:
            self.base = None
        elif self.base is not None:
            self.base.update(value.denominator_ids)
            if value.kind.is_count:
                self.rest += value.numerator - len(value.ids)
        self.reported += value.reported
        self.missing += value.missing
        if value.measured_on is not None and (
            self.measured_on is None or value.measured_on > self.measured_on
        ):
            self.measured_on = value.measured_on
        self.orgs += organizations

    def add_column(
        self, values: Sequence[Value], organizations: int, code: str
    ) -> None:
        """:meth:`add` of each of *values* in turn (of this code and kind),
        which together count *organizations*: the same total, with each sum
        taken over the whole column at once. Values that do not merge (a
        measured rate or average, an unmerged value) are added one by one.
        """
        if not values:
            return
        kind = self.kind
        provenances = set(map(_PROVENANCE, values))
        missing = Provenance.MISSING in provenances
        if (
            self.weightless
            or self._unmerged()
            or (Provenance.MEASURED in provenances and not kind.is_count)
            or (missing and any(v.reported for v in values if v.is_missing))
        ):
            for value in values:
                self.add(value, 0, code)
            self.orgs += organizations
            return
        reported = self.reported + sum(map(_REPORTED, values))
        self._column_labels(values, reported, provenances)
        self.numerator = _fold(self.numerator, map(_NUMERATOR, values))
        self.denominator = _fold(self.denominator, map(_DENOMINATOR, values))
        self._column_ids(values, missing=missing)
        self.reported = reported
        self.missing += sum(map(_MISSING, values))
        days = [d for d in map(_MEASURED_ON, values) if d is not None]
        if days:
            latest = max(days)
            if self.measured_on is None or latest > self.measured_on:
                self.measured_on = latest
        self.orgs += organizations

    def _column_labels(
        self, values: Sequence[Value], reported: int, provenances: set[Provenance]
    ) -> None:
        """The reason, note and provenance after :meth:`add_column` (of
        values that merge; *reported* their total with this entry's).
        """
        if reported > 0:
            self.reason = ""
        else:  # organizations without a value: keep a reason given
            reasons = set(map(_REASON, values))
            reasons.add(self.reason)
            reasons.discard("")
            self.reason = min(reasons, default="")
        notes = set(map(_NOTE, values))
        notes.add(self.note)
        notes.discard("")
        self.note = min(notes, default="")
        given = provenances | {self.provenance}
        given.discard(Provenance.MISSING)
        if not given:
            self.provenance = Provenance.MISSING
        elif len(given) == 1:
            self.provenance = given.pop()
        else:
            self.provenance = Provenance.MIXED

    def _column_ids(self, values: Sequence[Value], *, missing: bool) -> None:
        """The ids, and whether they are still exact, after
        :meth:`add_column` (*missing*: whether a value of *values* is).
        """
        if any(map(_DROPPED, values)):
            self.dropped = True
            self.ids = None
        elif self.ids is not None:
            self.ids.update(*map(_IDS, values))
        if missing:
            distinct = all(v.distinct or v.is_missing for v in values)
        else:
            distinct = all(map(_DISTINCT, values))
        self.distinct = self.distinct and distinct
        self.exact = self.exact and distinct and self.ids is not None
        if not self.exact:
            self.base = None
        elif self.base is not None:
            self.base.update(*map(_BASE, values))
            if self.kind.is_count:
                self.rest = _fold(self.rest, (v.numerator - len(v.ids) for v in values))

    def value(self, code: str, organizations: int) -> Value:
        numerator, denominator = self.numerator, self.denominator
        base: frozenset[str] = frozenset()
        ids = self.ids
        if self.provenance is Provenance.MISSING:
            ids = None
        elif self.exact and ids is not None and self.base is not None:
            # every person once, however many organizations counted them
            numerator = len(ids) + self.rest
            if self.kind is Kind.RATE:
                base = frozenset(self.base)
                denominator = len(base)
        return Value(
            code=code,
            kind=self.kind,
            provenance=self.provenance,
            numerator=numerator,
            denominator=denominator,
            ids=frozenset() if ids is None else frozenset(ids),
            ids_dropped=self.dropped,
            distinct=self.distinct and self.provenance is not Provenance.MISSING,
            denominator_ids=base,
            note=self.note,
            reported=self.reported,
            missing=self.missing + organizations - self.orgs,
            measured_on=self.measured_on,
            reason=self.reason,
        )


class _MedianEntry(_Entry):
    """A running total of a median (mutable, private): its numbers, per id
    while every part kept its ids (each id once), and how many of each.
    """

    __slots__ = ("counts", "per_id")

    def __init__(self, value: Value, organizations: int, *, keep_ids: bool) -> None:
        super().__init__(value, organizations, keep_ids=keep_ids)
        self.per_id: dict[str, int] | None = None
        self.counts: Counter[int] = Counter()
        self._add_numbers(value)

    def add(self, value: Value, organizations: int, code: str) -> None:
        super().add(value, organizations, code)
        self._add_numbers(value)

    def add_column(
        self, values: Sequence[Value], organizations: int, code: str
    ) -> None:
        """:meth:`add` of each of *values* in turn: a median's numbers merge
        value by value (each id once, with its smallest number).
        """
        for value in values:
            self.add(value, 0, code)
        self.orgs += organizations

    def _add_numbers(self, value: Value) -> None:
        """Add the numbers of a median *value*: how many of each, as every
        part gives them (they add, as counts do), and each id's smallest
        number while every part kept its ids (each id once).
        """
        self.counts.update(dict(value.distribution))
        if not self.exact:
            self.per_id = None
            return
        held = self.per_id
        if held is None:
            held = self.per_id = {}
        for pid, n in value.per_id:
            held[pid] = min(n, held.get(pid, n))

    def value(self, code: str, organizations: int) -> Value:
        """The merged median: each id once with its number while every part
        kept its ids, else the parts' distributions added.
        """
        if self.provenance is Provenance.MISSING:
            return super().value(code, organizations)
        per_id: tuple[tuple[str, int], ...] = ()
        numerator, denominator = self.numerator, self.denominator
        ids = frozenset(self.ids or ())
        if self.exact and self.per_id is not None and self.counts:
            per_id = tuple(sorted(self.per_id.items()))
            distribution = histogram(n for _, n in per_id)
            numerator, denominator = sum(n for _, n in per_id), len(per_id)
            ids = frozenset(self.per_id)
        else:
            distribution = tuple(sorted(self.counts.items()))
        return Value(
            code=code,
            kind=self.kind,
            provenance=self.provenance,
            numerator=numerator,
            denominator=denominator,
            ids=ids,
            ids_dropped=self.dropped,
            distinct=self.distinct,
            note=self.note,
            reported=self.reported,
            missing=self.missing + organizations - self.orgs,
            measured_on=self.measured_on,
            distribution=distribution,
            per_id=per_id,
        )


class _Total:
    """A running total of snapshots (mutable, private); memory is bounded by
    the number of codes (and of ids, when they are kept).
    """

    def __init__(self, *, keep_ids: bool) -> None:
        self.keep_ids = keep_ids
        self.entries: dict[str, _Entry] = {}
        self.on: dt.date | None = None
        self.count = 0
        self.organizations = 0
        self.labels: list[str | None] = [None, None, None, None]
        self.key_id: str | None = None
        self.problems: list[Problem] = []

    def add_all(self, snapshots: Iterable[Snapshot]) -> None:
        """:meth:`add` of each of *snapshots* in turn, a chunk of them at a
        time, column by column (every snapshot's value of one code at once)
        when the chunk's snapshots have the same codes.
        """
        chunk: list[Snapshot] = []
        for snapshot in snapshots:
            chunk.append(snapshot)
            if len(chunk) == _CHUNK:
                self._add_chunk(chunk)
                chunk = []
        if chunk:
            self._add_chunk(chunk)

    def _add_chunk(self, chunk: list[Snapshot]) -> None:
        columns = self._columns(chunk)
        if columns is None:  # mixed codes, or a problem to report: one by one
            for snapshot in chunk:
                self.add(snapshot)
            return
        first = chunk[0]
        self.count += len(chunk)
        if self.on is None:
            self.on = first.on
        if self.key_id is None:
            self.key_id = first.key_id
        labels = self.labels
        for snapshot in chunk:
            for i, name in enumerate(
                (
                    snapshot.organization,
                    snapshot.district,
                    snapshot.region,
                    snapshot.organization_name,
                )
            ):
                held = labels[i]
                labels[i] = name if held is None or held == name else ""
        organizations = [snapshot.organizations for snapshot in chunk]
        orgs = sum(organizations)
        entries = self.entries
        for column in columns:
            code = column[0].code
            entry = entries.get(code)
            if entry is None:
                new = _MedianEntry if column[0].kind is Kind.MEDIAN else _Entry
                entry = entries[code] = new(
                    column[0], organizations[0], keep_ids=self.keep_ids
                )
                entry.add_column(column[1:], orgs - organizations[0], code)
            else:
                entry.add_column(column, orgs, code)
        self.organizations += orgs

    def _columns(self, chunk: list[Snapshot]) -> list[tuple[Value, ...]] | None:
        """The values of *chunk* by code (one tuple per code, in the
        snapshots' order), or None when :meth:`add` must take the snapshots
        one by one: something that is not a snapshot, another date or key,
        other codes, or a kind that conflicts (problems to report at their
        paths).
        """
        first = chunk[0]
        on, key, n = first.on, first.key_id, len(first.values)
        if (self.on is not None and on != self.on) or (
            self.key_id is not None and key != self.key_id
        ):
            return None
        for snapshot in chunk:
            if (
                type(snapshot) is not Snapshot
                or snapshot.on != on
                or snapshot.key_id != key
                or len(snapshot.values) != n
            ):
                return None
        columns = list(zip(*(snapshot.values for snapshot in chunk), strict=True))
        entries = self.entries
        for column in columns:
            kinds = set(map(_KIND, column))
            if len(kinds) != 1 or len(set(map(_CODE, column))) != 1:
                return None
            entry = entries.get(column[0].code)
            if entry is not None and entry.kind is not column[0].kind:
                return None
        return columns

    def add(self, snapshot: Snapshot) -> None:
        index = self.count
        self.count += 1
        if not expect(self.problems, f"$[{index}]", snapshot, Snapshot):
            return
        if self.on is None:
            self.on = snapshot.on
        elif snapshot.on != self.on:
            self.problems.append(
                problem(
                    f"$[{index}].on",
                    "conflict",
                    f"snapshots as of different dates do not merge: {snapshot.on}"
                    f" and {self.on}",
                )
            )
            return
        if self.key_id is None:
            self.key_id = snapshot.key_id
        elif snapshot.key_id != self.key_id:
            self.problems.append(
                problem(
                    f"$[{index}].key_id",
                    "conflict",
                    "snapshots whose ids are pseudonymised with different keys (or"
                    " pseudonymised and not) do not merge: the same person would"
                    " be counted twice",
                )
            )
            return
        orgs = snapshot.organizations
        for i, name in enumerate(
            (
                snapshot.organization,
                snapshot.district,
                snapshot.region,
                snapshot.organization_name,
            )
        ):
            held = self.labels[i]
            self.labels[i] = name if held is None or held == name else ""
        entries = self.entries
        for j, value in enumerate(snapshot.values):
            entry = entries.get(value.code)
            if entry is None:
                new = _MedianEntry if value.kind is Kind.MEDIAN else _Entry
                entries[value.code] = new(value, orgs, keep_ids=self.keep_ids)
            elif entry.kind is not value.kind:
                self.problems.append(
                    problem(
                        f"$[{index}].values[{j}].kind",
                        "conflict",
                        f"{value.code!r} is a {value.kind.value!r} value here and a"
                        f" {entry.kind.value!r} value before",
                    )
                )
            else:
                entry.add(value, orgs, value.code)
        self.organizations += orgs

    def snapshot(self) -> Snapshot:
        raise_if(self.problems, "snapshots to merge")
        if self.on is None:
            raise ValidationError([empty("$")], subject="snapshots to merge")
        orgs = self.organizations
        values = tuple(
            self.entries[code].value(code, orgs) for code in sorted(self.entries)
        )
        organization, district, region, name = (label or "" for label in self.labels)
        return Snapshot(
            on=self.on,
            values=values,
            organization=organization,
            district=district,
            region=region,
            organizations=orgs,
            key_id=self.key_id or "",
            organization_name=name,
        )


@validated
def merge(a: Snapshot, b: Snapshot, *, keep_ids: bool = True) -> Snapshot:
    """The snapshot of the organizations of *a* and *b* together.

    With ``keep_ids=False`` the identifier sets are dropped (``ids_dropped``
    is set), which keeps a country-level total small.

    Raises:
        ~mentoring.errors.ValidationError: *a* or *b* is not a
            :class:`~mentoring.indicators.Snapshot` or *keep_ids* not
            a bool; the snapshots are as of different dates, or a code has
            different kinds in them.

    .. versionadded:: 0.1.0
    """
    return merge_all((a, b), keep_ids=keep_ids)


def merge_all(snapshots: Iterable[Snapshot], *, keep_ids: bool = True) -> Snapshot:
    """Every snapshot of *snapshots* merged (see :func:`merge`).

    *snapshots* may be a generator: they are added to a running total a few
    hundred at a time (each code's values at once), so memory does not grow
    with their number (with ``keep_ids=False``). The total is the one that
    adding them one by one gives.

    >>> import datetime as dt
    >>> from mentoring.indicators import Kind, Provenance, Snapshot, Value
    >>> def school(name, matched, mentees):
    ...     value = Value(code="match_rate", kind=Kind.RATE,
    ...                   provenance=Provenance.COMPUTED,
    ...                   numerator=matched, denominator=mentees)
    ...     return Snapshot(on=dt.date(2022, 5, 31), values=(value,),
    ...                     organization=name)
    >>> total = merge_all([school("a", 1, 1), school("b", 1, 3)])
    >>> total.value("match_rate"), total.organizations  # 2 of 4, not (1 + 1/3) / 2
    (0.5, 2)

    Raises:
        ~mentoring.errors.ValidationError: *snapshots* is not an iterable of
            :class:`~mentoring.indicators.Snapshot`, *keep_ids* is
            not a bool; nothing to merge, or as for :func:`merge`.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    _check_snapshots(snapshots, keep_ids, problems)
    raise_if(problems, "arguments of merge_all")
    total = _Total(keep_ids=keep_ids)
    total.add_all(snapshots)
    return total.snapshot()


def _check_snapshots(
    snapshots: object, keep_ids: object, problems: list[Problem]
) -> None:
    # A snapshot is an iterable (of values), not an iterable of snapshots.
    if isinstance(snapshots, Snapshot):
        problems.append(wrong_type("$.snapshots", "an iterable of Snapshot", snapshots))
    else:
        expect(problems, "$.snapshots", snapshots, Iterable[Snapshot])
    expect(problems, "$.keep_ids", keep_ids, bool)


_KEYS: dict[str, Callable[[Snapshot], str]] = {
    "organization": lambda s: s.organization,
    "district": lambda s: s.district,
    "region": lambda s: s.region,
}


def group_by(
    snapshots: Iterable[Snapshot],
    key: str | Callable[[Snapshot], str] = "district",
    *,
    keep_ids: bool = True,
) -> dict[str, Snapshot]:
    """The snapshots merged per organization, district or region (or per
    whatever *key* returns for a snapshot), sorted by the key.

    Raises:
        ~mentoring.errors.ValidationError: An unknown key name, a key that is
            neither a name nor a callable, a callable key that gives something
            other than a string (at ``$[i].key``), or as for
            :func:`merge_all`.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    _check_snapshots(snapshots, keep_ids, problems)
    get: Callable[[Snapshot], str] | None = None
    if isinstance(key, str):
        get = _KEYS.get(key)
        if get is None:
            problems.append(not_one_of("$.key", _KEYS, key))
    elif callable(key):
        get = key
    else:
        problems.append(wrong_type("$.key", "a key name (str) or a callable", key))
    if problems or get is None:
        raise ValidationError(problems, subject="arguments of group_by")
    totals: dict[str, _Total] = {}
    for i, snapshot in enumerate(snapshots):
        if not expect(problems, f"$[{i}]", snapshot, Snapshot):
            continue
        name = get(snapshot)
        if not expect(problems, f"$[{i}].key", name, str):
            continue
        total = totals.get(name)
        if total is None:
            total = totals[name] = _Total(keep_ids=keep_ids)
        total.add(snapshot)
    raise_if(problems, "snapshots to group")
    return {name: totals[name].snapshot() for name in sorted(totals)}
