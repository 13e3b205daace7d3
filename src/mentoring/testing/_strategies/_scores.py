"""Strategies of explainable scores."""

from hypothesis import strategies as st

from mentoring.score import Score, ScorePart
from mentoring.testing._strategies._arguments import Arguments
from mentoring.testing._strategies._draw import FREE_TEXT, UNIT, WEIGHT, pick

_SCORE_CRITERIA = ("same_subject", "same_school", "experience_gap", "shared_language")


@st.composite
def _score_part(draw: st.DrawFn) -> ScorePart:
    return ScorePart(
        criterion=pick(draw, _SCORE_CRITERIA),
        raw=draw(UNIT),
        weight=draw(WEIGHT),
        contribution=draw(UNIT),
        reason=draw(FREE_TEXT),
    )


def score_parts() -> st.SearchStrategy[ScorePart]:
    """Parts of explainable scores: raw values and contributions in [0, 1],
    weights in [0, 10].

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    return _score_part()


def scores(*, max_parts: int = 4) -> st.SearchStrategy[Score]:
    """Scores made by :meth:`mentoring.score.Score.weighted` from up to
    *max_parts* parts; shrinks toward the empty score 0.

    Requires ``mentoring[testing]``.

    .. versionadded:: 0.1.0
    """
    args = Arguments("scores")
    most = args.count("max_parts", max_parts)
    args.check()
    return st.lists(_score_part(), max_size=most).map(Score.weighted)
