"""Grade bands in the ``same_grades`` criterion ("the same grade band or
parallel"), and the model's ``with_*`` methods."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring import serialization
from mentoring.errors import ValidationError
from mentoring.matching import (
    DEFAULT_GRADE_BANDS,
    CompatibilityModel,
    Constraint,
    ConstraintKind,
    Criterion,
    CriterionKind,
    GradeBand,
    PairRef,
    match,
)
from mentoring.matching._compatibility import explain
from mentoring.matching._scorer import Scorer
from mentoring.matching._terms import plan_of
from mentoring.model import Mentee, MenteeCategory, Mentor, MentorFunction, Person

G = CriterionKind.SAME_GRADES


def grades_only(**kw: object) -> CompatibilityModel:
    return CompatibilityModel(criteria=(Criterion(kind=G, **kw),))


def part(mentor_grades, mentee_grades, model=None):
    mentor = Mentor(person=Person(id="m", name="M", grades=frozenset(mentor_grades)))
    mentee = Mentee(person=Person(id="e", name="E", grades=frozenset(mentee_grades)))
    score = explain(plan_of(model or grades_only()), mentor, mentee)
    return score.part("same_grades")


def test_the_same_parallel_scores_fully():
    found = part({5, 6}, {5})
    assert (found.raw, found.reason) == (1.0, "teaches grade 5")


def test_the_same_band_scores_half_by_default():
    # grades 5 and 6 are both basic school: no longer 0
    found = part({6}, {5})
    assert found.raw == 0.5
    assert found.reason == (
        "no shared grade; teaches in the same band as grade 5 (basic, grades 5-9)"
    )


def test_another_band_scores_nothing():
    found = part({11}, {5})
    assert (found.raw, found.reason) == (
        0.0,
        "no grade in common, nor in the same band",
    )


def test_shared_and_banded_grades_mix():
    found = part({5, 8}, {5, 7, 11})
    assert found.raw == (1 + 0.5) / 3
    assert found.reason == (
        "teaches 1 of the mentee's 3 grades (5); teaches in the same band as"
        " grade 7 (basic, grades 5-9)"
    )


def test_the_band_credit_is_configurable():
    assert part({6}, {5}, grades_only(band_credit=0.25)).raw == 0.25
    found = part({6}, {5}, grades_only(band_credit=0))
    assert (found.raw, found.reason) == (0.0, "no grade in common")


def test_romanian_bands_put_grade_9_in_the_lyceum():
    romanian = (
        GradeBand(low=0, high=4, name="primar"),
        GradeBand(low=5, high=8, name="gimnaziu"),
        GradeBand(low=9, high=12, name="liceu"),
    )
    model = grades_only(grade_bands=romanian)
    assert part({8}, {9}, model).raw == 0.0
    assert part({10}, {9}, model).reason.endswith("(liceu, grades 9-12)")
    assert part({10}, {9}, grades_only(grade_bands=())).raw == 0.0


def test_the_default_bands_are_primary_basic_and_senior():
    assert [(b.name, b.low, b.high) for b in DEFAULT_GRADE_BANDS] == [
        ("primary", 0, 4),
        ("basic", 5, 9),
        ("senior", 10, 13),
    ]
    criterion = Criterion(kind=G)
    assert criterion.band_of(7) == DEFAULT_GRADE_BANDS[1]
    assert grades_only(grade_bands=()).criteria[0].band_of(7) is None
    assert GradeBand(low=2, high=3).describe() == "grades 2-3"


def test_a_band_in_the_same_school_decides_a_match():
    mentors = [
        Mentor(person=Person(id=i, name=i, grades=frozenset({g})))
        for i, g in (("a-senior", 10), ("b-basic", 7))
    ]
    mentee = Mentee(person=Person(id="e", name="E", grades=frozenset({5})))
    result = match(mentors, [mentee], model=grades_only())
    assert result.mentor_of("e") == "b-basic"


def test_bad_bands_are_refused_with_every_path():
    with pytest.raises(ValidationError) as err:
        Criterion(
            kind=G,
            band_credit=1.5,
            grade_bands=(
                GradeBand(low=0, high=13),
                GradeBand(low=1, high=2),
                GradeBand(low=5, high=9),
            ),
        )
    assert [p.path for p in err.value.problems] == [
        "$.band_credit",
        "$.grade_bands[1]",
        "$.grade_bands[2]",
    ]
    with pytest.raises(ValidationError) as err:
        GradeBand(low=5, high=3)
    assert [p.path for p in err.value.problems] == ["$.high"]
    with pytest.raises(ValidationError) as err:
        GradeBand(low=-1, high=14)
    assert [p.path for p in err.value.problems] == ["$.low", "$.high"]


def test_a_model_with_its_own_bands_round_trips_through_json():
    model = CompatibilityModel.default().with_curator_for(MenteeCategory.NEWLY_ARRIVED)
    criteria = tuple(
        Criterion(
            kind=c.kind,
            weight=c.weight,
            grade_bands=(GradeBand(low=1, high=4, name="primar"),),
            band_credit=0.3,
        )
        if c.kind is G
        else c
        for c in model.criteria
    )
    model = CompatibilityModel(
        name="md",
        criteria=criteria,
        constraints=model.constraints,
        curator_for=model.curator_for,
    )
    text = serialization.to_json(model)
    assert serialization.from_json(CompatibilityModel, text) == model


bands = st.lists(st.integers(0, 13), max_size=5, unique=True).map(
    lambda cuts: tuple(
        GradeBand(low=lo, high=hi)
        for lo, hi in zip(
            [0, *sorted(cuts)], [*(c - 1 for c in sorted(cuts)), 13], strict=True
        )
        if lo <= hi
    )
)
grade_sets = st.frozensets(st.integers(0, 13), max_size=4)


@settings(max_examples=150, deadline=None)
@given(
    mentor_grades=st.lists(grade_sets, max_size=5),
    mentee_grades=grade_sets,
    grade_bands=bands,
    credit=st.sampled_from([0, 0.25, 0.5, 1]) | st.floats(0, 1),
    other=st.floats(0, 3),
)
def test_fast_grade_scores_equal_the_explained_ones(
    mentor_grades, mentee_grades, grade_bands, credit, other
):
    model = CompatibilityModel(
        criteria=(
            Criterion(kind=G, grade_bands=grade_bands, band_credit=credit),
            Criterion(kind=CriterionKind.EXPERIENCE_GAP, weight=other),
        )
    )
    plan = plan_of(model)
    mentors = [
        Mentor(person=Person(id=f"m{i}", name="M", grades=g))
        for i, g in enumerate(mentor_grades)
    ]
    mentee = Mentee(person=Person(id="e", name="E", grades=mentee_grades))
    row = Scorer(plan, mentors, use_numpy=False).row(mentee)
    assert Scorer(plan, mentors, use_numpy=True).row(mentee) == row
    for j, m in enumerate(mentors):
        score = explain(plan, m, mentee)
        assert row[j] == score.value
        raw = score.part("same_grades").raw
        assert 0.0 <= raw <= 1.0
        shared = len(mentee_grades & m.person.grades)
        assert raw >= (shared / len(mentee_grades) if mentee_grades else 0.0)
        assert math.isfinite(score.value)


# -- changing a model -------------------------------------------------------------------


def test_with_constraints_adds_at_the_end_and_applies():
    base = CompatibilityModel.default()
    gap = Constraint(kind=ConstraintKind.EXPERIENCE_GAP, years=5)
    model = base.with_constraints(gap)
    assert model.constraints == (*base.constraints, gap)
    assert base.with_constraints() == base
    novice = Mentor(person=Person(id="novice", name="N", experience_years=3))
    mentee = Mentee(person=Person(id="e", name="E", experience_years=1))
    assert match([novice], [mentee], model=base).assignments
    (left,) = match([novice], [mentee], model=model).unmatched
    assert left.reason == (
        "no mentor passes every rule (has less than 6 years of experience: novice)"
    )


def test_with_forbidden_and_with_locked_add_pairs():
    ref = PairRef(mentor_id="m", mentee_id="e")
    base = CompatibilityModel.default()
    assert base.with_forbidden(ref).forbidden == (ref,)
    assert base.with_locked(ref).locked == (ref,)
    with pytest.raises(ValidationError) as err:
        base.with_locked(ref).with_forbidden(ref)
    assert err.value.problems[0].path == "$.locked[0]"


def test_with_curator_for_sets_or_clears_the_rule():
    ru = CompatibilityModel.russian_school()
    assert ru.curator_for == {MenteeCategory.NEWLY_ARRIVED}
    assert ru.with_curator_for().curator_for == frozenset()
    both = ru.with_curator_for(MenteeCategory.NEWLY_ARRIVED, MenteeCategory.NEW_TO_POST)
    assert len(both.curator_for) == 2
    assert CompatibilityModel.default().curator_for == frozenset()


def test_a_constraint_applies_to_its_functions_only():
    everywhere = Constraint(kind=ConstraintKind.SAME_DISTRICT)
    subject_only = Constraint(
        kind=ConstraintKind.SAME_SUBJECT,
        functions=frozenset({MentorFunction.SUBJECT}),
    )
    assert all(everywhere.applies_to(f) for f in MentorFunction)
    assert [f for f in MentorFunction if subject_only.applies_to(f)] == [
        MentorFunction.SUBJECT
    ]


def test_weight_of_a_missing_criterion_is_zero():
    model = grades_only(weight=2)
    assert model.weight_of(G) == 2.0
    assert model.weight_of(CriterionKind.CONTINUITY) == 0.0


def test_the_default_bands_are_a_tuple_with_a_short_repr():
    # help(Criterion) shows the name, not three bands
    assert repr(DEFAULT_GRADE_BANDS) == "DEFAULT_GRADE_BANDS"
    assert "grade_bands=DEFAULT_GRADE_BANDS" in repr(Criterion(kind=G))
    assert isinstance(DEFAULT_GRADE_BANDS, tuple)
    assert Criterion(kind=G, grade_bands=tuple(DEFAULT_GRADE_BANDS)) == Criterion(
        kind=G
    )
