"""Score: a weighted mean in [0, 1] that keeps its parts and explains itself."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mentoring as m
from mentoring.score import Score, ScorePart

units = st.floats(min_value=0, max_value=1)
weights = st.floats(min_value=0, max_value=100)
parts = st.lists(
    st.builds(ScorePart.of, st.sampled_from(["a", "b", "c"]), units, weight=weights),
    max_size=6,
)


@given(parts)
def test_weighted_score_stays_in_unit_interval_and_sums_its_contributions(items):
    score = Score.weighted(items)
    assert 0.0 <= score.value <= 1.0
    if math.fsum(p.weight for p in items) > 0:
        assert math.isclose(
            score.value, math.fsum(p.contribution for p in score.parts), abs_tol=1e-9
        )
    else:
        assert score.value == 0.0


def test_weighted_mean_and_explanation():
    score = Score.weighted(
        [
            ScorePart.of("same_subject", 1.0, weight=3, reason="both teach maths"),
            ScorePart.of("same_school", 0.0, weight=1, reason="different schools"),
        ]
    )
    assert score.value == pytest.approx(0.75)
    assert score.percent == 75
    assert score.part("same_subject").contribution == pytest.approx(0.75)
    text = score.explain(title="fit")
    assert text.splitlines()[0] == "75% fit"
    assert "+ same_subject: 100% x 3" in text
    assert "- same_school: 0% x 1" in text
    assert float(score) == score.value


def test_unknown_part_is_a_not_found_error():
    with pytest.raises(m.NotFoundError) as info:
        Score.weighted([]).part("nope")
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("score part", "nope")
    assert str(info.value) == "no score part with criterion 'nope'"


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"criterion": "x", "raw": 1.5}, "$.raw"),
        ({"criterion": "x", "raw": 0.5, "weight": -1}, "$.weight"),
        ({"criterion": "x", "raw": float("nan")}, "$.raw"),
        ({"criterion": 3, "raw": 0.5}, "$.criterion"),
    ],
)
def test_bad_parts_are_refused_with_their_path(kwargs, path):
    with pytest.raises(m.ValidationError) as info:
        ScorePart(**kwargs)
    assert info.value.problems[0].path == path


def test_a_part_out_of_range_reads_as_a_range_problem():
    with pytest.raises(m.ValidationError) as info:
        ScorePart(criterion="x", raw=1.5, weight=-1)
    assert [(str(p), p.code) for p in info.value.problems] == [
        ("$.raw: must be within [0, 1], got 1.5", "range"),
        ("$.weight: must be >= 0, got -1", "range"),
    ]


def test_a_score_outside_the_unit_interval_is_refused():
    with pytest.raises(m.ValidationError):
        Score(value=1.01)
