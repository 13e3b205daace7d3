"""Plans on school days and the public holidays of each jurisdiction (issue 15)."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mentoring as m
from mentoring.calendar import (
    FIXED_HOLIDAYS,
    TERM_SYSTEMS,
    AcademicYear,
    DayShift,
    public_holidays,
)
from mentoring.errors import ValidationError
from mentoring.model import ActivityTiming, MentoringPlan, TemplateActivity, WorkMethod
from mentoring.templates import RUSSIAN_YOUNG_SPECIALIST, TEMPLATES

holidays_package = pytest.importorskip("holidays")

YEAR = AcademicYear.for_jurisdiction("ru", 2024)
COUNTRIES = {"ru": "RU", "kz": "KZ", "ro": "RO", "md": "MD"}
YEARS = range(2021, 2027)


def _package_days(code: str, first: dt.date, last: dt.date) -> set[dt.date]:
    found = holidays_package.country_holidays(
        COUNTRIES[code], years=range(first.year, last.year + 1)
    )
    return {d for d in found if first <= d <= last}


def _off_by_hand(year: AcademicYear, code: str) -> set[dt.date]:
    """Every day of *year* without school, computed apart from the library's
    own code: weekends, the vacations and the package's public holidays.
    """
    off = set(_package_days(code, year.start, year.end))
    worked = holidays_package.country_holidays(
        COUNTRIES[code], years=range(year.start.year, year.end.year + 1)
    ).weekend_workdays  # Saturdays worked by decree
    day = year.start
    while day <= year.end:
        weekend = day.weekday() >= 5 and day not in worked
        if weekend or any(h.start <= day <= h.end for h in year.holidays):
            off.add(day)
        day += dt.timedelta(days=1)
    return off


def _pair(activated: dt.date) -> m.Pair:
    pair = m.Pair.propose(
        id="p1", mentor_id="m1", mentee_id="e1", on=activated - dt.timedelta(days=7)
    )
    return pair.activate(on=activated)


def test_young_specialist_plan_from_16_september_2024_falls_on_school_days_only():
    year = AcademicYear.for_jurisdiction("ru", 2024)
    plan = MentoringPlan.from_template(
        RUSSIAN_YOUNG_SPECIALIST, pair=_pair(dt.date(2024, 9, 16)), period=year
    )
    off = _off_by_hand(year, "ru")
    assert plan.start == dt.date(2024, 9, 16)
    assert plan.end == dt.date(2025, 8, 31)
    assert all(a.due >= dt.date(2024, 9, 16) for a in plan.activities)
    assert [a for a in plan.activities if a.due in off] == []
    # The days: a Saturday, the winter holiday, the summer.
    dues = {a.due for a in plan.activities}
    assert dt.date(2024, 12, 7) not in dues
    assert dt.date(2025, 1, 7) not in dues
    assert not [d for d in dues if d.month in (6, 7, 8)]
    reports = {a.id: a.due for a in plan.activities if a.id.startswith("quarter")}
    last_school_days = {}
    for term in year.terms:
        day = term.end
        while day in off:
            day -= dt.timedelta(days=1)
        last_school_days[f"quarter_report-{term.name}"] = day
    assert reports == last_school_days
    # Saturday 28 December 2024 was a working day (its day off moved to 30 Dec)
    assert reports["quarter_report-Q2"] == dt.date(2024, 12, 28)


def test_without_a_calendar_a_plan_skips_weekends_only():
    plan = MentoringPlan.from_template(
        RUSSIAN_YOUNG_SPECIALIST,
        pair="p1",
        period=(dt.date(2024, 9, 1), dt.date(2025, 8, 31)),
    )
    assert plan.start == dt.date(2024, 9, 1)
    assert all(a.due.weekday() < 5 for a in plan.activities)
    assert plan.activity("introduction").due == dt.date(2024, 9, 2)  # 1 Sept a Sunday
    assert plan.activity("quarter_report").due == dt.date(2025, 8, 29)


def test_an_explicit_start_outside_the_period_is_refused():
    with pytest.raises(ValidationError) as err:
        MentoringPlan.from_template(
            RUSSIAN_YOUNG_SPECIALIST,
            pair="p1",
            period=AcademicYear.for_jurisdiction("ru", 2024),
            start=dt.date(2025, 9, 1),
        )
    assert [p.path for p in err.value.problems] == ["$.start"]


def test_shift_rule_moves_each_kind_of_activity_its_own_way():
    year = AcademicYear.for_jurisdiction("ru", 2024)
    template = m.PlanTemplate(
        id="t",
        title="t",
        goal="g",
        criteria=(),
        activities=(
            # 1 March 2025 + 6 days = Friday 7 March; +7 = Saturday 8 March,
            # a public holiday and a Saturday.
            TemplateActivity(
                id="next", title="n", method=WorkMethod.MEETING, offset_days=4
            ),
            TemplateActivity(
                id="previous",
                title="p",
                method=WorkMethod.MEETING,
                offset_days=4,
                shift=DayShift.PREVIOUS,
            ),
        ),
    )
    plan = MentoringPlan.from_template(
        template, pair="p", period=year, start=dt.date(2025, 3, 4)
    )
    # 4 March + 4 = Saturday 8 March (also a public holiday).
    assert plan.activity("next").due == dt.date(2025, 3, 10)
    assert plan.activity("previous").due == dt.date(2025, 3, 7)


def test_an_activity_dated_by_hand_on_a_holiday_is_kept_and_listed():
    year = AcademicYear.for_jurisdiction("ru", 2024)
    plan = MentoringPlan.from_template(RUSSIAN_YOUNG_SPECIALIST, pair="p1", period=year)
    visit = m.Activity(
        id="visit",
        title="Visit",
        method=WorkMethod.LESSON_VISIT,
        due=dt.date(2025, 3, 8),
    )
    plan = plan.add_activity(visit)
    assert plan.activity("visit").due == dt.date(2025, 3, 8)
    assert plan.off_school_days(year) == (visit,)


@pytest.mark.parametrize("code", sorted(COUNTRIES))
@pytest.mark.parametrize("start_year", YEARS)
def test_a_jurisdictions_year_has_no_school_on_its_public_holidays(code, start_year):
    year = AcademicYear.for_jurisdiction(code, start_year)
    assert year.jurisdiction == code
    package = _package_days(code, year.start, year.end)
    assert {h.on for h in year.public_holidays} == package
    assert [d for d in package if year.is_school_day(d)] == []


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_the_librarys_own_fixed_dates_are_public_holidays_by_the_package(code):
    first, last = dt.date(2021, 1, 1), dt.date(2026, 12, 31)
    own = {h.on for h in public_holidays(code, first, last, source="library")}
    assert own
    assert own - _package_days(code, first, last) == set()


def test_the_library_alone_does_not_know_easter_nor_moved_days_off():
    first, last = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    own = {h.on for h in public_holidays("ro", first, last, source="library")}
    assert dt.date(2024, 5, 6) not in own  # Orthodox Easter Monday
    ru = {h.on for h in public_holidays("ru", first, last, source="library")}
    assert dt.date(2024, 12, 30) not in ru  # moved from Saturday 28 December
    assert {h.on for h in public_holidays("ru", first, last)} >= {dt.date(2024, 12, 30)}


def test_public_holidays_refuse_an_unknown_jurisdiction_and_source():
    with pytest.raises(ValidationError) as err:
        public_holidays("fr", dt.date(2024, 1, 1), dt.date(2024, 2, 1), source="web")
    assert [p.path for p in err.value.problems] == ["$.jurisdiction", "$.source"]
    assert sorted(FIXED_HOLIDAYS) == sorted(COUNTRIES)


def test_starting_is_a_bare_year_and_with_public_holidays_completes_it():
    bare = AcademicYear.starting(2024)
    assert (bare.terms, bare.holidays, bare.public_holidays) == ((), (), ())
    assert bare.is_school_day(dt.date(2025, 2, 24))
    ru = bare.with_public_holidays("ru")
    assert not ru.is_school_day(dt.date(2024, 11, 4))
    assert ru.following().public_holiday_of(dt.date(2026, 2, 23)) is not None


def test_a_programme_and_its_year_of_another_jurisdiction_is_a_problem():
    program = m.Program(
        id="p",
        title="p",
        organization="o",
        year=AcademicYear.for_jurisdiction("kz", 2024),
        jurisdiction="ru",
    )
    assert [(p.path, p.code) for p in program.problems()] == [
        ("$.year.jurisdiction", "conflict")
    ]
    agree = m.Program(
        id="p",
        title="p",
        organization="o",
        year=AcademicYear.for_jurisdiction("ro-modules", 2024),
        jurisdiction="ro",
    )
    assert agree.problems() == ()


def test_working_days_skip_weekends_and_public_holidays_not_vacations():
    year = AcademicYear.for_jurisdiction("ru", 2024)
    # Notice on Thursday 31 October, in the autumn vacation: 1 Nov (Fri),
    # Saturday 2 Nov (a working day by decree), then Tuesday 5 Nov (4 Nov
    # is Unity Day).
    assert year.working_days_after(dt.date(2024, 10, 31), 3) == dt.date(2024, 11, 5)
    assert year.working_days_after(dt.date(2024, 10, 31), 0) == dt.date(2024, 10, 31)


@settings(max_examples=30, deadline=None)
@given(
    template=st.sampled_from(sorted(TEMPLATES)),
    code=st.sampled_from(sorted(TERM_SYSTEMS)),
    start_year=st.integers(2021, 2026),
    days_in=st.integers(0, 300),
)
def test_every_template_activity_falls_on_a_school_day_after_activation(
    template, code, start_year, days_in
):
    year = AcademicYear.for_jurisdiction(code, start_year)
    activated = year.start + dt.timedelta(days=days_in)
    plan = MentoringPlan.from_template(
        TEMPLATES[template], pair=_pair(activated), period=year
    )
    assert plan.start == max(activated, year.start)
    for activity in plan.activities:
        assert activity.due >= plan.start
        if year.school_days(plan.start, plan.end):
            assert year.is_school_day(activity.due), activity
    reports = [a for a in plan.activities if a.id.startswith(("quarter", "semester"))]
    for report in reports:
        term = year.term_of(report.due)
        assert term is not None
        assert report.due == year.last_school_day(max(term.start, plan.start), term.end)


def test_a_monthly_activity_is_left_out_of_a_month_without_school():
    year = AcademicYear.for_jurisdiction("ru", 2024)
    template = m.PlanTemplate(
        id="t",
        title="t",
        goal="g",
        criteria=(),
        activities=(
            TemplateActivity(
                id="visit",
                title="v",
                method=WorkMethod.LESSON_VISIT,
                timing=ActivityTiming.MONTHLY,
            ),
        ),
    )
    plan = MentoringPlan.from_template(template, pair="p", period=year)
    months = [a.id for a in plan.activities]
    assert "visit-2025-07" not in months
    assert "visit-2025-05" in months


def test_a_planned_activity_on_a_public_holiday_is_a_signal_not_a_move():
    pair = _pair(dt.date(2024, 9, 16))
    plan = MentoringPlan.from_template(RUSSIAN_YOUNG_SPECIALIST, pair=pair, period=YEAR)
    plan = plan.add_activity(
        m.Activity(
            id="visit",
            title="Visit",
            method=WorkMethod.LESSON_VISIT,
            due=dt.date(2025, 3, 8),
        )
    )
    program = m.Program(
        id="p",
        title="p",
        organization="o",
        year=YEAR,
        jurisdiction="ru",
        mentors=(m.Mentor(person=m.Person(id="m1", name="M", organization="o")),),
        mentees=(m.Mentee(person=m.Person(id="e1", name="E", organization="o")),),
        pairs=(pair,),
        plans=(plan,),
    )
    assert program.problems() == ()
    signals = m.pair_signals(program, "p1", on=dt.date(2024, 9, 20))
    off = [s for s in signals if s.kind is m.SignalKind.OFF_SCHOOL_DAY]
    assert [(s.severity, s.reason) for s in off] == [
        (m.Severity.INFO, "'Visit' is planned on 2025-03-08, not a school day")
    ]
    assert program.plans[0].activity("visit").due == dt.date(2025, 3, 8)


@settings(max_examples=30, deadline=None)
@given(
    code=st.sampled_from(sorted(COUNTRIES)),
    start_year=st.sampled_from(YEARS),
    a=st.integers(-40, 400),
    b=st.integers(-40, 400),
)
def test_school_days_between_two_days_are_those_is_school_day_accepts(
    code, start_year, a, b
):
    # the year's school days are found once and cut: the cut must agree with
    # the day-by-day rule, at the year's edges and beyond them too
    year = AcademicYear.for_jurisdiction(code, start_year)
    first = year.start + dt.timedelta(days=a)
    last = year.start + dt.timedelta(days=b)
    expected = []
    day = first
    while day <= last:
        if year.start <= day <= year.end and year.is_school_day(day):
            expected.append(day)
        day += dt.timedelta(days=1)
    assert year.school_days(first, last) == tuple(expected)
    assert year.first_school_day(first, last) == (expected[0] if expected else None)
    assert year.last_school_day(first, last) == (expected[-1] if expected else None)
