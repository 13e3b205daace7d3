"""School years, term systems, review dates and school days."""

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.calendar import (
    TERM_SYSTEMS,
    AcademicYear,
    Holiday,
    HolidayRule,
    Term,
    TermRule,
    TermSystem,
    Weekday,
    adaptation_window,
    month_day,
    program_period,
)
from mentoring.errors import NotFoundError, ValidationError
from mentoring.model import ReviewKind

SEED_YEAR = AcademicYear.for_jurisdiction("ru", 2021)


def assert_partition(year: AcademicYear) -> None:
    assert year.terms, "a term system gives terms"
    assert year.terms[0].start == year.start
    assert year.terms[-1].end == year.end
    for a, b in zip(year.terms, year.terms[1:], strict=False):
        assert b.start == a.end + dt.timedelta(days=1)
    for h in year.holidays:
        assert year.start <= h.start <= h.end <= year.end


# -- the seed ------------------------------------------------------------------


def test_seed_programme_year_runs_1_september_2021_to_31_august_2022():
    assert SEED_YEAR.start == dt.date(2021, 9, 1)
    assert SEED_YEAR.end == dt.date(2022, 8, 31)
    assert SEED_YEAR.label == "2021-2022"


def test_seed_programme_year_with_russian_quarters_has_four_terms():
    assert [t.name for t in SEED_YEAR.terms] == ["Q1", "Q2", "Q3", "Q4"]
    assert_partition(SEED_YEAR)


def test_seed_programme_year_has_four_current_control_dates():
    current = [r for r in SEED_YEAR.review_dates() if r.kind is ReviewKind.CURRENT]
    assert len(current) == 4
    assert [r.term for r in current] == ["Q1", "Q2", "Q3", "Q4"]
    for review in current:
        term = SEED_YEAR.term(review.term)
        assert review.on in term
        assert SEED_YEAR.is_school_day(review.on)
    assert tuple(r.on for r in current) == SEED_YEAR.current_control_dates()


def test_review_dates_have_one_baseline_one_intermediate_one_final_in_order():
    reviews = SEED_YEAR.review_dates()
    kinds = [r.kind for r in reviews]
    assert kinds.count(ReviewKind.BASELINE) == 1
    assert kinds.count(ReviewKind.INTERMEDIATE) == 1
    assert kinds.count(ReviewKind.FINAL) == 1
    assert [r.on for r in reviews] == sorted(r.on for r in reviews)
    intermediate = next(r for r in reviews if r.kind is ReviewKind.INTERMEDIATE)
    assert intermediate.term == "Q2"
    final = next(r for r in reviews if r.kind is ReviewKind.FINAL)
    assert final.on == dt.date(2022, 5, 31)  # before the summer holidays


def test_year_without_terms_has_baseline_and_final_review_only():
    year = AcademicYear.starting(2021)
    assert year.terms == ()
    assert [r.kind for r in year.review_dates()] == [
        ReviewKind.BASELINE,
        ReviewKind.FINAL,
    ]
    assert year.term_of(dt.date(2021, 10, 1)) is None


def test_programme_term_is_one_year_and_adaptation_window_three():
    assert program_period(dt.date(2021, 9, 1)) == (
        dt.date(2021, 9, 1),
        dt.date(2022, 8, 31),
    )
    assert adaptation_window(dt.date(2021, 9, 1)) == (
        dt.date(2021, 9, 1),
        dt.date(2024, 8, 31),
    )
    assert program_period(dt.date(2021, 9, 1), months=6)[1] == dt.date(2022, 2, 28)
    with pytest.raises(ValidationError):
        program_period(dt.date(2021, 9, 1), months=0)


# -- school days -----------------------------------------------------------------


def test_school_days_exclude_weekends_and_holidays():
    # September 2021 has 22 weekdays and no Russian holiday.
    assert (
        SEED_YEAR.school_days_between(dt.date(2021, 9, 1), dt.date(2021, 9, 30)) == 22
    )
    # 1..7 November 2021 is the autumn holiday: no school day at all.
    assert (
        SEED_YEAR.school_days_between(dt.date(2021, 11, 1), dt.date(2021, 11, 7)) == 0
    )
    assert not SEED_YEAR.is_school_day(dt.date(2021, 9, 4))  # a Saturday
    assert SEED_YEAR.is_school_day(dt.date(2021, 9, 6))


