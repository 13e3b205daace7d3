"""The embedded sample programmes: valid, shaped like the seeds, deterministic."""

import datetime as dt
from collections import Counter

import pytest

import mentoring as m
from mentoring import samples

NAMES = ("ru", "md", "kz")


@pytest.mark.parametrize("name", NAMES)
def test_every_sample_is_a_valid_programme(name):
    program = samples.load(name)
    assert isinstance(program, m.Program)
    assert program.problems() == ()
    assert program.jurisdiction == name


@pytest.mark.parametrize("name", NAMES)
def test_every_sample_is_the_same_value_on_every_load(name):
    assert samples.load(name) == samples.load(name)
    assert samples.SAMPLES[name]() == samples.load(name)


@pytest.mark.parametrize("name", NAMES)
def test_every_sample_has_mentees_waiting_for_a_mentor(name):
    program = samples.load(name)
    paired = {p.mentee_id for p in program.pairs if p.is_open or p.status.is_terminal}
    grouped = {e for g in program.groups for e in g.mentee_ids}
    waiting = [e.id for e in program.mentees if e.id not in paired | grouped]
    assert len(waiting) >= 2


@pytest.mark.parametrize("name", NAMES)
def test_every_open_pair_has_a_plan_with_assessments(name):
    program = samples.load(name)
    for pair in program.open_pairs():
        plan = program.plan_of(pair.id)
        assert plan is not None, pair.id
        assert plan.assessments
        assert plan.activities


@pytest.mark.parametrize("name", NAMES)
def test_every_sample_has_records_at_the_start_and_at_the_end(name):
    program = samples.load(name)
    reviews = Counter(s.review for s in program.surveys)
    assert reviews[m.ReviewKind.BASELINE] == reviews[m.ReviewKind.FINAL] > 0
    assert program.events
    assert program.achievements


def test_samples_mapping_is_read_only():
    with pytest.raises(TypeError):
        samples.SAMPLES["xx"] = samples.russian_school  # type: ignore[index]


def test_load_of_an_unknown_sample_names_the_known_ones():
    with pytest.raises(m.ValidationError) as caught:
        samples.load("fr")
    (problem,) = caught.value.problems
    assert problem.path == "$.name"
    assert "'fr'" in problem.message
    assert problem.message == "must be one of 'kz', 'md', 'ro', 'ru'; got 'fr'"
    assert problem.code == "choice"


# -- the Russian school: the seed's programme year --------------------------


def test_russian_sample_runs_the_seeds_school_year():
    program = samples.russian_school()
    assert program.year.start == dt.date(2021, 9, 1)
    assert program.year.end == dt.date(2022, 8, 31)
    assert [t.name for t in program.year.terms] == ["Q1", "Q2", "Q3", "Q4"]


def test_russian_sample_has_one_young_specialist_and_two_newly_arrived_in_pairs():
    program = samples.russian_school()
    paired = {p.mentee_id for p in program.pairs if p.started_on is not None}
    categories = Counter(program.mentee(i).category for i in paired)
    assert categories == {
        m.MenteeCategory.YOUNG_SPECIALIST: 1,
        m.MenteeCategory.NEWLY_ARRIVED: 2,
    }


def test_russian_newly_arrived_teachers_have_the_curator_and_a_parallel_colleague():
    program = samples.russian_school()
    assert program.curator is not None
    for mentee in program.mentees:
        if mentee.category is not m.MenteeCategory.NEWLY_ARRIVED:
            continue
        pairs = [p for p in program.pairs if p.mentee_id == mentee.id]
        functions = {p.function: p.mentor_id for p in pairs}
        assert functions[m.MentorFunction.CONSULTANT] == program.curator.id
        colleague = program.mentor(functions[m.MentorFunction.PARALLEL_COLLEAGUE])
        assert colleague.person.grades & mentee.person.grades


def test_russian_young_specialist_has_a_consultant_and_a_subject_mentor():
    program = samples.russian_school()
    (young,) = {
        p.mentee_id
        for p in program.pairs
        if p.started_on
        and program.mentee(p.mentee_id).category is m.MenteeCategory.YOUNG_SPECIALIST
    }
    started = [p for p in program.pairs if p.mentee_id == young and p.started_on]
    assert {p.function for p in started} == {
        m.MentorFunction.CONSULTANT,
        m.MentorFunction.SUBJECT,
    }
    subject = next(p for p in started if p.function is m.MentorFunction.SUBJECT)
    mentor = program.mentor(subject.mentor_id).person
    assert mentor.subjects & program.mentee(young).person.subjects


