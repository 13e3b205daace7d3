"""Start and review compared: :func:`compare` gives a :class:`Report`.

The seed measures every indicator "on the date the programme starts" and
"on the date its results are reviewed (intermediate, final)"; a report gives
per code both values, the change, the growth, the verdict by the
indicator's direction and, when a target is set, whether it was attained.
"""

import datetime as dt
import enum
import math
from collections.abc import Iterable, Iterator, Mapping
from typing import cast

import attrs

from mentoring._checks import check, expect, non_empty, raise_if
from mentoring._problems import duplicate, out_of_range, problem, unknown_id, wrong_type
from mentoring.errors import NotFoundError, Problem
from mentoring.indicators._catalog import (
    CATALOG,
    Catalog,
    Direction,
    Kind,
    Unit,
)
from mentoring.indicators._privacy import SMALL_COUNT_THRESHOLD, is_small
from mentoring.indicators._snapshot import Snapshot

__all__ = ["Comparison", "Report", "Target", "Targets", "Verdict", "compare"]


class Verdict(enum.StrEnum):
    """How an indicator moved between the start and the review, judged by its
    direction; ``UNKNOWN`` when either value is missing.

    An indicator with no good direction
    (:attr:`~mentoring.indicators.Direction.NEUTRAL`) is only
    ``CHANGED`` or ``UNCHANGED``, never ``IMPROVED`` or ``WORSENED``.

    .. versionadded:: 0.1.0
    """

    IMPROVED = "improved"
    UNCHANGED = "unchanged"
    WORSENED = "worsened"
    CHANGED = "changed"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class Target:
    """The value an indicator should reach at the review.

    A target is attained when the review value is at least the target (higher
    is better), at most the target (lower is better), or equal to it (an
    indicator with no good direction).

    .. versionadded:: 0.1.0
    """

    code: str
    value: float

    def __attrs_post_init__(self) -> None:
        check(self, lambda: non_empty("$.code", self.code))


@attrs.frozen(kw_only=True)
class Targets:
    """The targets of a programme, a district or a country: the document of
    ``mentoring indicators --targets FILE``.

    As JSON (its JSON Schema: ``mentoring schema Targets``)::

        {"targets": [{"code": "2.2", "value": 10},
                     {"code": "match_rate", "value": 0.9}]}

    A share is a fraction (0.9 for 90%), a score on its scale (4 of 5), a
    count a count.

    .. versionadded:: 0.1.0
    """

    targets: tuple[Target, ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        first: dict[str, int] = {}
        for i, t in enumerate(self.targets):
            if t.code in first:
                yield duplicate(f"$.targets[{i}].code", t.code, what="target for")
            else:
                first[t.code] = i


@attrs.frozen(kw_only=True)
class Comparison:
    """One indicator at the start and at the review.

    ``delta`` is review minus start; ``growth`` is the delta over the start
    (``None`` when the start is 0 or either value is missing).
    ``start_suppressed`` and ``review_suppressed`` say the value rested on
    too few people to be shown above one organization (see
    :func:`~mentoring.indicators.is_small`): it is ``None`` here, and so are
    the change and the growth.

    .. versionadded:: 0.1.0
    """

    code: str
    group: str
    unit: Unit
    kind: Kind
    direction: Direction
    start: float | None
    review: float | None
    delta: float | None
    growth: float | None
    verdict: Verdict
    target: float | None = None
    attained: bool | None = None
    start_suppressed: bool = False
    review_suppressed: bool = False

    def __attrs_post_init__(self) -> None:
        check(self)


def _dates(start_on: dt.date, review_on: dt.date) -> Iterator[Problem]:
    if review_on < start_on:
        yield problem(
            "$.review.on",
            "order",
            f"the review ({review_on}) is dated before the start ({start_on})",
        )


@attrs.frozen(kw_only=True)
class Report:
    """Every indicator compared between two dates, in catalogue order.

    ``organizations`` counts the organizations of the review snapshot;
    ``suppressed_below`` is the threshold small values were suppressed
    below (0: none was).

    Look a comparison up with ``report[code]`` (a
    :class:`~mentoring.errors.NotFoundError` when the report has none) or
    :meth:`get` (a default).

    .. versionadded:: 0.1.0
    """

    start_on: dt.date
    review_on: dt.date
    comparisons: tuple[Comparison, ...]
    organization: str = ""
    district: str = ""
    region: str = ""
    organizations: int = 1
    suppressed_below: int = 0
    organization_name: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, lambda: _dates(self.start_on, self.review_on))

    def __iter__(self) -> Iterator[Comparison]:
        return iter(self.comparisons)

    def __len__(self) -> int:
        return len(self.comparisons)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def __getitem__(self, code: str) -> Comparison:
        """The comparison of *code*.

        Raises:
            ~mentoring.errors.NotFoundError: The report has no comparison of
                *code* (also a ``KeyError``).
        """
        found = self.get(code)
        if found is None:
            raise NotFoundError("indicator", code, noun="code")
        return found

    def get(self, code: str, default: Comparison | None = None) -> Comparison | None:
        """The comparison of *code*, or *default* when the report has none."""
        for c in self.comparisons:
            if c.code == code:
                return c
        return default


