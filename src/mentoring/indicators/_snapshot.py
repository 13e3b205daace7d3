"""Indicator values as of a date: :class:`Value` and :class:`Snapshot`.

A value keeps what it was made of, so that it can be audited and merged
exactly: a count keeps the count, a rate its numerator and denominator, an
average its sum and count, and every value the identifiers it counted.
"""

import datetime as dt
import enum
import operator
from collections import Counter
from collections.abc import Iterable, Iterator

import attrs

from mentoring._checks import check
from mentoring._problems import duplicate, missing, out_of_range, problem
from mentoring.errors import NotFoundError, Problem
from mentoring.indicators._catalog import Kind

__all__ = ["Provenance", "Snapshot", "Value"]


class Provenance(enum.StrEnum):
    """Where a value came from.

    ``MIXED`` is a merge of computed and measured counts; ``MISSING`` means
    neither the records nor a measurement gave a value, or that the values
    given do not merge (a measured rate or average with another value; see
    :attr:`Value.reason`).

    .. versionadded:: 0.1.0
    """

    COMPUTED = "computed"
    MEASURED = "measured"
    MIXED = "mixed"
    MISSING = "missing"


@attrs.frozen(kw_only=True)
class Value:
    """The value of one indicator, with what it was made of.

    ``numerator`` is the count (stock, cumulative), the numerator (rate) or
    the sum (average); ``denominator`` is 0 for counts, the denominator
    (rate) or the number of values summed (average). ``ids`` are the
    identifiers counted: persons, pairs, events, achievements, survey
    responses or plans (for a rate, those in the numerator). ``ids_dropped``
    says the identifiers were left out (country-level merges).
    ``distinct`` says the value counts distinct identifiers, so that a merge
    counts a person (or a pair, an event) once however many organizations
    count them: for a count, ``numerator`` is the number of ``ids`` plus
    what was counted without an id (a measured count); for a rate, the
    numerator is the number of ``ids`` and the denominator the number of
    ``denominator_ids`` (the identifiers the share is of).
    ``reported`` and ``missing`` count the organizations that gave a value
    and those that did not. ``note`` says what a reader should know of how
    the value was computed (3.4 with no earlier year given). A measured
    value has no identifiers;
    ``measured_on`` is the date of its (latest) measurement. A measured rate
    or average is one share or mean with no weight (``denominator`` 1): it
    does not merge with another value, and the merge is a missing value that
    still counts the organizations that ``reported`` and says why in
    ``reason`` (see :func:`~mentoring.indicators.merge`).

    A median (:attr:`~mentoring.indicators.Kind.MEDIAN`) keeps its
    ``distribution``: each whole number with how many times it occurs,
    sorted by the number; ``numerator`` is their sum and ``denominator``
    their count. When its ids are kept, ``per_id`` gives each id its number,
    sorted by id, so that a merge counts a person once (with the smallest of
    their numbers: the shortest wait) and the merged median is the median of
    the united people.

    >>> v = Value(code="match_rate", kind=Kind.RATE, provenance=Provenance.COMPUTED,
    ...           numerator=2, denominator=3, ids=frozenset({"e1", "e2"}))
    >>> round(v.value, 3)
    0.667
    >>> days = Value(code="days_to_pair", kind=Kind.MEDIAN,
    ...              provenance=Provenance.COMPUTED, numerator=16, denominator=4,
    ...              distribution=((2, 2), (5, 1), (7, 1)))
    >>> days.value  # the median of 2, 2, 5, 7
    3.5

    .. versionadded:: 0.1.0
    """

    code: str
    kind: Kind
    provenance: Provenance
    numerator: float = 0
    denominator: float = 0
    ids: frozenset[str] = frozenset()
    ids_dropped: bool = False
    reported: int = 1
    missing: int = 0
    measured_on: dt.date | None = None
    reason: str = ""
    distinct: bool = False
    denominator_ids: frozenset[str] = frozenset()
    note: str = ""
    distribution: tuple[tuple[int, int], ...] = ()
    per_id: tuple[tuple[str, int], ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        kind = self.kind
        yield from self._distinct_problems()
        yield from _median_problems(self)
        if kind is not Kind.AVERAGE and self.numerator < 0:
            what = "a count" if kind.is_count else "a numerator"
            yield out_of_range("$.numerator", self.numerator, low=0, what=what)
        if self.denominator < 0:
            yield out_of_range("$.denominator", self.denominator, low=0)
        if kind.is_count and self.denominator != 0:
            yield problem(
                "$.denominator",
                "rule",
                f"a count has no denominator, got {self.denominator}",
            )
        if kind is Kind.RATE and self.numerator > self.denominator:
            yield out_of_range(
                "$.numerator",
                self.numerator,
                high=f"the denominator {self.denominator}",
                what="a rate's numerator",
            )
        if self.reported < 0:
            yield out_of_range("$.reported", self.reported, low=0)
        if self.missing < 0:
            yield out_of_range("$.missing", self.missing, low=0)
        yield from self._provenance_problems()
        if self.ids_dropped and (self.ids or self.denominator_ids or self.per_id):
            yield problem("$.ids", "rule", "ids were dropped but some are still there")

    def _distinct_problems(self) -> Iterator[Problem]:
        if self.denominator_ids and self.kind is not Kind.RATE:
            yield problem(
                "$.denominator_ids", "rule", "only a rate has denominator ids"
            )
        if (
            not self.distinct
            or self.ids_dropped
            or self.provenance is Provenance.MISSING
        ):
            return
        if self.kind.is_count and self.numerator < len(self.ids):
            yield problem(
                "$.numerator",
                "rule",
                f"a count of distinct ids counts at least its {len(self.ids)} ids,"
                f" got {self.numerator}",
            )
        if self.kind is Kind.RATE and (
            self.numerator != len(self.ids)
            or self.denominator != len(self.denominator_ids)
        ):
            yield problem(
                "$.numerator",
                "rule",
                "a share of distinct ids is the number of its ids over the number"
                f" of its denominator ids ({len(self.ids)} of"
                f" {len(self.denominator_ids)}), got {self.numerator} of"
                f" {self.denominator}",
            )

    def _provenance_problems(self) -> Iterator[Problem]:
        if self.provenance is Provenance.MISSING:
            if (
                self.numerator
                or self.denominator
                or self.ids
                or self.distribution
                or self.per_id
            ):
                yield problem(
                    "$.provenance", "rule", "a missing value has no numbers and no ids"
                )
            if self.reported and not self.reason:
                # organizations gave values that do not merge: say why
                yield missing("$.reason", what="the reason of an unmerged value")
            return
        if self.reported < 1:
            yield out_of_range(
                "$.reported",
                self.reported,
                low=1,
                what="the organizations reporting a value",
            )
        if self.reason:
            yield problem("$.reason", "rule", "only a missing value has a reason")

    @property
    def value(self) -> float | None:
        """The count, the share or the mean to report; ``None`` when missing
        or when a rate or average has nothing to divide by.
        """
        if self.provenance is Provenance.MISSING:
            return None
        if self.kind.is_count:
            return self.numerator
        if self.distribution:
            return median(self.distribution)
        if self.denominator == 0:
            return None
        return self.numerator / self.denominator

    @property
    def is_missing(self) -> bool:
        """Whether there is no value to report (none given, or the values
        given do not merge).
        """
        return self.provenance is Provenance.MISSING

    @property
    def is_unmerged(self) -> bool:
        """Whether organizations gave values that do not merge (a missing value
        with ``reported`` organizations and a ``reason``).
        """
        return self.provenance is Provenance.MISSING and self.reported > 0

    @classmethod
    def missing_value(cls, code: str, kind: Kind, *, organizations: int = 1) -> "Value":
        """A missing value for *code*, counting *organizations* without it."""
        return cls(
            code=code,
            kind=kind,
            provenance=Provenance.MISSING,
            reported=0,
            missing=organizations,
        )


def median(distribution: tuple[tuple[int, int], ...]) -> float:
    """The median of the numbers of *distribution* ((number, how many)
    sorted by number, not empty): the middle one, or the mean of the two
    middle ones when their count is even.
    """
    total = sum(count for _, count in distribution)
    low, high = (total - 1) // 2, total // 2  # the middle positions, from 0
    seen = 0
    found: list[int] = []
    for number, count in distribution:
        seen += count
        while len(found) < 2 and seen > (low, high)[len(found)]:
            found.append(number)
        if len(found) == 2:
            break
    return (found[0] + found[1]) / 2


def histogram(numbers: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """*numbers* as a distribution: (number, how many), sorted by number."""
    return tuple(sorted(Counter(numbers).items()))


def _median_problems(value: Value) -> Iterator[Problem]:
    distribution, per_id = value.distribution, value.per_id
    if value.kind is not Kind.MEDIAN:
        if distribution or per_id:
            yield problem("$.distribution", "rule", "only a median has a distribution")
        return
    shape = list(_shape_problems(distribution, per_id))
    yield from shape
    if shape:
        return
    counted = value.provenance in (Provenance.COMPUTED, Provenance.MIXED)
    if per_id or (counted and value.distinct and not value.ids_dropped):
        if frozenset(pid for pid, _ in per_id) != value.ids:
            yield problem("$.per_id", "rule", "a median's per_id ids are its ids")
        if histogram(n for _, n in per_id) != distribution:
            yield problem(
                "$.distribution",
                "rule",
                "a median's distribution is the numbers of its per_id",
            )
    if not counted:
        if distribution:
            yield problem(
                "$.distribution", "rule", "a measured median has no distribution"
            )
        return
    count = sum(c for _, c in distribution)
    total = sum(n * c for n, c in distribution)
    if (value.numerator, value.denominator) != (total, count):
        yield problem(
            "$.numerator",
            "rule",
            "a median's numerator and denominator are the sum and the count"
            f" of its distribution ({total} and {count}), got"
            f" {value.numerator} and {value.denominator}",
        )


def _shape_problems(
    distribution: tuple[tuple[int, int], ...], per_id: tuple[tuple[str, int], ...]
) -> Iterator[Problem]:
    """(number, how many) pairs sorted by number, each once, how many >= 1;
    (id, number) pairs sorted by id, each once.
    """
    for i, (number, count) in enumerate(distribution):
        if count < 1 or (i and number <= distribution[i - 1][0]):
            yield problem(
                f"$.distribution[{i}]",
                "rule",
                "(number, how many) pairs sorted by number, each number once,"
                f" how many at least 1; got {(number, count)!r}",
            )
            return
    for i, (pid, _) in enumerate(per_id):
        if i and pid <= per_id[i - 1][0]:
            yield problem(
                f"$.per_id[{i}]",
                "rule",
                f"(id, number) pairs sorted by id, each id once; got {pid!r} after"
                f" {per_id[i - 1][0]!r}",
            )
            return


def _sorted_unique(values: tuple[Value, ...]) -> Iterator[Problem]:
    for i in range(1, len(values)):
        before, after = values[i - 1].code, values[i].code
        if after == before:
            yield duplicate(f"$.values[{i}].code", after, what="code")
        elif after < before:
            yield problem(
                f"$.values[{i}].code",
                "rule",
                f"values are kept sorted by code; {after!r} comes after {before!r}",
            )


@attrs.frozen(kw_only=True)
class Snapshot:
    """Every indicator's value as of one date, for one organization or for
    several merged (see :func:`~mentoring.indicators.merge`).

    ``values`` are sorted by code. ``organization``, ``district`` and
    ``region`` are kept when every merged snapshot agrees on them and empty
    otherwise; ``organizations`` counts the organizations merged.
    ``organization_name`` is the organization's name, kept as
    ``organization`` is. ``key_id`` is empty when the ids are the host system's, and the
    fingerprint of the key otherwise (see
    :func:`~mentoring.indicators.pseudonymise`): only snapshots with the same
    ``key_id`` merge. Look a
    value up with ``snapshot[code]`` (a
    :class:`~mentoring.errors.NotFoundError` when the snapshot has none) or
    :meth:`get` (a default).

    >>> import datetime as dt
    >>> v = Value(code="2.2", kind=Kind.STOCK, provenance=Provenance.COMPUTED,
    ...           numerator=3)
    >>> snap = Snapshot(on=dt.date(2022, 5, 31), values=(v,))
    >>> snap["2.2"].value, snap.get("1.1"), "2.2" in snap
    (3, None, True)
    >>> snap["1.1"]
    Traceback (most recent call last):
    ...
    mentoring.errors.NotFoundError: no indicator with code '1.1'

    .. versionadded:: 0.1.0
    """

    on: dt.date
    values: tuple[Value, ...]
    organization: str = ""
    district: str = ""
    region: str = ""
    organizations: int = 1
    key_id: str = ""
    organization_name: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from _sorted_unique(self.values)
        if self.organizations < 1:
            yield out_of_range("$.organizations", self.organizations, low=1)

    def __iter__(self) -> Iterator[Value]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def __getitem__(self, code: str) -> Value:
        """The value of *code*.

        Raises:
            ~mentoring.errors.NotFoundError: The snapshot has no value of
                *code* (also a ``KeyError``).
        """
        found = self.get(code)
        if found is None:
            raise NotFoundError("indicator", code, noun="code")
        return found

    def get(self, code: str, default: Value | None = None) -> Value | None:
        """The value of *code*, or *default* when the snapshot has none."""
        for v in self.values:
            if v.code == code:
                return v
        return default

    def value(self, code: str) -> float | None:
        """The reported number of *code* (see :attr:`Value.value`).

        Raises:
            ~mentoring.errors.NotFoundError: The snapshot has no value of
                *code*.
        """
        return self[code].value

    def codes(self) -> tuple[str, ...]:
        """The codes present, sorted."""
        return tuple(v.code for v in self.values)


_FIELDS = (
    "code",
    "kind",
    "provenance",
    "numerator",
    "denominator",
    "ids",
    "ids_dropped",
    "reported",
    "missing",
    "measured_on",
    "reason",
    "distinct",
    "denominator_ids",
    "note",
    "distribution",
    "per_id",
)
_SETTERS = tuple(Value.__dict__[name].__set__ for name in _FIELDS)


def _trusted_value(  # noqa: PLR0913, PLR0917
    code: str,
    kind: Kind,
    provenance: Provenance,
    numerator: float,
    denominator: float,
    ids: frozenset[str],
    reported: int,
    missing: int,
    *,
    distinct: bool = False,
    denominator_ids: frozenset[str] = frozenset(),
    note: str = "",
) -> Value:
    """A :class:`Value` built without the construction-time checks.

    For the values :func:`~mentoring.indicators.compute` derives from
    records, valid by construction (counts of sets, numerators that are
    subsets of their denominators); the tests re-check every such value.
    """
    value: Value = object.__new__(Value)
    (
        set_code,
        set_kind,
        set_prov,
        set_num,
        set_den,
        set_ids,
        set_dropped,
        set_rep,
        set_miss,
        set_on,
        set_reason,
        set_distinct,
        set_base,
        set_note,
        set_distribution,
        set_per_id,
    ) = _SETTERS
    set_code(value, code)
    set_kind(value, kind)
    set_prov(value, provenance)
    set_num(value, numerator)
    set_den(value, denominator)
    set_ids(value, ids)
    set_dropped(value, False)  # noqa: FBT003
    set_rep(value, reported)
    set_miss(value, missing)
    set_on(value, None)
    set_reason(value, "")
    set_distinct(value, distinct)
    set_base(value, denominator_ids)
    set_note(value, note)
    set_distribution(value, ())
    set_per_id(value, ())
    return value


_GET_FIELDS = operator.attrgetter(*_FIELDS)
_IDS_AT = _FIELDS.index("ids")
_BASE_AT = _FIELDS.index("denominator_ids")
_PER_ID_AT = _FIELDS.index("per_id")


def _with_ids(
    value: Value,
    ids: frozenset[str],
    base: frozenset[str],
    per_id: tuple[tuple[str, int], ...] | None = None,
) -> Value:
    """*value* with its ids, denominator ids (and a median's ``per_id``)
    replaced by as many others, one for one (pseudonyms), without re-running
    the checks it passed.
    """
    fields = list(_GET_FIELDS(value))
    fields[_IDS_AT] = ids
    fields[_BASE_AT] = base
    if per_id is not None:
        fields[_PER_ID_AT] = per_id
    copy: Value = object.__new__(Value)
    for setter, field in zip(_SETTERS, fields, strict=True):
        setter(copy, field)
    return copy


_SNAPSHOT_SETTERS = tuple(
    Snapshot.__dict__[name].__set__
    for name in (
        "on",
        "values",
        "organization",
        "district",
        "region",
        "organizations",
        "key_id",
        "organization_name",
    )
)


def _renamed(snapshot: Snapshot, values: tuple[Value, ...], key_id: str) -> Snapshot:
    """*snapshot* with *values* (its own, their ids renamed one for one) and
    *key_id*, without re-running the checks it passed.
    """
    copy: Snapshot = object.__new__(Snapshot)
    for setter, field in zip(
        _SNAPSHOT_SETTERS,
        (
            snapshot.on,
            values,
            snapshot.organization,
            snapshot.district,
            snapshot.region,
            snapshot.organizations,
            key_id,
            snapshot.organization_name,
        ),
        strict=True,
    ):
        setter(copy, field)
    return copy


def _trusted_snapshot(  # noqa: PLR0913
    on: dt.date,
    values: tuple[Value, ...],
    *,
    organization: str,
    district: str,
    region: str,
    organization_name: str,
) -> Snapshot:
    """One organization's :class:`Snapshot` built without the
    construction-time checks: for :func:`~mentoring.indicators.compute`,
    whose values come sorted by code from its plan and whose labels are the
    checked programme's own.
    """
    snapshot: Snapshot = object.__new__(Snapshot)
    for setter, field in zip(
        _SNAPSHOT_SETTERS,
        (on, values, organization, district, region, 1, "", organization_name),
        strict=True,
    ):
        setter(snapshot, field)
    return snapshot
