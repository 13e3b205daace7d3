"""The compatibility model: validation, presets, eligibility, serialization,
and the fast scores equal to the explained ones."""

import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring import serialization
from mentoring.errors import ValidationError
from mentoring.matching import (
    CompatibilityModel,
    Constraint,
    ConstraintKind,
    Criterion,
    CriterionKind,
    PairRef,
    eligible_mentors,
)
from mentoring.matching._compatibility import PartCache, explain
from mentoring.matching._scorer import Scorer
from mentoring.matching._terms import plan_of
from mentoring.model import (
    Certification,
    CertificationKind,
    DeliveryMode,
    Mentee,
    Mentor,
    MentorFunction,
    MentorLevel,
    Person,
)

DAY = dt.date(2014, 6, 1)
PRESETS = [
    CompatibilityModel.default(),
    CompatibilityModel.russian_school(),
    CompatibilityModel.kazakh_levels(),
    CompatibilityModel.certified_mentors(),
    CompatibilityModel.certified_mentors(MentorLevel.INSTITUTIONAL),
]


def teacher(person_id: str, *kinds: CertificationKind, **kw) -> Mentor:
    certs = tuple(Certification(kind=k, obtained_on=DAY) for k in kinds)
    return Mentor(
        person=Person(id=person_id, name=person_id, certifications=certs), **kw
    )


# -- validation --------------------------------------------------------------------


def test_negative_weight_is_refused_with_its_path():
    with pytest.raises(ValidationError) as err:
        Criterion(kind=CriterionKind.SAME_SUBJECT, weight=-1)
    assert err.value.problems[0].path == "$.weight"


def test_nan_weight_is_refused():
    with pytest.raises(ValidationError) as err:
        Criterion(kind=CriterionKind.SAME_SUBJECT, weight=math.nan)
    assert "finite" in err.value.problems[0].message


def test_all_zero_weights_are_refused():
    with pytest.raises(ValidationError) as err:
        CompatibilityModel(
            criteria=(
                Criterion(kind=CriterionKind.SAME_SUBJECT, weight=0),
                Criterion(kind=CriterionKind.CONTINUITY, weight=0),
            )
        )
    assert [p.path for p in err.value.problems] == ["$.criteria"]


def test_a_model_without_criteria_is_refused():
    with pytest.raises(ValidationError):
        CompatibilityModel()


def test_every_problem_of_a_model_is_listed():
    twice = Criterion(kind=CriterionKind.SAME_SUBJECT, weight=1)
    ref = PairRef(mentor_id="m1", mentee_id="e1")
    with pytest.raises(ValidationError) as err:
        CompatibilityModel(
            criteria=(twice, twice),
            forbidden=(ref,),
            locked=(ref, PairRef(mentor_id="m2", mentee_id="e1")),
        )
    paths = [p.path for p in err.value.problems]
    assert paths == ["$.criteria[1].kind", "$.locked[0]", "$.locked[1].mentee_id"]


def test_constraint_parameters_must_fit_their_kind():
    with pytest.raises(ValidationError) as err:
        Constraint(kind=ConstraintKind.REQUIRED_CERTIFICATION)
    assert err.value.problems[0].path == "$.certifications"
    with pytest.raises(ValidationError) as err:
        Constraint(
            kind=ConstraintKind.SAME_SUBJECT, levels=frozenset({MentorLevel.NATIONAL})
        )
    assert err.value.problems[0].path == "$.levels"


def test_a_pair_ref_cannot_name_one_person_twice():
    with pytest.raises(ValidationError):
        PairRef(mentor_id="p", mentee_id="p")


def test_with_weight_changes_or_adds_a_criterion():
    model = CompatibilityModel.default()
    assert (
        model.with_weight(CriterionKind.SAME_SUBJECT, 9).weight_of(
            CriterionKind.SAME_SUBJECT
        )
        == 9
    )
    kz = CompatibilityModel.kazakh_levels()
    assert kz.weight_of(CriterionKind.DELIVERY) == 0.0
    assert (
        kz.with_weight(CriterionKind.DELIVERY, 1).weight_of(CriterionKind.DELIVERY) == 1
    )


