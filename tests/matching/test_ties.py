"""With ties, the stable method is weakly stable, ties broken by ids."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.matching import assign

MENTEES = [f"e{i}" for i in range(6)]
MENTORS = [f"m{j}" for j in range(3)]


@st.composite
def tied(draw):
    levels = st.sampled_from([0.25, 0.5, 0.75])  # few values: many ties
    scores = {
        e: {m: draw(levels) for m in MENTORS if draw(st.booleans())} for e in MENTEES
    }
    capacities = {m: draw(st.integers(0, 2)) for m in MENTORS}
    return scores, capacities


@settings(max_examples=60, deadline=None)
@given(tied())
def test_no_mentee_and_mentor_both_strictly_prefer_each_other(case):
    scores, capacities = case
    chosen = assign(scores, capacities)
    held = {m: [e for e, j in chosen.items() if j == m] for m in MENTORS}
    for e, row in scores.items():
        mine = row.get(chosen[e], -1.0) if e in chosen else -1.0
        for m, s in row.items():
            if s <= mine:
                continue  # the mentee is not strictly better off
            # the mentor: a free place, or a mentee it strictly likes less
            assert len(held[m]) >= capacities[m]
            assert all(scores[o][m] >= s for o in held[m]), (e, m)


def test_ties_are_broken_by_ids_whatever_the_input_order():
    scores = {"e2": {"m1": 0.5, "m2": 0.5}, "e1": {"m2": 0.5, "m1": 0.5}}
    first = assign(scores, {"m2": 1, "m1": 1})
    again = assign(dict(reversed(scores.items())), {"m1": 1, "m2": 1})
    assert first == again == {"e1": "m1", "e2": "m2"}
