"""Strategies of indicators: definitions, catalogues, targets, values,
comparisons, and the snapshots and reports the library computes.
"""

import datetime as dt
from collections import Counter

from hypothesis import strategies as st

from mentoring.indicators import (
    CATALOG,
    GROUPS,
    Catalog,
    Comparison,
    Direction,
    Indicator,
    Kind,
    Provenance,
    Report,
    Snapshot,
    Source,
    Target,
    Targets,
    Unit,
    Value,
    Verdict,
    compare,
    compute,
)
from mentoring.testing._strategies._draw import (
    FREE_TEXT,
    day,
    few,
    maybe,
    ordered_subset,
    pick,
    subset,
    title,
    upto,
)
from mentoring.testing._strategies._program import SMALL_PROGRAMS_WITH_RECORDS

_CODES = st.one_of(
    st.sampled_from(tuple(CATALOG.codes())),
    st.text("abcdefghijklmnopqrstuvwxyz_.0123456789", min_size=1, max_size=12),
)
_VALUE_IDS = tuple(f"id-{i}" for i in range(1, 7))
#: Quarters from -1000 to 1000: a growth (delta over start) stays finite.
_MAYBE_NUMBER = st.none() | st.integers(-4000, 4000).map(lambda n: n / 4)


@st.composite
def _indicator(draw: st.DrawFn, code: str | None = None) -> Indicator:
    kind = pick(draw, tuple(Kind))
    units = (Unit.SHARE,) if kind is Kind.RATE else tuple(set(Unit) - {Unit.SHARE})
    return Indicator(
        code=draw(_CODES) if code is None else code,
        group=pick(draw, ("custom", *GROUPS)),
        title_en=draw(title(("Open lessons given", "Mentees retained"))),
        unit=pick(draw, sorted(units)),
        kind=kind,
        direction=pick(draw, tuple(Direction)),
        source=pick(draw, tuple(Source)),
        title_ru=draw(FREE_TEXT),
        description=draw(FREE_TEXT),
    )


def indicator_definitions() -> st.SearchStrategy[Indicator]:
    """Indicator definitions (:class:`mentoring.indicators.Indicator`): those
    of :data:`mentoring.indicators.CATALOG` and made-up ones whose unit fits
    their kind (a rate is a share).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return st.one_of(st.sampled_from(tuple(CATALOG)), _indicator())


@st.composite
def _catalog(draw: st.DrawFn) -> Catalog:
    chosen = draw(ordered_subset(tuple(CATALOG), 6))
    taken = {ind.code for ind in chosen}
    extra = [
        draw(_indicator(code=f"custom.{i + 1}"))
        for i in few(draw, 3)
        if f"custom.{i + 1}" not in taken
    ]
    return Catalog(indicators=(*chosen, *extra))


def catalogs() -> st.SearchStrategy[Catalog]:
    """Indicator catalogues: some indicators of the built-in catalogue, in any
    order, then up to three custom ones; every code unique. Shrinks toward
    the empty catalogue.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _catalog()


def targets() -> st.SearchStrategy[Target]:
    """Indicator targets: a code and a finite value.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return st.builds(Target, code=_CODES, value=st.floats(-1e6, 1e6, allow_nan=False))


def targets_documents() -> st.SearchStrategy[Targets]:
    """Targets documents (``mentoring indicators --targets``): targets with
    codes that differ.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return st.lists(targets(), max_size=4, unique_by=lambda t: t.code).map(
        lambda found: Targets(targets=tuple(found))
    )


