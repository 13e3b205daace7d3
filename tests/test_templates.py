"""Plan templates as data: the seeds' plans, exactly as they are laid out."""

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.calendar import TERM_SYSTEMS, AcademicYear
from mentoring.errors import ValidationError
from mentoring.model import (
    MentoringPlan,
    PlanStep,
    PlanTemplate,
    Role,
    SuccessCriterion,
    TemplateActivity,
    WorkMethod,
)
from mentoring.templates import (
    DEBUTANT_BY_SEMESTER,
    KAZAKH_MENTOR_MENTEE,
    RUSSIAN_YOUNG_SPECIALIST,
    TEMPLATES,
)


def test_kazakh_template_reproduces_the_seeds_goal():
    assert KAZAKH_MENTOR_MENTEE.goal == (
        "выявление приоритетных вопросов по улучшению школьной практики и"
        " разработка плана процесса менторинга в период совместного взаимодействия"
    )


def test_kazakh_template_has_the_seeds_four_criteria_in_the_seeds_order():
    assert [c.title for c in KAZAKH_MENTOR_MENTEE.criteria] == [
        "Создана пара (ментор-менти)",
        "Выявлен и сфокусирован проблемный вопрос",
        "Выработана стратегия действий",
        "Разработан план совместных действий",
    ]


def test_kazakh_template_has_the_seeds_three_steps_with_actions_tasks_and_criteria():
    steps = KAZAKH_MENTOR_MENTEE.steps
    assert [s.title for s in steps] == [
        "Учитель будет размышлять и планировать действия по достижению цели",
        "Выбор соответствующей стратегии",
        "Разработка плана действий",
    ]
    assert steps[0].actions.startswith("Список конкретных действий по достижению цели")
    assert steps[0].task == ""
    assert steps[0].success_criterion == ""  # the seed gives none for step 1
    assert {
        WorkMethod.JOINT_LESSON_PLANNING,
        WorkMethod.COACHING,
        WorkMethod.LESSON_OBSERVATION,
        WorkMethod.FEEDBACK,
    } <= set(steps[0].methods)
    assert steps[1].task == "Выбрать соответствующую стратегию для менторинга"
    assert steps[1].success_criterion == "Выбрана стратегия для менторинга"
    assert steps[1].criterion_id == "strategy_chosen"
    assert steps[2].actions == "Совместное составление перспективного плана"
    assert steps[2].task.startswith(
        "Разработать план действий с учетом выявленных проблем"
    )
    assert steps[2].success_criterion == "Создание плана менторства"
    assert steps[2].criterion_id == "joint_plan_developed"


def test_russian_template_holds_the_mentor_and_mentee_checklists():
    mentor = RUSSIAN_YOUNG_SPECIALIST.duties_of(Role.MENTOR)
    mentee = RUSSIAN_YOUNG_SPECIALIST.duties_of(Role.MENTEE)
    assert len(mentor) == 14  # the seed repeats one item; kept once
    assert len(mentee) == 6
    assert mentor[-1].text.startswith("подводить итоги профессиональной адаптации")
    assert (
        mentee[1].text
        == "выполнять план профессионального становления в установленные сроки"
    )
    assert all(d.text_en for d in mentor + mentee)


def test_debutant_template_reviews_every_semester():
    for code in ("ro", "md"):
        year = AcademicYear.for_jurisdiction(code, 2024)
        plan = MentoringPlan.from_template(DEBUTANT_BY_SEMESTER, pair="p1", period=year)
        reports = [a for a in plan.activities if a.id.startswith("semester_report-")]
        assert [a.id for a in reports] == ["semester_report-S1", "semester_report-S2"]
        assert DEBUTANT_BY_SEMESTER.language == "ro"


def test_templates_are_listed_by_id_with_english_titles():
    assert set(TEMPLATES) == {
        "kz-mentor-mentee",
        "ru-young-specialist",
        "ro-md-debutant",
    }
    for template_id, template in TEMPLATES.items():
        assert template.id == template_id
        assert template.title_en
        assert template.goal_en
        assert all(c.description for c in template.criteria)


@settings(max_examples=150)
@given(
    st.sampled_from(sorted(TEMPLATES)),
    st.sampled_from(sorted(TERM_SYSTEMS)),
    st.integers(1990, 2100),
)
def test_every_template_makes_a_valid_plan_for_any_year(template_id, code, start_year):
    year = AcademicYear.for_jurisdiction(code, start_year)
    plan = MentoringPlan.from_template(TEMPLATES[template_id], pair="p1", period=year)
    assert all(year.start <= a.due <= year.end for a in plan.activities)
    assert all(year.is_school_day(a.due) for a in plan.activities)
    assert [c.id for c in plan.criteria] == [
        c.id for c in TEMPLATES[template_id].criteria
    ]


def test_users_add_their_own_template():
    mine = PlanTemplate(
        id="onboarding",
        title="Onboarding buddy plan",
        goal="a new engineer ships in the first month",
        criteria=(
            SuccessCriterion(id="setup", title="Laptop and access ready"),
            SuccessCriterion(id="first_change", title="First change merged"),
        ),
        steps=(PlanStep(id="week1", title="First week", criterion_id="setup"),),
        activities=(
            TemplateActivity(
                id="one_to_one", title="1:1", method=WorkMethod.MEETING, step_id="week1"
            ),
        ),
    )
    plan = MentoringPlan.from_template(
        mine, pair="p1", period=(dt.date(2024, 1, 8), dt.date(2024, 2, 8))
    )
    assert plan.activity("one_to_one").due == dt.date(2024, 1, 8)


def test_template_steps_must_point_at_its_own_criteria():
    with pytest.raises(ValidationError) as info:
        attrs.evolve(
            KAZAKH_MENTOR_MENTEE,
            steps=(PlanStep(id="x", title="x", criterion_id="nope"),),
        )
    problem = info.value.problems[0]
    assert (problem.path, problem.code) == ("$.steps[0].criterion_id", "unknown_id")
    assert problem.message == "no criterion with id 'nope' in the template"


def test_template_ids_are_unique_and_activities_name_its_own_steps():
    twice = KAZAKH_MENTOR_MENTEE.criteria[0]
    with pytest.raises(ValidationError) as info:
        attrs.evolve(
            KAZAKH_MENTOR_MENTEE,
            criteria=(*KAZAKH_MENTOR_MENTEE.criteria, twice),
            activities=(
                TemplateActivity(
                    id="a", title="a", method=WorkMethod.MEETING, step_id="nope"
                ),
            ),
        )
    n = len(KAZAKH_MENTOR_MENTEE.criteria)
    assert [(str(p), p.code) for p in info.value.problems] == [
        (f"$.criteria[{n}].id: duplicate id 'pair_created'", "duplicate"),
        (
            "$.activities[0].step_id: no step with id 'nope' in the template",
            "unknown_id",
        ),
    ]
