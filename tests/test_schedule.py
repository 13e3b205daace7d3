"""Schedules: RRULE round trips, occurrences within bounds, term time."""

import datetime as dt

import attrs
import pytest
from dateutil import rrule
from hypothesis import given, settings
from hypothesis import strategies as st

import mentoring.schedule
from mentoring.calendar import AcademicYear, Weekday
from mentoring.errors import ValidationError
from mentoring.schedule import TH, TU, Frequency, Schedule

YEAR = AcademicYear.for_jurisdiction("ru", 2021)
DAYS = st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31))


@st.composite
def schedules(draw):
    start = draw(DAYS)
    freq = draw(st.sampled_from(Frequency))
    end = draw(st.sampled_from(["count", "until", "none"]))
    count = until = None
    if end == "count":
        count = draw(st.integers(1, 40))
    elif end == "until":
        until = start + dt.timedelta(days=draw(st.integers(0, 500)))
    exclusions = draw(
        st.lists(
            st.integers(0, 400).map(lambda n: start + dt.timedelta(days=n)),
            max_size=5,
        )
    )
    return Schedule(
        start=start,
        freq=freq,
        interval=draw(st.integers(1, 4)),
        weekdays=draw(st.frozensets(st.sampled_from(Weekday), max_size=3)),
        count=count,
        until=until,
        exclusions=exclusions,
    )


@settings(max_examples=300)
@given(schedules())
def test_schedule_round_trips_through_its_rrule_string(schedule):
    text = schedule.to_rrule_string()
    again = Schedule.from_rrule(text)
    assert again == schedule
    assert hash(again) == hash(schedule)
    assert again.to_rrule_string() == text


@settings(max_examples=200)
@given(schedules(), DAYS, st.integers(0, 400))
def test_occurrences_stay_within_their_bounds_and_skip_exclusions(
    schedule, first, span
):
    last = first + dt.timedelta(days=span)
    found = schedule.occurrences(between=(first, last))
    assert list(found) == sorted(set(found))
    for day in found:
        assert first <= day <= last
        assert day >= schedule.start
        assert schedule.until is None or day <= schedule.until
        assert day not in schedule.exclusions
        if schedule.weekdays:
            assert Weekday.of(day) in schedule.weekdays
    if schedule.count is not None:
        assert len(found) <= schedule.count


@settings(max_examples=100)
@given(schedules())
def test_occurrences_agree_with_dateutil_reading_the_rrule(schedule):
    first, last = schedule.start, schedule.start + dt.timedelta(days=400)
    parsed = rrule.rrulestr(schedule.to_rrule_string(), forceset=True)
    expected = [
        d.date()
        for d in parsed.between(
            dt.datetime(first.year, first.month, first.day),  # noqa: DTZ001
            dt.datetime(last.year, last.month, last.day),  # noqa: DTZ001
            inc=True,
        )
    ]
    assert list(schedule.occurrences(between=(first, last))) == expected


def test_schedules_with_the_same_days_in_another_order_are_equal():
    a = Schedule.weekly(
        TU,
        TH,
        start=dt.date(2021, 9, 1),
        exclusions=[dt.date(2021, 9, 9), dt.date(2021, 9, 2)],
    )
    b = Schedule.weekly(
        TH,
        TU,
        TU,
        start=dt.date(2021, 9, 1),
        exclusions=[dt.date(2021, 9, 2), dt.date(2021, 9, 9)],
    )
    assert a == b
    assert len({a, b}) == 1
    assert a.weekdays == (Weekday.TUESDAY, Weekday.THURSDAY)


def test_every_tuesday_in_term_time_except_holidays_is_one_line():
    tuesdays = Schedule.weekly(TU, start=YEAR.start).within(YEAR)
    days = tuesdays.occurrences()
    assert days[0] == dt.date(2021, 9, 7)
    assert all(d.weekday() == 1 for d in days)
    assert all(YEAR.is_school_day(d) for d in days)
    assert dt.date(2021, 11, 2) not in days  # autumn holidays
    assert dt.date(2022, 1, 4) not in days  # winter holidays
    assert max(days) <= dt.date(2022, 5, 31)  # summer holidays
    all_tuesdays = Schedule.weekly(TU, start=YEAR.start, until=YEAR.end).occurrences()
    assert len(days) == sum(1 for d in all_tuesdays if YEAR.is_school_day(d))
    # still a plain value: it round-trips without the year
    assert Schedule.from_rrule(tuesdays.to_rrule_string()) == tuesdays


