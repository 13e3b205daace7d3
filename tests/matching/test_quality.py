"""The quality report of a matching, and the match command's formats."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.matching import UnmatchedReason, match, quality
from mentoring.model import Mentee, Mentor, Person


def person(pid, years=0, *subjects):
    return Person(
        id=pid, name=pid, experience_years=years, subjects=frozenset(subjects)
    )


MENTORS = [
    Mentor(person=person("m1", 8, "maths", "art")),
    Mentor(person=person("m2", 8, "art", "music")),
]
MENTEES = [
    Mentee(person=person("e1", 0, "maths", "art"), preferred_mentor_ids=("m1",)),
    Mentee(person=person("e2", 2, "maths"), preferred_mentor_ids=("m2", "m1")),
]


def test_a_stable_matching_has_no_blocking_pair_an_optimal_one_may():
    mentees = [
        Mentee(person=person("e1", 0, "maths", "art")),
        Mentee(person=person("e2", 2, "maths")),
    ]
    stable = quality(match(MENTORS, mentees), mentors=MENTORS, mentees=mentees)
    assert stable.blocking_pairs == 0
    assert "0 blocking pairs (stable)" in stable.lines()
    result = match(MENTORS, mentees, method="optimal")
    optimal = quality(result, mentors=MENTORS, mentees=mentees)
    assert optimal.blocking_pairs == 1
    assert optimal.method == "optimal"


def test_the_report_counts_choices_scores_loads_and_reasons():
    result = match(MENTORS, [*MENTEES, Mentee(person=person("e3"))])
    report = quality(
        result, mentors=MENTORS, mentees=[*MENTEES, Mentee(person=person("e3"))]
    )
    got = {a.mentee_id: a.mentor_id for a in result.assignments}
    assert got == {"e1": "m1", "e2": "m2"}
    assert report.choices == (2, 0, 0)  # e2 named m2 first
    assert report.unchosen == 0
    values = [a.score.value for a in result.assignments]
    assert report.lowest_score == min(values)
    assert report.mean_score == sum(values) / 2
    assert report.utilization == 1.0
    assert [m.mentor_id for m in report.most_loaded] == ["m1", "m2"]
    assert report.unmatched == ((UnmatchedReason.NOT_CHOSEN, 1),)
    assert "unmatched, not_chosen: 1" in report.lines()


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.sampled_from(["maths", "art", "music"]), min_size=1, max_size=6),
    st.lists(st.integers(0, 3), min_size=1, max_size=3),
)
def test_the_stable_method_never_leaves_a_blocking_pair(subjects, capacities):
    mentors = [
        Mentor(person=person(f"m{j}", 9, subjects[j % len(subjects)]), capacity=c)
        for j, c in enumerate(capacities)
    ]
    mentees = [Mentee(person=person(f"e{i}", 1, s)) for i, s in enumerate(subjects)]
    report = quality(match(mentors, mentees), mentors=mentors, mentees=mentees)
    assert report.blocking_pairs == 0
    assert report.assigned + sum(n for _, n in report.unmatched) == len(mentees)