def test_russian_plans_are_assessed_every_quarter_and_at_the_final_review():
    program = samples.russian_school()
    plan = program.plan_of("ru-p1")
    assert plan is not None
    days = sorted({a.on for a in plan.assessments})
    terms = {program.year.terms[i].name for i in range(4)}
    assert len(days) == 4
    assert {t.name for t in program.year.terms for d in days if d in t} == terms
    assert plan.assessments[-1].review is m.ReviewKind.FINAL


def test_russian_pairs_show_every_kind_of_status():
    statuses = {p.status for p in samples.russian_school().pairs}
    assert {
        m.PairStatus.ACTIVE,
        m.PairStatus.COMPLETED,
        m.PairStatus.DISSOLVED,
    } <= statuses


# -- the Moldovan network --------------------------------------------------------


def test_moldovan_national_mentors_train_institutional_mentors_in_groups():
    program = samples.moldovan_network()
    national = {x.id for x in program.mentors if x.level is m.MentorLevel.NATIONAL}
    assert len(national) == 2
    assert {g.mentor_id for g in program.groups} == national
    for x in program.mentors:
        if x.level is m.MentorLevel.NATIONAL:
            assert x.person.holds(m.CertificationKind.NATIONAL_MENTOR)


def test_moldovan_pairs_are_led_by_certified_institutional_mentors():
    program = samples.moldovan_network()
    for pair in program.pairs:
        mentor = program.mentor(pair.mentor_id)
        assert mentor.level is m.MentorLevel.INSTITUTIONAL
        assert mentor.person.holds(
            m.CertificationKind.INSTITUTIONAL_MENTOR, on=pair.proposed_on
        )
        assert program.mentee(pair.mentee_id).category is m.MenteeCategory.DEBUTANT


def test_moldovan_trainees_are_certified_at_the_june_session():
    program = samples.moldovan_network()
    (session,) = [
        e for e in program.events if e.kind is m.EventKind.CERTIFICATION_SESSION
    ]
    certified = {
        a.person_id
        for a in program.achievements
        if a.kind is m.AchievementKind.CERTIFICATION
    }
    trainees = {e for g in program.groups for e in g.mentee_ids}
    assert certified < trainees
    assert certified <= session.participant_ids
    for person_id in certified:
        person = program.people()[person_id]
        assert person.holds(m.CertificationKind.INSTITUTIONAL_MENTOR, on=session.on)
        assert not person.holds(
            m.CertificationKind.INSTITUTIONAL_MENTOR,
            on=session.on - dt.timedelta(days=1),
        )


# -- the Kazakh school -------------------------------------------------------------


def _levels(program):
    kinds = Counter()
    for person in program.people().values():
        for c in person.certifications:
            kinds[c.kind] += 1
    return kinds


def test_kazakh_school_has_the_seeds_fifteen_level_trained_teachers():
    kinds = _levels(samples.kazakh_school())
    assert kinds == {
        m.CertificationKind.NIS_LEADERS_COURSE: 1,
        m.CertificationKind.NIS_LEVEL_1: 2,
        m.CertificationKind.NIS_LEVEL_2: 5,
        m.CertificationKind.NIS_LEVEL_3: 7,
    }


def test_kazakh_mentors_are_the_level_1_and_2_teachers():
    program = samples.kazakh_school()
    assert len(program.mentors) == 7
    for mentor in program.mentors:
        assert mentor.person.holds(
            m.CertificationKind.NIS_LEVEL_1, m.CertificationKind.NIS_LEVEL_2
        )


def test_kazakh_teachers_without_the_courses_are_in_focus_groups():
    program = samples.kazakh_school()
    grouped = {e for g in program.groups for e in g.mentee_ids}
    untrained = {
        e.id
        for e in program.mentees
        if not e.person.certifications
        and e.category is m.MenteeCategory.DEVELOPING_TEACHER
    }
    assert grouped == untrained
    assert all(g.approach is m.Approach.GROUP for g in program.groups)


def test_kazakh_plans_follow_the_seeds_four_criteria_in_order():
    program = samples.kazakh_school()
    for plan in program.plans:
        assert [c.title for c in plan.criteria] == [
            "Создана пара (ментор-менти)",
            "Выявлен и сфокусирован проблемный вопрос",
            "Выработана стратегия действий",
            "Разработан план совместных действий",
        ]
        assert plan.focus_issue


@pytest.mark.parametrize("name", NAMES)
def test_every_sample_travels_through_json_unchanged(name):
    from mentoring import serialization

    program = samples.load(name)
    text = serialization.to_json(program)
    assert serialization.from_json(m.Program, text) == program