def test_six_day_week_school_counts_saturdays():
    six_days = attrs.evolve(SEED_YEAR, weekend=frozenset({Weekday.SUNDAY}))
    assert six_days.school_days_between(dt.date(2021, 9, 1), dt.date(2021, 9, 30)) == 26


@settings(max_examples=100)
@given(
    st.dates(dt.date(2021, 8, 1), dt.date(2022, 9, 30)),
    st.integers(0, 120),
)
def test_school_days_are_weekdays_outside_holidays(first, span):
    last = first + dt.timedelta(days=span)
    days = SEED_YEAR.school_days(first, last)
    assert len(days) == SEED_YEAR.school_days_between(first, last) <= span + 1
    for day in days:
        assert first <= day <= last
        assert day in SEED_YEAR
        # a weekday, or a Saturday worked by decree (5 March 2022)
        assert day.weekday() < 5 or day in SEED_YEAR.working_weekend_days
        assert SEED_YEAR.holiday_of(day) is None


# -- term systems ------------------------------------------------------------------


@settings(max_examples=200)
@given(st.sampled_from(sorted(TERM_SYSTEMS)), st.integers(1990, 2100))
def test_every_term_system_partitions_every_year(code, start_year):
    year = AcademicYear.for_jurisdiction(code, start_year)
    assert_partition(year)
    assert year.start.year == start_year
    assert year.system == TERM_SYSTEMS[code].id


@settings(max_examples=100)
@given(st.sampled_from(sorted(TERM_SYSTEMS)), st.integers(1990, 2100), st.data())
def test_every_day_of_the_year_falls_in_exactly_one_term(code, start_year, data):
    year = AcademicYear.for_jurisdiction(code, start_year)
    day = data.draw(st.dates(year.start, year.end))
    owners = [t for t in year.terms if day in t]
    assert len(owners) == 1
    assert year.term_of(day) == owners[0]


@st.composite
def term_systems(draw):
    """A term system cut at random days of a September-to-August year."""
    base = dt.date(2023, 9, 1)  # the year 2023-2024 spans 29 February
    n = draw(st.integers(1, 6))
    offsets = sorted(draw(st.sets(st.integers(1, 364), min_size=n - 1, max_size=n - 1)))
    starts = [base] + [base + dt.timedelta(days=o) for o in offsets]
    rules = []
    for i, start in enumerate(starts):
        end = (
            starts[i + 1] - dt.timedelta(days=1)
            if i + 1 < len(starts)
            else dt.date(2024, 8, 31)
        )
        # An end on 28 February would leave 29 February uncovered in leap years.
        end_rule = (
            month_day(2, 29)
            if (end.month, end.day) in ((2, 28), (2, 29))
            else month_day(end.month, end.day)
        )
        start_rule = month_day(start.month, start.day)
        if (start.month, start.day) == (2, 29):
            start_rule = month_day(3, 1)
        rules.append(TermRule(name=f"T{i + 1}", start=start_rule, end=end_rule))
    return TermSystem(id="generated", title="generated", terms=tuple(rules))


@settings(max_examples=150)
@given(term_systems(), st.integers(1990, 2100))
def test_any_valid_term_system_partitions_any_year(system, start_year):
    assert_partition(system.year(start_year))


def test_term_system_whose_terms_overlap_is_refused_naming_them():
    with pytest.raises(ValidationError) as info:
        TermSystem(
            id="bad",
            title="overlapping",
            terms=(
                TermRule(name="autumn", start=month_day(9, 1), end=month_day(12, 31)),
                TermRule(name="spring", start=month_day(12, 20), end=month_day(8, 31)),
            ),
        )
    (problem,) = info.value.problems
    assert problem.path == "$.terms[1].start"
    assert problem.code == "order"
    assert problem.message == (
        "term 'spring' overlaps term 'autumn' on 2023-12-20..2023-12-31"
        " (in the year starting 2023)"
    )


