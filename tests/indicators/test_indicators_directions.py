"""Directions of the indicators: a count with no good direction is reported as
changed, never improved, and does not raise the effectiveness score."""

import datetime as dt
import pathlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring import export
from mentoring import indicators as ind
from mentoring.indicators import Direction, Kind, Provenance, Verdict
from mentoring.labels import label

START, REVIEW = dt.date(2021, 9, 1), dt.date(2022, 5, 31)
EXPLANATION = (
    pathlib.Path(__file__).parents[2] / "docs" / "explanation" / "indicators.md"
)


def snapshot(on: dt.date, **counts: int) -> ind.Snapshot:
    values = tuple(
        ind.Value(
            code=code,
            kind=Kind.STOCK,
            provenance=Provenance.COMPUTED,
            numerator=n,
        )
        for code, n in sorted(counts.items())
    )
    return ind.Snapshot(on=on, values=values)


def snapshots(start: dict[str, int], review: dict[str, int]) -> ind.Report:
    return ind.compare(snapshot(START, **start), snapshot(REVIEW, **review))


def test_proposed_pairs_falling_from_7_to_0_is_changed_not_improved():
    report = snapshots({"pairs_proposed": 7}, {"pairs_proposed": 0})
    row = report["pairs_proposed"]
    assert row.direction is Direction.NEUTRAL
    assert row.delta == -7
    assert row.verdict is Verdict.CHANGED


def test_an_unmoved_count_with_no_good_direction_is_unchanged():
    report = snapshots({"pairs_active": 5}, {"pairs_active": 5})
    assert report["pairs_active"].verdict is Verdict.UNCHANGED


def test_status_counts_have_no_good_direction_and_end_states_keep_theirs():
    directions = {i.code: i.direction for i in ind.CATALOG.group("programme")}
    assert {c for c, d in directions.items() if d is Direction.NEUTRAL} == {
        "pairs_proposed",
        "pairs_active",
        "pairs_paused",
    }
    assert directions["pairs_completed"] is Direction.HIGHER_IS_BETTER
    assert directions["pairs_dissolved"] is Direction.LOWER_IS_BETTER
    assert directions["match_rate"] is Direction.HIGHER_IS_BETTER
    assert directions["early_dissolution_rate"] is Direction.LOWER_IS_BETTER
    assert directions["health_signal_share"] is Direction.LOWER_IS_BETTER
    # the seed's indicators and the expected outcomes all have a good direction
    assert all(
        i.direction.is_judged
        for i in ind.CATALOG
        if i.group not in ("programme", "induction")
    )


def test_counts_with_no_good_direction_are_left_out_of_effectiveness():
    report = snapshots(
        {"2.1": 1, "pairs_proposed": 7, "pairs_active": 0},
        {"2.1": 3, "pairs_proposed": 0, "pairs_active": 5},
    )
    part = next(
        p
        for p in ind.effectiveness(report).parts
        if p.criterion == "indicators_improved"
    )
    assert part.raw == 1.0
    assert part.reason == (
        "1 of 1 indicator improved (2.1);"
        " changed, with no good direction: pairs_proposed, pairs_active"
    )


def test_a_falling_count_with_no_good_direction_cannot_lower_effectiveness():
    report = snapshots(
        {"2.1": 1, "2.2": 4, "pairs_active": 5},
        {"2.1": 3, "2.2": 2, "pairs_active": 0},
    )
    part = next(
        p
        for p in ind.effectiveness(report).parts
        if p.criterion == "indicators_improved"
    )
    assert part.raw == 0.5
    assert part.reason.startswith("1 of 2 indicators improved (2.1); worsened: 2.2")


def test_only_counts_with_no_good_direction_give_the_part_no_weight():
    report = snapshots({"pairs_proposed": 7}, {"pairs_proposed": 0})
    part = next(
        p
        for p in ind.effectiveness(report).parts
        if p.criterion == "indicators_improved"
    )
    assert part.weight == 0.0
    assert part.reason == "no indicators with a good direction to compare"


def test_a_target_of_a_count_with_no_good_direction_is_attained_when_reached():
    start = snapshot(START, pairs_proposed=7)
    assert ind.compare(
        start, snapshot(REVIEW, pairs_proposed=0), targets={"pairs_proposed": 0}
    )["pairs_proposed"].attained
    missed = ind.compare(
        start, snapshot(REVIEW, pairs_proposed=2), targets={"pairs_proposed": 0}
    )
    assert missed["pairs_proposed"].attained is False
    above = ind.compare(
        start, snapshot(REVIEW, pairs_proposed=2), targets={"pairs_proposed": 3}
    )
    assert above["pairs_proposed"].attained is False


@settings(max_examples=100)
@given(
    st.sampled_from(["pairs_proposed", "pairs_active", "pairs_paused"]),
    st.integers(0, 50),
    st.integers(0, 50),
)
def test_a_count_with_no_good_direction_is_never_improved_or_worsened(code, a, b):
    verdict = snapshots({code: a}, {code: b})[code].verdict
    assert verdict is (Verdict.UNCHANGED if a == b else Verdict.CHANGED)


@pytest.mark.parametrize(
    ("targets", "expected"),
    [
        ({"2.1": 3}, "1 of 1 target attained"),
        ({"2.1": 3, "2.2": 9}, "1 of 2 targets attained; not attained: 2.2"),
    ],
)
def test_effectiveness_reasons_agree_in_number(targets, expected):
    report = ind.compare(
        snapshot(START, **{"2.1": 1, "2.2": 4}),
        snapshot(REVIEW, **{"2.1": 3, "2.2": 4}),
        targets=targets,
    )
    parts = {p.criterion: p for p in ind.effectiveness(report).parts}
    assert parts["targets_attained"].reason == expected
    assert parts["indicators_improved"].reason == "1 of 2 indicators improved (2.1)"


def test_one_expected_outcome_is_singular():
    report = snapshots({"satisfaction": 3}, {"satisfaction": 4})
    parts = {p.criterion: p for p in ind.effectiveness(report).parts}
    assert parts["outcomes_improved"].reason == (
        "1 of 1 expected outcome improved (satisfaction)"
    )
    assert parts["indicators_improved"].reason == "no indicators to compare"


def test_the_new_direction_and_verdict_are_labelled_in_each_language():
    assert label(Direction.NEUTRAL, "en") == "no good direction"
    assert label(Direction.NEUTRAL, "ru") == "не оценивается"
    assert label(Direction.NEUTRAL, "ro") == "fără direcție preferată"
    assert label(Verdict.CHANGED, "en") == "changed"
    assert label(Verdict.CHANGED, "ru") == "изменилось"
    assert label(Verdict.CHANGED, "ro") == "s-a schimbat"
    row = export.rows(
        snapshots({"pairs_proposed": 7}, {"pairs_proposed": 0}), lang="ru"
    )[0]
    assert (row["direction"], row["verdict"]) == ("не оценивается", "изменилось")


def test_the_explanation_shows_each_indicators_direction():
    arrows = {
        Direction.HIGHER_IS_BETTER: "↑",
        Direction.LOWER_IS_BETTER: "↓",
        Direction.NEUTRAL: "—",
    }
    text = EXPLANATION.read_text(encoding="utf-8")
    for indicator in ind.CATALOG:
        if indicator.group not in {"outcomes", "programme"}:
            continue
        line = re.search(
            rf"^\| `{re.escape(indicator.code)}` \|.*$", text, re.MULTILINE
        )
        assert line is not None, indicator.code
        cells = [c.strip() for c in line.group(0).split("|")]
        assert arrows[indicator.direction] in cells, indicator.code