def test_within_keeps_what_is_left_of_a_count():
    counted = Schedule.weekly(TU, start=dt.date(2021, 8, 3), count=6)
    inside = counted.within(YEAR)
    # 3, 10, 17, 24, 31 August are before the year; only 7 September is left
    assert inside.occurrences() == (dt.date(2021, 9, 7),)


def test_within_a_year_the_schedule_never_reaches_is_refused():
    with pytest.raises(ValidationError) as info:
        Schedule.weekly(TU, start=dt.date(2023, 1, 3)).within(YEAR)
    (problem,) = info.value.problems
    assert (str(problem), problem.code) == (
        "$.start: the schedule has no date in the year 2021-2022",
        "outside",
    )


def test_occurrences_in_a_term():
    q1 = YEAR.term("Q1")
    days = Schedule.weekly(TU, start=YEAR.start).occurrences_in(q1)
    assert days[0] == dt.date(2021, 9, 7)
    assert days[-1] == dt.date(2021, 10, 26)


def test_endless_schedule_needs_bounds():
    with pytest.raises(ValidationError) as info:
        Schedule.weekly(TU, start=YEAR.start).occurrences()
    (problem,) = info.value.problems
    assert (str(problem), problem.code) == (
        "$.between: an endless schedule needs between=(first, last)",
        "missing",
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not a rule",
        "DTSTART:20210907\nRRULE:FREQ=SOMETIMES",
        "DTSTART:20210907\nRRULE:FREQ=WEEKLY;BYDAY=XX",
        "DTSTART:20219999\nRRULE:FREQ=WEEKLY",
        "DTSTART:20210907\nRRULE:FREQ=WEEKLY;COUNT=two",
    ],
)
def test_rrule_text_that_does_not_parse_is_refused_naming_it(text):
    with pytest.raises(ValidationError) as info:
        Schedule.from_rrule(text)
    assert info.value.subject == "RRULE"
    assert repr(text)[:20] in str(info.value) or not text
    assert {p.code for p in info.value.problems} == {"format"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("DTSTART:20210907\nRRULE:FREQ=MONTHLY;BYMONTHDAY=3", "BYMONTHDAY=3"),
        ("DTSTART:20210907T100000\nRRULE:FREQ=WEEKLY", "time of day"),
        ("DTSTART:20210907\nRRULE:FREQ=HOURLY", "FREQ=HOURLY"),
        ("DTSTART:20210907\nRRULE:FREQ=MONTHLY;BYDAY=1MO", "'1MO'"),
        ("RRULE:FREQ=WEEKLY", "no DTSTART"),
    ],
)
def test_rrule_parts_a_schedule_does_not_hold_are_refused_naming_them(text, named):
    with pytest.raises(ValidationError, match=named.replace("(", r"\(")):
        Schedule.from_rrule(text)


def test_rrule_with_count_and_until_is_refused():
    with pytest.raises(ValidationError) as info:
        Schedule.from_rrule("DTSTART:20210907\nRRULE:FREQ=DAILY;COUNT=3;UNTIL=20211001")
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.count", "rule")
    assert problem.message.startswith(
        "give a count or an end date (until), not both (RFC 5545) (in 'DTSTART"
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"interval": 0}, ("$.interval: must be within [1, 1000], got 0", "range")),
        ({"count": 0}, ("$.count: must be within [1, 100000], got 0", "range")),
        (
            {"until": dt.date(2021, 9, 1)},
            ("$.until: must not be before start 2021-09-07, got 2021-09-01", "order"),
        ),
    ],
)
def test_a_schedule_out_of_its_bounds_is_refused_in_the_same_words(fields, expected):
    with pytest.raises(ValidationError) as info:
        Schedule(start=dt.date(2021, 9, 7), **fields)
    assert [(str(p), p.code) for p in info.value.problems] == [expected]


def test_weekday_has_one_public_home():
    assert "Weekday" not in mentoring.schedule.__all__
    assert TU is Weekday.TUESDAY


def test_bare_rule_takes_the_start_given():
    schedule = Schedule.from_rrule(
        "FREQ=WEEKLY;BYDAY=TU,TH;INTERVAL=2", start=dt.date(2021, 9, 1)
    )
    assert schedule.interval == 2
    assert schedule.occurrences(between=(dt.date(2021, 9, 1), dt.date(2021, 9, 20)))[
        :2
    ] == (
        dt.date(2021, 9, 2),
        dt.date(2021, 9, 14),
    )


