"""The programme's effectiveness as an explainable score: :func:`effectiveness`.

The seed's last task is to "evaluate the programme's results and its
effectiveness". Four parts, each a value in [0, 1] with its reason:

``indicators_improved``
    the share of indicators (the seed's and the programme metrics, without
    the expected outcomes and plan progress) that moved in their good
    direction, of those with a value at both dates and a good direction
    (counts of pairs in a passing state, such as proposed pairs, have none:
    :attr:`~mentoring.indicators.Direction.NEUTRAL`);
``targets_attained``
    the share of the targets set that were attained;
``plan_progress``
    the average plan progress at the review;
``outcomes_improved``
    the share of the expected outcomes that moved in their good direction.

A part with nothing to judge (no targets, no plan, no outcome measured)
gets weight 0 and says so; the weights of the others are configurable.
"""

from collections.abc import Mapping
from types import MappingProxyType

from mentoring._checks import expect, raise_if
from mentoring._i18n import N_, tr_n
from mentoring._problems import out_of_range, unknown_key, wrong_type
from mentoring.errors import Problem
from mentoring.indicators._catalog import Direction
from mentoring.indicators._compare import Comparison, Report, Verdict
from mentoring.score import Score, ScorePart

__all__ = ["DEFAULT_WEIGHTS", "PLAN_PROGRESS", "effectiveness"]

#: The code of average plan progress, the part read from the review value.
PLAN_PROGRESS = "plan_progress"

#: Equal weights for the four parts.
DEFAULT_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "indicators_improved": 1.0,
        "targets_attained": 1.0,
        "plan_progress": 1.0,
        "outcomes_improved": 1.0,
    }
)


def _weights(weights: object, problems: list[Problem]) -> dict[str, float]:
    chosen = dict(DEFAULT_WEIGHTS)
    if weights is None:
        return chosen
    if not isinstance(weights, Mapping):
        problems.append(
            wrong_type("$.weights", "a mapping of part names to weights", weights)
        )
        return chosen
    for name, weight in weights.items():
        path = f"$.weights[{name!r}]"
        if name not in DEFAULT_WEIGHTS:
            problems.append(unknown_key(path, DEFAULT_WEIGHTS))
        elif not expect(problems, path, weight, float):
            continue
        elif weight < 0:
            problems.append(out_of_range(path, weight, low=0, what="a weight"))
        else:
            chosen[name] = float(weight)
    return chosen