@st.composite
def _indicator_value(draw: st.DrawFn) -> Value:
    kind = pick(draw, tuple(Kind))
    provenance = pick(draw, tuple(Provenance))
    code = draw(_CODES)
    if provenance is Provenance.MISSING:
        reported = draw(upto(3))
        reason = "values do not merge" if reported else draw(FREE_TEXT)
        return Value(
            code=code,
            kind=kind,
            provenance=provenance,
            reported=reported,
            missing=draw(upto(3)),
            reason=reason,
        )
    denominator = 0 if kind.is_count else draw(upto(50))
    if kind is Kind.RATE:
        numerator: float = draw(upto(denominator))
    elif kind is Kind.AVERAGE:
        numerator = draw(st.integers(-50, 250)) / 2
    else:
        numerator = draw(upto(100))
    measured = provenance is not Provenance.COMPUTED
    dropped = maybe(draw)
    if kind is Kind.MEDIAN and provenance in (Provenance.COMPUTED, Provenance.MIXED):
        return _median_value(draw, code, provenance, dropped=dropped)
    ids = frozenset() if measured or dropped else draw(subset(_VALUE_IDS, 4))
    return Value(
        code=code,
        kind=kind,
        provenance=provenance,
        numerator=numerator,
        denominator=denominator,
        ids=ids,
        ids_dropped=dropped,
        reported=1 + draw(upto(3)),
        missing=draw(upto(3)),
        measured_on=dt.date(2021, 9, 1) + dt.timedelta(draw(upto(300)))
        if measured
        else None,
    )


def _median_value(
    draw: st.DrawFn, code: str, provenance: Provenance, *, dropped: bool
) -> Value:
    """A counted median: whole numbers (ties likely) with their
    distribution, and each id's number when the ids are kept.
    """
    numbers = draw(st.lists(st.sampled_from((0, 1, 3, 3, 7, 30)), max_size=6))
    per_id = () if dropped else tuple(zip(_VALUE_IDS, numbers, strict=False))
    return Value(
        code=code,
        kind=Kind.MEDIAN,
        provenance=provenance,
        numerator=sum(numbers),
        denominator=len(numbers),
        ids=frozenset(i for i, _ in per_id),
        ids_dropped=dropped,
        distinct=not dropped,
        distribution=tuple(sorted(Counter(numbers).items())),
        per_id=per_id,
        reported=1 + draw(upto(3)),
        missing=draw(upto(3)),
    )


def indicator_values() -> st.SearchStrategy[Value]:
    """Values of one indicator (:class:`mentoring.indicators.Value`): counts
    without a denominator, rates whose numerator is at most the denominator,
    averages, medians with their distribution (and each id's number), measured
    and missing values (a missing value has no numbers, and a reason when
    organizations reported).

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _indicator_value()


@st.composite
def _comparison(draw: st.DrawFn) -> Comparison:
    indicator = draw(indicator_definitions())
    start, review = draw(_MAYBE_NUMBER), draw(_MAYBE_NUMBER)
    delta = review - start if start is not None and review is not None else None
    target = draw(_MAYBE_NUMBER)
    return Comparison(
        code=indicator.code,
        group=indicator.group,
        unit=indicator.unit,
        kind=indicator.kind,
        direction=indicator.direction,
        start=start,
        review=review,
        delta=delta,
        growth=delta / start if delta is not None and start else None,
        verdict=pick(draw, tuple(Verdict)),
        target=target,
        attained=None if target is None or review is None else maybe(draw),
    )


def comparisons() -> st.SearchStrategy[Comparison]:
    """One indicator at the start and at the review, as in a
    :class:`mentoring.indicators.Report`.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _comparison()


# -- results: drawn by running the library on drawn programmes ---------------------


@st.composite
def _snapshot(draw: st.DrawFn) -> Snapshot:
    program = draw(SMALL_PROGRAMS_WITH_RECORDS)
    return compute(program, on=day(draw, program.year.start, program.year.end))


def snapshots() -> st.SearchStrategy[Snapshot]:
    """Indicator snapshots: :func:`mentoring.indicators.compute` over a small
    drawn programme on a day of its year.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _snapshot()


@st.composite
def _report(draw: st.DrawFn) -> Report:
    program = draw(SMALL_PROGRAMS_WITH_RECORDS)
    start = day(draw, program.year.start, program.year.end)
    review = day(draw, start, program.year.end)
    return compare(compute(program, on=start), compute(program, on=review))


def reports() -> st.SearchStrategy[Report]:
    """Indicator reports: :func:`mentoring.indicators.compare` of two snapshots
    of a small drawn programme, the start before the review.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _report()