def test_exdate_lines_become_exclusions():
    text = "DTSTART;VALUE=DATE:20210907\nRRULE:FREQ=WEEKLY;COUNT=3\nEXDATE;VALUE=DATE:20210914"
    schedule = Schedule.from_rrule(text)
    assert schedule.exclusions == (dt.date(2021, 9, 14),)
    assert schedule.occurrences() == (dt.date(2021, 9, 7), dt.date(2021, 9, 21))
    assert schedule.to_rrule_string() == text


def test_bad_values_are_refused_with_their_paths():
    with pytest.raises(ValidationError) as info:
        Schedule(
            start=dt.date(2021, 9, 1), interval=0, count=0, until=dt.date(2021, 8, 1)
        )
    paths = {p.path for p in info.value.problems}
    assert {"$.interval", "$.count", "$.until"} <= paths


def test_once_is_a_single_date():
    assert Schedule.once(dt.date(2021, 9, 7)).occurrences() == (dt.date(2021, 9, 7),)


def test_describe_says_it_in_words():
    text = Schedule.weekly(
        TU, start=dt.date(2021, 9, 7), until=dt.date(2021, 12, 28)
    ).describe()
    assert text == "every week on Tuesday from 2021-09-07 until 2021-12-28"


@settings(max_examples=100)
@given(schedules())
def test_schedule_round_trips_through_json(schedule):
    from mentoring import serialization

    assert (
        serialization.from_json(Schedule, serialization.to_json(schedule)) == schedule
    )


# -- UNTIL as a date-time ----------------------------------------------------------------


@pytest.mark.parametrize(
    "until",
    [
        "20210905",
        "20210905T000000Z",
        "20210905T000000",
        "20210905T235959Z",
        "20210905t120000z",
    ],
)
def test_rrule_until_as_a_date_time_counts_as_its_date(until):
    schedule = Schedule.from_rrule(
        f"FREQ=DAILY;UNTIL={until}", start=dt.date(2021, 9, 1)
    )
    assert schedule.until == dt.date(2021, 9, 5)
    assert schedule.occurrences()[-1] == dt.date(2021, 9, 5)
    assert len(schedule.occurrences()) == 5


def test_rrule_until_date_time_in_full_text_with_dtstart():
    text = (
        "DTSTART;VALUE=DATE:20210907\nRRULE:FREQ=WEEKLY;UNTIL=20210921T000000Z;BYDAY=TU"
    )
    schedule = Schedule.from_rrule(text)
    assert schedule.occurrences() == (
        dt.date(2021, 9, 7),
        dt.date(2021, 9, 14),
        dt.date(2021, 9, 21),
    )
    assert "UNTIL=20210921" in schedule.to_rrule_string()


def test_rrule_until_that_is_not_a_date_is_refused_naming_it():
    with pytest.raises(ValidationError, match="UNTIL"):
        Schedule.from_rrule("FREQ=DAILY;UNTIL=2021090", start=dt.date(2021, 9, 1))


# -- the last date a schedule may reach ----------------------------------------------------


def test_last_possible_is_until_or_the_count_th_date_or_none():
    start = dt.date(2021, 9, 7)
    assert Schedule.weekly(
        TU, start=start, until=dt.date(2021, 12, 1)
    ).last_possible == (dt.date(2021, 12, 1))
    assert Schedule.weekly(TU, TH, start=start, count=3).last_possible == dt.date(
        2021, 9, 14
    )
    assert Schedule.once(start).last_possible == start
    assert Schedule.weekly(TU, start=start).last_possible is None
    # The start is not a Friday, so the first of the two dates is the 10th.
    assert Schedule.weekly(Weekday.FRIDAY, start=start, count=2).last_possible == (
        dt.date(2021, 9, 17)
    )
    # Dates up to 9999-12-31 are reached without overflow.
    late = Schedule.daily(start=dt.date(9999, 12, 30), count=5)
    assert late.last_possible == dt.date(9999, 12, 31)


@settings(max_examples=100)
@given(schedules())
def test_last_possible_is_the_last_occurrence_when_nothing_is_excluded(schedule):
    plain = Schedule(
        start=schedule.start,
        freq=schedule.freq,
        interval=schedule.interval,
        weekdays=schedule.weekdays,
        count=schedule.count,
    )
    if plain.count is None:
        assert plain.last_possible is None
        return
    assert plain.last_possible == plain.occurrences()[-1]


