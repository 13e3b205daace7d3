"""Indicator values as of a date: :class:`Value` and :class:`Snapshot`.

A value keeps what it was made of, so that it can be audited and merged
exactly: a count keeps the count, a rate its numerator and denominator, an
average its sum and count, and every value the identifiers it counted.
"""

import datetime as dt
import enum
from collections.abc import Iterator

import attrs

from mentoring._checks import check
from mentoring.errors import Problem
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
    ``reported`` and ``missing`` count the organizations that gave a value
    and those that did not. A measured value has no identifiers;
    ``measured_on`` is the date of its (latest) measurement. A measured rate
    or average is one share or mean with no weight (``denominator`` 1): it
    does not merge with another value, and the merge is a missing value that
    still counts the organizations that ``reported`` and says why in
    ``reason`` (see :func:`~mentoring.indicators._aggregate.merge`).

    >>> v = Value(code="match_rate", kind=Kind.RATE, provenance=Provenance.COMPUTED,
    ...           numerator=2, denominator=3, ids=frozenset({"e1", "e2"}))
    >>> round(v.value, 3)
    0.667

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

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        kind = self.kind
        if kind is not Kind.AVERAGE and self.numerator < 0:
            what = "count" if kind.is_count else "numerator"
            yield Problem("$.numerator", f"a {what} must be >= 0, got {self.numerator}")
        if self.denominator < 0:
            yield Problem("$.denominator", f"must be >= 0, got {self.denominator}")
        if kind.is_count and self.denominator != 0:
            yield Problem(
                "$.denominator", f"a count has no denominator, got {self.denominator}"
            )
        if kind is Kind.RATE and self.numerator > self.denominator:
            yield Problem(
                "$.numerator",
                f"a rate's numerator {self.numerator} exceeds its denominator"
                f" {self.denominator}",
            )
        if self.reported < 0:
            yield Problem("$.reported", f"must be >= 0, got {self.reported}")
        if self.missing < 0:
            yield Problem("$.missing", f"must be >= 0, got {self.missing}")
        yield from self._provenance_problems()
        if self.ids_dropped and self.ids:
            yield Problem("$.ids", "ids were dropped but some are still there")

    def _provenance_problems(self) -> Iterator[Problem]:
        if self.provenance is Provenance.MISSING:
            if self.numerator or self.denominator or self.ids:
                yield Problem(
                    "$.provenance", "a missing value has no numbers and no ids"
                )
            if self.reported and not self.reason:
                yield Problem(
                    "$.reason",
                    "a missing value with reporting organizations (values that"
                    " do not merge) says why",
                )
            return
        if self.reported < 1:
            yield Problem(
                "$.reported", "a value needs at least one reporting organization"
            )
        if self.reason:
            yield Problem("$.reason", "only a missing value has a reason")

    @property
    def value(self) -> float | None:
        """The count, the share or the mean to report; ``None`` when missing
        or when a rate or average has nothing to divide by.
        """
        if self.provenance is Provenance.MISSING:
            return None
        if self.kind.is_count:
            return self.numerator
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


def _sorted_unique(values: tuple[Value, ...]) -> Iterator[Problem]:
    for i in range(1, len(values)):
        before, after = values[i - 1].code, values[i].code
        if after == before:
            yield Problem(f"$.values[{i}].code", f"duplicate code {after!r}")
        elif after < before:
            yield Problem(
                f"$.values[{i}].code",
                f"values are kept sorted by code; {after!r} comes after {before!r}",
            )


@attrs.frozen(kw_only=True)
class Snapshot:
    """Every indicator's value as of one date, for one organization or for
    several merged (see :func:`~mentoring.indicators._aggregate.merge`).

    ``values`` are sorted by code. ``organization``, ``district`` and
    ``region`` are kept when every merged snapshot agrees on them and empty
    otherwise; ``organizations`` counts the organizations merged.

    .. versionadded:: 0.1.0
    """

    on: dt.date
    values: tuple[Value, ...]
    organization: str = ""
    district: str = ""
    region: str = ""
    organizations: int = 1

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from _sorted_unique(self.values)
        if self.organizations < 1:
            yield Problem("$.organizations", f"must be >= 1, got {self.organizations}")

    def __iter__(self) -> Iterator[Value]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def __contains__(self, code: object) -> bool:
        return any(v.code == code for v in self.values)

    def get(self, code: str) -> Value:
        """The value of *code*; ``KeyError`` if the snapshot has none."""
        for v in self.values:
            if v.code == code:
                return v
        raise KeyError(code)

    def value(self, code: str) -> float | None:
        """The reported number of *code* (see :attr:`Value.value`)."""
        return self.get(code).value

    def codes(self) -> tuple[str, ...]:
        """The codes present, sorted."""
        return tuple(v.code for v in self.values)


_SETTERS = tuple(
    Value.__dict__[name].__set__
    for name in (
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
    )
)


def _trusted_value(  # noqa: PLR0913, PLR0917
    code: str,
    kind: Kind,
    provenance: Provenance,
    numerator: float,
    denominator: float,
    ids: frozenset[str],
    reported: int,
    missing: int,
) -> Value:
    """A :class:`Value` built without the construction-time checks.

    For the values :func:`~mentoring.indicators._compute.compute` derives from
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
    return value