def _verdict(delta: float | None, direction: Direction) -> Verdict:
    if delta is None:
        return Verdict.UNKNOWN
    if math.isclose(delta, 0.0, abs_tol=1e-12):
        return Verdict.UNCHANGED
    if direction is Direction.NEUTRAL:
        return Verdict.CHANGED
    better = delta > 0 if direction is Direction.HIGHER_IS_BETTER else delta < 0
    return Verdict.IMPROVED if better else Verdict.WORSENED


def _attained(review: float | None, target: float, direction: Direction) -> bool:
    if review is None:
        return False
    if math.isclose(review, target, abs_tol=1e-12):
        return True
    if direction is Direction.HIGHER_IS_BETTER:
        return review >= target
    if direction is Direction.LOWER_IS_BETTER:
        return review <= target
    return False


def _target_entries(
    targets: Mapping[str, float] | Iterable[Target], problems: list[Problem]
) -> list[tuple[str, str, object]]:
    if isinstance(targets, Mapping):
        return [
            (f"$.targets[{code!r}]", code, value) for code, value in targets.items()
        ]
    entries: list[tuple[str, str, object]] = []
    for i, t in enumerate(targets):
        if expect(problems, f"$.targets[{i}]", t, Target):
            entries.append((f"$.targets[{i}].code", t.code, t.value))
    return entries


def _targets(
    targets: Mapping[str, float] | Iterable[Target] | None,
    known: set[str],
    problems: list[Problem],
) -> dict[str, float]:
    if targets is None:
        return {}
    found: dict[str, float] = {}
    if not isinstance(targets, Iterable) or isinstance(targets, str | bytes):
        problems.append(
            wrong_type(
                "$.targets",
                "a mapping of codes to numbers or an iterable of Target",
                targets,
            )
        )
        return found
    entries = _target_entries(targets, problems)
    for path, code, value in entries:
        if code not in known:
            problems.append(
                unknown_id(
                    path, "indicator", code, noun="code", where="in the snapshots"
                )
            )
        elif code in found:
            problems.append(duplicate(path, code, what="target for"))
        elif expect(problems, path, value, float):
            found[code] = float(cast("float", value))
    return found