# -- wrong types are refused with paths --------------------------------------------------


class Wrong:
    def __repr__(self):
        return "Wrong()"


WRONG = Wrong()
START = dt.date(2021, 9, 7)
WEEKLY = Schedule.weekly(TU, start=START)

SCHEDULE_CALLS = [
    (
        "weekly",
        Schedule.weekly,
        {"start": START, "until": None, "count": 3, "interval": 1, "exclusions": ()},
    ),
    (
        "daily",
        Schedule.daily,
        {"start": START, "until": None, "count": 3, "interval": 1},
    ),
    (
        "monthly",
        Schedule.monthly,
        {"start": START, "until": None, "count": 3, "interval": 1},
    ),
    ("once", Schedule.once, {"day": START}),
    ("from_rrule", Schedule.from_rrule, {"text": "FREQ=DAILY;COUNT=2", "start": START}),
    ("occurrences", WEEKLY.occurrences, {"between": (START, START)}),
    ("occurrences_in", WEEKLY.occurrences_in, {"span": YEAR.term("Q1")}),
    ("within", WEEKLY.within, {"year": YEAR}),
]


@pytest.mark.parametrize(("name", "function", "good"), SCHEDULE_CALLS)
def test_every_schedule_call_works_with_good_arguments(name, function, good):
    function(**good)


@pytest.mark.parametrize(
    ("function", "arguments", "bad"),
    [
        pytest.param(function, {**good, arg: WRONG}, arg, id=f"{name}-{arg}")
        for name, function, good in SCHEDULE_CALLS
        for arg in good
    ],
)
def test_a_wrong_type_to_any_schedule_argument_is_refused_with_its_path(
    function, arguments, bad
):
    with pytest.raises(ValidationError) as info:
        function(**arguments)
    assert [p.path for p in info.value.problems] == [f"$.{bad}"]


@pytest.mark.parametrize(
    ("call", "paths"),
    [
        (lambda: Schedule.weekly(TU, "TH", start=START), ["$.weekdays[1]"]),
        (
            lambda: Schedule.weekly(TU, start="2021-09-07", count="3"),
            ["$.start", "$.count"],
        ),
        (
            lambda: Schedule.weekly(TU, start=START, exclusions=["2021-09-14"]),
            ["$.exclusions"],
        ),
        (lambda: WEEKLY.occurrences(between=(START,)), ["$.between"]),
        (lambda: WEEKLY.occurrences(between=[START, START]), ["$.between"]),
        (lambda: Schedule.from_rrule(b"FREQ=DAILY", start=START), ["$.text"]),
        (lambda: Schedule.daily(start=START, count=0), ["$.count"]),
        (lambda: Schedule.daily(start=START, interval=-1), ["$.interval"]),
    ],
)
def test_bad_schedule_arguments_are_refused_with_their_paths(call, paths):
    with pytest.raises(ValidationError) as info:
        call()
    assert [p.path for p in info.value.problems] == paths


def _dateutil_dates(schedule: Schedule, first: dt.date, last: dt.date) -> list:
    """The plain path: ``dateutil`` asked afresh, without the remembered dates."""
    found = schedule._rule().between(
        dt.datetime.combine(first, dt.time()),
        dt.datetime.combine(last, dt.time()),
        inc=True,
    )
    return [d.date() for d in found if d.date() not in set(schedule.exclusions)]


@settings(max_examples=80, deadline=None)
@given(
    data=st.data(),
    year=st.sampled_from([AcademicYear.starting(2021), AcademicYear.starting(2024)]),
)
def test_remembered_rule_dates_are_dateutils_own(data, year):
    # Schedules that share a rule but not their exclusions, and spans that
    # share a first or a last day, each asked twice.
    from mentoring.testing.strategies import schedules

    schedule = data.draw(schedules(within=year))
    other = attrs.evolve(
        schedule,
        exclusions=data.draw(
            st.sets(st.sampled_from(year.school_days(year.start, year.end)))
        ),
    )
    first = data.draw(st.dates(year.start, year.end))
    last = data.draw(st.dates(first, year.end))
    for s in (schedule, other, schedule, other):
        for span in ((first, last), (year.start, last), (first, year.end)):
            assert list(s.occurrences(between=span)) == _dateutil_dates(s, *span)