def test_term_system_with_a_gap_is_refused_naming_it():
    with pytest.raises(ValidationError) as info:
        TermSystem(
            id="bad",
            title="gap",
            terms=(
                TermRule(name="autumn", start=month_day(9, 1), end=month_day(12, 20)),
                TermRule(name="spring", start=month_day(1, 10), end=month_day(8, 31)),
            ),
        )
    (problem,) = info.value.problems
    assert problem.path == "$.terms[1].start"
    assert problem.code == "rule"
    assert problem.message == (
        "gap 2023-12-21..2024-01-09 between term 'autumn' (ends 2023-12-20)"
        " and term 'spring' (starts 2024-01-10) (in the year starting 2023)"
    )


def test_term_system_that_misses_the_end_of_the_year_is_refused():
    with pytest.raises(ValidationError) as info:
        TermSystem(
            id="bad",
            title="short",
            terms=(TermRule(name="only", start=month_day(9, 1), end=month_day(6, 30)),),
        )
    assert [p.path for p in info.value.problems] == ["$.terms[0].end"]
    assert info.value.problems[0].code == "rule"


def test_term_system_without_terms_is_refused_as_empty():
    with pytest.raises(ValidationError) as info:
        TermSystem(id="none", title="none", terms=())
    assert [(str(p), p.code) for p in info.value.problems] == [
        ("$.terms: must not be empty", "empty")
    ]


def test_term_ending_28_february_leaves_29_february_uncovered_in_leap_years():
    with pytest.raises(ValidationError) as info:
        TermSystem(
            id="bad",
            title="february",
            terms=(
                TermRule(name="A", start=month_day(9, 1), end=month_day(2, 28)),
                TermRule(name="B", start=month_day(3, 1), end=month_day(8, 31)),
            ),
        )
    assert "-02-29" in info.value.problems[0].message


def test_month_day_refuses_impossible_days():
    with pytest.raises(ValidationError):
        month_day(4, 31)
    with pytest.raises(ValidationError):
        month_day(13, 1)
    assert month_day(2, 29).in_year(2023) == dt.date(2023, 2, 28)
    assert month_day(2, 29).in_year(2024) == dt.date(2024, 2, 29)


def test_holiday_rule_may_span_new_year():
    system = TermSystem(
        id="x",
        title="x",
        terms=(TermRule(name="all", start=month_day(9, 1), end=month_day(8, 31)),),
        holidays=(
            HolidayRule(name="winter", start=month_day(12, 25), end=month_day(1, 8)),
        ),
    )
    (winter,) = system.year(2021).holidays
    assert (winter.start, winter.end) == (dt.date(2021, 12, 25), dt.date(2022, 1, 8))


def test_user_term_system_replaces_the_default():
    mine = attrs.evolve(
        TERM_SYSTEMS["ru"],
        id="ru-my-school",
        holidays=(
            HolidayRule(name="осенние", start=month_day(10, 25), end=month_day(11, 2)),
        ),
    )
    year = mine.year(2021)
    assert year.system == "ru-my-school"
    assert year.holiday_of(dt.date(2021, 10, 26)) is not None


def test_unknown_jurisdiction_is_refused_listing_the_known():
    with pytest.raises(ValidationError) as info:
        AcademicYear.for_jurisdiction("xx", 2021)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.code", "choice")
    assert problem.message == (
        "must be one of 'kz', 'md', 'ro', 'ro-modules', 'ru'; got 'xx'"
    )


def test_looking_up_an_unknown_term_is_a_not_found_error():
    with pytest.raises(NotFoundError) as info:
        SEED_YEAR.term("Q9")
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("term", "Q9")
    assert str(info.value) == "no term with name 'Q9'"


# -- hand-built years ---------------------------------------------------------------


def test_year_whose_terms_leave_a_gap_is_refused_naming_it():
    with pytest.raises(ValidationError) as info:
        AcademicYear(
            start=dt.date(2021, 9, 1),
            end=dt.date(2022, 8, 31),
            terms=(
                Term(name="S1", start=dt.date(2021, 9, 1), end=dt.date(2021, 12, 31)),
                Term(name="S2", start=dt.date(2022, 1, 10), end=dt.date(2022, 8, 31)),
            ),
        )
    (problem,) = info.value.problems
    assert problem.path == "$.terms[1].start"
    assert "gap 2022-01-01..2022-01-09" in problem.message