# -- presets and eligibility -----------------------------------------------------------


@pytest.mark.parametrize("model", PRESETS, ids=lambda m: m.name)
def test_presets_round_trip_through_json(model):
    assert (
        serialization.from_json(CompatibilityModel, serialization.to_json(model))
        == model
    )


def test_kazakh_school_of_15_trained_teachers_has_7_eligible_mentors():
    # S004: 15 trained = 1 leaders' course + 2 level 1 + 5 level 2 + 7 level 3
    k = CertificationKind
    staff = [teacher("leader", k.NIS_LEADERS_COURSE)]
    staff += [teacher(f"l1-{i}", k.NIS_LEVEL_1) for i in range(2)]
    staff += [teacher(f"l2-{i}", k.NIS_LEVEL_2) for i in range(5)]
    staff += [teacher(f"l3-{i}", k.NIS_LEVEL_3) for i in range(7)]
    assert len(staff) == 15
    eligible = eligible_mentors(staff, model=CompatibilityModel.kazakh_levels())
    assert len(eligible) == 7
    assert {m.id[:2] for m in eligible} == {"l1", "l2"}


def test_certified_mentors_need_a_mentor_certificate_and_the_level_asked():
    k = CertificationKind
    staff = [
        teacher("national", k.NATIONAL_MENTOR, level=MentorLevel.NATIONAL),
        teacher(
            "institutional", k.INSTITUTIONAL_MENTOR, level=MentorLevel.INSTITUTIONAL
        ),
        teacher("ro", k.PROFESOR_MENTOR),
        teacher("trained", k.MENTORING_TRAINING),
    ]
    any_level = eligible_mentors(staff, model=CompatibilityModel.certified_mentors())
    assert [m.id for m in any_level] == ["institutional", "national", "ro"]
    national = CompatibilityModel.certified_mentors(MentorLevel.NATIONAL)
    assert [m.id for m in eligible_mentors(staff, model=national)] == ["national"]


def test_certificates_obtained_later_do_not_count_on_an_earlier_day():
    staff = [teacher("t", CertificationKind.NIS_LEVEL_1)]
    kz = CompatibilityModel.kazakh_levels()
    assert eligible_mentors(staff, model=kz, on=DAY - dt.timedelta(days=1)) == ()
    assert len(eligible_mentors(staff, model=kz, on=DAY)) == 1


def test_eligibility_for_a_function_needs_the_function():
    consultant = teacher("c")
    subject = teacher("s", functions=frozenset({MentorFunction.SUBJECT}))
    both = [consultant, subject]
    found = eligible_mentors(both, function=MentorFunction.SUBJECT)
    assert [m.id for m in found] == ["s"]
    assert len(eligible_mentors(both)) == 2


# -- scores -----------------------------------------------------------------------------

SUBJECTS = ["maths", "art", "history"]
people = st.builds(
    lambda i, s, g, o, d, y, n, lang, dm: Person(
        id=i,
        name=i,
        subjects=s,
        grades=g,
        organization=o,
        district=d,
        experience_years=y,
        interests=n,
        languages=lang,
        preferred_delivery=dm,
    ),
    st.sampled_from(["a", "b", "c", "d"]),
    st.frozensets(st.sampled_from(SUBJECTS)),
    st.frozensets(st.integers(1, 5)),
    st.sampled_from(["", "s1", "s2"]),
    st.sampled_from(["", "north"]),
    st.integers(0, 12),
    st.frozensets(st.sampled_from(["x", "y", "z"])),
    st.frozensets(st.sampled_from(["ru", "kk"])),
    st.none() | st.sampled_from(DeliveryMode),
)
weights = st.lists(
    st.tuples(st.sampled_from(CriterionKind), st.floats(0, 10) | st.integers(0, 10)),
    min_size=1,
    unique_by=lambda t: t[0],
).filter(lambda ws: any(w > 0 for _, w in ws))


