"""An explainable score in [0, 1]: the weighted mean of its parts.

Matching scores, plan progress and programme effectiveness are all a
:class:`Score`: the value a program sorts by, and the parts a coordinator reads.

>>> s = Score.weighted([
...     ScorePart.of("same_subject", 1.0, weight=2, reason="both teach maths"),
...     ScorePart.of("same_school", 0.0, weight=1, reason="different schools"),
... ])
>>> round(s.value, 3)
0.667
>>> print(s.explain())
67% match
  + same_subject: 100% x 2 -> 0.667 (both teach maths)
  - same_school: 0% x 1 -> 0.000 (different schools)
"""

import math
from collections.abc import Iterable, Iterator

import attrs

from mentoring._checks import check, validated
from mentoring._problems import out_of_range
from mentoring._repr import value_repr
from mentoring.errors import NotFoundError, Problem

__all__ = ["Score", "ScorePart"]


def _unit(path: str, value: float) -> Iterator[Problem]:
    if not 0.0 <= value <= 1.0:
        yield out_of_range(path, value, low=0, high=1)


@attrs.frozen(kw_only=True)
class ScorePart:
    """One part of a score: the criterion, its raw value in [0, 1], its weight,
    what it contributes to the total, and the reason in words.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    criterion: str
    raw: float
    weight: float = 1.0
    contribution: float = 0.0
    reason: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from _unit("$.raw", self.raw)
        yield from _unit("$.contribution", self.contribution)
        if self.weight < 0:
            yield out_of_range("$.weight", self.weight, low=0)

    @classmethod
    def of(
        cls, criterion: str, raw: float, *, weight: float = 1.0, reason: str = ""
    ) -> "ScorePart":
        """A part whose contribution :meth:`Score.weighted` will fill in."""
        return cls(criterion=criterion, raw=raw, weight=weight, reason=reason)


@attrs.frozen(kw_only=True)
class Score:
    """A value in [0, 1] and the parts it was made of.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    value: float
    parts: tuple[ScorePart, ...] = ()

    def __attrs_post_init__(self) -> None:
        check(self, lambda: _unit("$.value", self.value))

    @classmethod
    def weighted(cls, parts: Iterable[ScorePart]) -> "Score":
        """The weighted mean of *parts*, each part's contribution filled in.

        With no weight at all the score is 0.
        """
        parts = tuple(parts)
        total = math.fsum(p.weight for p in parts)
        if total <= 0:
            return cls(
                value=0.0,
                parts=tuple(attrs.evolve(p, contribution=0.0) for p in parts),
            )
        filled = tuple(
            attrs.evolve(p, contribution=min(1.0, p.weight * p.raw / total))
            for p in parts
        )
        value = min(1.0, max(0.0, math.fsum(p.weight * p.raw for p in parts) / total))
        return cls(value=value, parts=filled)

    @property
    def percent(self) -> int:
        """The value as a whole percentage (what a match list shows)."""
        return round(self.value * 100)

    @validated
    def part(self, criterion: str) -> ScorePart:
        """The part for *criterion*.

        Raises:
            ~mentoring.errors.NotFoundError: if the score has no such part
                (also a ``KeyError``).
        """
        for p in self.parts:
            if p.criterion == criterion:
                return p
        raise NotFoundError("score part", criterion, noun="criterion")

    def explain(self, *, title: str = "match") -> str:
        """The score in words, a line per part, for a coordinator to read."""
        lines = [f"{self.percent}% {title}"]
        for p in self.parts:
            sign = "+" if p.raw > 0 else "-"
            weight = f"{p.weight:g}"
            line = (
                f"  {sign} {p.criterion}: {round(p.raw * 100)}% x {weight}"
                f" -> {p.contribution:.3f}"
            )
            if p.reason:
                line += f" ({p.reason})"
            lines.append(line)
        return "\n".join(lines)

    def __float__(self) -> float:
        return self.value