def test_year_whose_terms_overlap_is_refused_naming_them():
    with pytest.raises(ValidationError) as info:
        AcademicYear(
            start=dt.date(2021, 9, 1),
            end=dt.date(2022, 8, 31),
            terms=(
                Term(name="S1", start=dt.date(2021, 9, 1), end=dt.date(2022, 1, 31)),
                Term(name="S2", start=dt.date(2022, 1, 10), end=dt.date(2022, 8, 31)),
            ),
        )
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.terms[1].start", "order")
    assert problem.message == "term 'S2' overlaps term 'S1' on 2022-01-10..2022-01-31"


def test_year_holiday_outside_the_year_is_refused():
    with pytest.raises(ValidationError) as info:
        AcademicYear(
            start=dt.date(2021, 9, 1),
            end=dt.date(2022, 8, 31),
            holidays=(
                Holiday(name="x", start=dt.date(2022, 8, 20), end=dt.date(2022, 9, 5)),
            ),
        )
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.holidays[0]", "outside")
    assert problem.message == (
        "holiday 'x' (2022-08-20..2022-09-05) lies outside the year"
        " 2021-09-01..2022-08-31"
    )


def test_weekday_codes_follow_rfc_5545():
    assert [w.code for w in Weekday] == ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    assert Weekday.of(dt.date(2021, 9, 7)) is Weekday.TUESDAY


# -- bad input is refused with paths -------------------------------------------------


class Wrong:
    """A value of no type any argument accepts."""

    def __repr__(self):
        return "Wrong()"


WRONG = Wrong()
Q1 = SEED_YEAR.term("Q1")
DAY = dt.date(2021, 9, 6)
SEPTEMBER = month_day(9, 1)

CALENDAR_CALLS = [
    ("starting", AcademicYear.starting, {"year": 2021, "month": 9, "day": 1}),
    ("for_jurisdiction", AcademicYear.for_jurisdiction, {"code": "ru", "year": 2021}),
    ("term_of", SEED_YEAR.term_of, {"day": DAY}),
    ("term", SEED_YEAR.term, {"name": "Q1"}),
    ("holiday_of", SEED_YEAR.holiday_of, {"day": DAY}),
    ("is_school_day", SEED_YEAR.is_school_day, {"day": DAY}),
    ("school_days", SEED_YEAR.school_days, {"first": DAY, "last": DAY}),
    ("school_days_between", SEED_YEAR.school_days_between, {"first": DAY, "last": DAY}),
    ("first_school_day", SEED_YEAR.first_school_day, {"first": DAY, "last": DAY}),
    ("last_school_day", SEED_YEAR.last_school_day, {"first": DAY, "last": DAY}),
    ("control_date", SEED_YEAR.control_date, {"term": Q1}),
    ("weekday_of", Weekday.of, {"day": DAY}),
    ("in_year", SEPTEMBER.in_year, {"year": 2021}),
    ("after", SEPTEMBER.after, {"start": DAY}),
    ("system_year", TERM_SYSTEMS["ru"].year, {"start_year": 2021}),
    ("month_day", month_day, {"month": 9, "day": 1}),
    ("program_period", program_period, {"start": DAY, "months": 12}),
    ("adaptation_window", adaptation_window, {"start": DAY}),
]


def wrong_argument_cases(calls):
    """Each call once per argument, that argument replaced by a wrong value."""
    return [
        pytest.param(
            function, {**good, argument: WRONG}, argument, id=f"{name}-{argument}"
        )
        for name, function, good in calls
        for argument in good
    ]


@pytest.mark.parametrize(("name", "function", "good"), CALENDAR_CALLS)
def test_every_calendar_call_works_with_good_arguments(name, function, good):
    function(**good)


@pytest.mark.parametrize(
    ("function", "arguments", "bad"), wrong_argument_cases(CALENDAR_CALLS)
)
def test_a_wrong_type_to_any_calendar_argument_is_refused_with_its_path(
    function, arguments, bad
):
    with pytest.raises(ValidationError) as info:
        function(**arguments)
    assert [p.path for p in info.value.problems] == [f"$.{bad}"]
    assert "Wrong()" in info.value.problems[0].message