@settings(max_examples=150)
@given(
    mentors=st.lists(people, max_size=4, unique_by=lambda p: p.id),
    mentee=people,
    ranked=st.permutations(["a", "b", "c", "d"]),
    cut=st.integers(0, 4),
    previous=st.none() | st.sampled_from(["a", "b", "c", "d"]),
    ws=weights,
    years=st.integers(1, 8),
)
def test_fast_scores_equal_the_explained_ones(  # noqa: PLR0917
    mentors, mentee, ranked, cut, previous, ws, years
):
    prefs = tuple(r for r in ranked[:cut] if r != mentee.id)
    previous = None if previous == mentee.id else previous
    e = Mentee(person=mentee, preferred_mentor_ids=prefs, previous_mentor_id=previous)
    model = CompatibilityModel(
        criteria=tuple(Criterion(kind=k, weight=w, years=years) for k, w in ws)
    )
    plan = plan_of(model)
    ms = [Mentor(person=p) for p in mentors]
    row = Scorer(plan, ms, use_numpy=False).row(e)
    with_numpy = Scorer(plan, ms, use_numpy=True)
    assert list(with_numpy.scores(e)) == row
    assert with_numpy.row(e) == row
    for j, m in enumerate(ms):
        score = explain(plan, m, e)
        assert row[j] == score.value
        assert 0.0 <= score.value <= 1.0
        assert math.isclose(
            score.value, math.fsum(p.contribution for p in score.parts), abs_tol=1e-12
        )
        for part in score.parts:
            assert 0.0 <= part.raw <= 1.0
            assert part.reason


@settings(max_examples=100)
@given(
    mentors=st.lists(people, max_size=4, unique_by=lambda p: p.id),
    mentees=st.lists(people, min_size=1, max_size=6),
    ws=weights,
)
def test_one_scorer_gives_many_mentees_their_explained_scores(mentors, mentees, ws):
    # mentees often share a place or a set of interests: the cached
    # contributions of one must not leak into another's row
    model = CompatibilityModel(
        criteria=tuple(Criterion(kind=k, weight=w) for k, w in ws)
    )
    plan = plan_of(model)
    ms = [Mentor(person=p) for p in mentors]
    es = [Mentee(person=p) for p in mentees]
    pure = Scorer(plan, ms, use_numpy=False)
    fast = Scorer(plan, ms, use_numpy=True)
    parts = PartCache()
    for e in es:
        row = pure.row(e)
        assert fast.row(e) == row
        for j, m in enumerate(ms):
            alone = explain(plan, m, e)
            shared = explain(plan, m, e, parts)
            assert shared == alone
            assert row[j] == alone.value


def test_explanation_names_each_criterion_with_a_reason():
    mentor = Mentor(
        person=Person(
            id="m",
            name="M",
            subjects=frozenset({"maths"}),
            grades=frozenset({5, 6}),
            organization="School 1",
            experience_years=14,
            languages=frozenset({"kk"}),
            interests=frozenset({"robotics", "chess"}),
        )
    )
    mentee = Mentee(
        person=Person(
            id="e",
            name="E",
            subjects=frozenset({"maths"}),
            grades=frozenset({5}),
            organization="School 1",
            experience_years=1,
            languages=frozenset({"kk", "ru"}),
            interests=frozenset({"chess"}),
        ),
        preferred_mentor_ids=("m",),
    )
    score = explain(plan_of(CompatibilityModel.default()), mentor, mentee)
    assert score.part("same_subject").reason == "teaches maths"
    assert score.part("same_grades").reason == "teaches grade 5"
    assert score.part("same_organization").reason == "both in School 1"
    assert score.part("experience_gap").raw == 1.0
    assert score.part("shared_interests").reason == "shares chess (1 of 2 interests)"
    assert score.part("mentee_choice").reason == "the mentee's choice no. 1 of 1"
    text = score.explain()
    assert text.splitlines()[0].endswith("% match")
    assert "same_subject" in text