def _count(n: int, noun: str) -> str:
    """``"1 indicator"``, ``"2 indicators"``: *noun* is the singular."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _improved(name: str, rows: list[Comparison], weight: float, what: str) -> ScorePart:
    """*what* is the singular noun of the rows (``"indicator"``)."""
    judged = [
        c
        for c in rows
        if c.verdict is not Verdict.UNKNOWN and c.direction is not Direction.NEUTRAL
    ]
    changed = [c.code for c in rows if c.verdict is Verdict.CHANGED]
    if not judged:
        reason = f"no {what}s with a good direction to compare"
        if not any(c.verdict is not Verdict.UNKNOWN for c in rows):
            reason = f"no {what}s to compare"
        return ScorePart.of(name, 0.0, weight=0.0, reason=reason)
    better = [c.code for c in judged if c.verdict is Verdict.IMPROVED]
    worse = [c.code for c in judged if c.verdict is Verdict.WORSENED]
    reason = f"{len(better)} of {_count(len(judged), what)} improved"
    if better:
        reason += f" ({', '.join(better)})"
    if worse:
        reason += f"; worsened: {', '.join(worse)}"
    if changed:
        reason += f"; changed, with no good direction: {', '.join(changed)}"
    return ScorePart.of(name, len(better) / len(judged), weight=weight, reason=reason)


def effectiveness(
    report: Report, *, weights: Mapping[str, float] | None = None
) -> Score:
    """The programme's effectiveness between the report's two dates.

    *weights* maps part names (see :data:`DEFAULT_WEIGHTS`) to weights >= 0;
    parts not named keep weight 1.

    Explain the score with ``explain(title="effective")``: the
    :class:`~mentoring.score.Score` it returns is the same type as a match
    score, whose ``explain()`` says "match" by default.

    >>> import datetime as dt
    >>> from mentoring.indicators import Kind, Provenance, Snapshot, Value, compare
    >>> def snap(day, n):
    ...     v = Value(code="2.1", kind=Kind.STOCK, provenance=Provenance.COMPUTED,
    ...               numerator=n)
    ...     return Snapshot(on=day, values=(v,))
    >>> report = compare(snap(dt.date(2021, 9, 1), 2), snap(dt.date(2022, 5, 31), 3))
    >>> print(effectiveness(report).explain(title="effective"))
    100% effective
      + indicators_improved: 100% x 1 -> 1.000 (1 of 1 indicator improved (2.1))
      - targets_attained: 0% x 0 -> 0.000 (no targets set)
      - plan_progress: 0% x 0 -> 0.000 (no plan progress at the review)
      - outcomes_improved: 0% x 0 -> 0.000 (no expected outcomes to compare)

    Raises:
        ~mentoring.errors.ValidationError: *report* is not a
            :class:`~mentoring.indicators.Report`; *weights* is not a
            mapping, names an unknown part or gives a weight that is not a
            finite number >= 0.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    expect(problems, "$.report", report, Report)
    w = _weights(weights, problems)
    raise_if(problems, "arguments of effectiveness")
    rows = list(report.comparisons)
    indicators = [c for c in rows if c.group != "outcomes" and c.code != PLAN_PROGRESS]
    outcomes = [c for c in rows if c.group == "outcomes"]
    parts = [
        _improved(
            "indicators_improved", indicators, w["indicators_improved"], "indicator"
        )
    ]

    targeted = [c for c in rows if c.target is not None]
    if targeted:
        hit = [c.code for c in targeted if c.attained]
        missed = [c.code for c in targeted if not c.attained]
        reason = f"{len(hit)} of {_count(len(targeted), 'target')} attained"
        if missed:
            reason += f"; not attained: {', '.join(missed)}"
        parts.append(
            ScorePart.of(
                "targets_attained",
                len(hit) / len(targeted),
                weight=w["targets_attained"],
                reason=reason,
            )
        )
    else:
        parts.append(
            ScorePart.of("targets_attained", 0.0, weight=0.0, reason="no targets set")
        )

    progress = next((c for c in rows if c.code == PLAN_PROGRESS), None)
    if progress is None or progress.review is None:
        parts.append(
            ScorePart.of(
                "plan_progress",
                0.0,
                weight=0.0,
                reason="no plan progress at the review",
            )
        )
    else:
        raw = min(1.0, max(0.0, progress.review))
        parts.append(
            ScorePart.of(
                "plan_progress",
                raw,
                weight=w["plan_progress"],
                reason=f"average plan progress {round(raw * 100)}% at the review",
            )
        )
    parts.append(
        _improved(
            "outcomes_improved", outcomes, w["outcomes_improved"], "expected outcome"
        )
    )
    return Score.weighted(parts)


# The sentences this module composes in English, for the catalogues: they
# are shown translated, with their values, by mentoring._i18n.tr_text.
_MESSAGES = (
    N_("no indicators with a good direction to compare"),
    N_("no indicators to compare"),
    N_("no expected outcomes with a good direction to compare"),
    N_("no expected outcomes to compare"),
    N_("{better} of {judged} improved"),
    N_("{better} of {judged} improved ({codes})"),
    N_("worsened: {codes}"),
    N_("changed, with no good direction: {codes}"),
    N_("{hit} of {targeted} attained"),
    N_("not attained: {codes}"),
    N_("no targets set"),
    N_("no plan progress at the review"),
    N_("average plan progress {percent}% at the review"),
    tr_n("{n} indicator", "{n} indicators", 1),
    tr_n("{n} expected outcome", "{n} expected outcomes", 1),
    tr_n("{n} target", "{n} targets", 1),
)