@pytest.mark.parametrize(
    ("call", "paths"),
    [
        (lambda: AcademicYear.starting(9999), ["$.year"]),
        (lambda: AcademicYear.starting(0), ["$.year"]),
        (lambda: AcademicYear.starting(2021, month=2, day=30), ["$.day"]),
        (lambda: AcademicYear.starting(2021, month=13, day=32), ["$.month", "$.day"]),
        (lambda: AcademicYear.starting("2021"), ["$.year"]),
        (lambda: AcademicYear.starting(True), ["$.year"]),
        (lambda: TERM_SYSTEMS["ru"].year(9999), ["$.start_year"]),
        (lambda: TERM_SYSTEMS["ru"].year(0), ["$.start_year"]),
        (lambda: program_period(DAY, months="3"), ["$.months"]),
        (lambda: program_period("2021-09-01"), ["$.start"]),
        (lambda: program_period(DAY, months=0), ["$.months"]),
        (lambda: program_period(DAY, months=100_000), ["$.months"]),
        (lambda: program_period(dt.datetime(2021, 9, 1)), ["$.start"]),  # noqa: DTZ001
        (lambda: adaptation_window(dt.date(9998, 1, 1)), ["$.months"]),
        (lambda: SEED_YEAR.school_days_between("a", "b"), ["$.first", "$.last"]),
        (lambda: AcademicYear.for_jurisdiction("xx", 2021), ["$.code"]),
        (lambda: AcademicYear.for_jurisdiction("ru", 9999), ["$.start_year"]),
        (lambda: SEPTEMBER.in_year(10_000), ["$.year"]),
        (lambda: SEPTEMBER.after(dt.date(9999, 9, 2)), ["$.start"]),
        (lambda: AcademicYear.starting(9998, month=12, day=31).following(), ["$.end"]),
        (lambda: AcademicYear.starting(9999, month=1).following(), ["$.end"]),
    ],
)
def test_out_of_range_calendar_input_is_a_validation_error_with_paths(call, paths):
    with pytest.raises(ValidationError) as info:
        call()
    assert [p.path for p in info.value.problems] == paths


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            lambda: month_day(4, 31),
            "$.day: a day of month 4 must be within [1, 30], got 31",
        ),
        (lambda: month_day(13, 1), "$.month: must be within [1, 12], got 13"),
        (
            lambda: AcademicYear.starting(2021, month=2, day=30),
            "$.day: a day in 2021-02 must be within [1, 28], got 30",
        ),
        (lambda: AcademicYear.starting(0), "$.year: must be within [1, 9999], got 0"),
        (lambda: program_period(DAY, months=0), "$.months: must be >= 1, got 0"),
        (
            lambda: TERM_SYSTEMS["ru"].year(9999),
            "$.start_year: must be within [1, 9998], got 9999",
        ),
        (
            lambda: adaptation_window(dt.date(9998, 1, 1)),
            "$.months: 36 months from 9998-01-01 would end after 9999-12-31",
        ),
    ],
)
def test_out_of_range_calendar_input_reads_as_a_range_problem(call, expected):
    with pytest.raises(ValidationError) as info:
        call()
    (problem,) = info.value.problems
    assert (str(problem), problem.code) == (expected, "range")


def test_the_last_possible_year_ends_on_the_last_date():
    assert AcademicYear.starting(9999, month=1).end == dt.date.max
    assert AcademicYear.starting(9998, month=1, day=2).end == dt.date(9999, 1, 1)
    assert TERM_SYSTEMS["ru"].year(9998).end == dt.date(9999, 8, 31)


# -- 29 February and following years --------------------------------------------------


def anniversary(start: dt.date) -> dt.date:
    """The same day a year later; 1 March when that is 29 February of a common year."""
    try:
        return start.replace(year=start.year + 1)
    except ValueError:
        return dt.date(start.year + 1, 3, 1)


def test_a_year_from_29_february_ends_on_28_february():
    year = AcademicYear.starting(2024, month=2, day=29)
    assert year.end == dt.date(2025, 2, 28)
    assert (year.end - year.start).days + 1 == 366
    assert year.following().start == dt.date(2025, 3, 1)
    assert program_period(dt.date(2024, 2, 29)) == (year.start, year.end)
    assert program_period(dt.date(2024, 2, 29), months=48)[1] == dt.date(2028, 2, 28)
    # A month too short for the start's day: the period takes that whole month.
    assert program_period(dt.date(2021, 1, 31), months=1)[1] == dt.date(2021, 2, 28)
    assert program_period(dt.date(2021, 8, 31), months=6)[1] == dt.date(2022, 2, 28)


