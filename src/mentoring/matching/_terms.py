"""The weighted sum behind a compatibility score: the model's active criteria
as terms with their share of the total weight, in the order both paths add
them, and the raw value of each criterion that both paths share.

The fast path (:class:`~mentoring.matching._scorer.Scorer`) and the explained
path (:func:`~mentoring.matching._compatibility.explain`) compute the same
floats in the same order from these, so an assignment's score has exactly the
value the algorithm used.
"""

import functools
import math
from collections.abc import Sequence

import attrs

from mentoring._enums import DeliveryMode
from mentoring.matching._criteria import CriterionKind, GradeBand
from mentoring.matching._model import CompatibilityModel

__all__ = [
    "DENSE",
    "Plan",
    "Term",
    "choice_raw",
    "delivery_raw",
    "gap_raw",
    "grades_raw",
    "plan_of",
]

_C = CriterionKind

#: Criteria whose contribution depends on both sides: a list per mentee key.
DENSE = (
    _C.SAME_SUBJECT,
    _C.SAME_GRADES,
    _C.EXPERIENCE_GAP,
    _C.SHARED_LANGUAGE,
    _C.DELIVERY,
)


@attrs.frozen
class Term:
    """A criterion with a positive weight and its share of the total weight."""

    kind: CriterionKind
    weight: float
    coef: float
    years: int
    bands: tuple[GradeBand, ...] = ()
    credit: float = 0.0


@attrs.frozen
class Plan:
    """The active criteria of a model: ``terms`` in summation order (the
    criteria computed as lists first, then the sparse ones), ``shown`` in the
    model's order.
    """

    terms: tuple[Term, ...]
    shown: tuple[Term, ...]


@functools.lru_cache(maxsize=64)
def plan_of(model: CompatibilityModel) -> Plan:
    """The summation plan of *model* (cached: models are immutable)."""
    active = [c for c in model.criteria if c.weight > 0]
    total = math.fsum(float(c.weight) for c in active)
    coefs = [float(c.weight) / total for c in active]
    dense = [i for i, c in enumerate(active) if c.kind in DENSE]
    sparse = [i for i, c in enumerate(active) if c.kind not in DENSE]
    order = dense + sparse
    # Rounding may make the coefficients add up to just above 1; lower the
    # largest by an ulp until they do not, so no score can exceed 1.
    while _left_sum([coefs[i] for i in order]) > 1.0:
        top = max(range(len(coefs)), key=lambda i: (coefs[i], -i))
        coefs[top] = math.nextafter(coefs[top], 0.0)
    terms = [
        Term(
            kind=c.kind,
            weight=c.weight,
            coef=coefs[i],
            years=c.years,
            bands=c.grade_bands if c.kind is _C.SAME_GRADES else (),
            credit=float(c.band_credit) if c.kind is _C.SAME_GRADES else 0.0,
        )
        for i, c in enumerate(active)
    ]
    return Plan(terms=tuple(terms[i] for i in order), shown=tuple(terms))


def _left_sum(values: Sequence[float]) -> float:
    acc = 0.0
    for v in values:
        acc = acc + v
    return acc


# -- raw values, shared by both paths -----------------------------------------


def gap_raw(gap: int, years: int) -> float:
    if gap <= 0:
        return 0.0
    if gap >= years:
        return 1.0
    return gap / years


def delivery_raw(a: DeliveryMode | None, b: DeliveryMode | None) -> float:
    if a is None or b is None:
        return 0.5
    if a is b:
        return 1.0
    if DeliveryMode.BLENDED in (a, b):
        return 0.5
    return 0.0


def choice_raw(rank: int, n: int) -> float:
    return (n - rank) / n


def grades_raw(shared: int, near: int, credit: float, n: int) -> float:
    # the same expression on both paths, so the same float
    return (shared + credit * near) / n