def compare(
    start: Snapshot,
    review: Snapshot,
    *,
    targets: Mapping[str, float] | Iterable[Target] | None = None,
    catalog: Catalog = CATALOG,
    suppress: int | None = None,
) -> Report:
    """Compare the snapshot at the *start* with the snapshot at the *review*.

    Codes are reported in *catalog* order; a code present in only one
    snapshot is compared with a missing value (verdict ``UNKNOWN``).
    *targets* maps codes to the values to reach (or is a sequence of
    :class:`Target`).

    Above one organization (a snapshot of several merged), a value resting
    on fewer than *suppress* people (see
    :func:`~mentoring.indicators.is_small`) is suppressed: ``None``, with
    ``start_suppressed`` or ``review_suppressed`` set. *suppress* defaults to
    :data:`~mentoring.indicators.SMALL_COUNT_THRESHOLD` (5) above one
    organization and to 0 (nothing suppressed) for one; 0 turns it off.

    >>> import datetime as dt
    >>> from mentoring.indicators import Kind, Provenance, Snapshot, Value
    >>> def snap(day, n):
    ...     v = Value(code="2.1", kind=Kind.STOCK, provenance=Provenance.COMPUTED,
    ...               numerator=n)
    ...     return Snapshot(on=day, values=(v,))
    >>> report = compare(snap(dt.date(2021, 9, 1), 2), snap(dt.date(2022, 5, 31), 3),
    ...                  targets={"2.1": 4})
    >>> c = report["2.1"]
    >>> c.delta, c.growth, c.verdict.value, c.attained
    (1, 0.5, 'improved', False)

    Raises:
        ~mentoring.errors.ValidationError: *start* or *review* is not a
            :class:`~mentoring.indicators.Snapshot`, *catalog* not a
            :class:`~mentoring.indicators.Catalog`; the review is
            dated before the start; the snapshots are of different
            organizations, districts or regions (both named and not the
            same); a code the catalogue lacks; a target for a code the
            snapshots lack, twice, or not a finite number.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    expect(problems, "$.start", start, Snapshot)
    expect(problems, "$.review", review, Snapshot)
    expect(problems, "$.catalog", catalog, Catalog)
    if (
        suppress is not None
        and expect(problems, "$.suppress", suppress, int)
        and suppress < 0
    ):
        problems.append(out_of_range("$.suppress", suppress, low=0))
    raise_if(problems, "arguments of compare")
    organizations = max(start.organizations, review.organizations)
    if suppress is None:
        suppress = SMALL_COUNT_THRESHOLD if organizations > 1 else 0
    problems.extend(_dates(start.on, review.on))
    for field in ("organization", "district", "region"):
        before, after = getattr(start, field), getattr(review, field)
        if before and after and before != after:
            problems.append(
                problem(
                    f"$.review.{field}",
                    "conflict",
                    f"the review is of {field} {after!r}, the start of {before!r}",
                )
            )
    codes = set(start.codes()) | set(review.codes())
    index = {ind.code: ind for ind in catalog}
    problems.extend(
        unknown_id("$.codes", "indicator", code, noun="code", where="in the catalogue")
        for code in sorted(codes - index.keys())
    )
    goals = _targets(targets, codes, problems)
    raise_if(problems, "comparison")
    before = {v.code: v for v in start.values}
    after = {v.code: v for v in review.values}
    rows = []
    for ind in catalog:
        if ind.code not in codes:
            continue
        va, vb = before.get(ind.code), after.get(ind.code)
        hide_a = va is not None and is_small(va, suppress)
        hide_b = vb is not None and is_small(vb, suppress)
        a = None if va is None or hide_a else va.value
        b = None if vb is None or hide_b else vb.value
        delta = None if a is None or b is None else b - a
        growth = None if delta is None or a == 0 or a is None else delta / a
        goal = goals.get(ind.code)
        rows.append(
            Comparison(
                code=ind.code,
                group=ind.group,
                unit=ind.unit,
                kind=ind.kind,
                direction=ind.direction,
                start=a,
                review=b,
                delta=delta,
                growth=growth,
                verdict=_verdict(delta, ind.direction),
                target=goal,
                attained=None
                if goal is None or hide_b
                else _attained(b, goal, ind.direction),
                start_suppressed=hide_a,
                review_suppressed=hide_b,
            )
        )
    return Report(
        start_on=start.on,
        review_on=review.on,
        comparisons=tuple(rows),
        organization=review.organization,
        district=review.district,
        region=review.region,
        organizations=organizations,
        suppressed_below=suppress,
        organization_name=review.organization_name,
    )