@settings(max_examples=200)
@given(st.dates(dt.date(1, 1, 1), dt.date(9990, 12, 31)), st.integers(1, 6))
def test_following_years_cover_consecutive_days_without_gap_or_overlap(start, n):
    year = AcademicYear.starting(start.year, month=start.month, day=start.day)
    assert year.start == start
    assert program_period(start) == (year.start, year.end)
    for _ in range(n):
        assert year.end == anniversary(year.start) - dt.timedelta(days=1)
        assert (year.end - year.start).days + 1 in (365, 366)
        nxt = year.following()
        assert nxt.start == year.end + dt.timedelta(days=1)
        assert nxt.weekend == year.weekend
        assert not nxt.terms
        assert not nxt.holidays
        year = nxt


def test_following_year_of_the_seed_keeps_its_six_day_week():
    six_days = attrs.evolve(SEED_YEAR, weekend=frozenset({Weekday.SUNDAY}))
    nxt = six_days.following()
    assert (nxt.start, nxt.end, nxt.label) == (
        dt.date(2022, 9, 1),
        dt.date(2023, 8, 31),
        "2022-2023",
    )
    assert nxt.weekend == frozenset({Weekday.SUNDAY})


# -- school days, first and last -----------------------------------------------------------


def test_first_school_day_skips_weekends_and_holidays():
    # The autumn holiday runs 30 October..7 November 2021; 8 November is a Monday.
    assert SEED_YEAR.first_school_day(dt.date(2021, 10, 30), dt.date(2021, 11, 30)) == (
        dt.date(2021, 11, 8)
    )
    assert SEED_YEAR.first_school_day(dt.date(2021, 9, 4), dt.date(2021, 9, 30)) == (
        dt.date(2021, 9, 6)
    )
    assert (
        SEED_YEAR.first_school_day(dt.date(2021, 11, 1), dt.date(2021, 11, 7)) is None
    )
    assert SEED_YEAR.first_school_day(dt.date(2021, 9, 30), dt.date(2021, 9, 1)) is None
    # Before the year: the year's own first school day.
    assert SEED_YEAR.first_school_day(dt.date(2021, 1, 1), dt.date(2021, 9, 30)) == (
        dt.date(2021, 9, 1)
    )
    assert SEED_YEAR.last_school_day(dt.date(2021, 10, 1), dt.date(2021, 11, 7)) == (
        dt.date(2021, 10, 29)
    )


OVERLAPPING = AcademicYear(
    start=dt.date(2021, 9, 1),
    end=dt.date(2022, 8, 31),
    holidays=(
        Holiday(name="a", start=dt.date(2021, 10, 25), end=dt.date(2021, 11, 5)),
        Holiday(name="b", start=dt.date(2021, 11, 1), end=dt.date(2021, 11, 10)),
        Holiday(name="c", start=dt.date(2021, 12, 24), end=dt.date(2021, 12, 24)),
        Holiday(name="d", start=dt.date(2022, 6, 1), end=dt.date(2022, 8, 31)),
    ),
    weekend=frozenset({Weekday.SUNDAY}),
)


@settings(max_examples=150)
@given(
    st.sampled_from(
        [SEED_YEAR, OVERLAPPING, *(s.year(2023) for s in TERM_SYSTEMS.values())]
    ),
    st.dates(dt.date(2021, 8, 1), dt.date(2024, 9, 30)),
    st.integers(-5, 400),
)
def test_school_days_agree_with_asking_day_by_day(year, first, span):
    last = first + dt.timedelta(days=span)
    expected = []
    day = first
    while day <= last:
        if year.is_school_day(day):
            expected.append(day)
        day += dt.timedelta(days=1)
    assert year.school_days(first, last) == tuple(expected)
    assert year.school_days_between(first, last) == len(expected)
    assert year.first_school_day(first, last) == (expected[0] if expected else None)
    assert year.last_school_day(first, last) == (expected[-1] if expected else None)
