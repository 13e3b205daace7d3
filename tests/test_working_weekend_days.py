"""Weekend days made working days by decree (перенос выходных): school days
of a jurisdiction's year when the ``holidays`` package says so (issue 15)."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings

from mentoring.calendar import AcademicYear, Weekday
from mentoring.errors import ValidationError
from mentoring.testing import strategies as ms

JURISDICTIONS = {"ru": ("RU", "ru"), "kz": ("KZ", "kk"), "ro": ("RO", "ro")}
JURISDICTIONS["md"] = ("MD", "ro")


def _package_workdays(code: str, year: AcademicYear) -> set[dt.date]:
    """The package's own working weekend days inside *year*."""
    holidays = pytest.importorskip("holidays")
    country, language = JURISDICTIONS[code]
    found: set[dt.date] = set()
    for y in range(year.start.year, year.end.year + 1):
        days = holidays.country_holidays(country, years=y, language=language)
        found |= {d for d in days.weekend_workdays if d.year == y}
    return {d for d in found if d in year and Weekday.of(d) in year.weekend}


@pytest.mark.parametrize("code", sorted(JURISDICTIONS))
@pytest.mark.parametrize("start", range(2021, 2027))
def test_the_package_working_weekend_days_are_school_days_unless_a_holiday(code, start):
    year = AcademicYear.for_jurisdiction(code, start)
    worked = _package_workdays(code, year)
    assert set(year.working_weekend_days) == worked
    for day in worked:
        assert year.is_working_day(day)
        off = year.holiday_of(day) is not None or year.public_holiday_of(day)
        assert year.is_school_day(day) is not off, day
    # every other weekend day stays a day off
    weekend_days = [
        year.start + dt.timedelta(days=i)
        for i in range((year.end - year.start).days + 1)
        if Weekday.of(year.start + dt.timedelta(days=i)) in year.weekend
    ]
    assert not any(year.is_school_day(d) for d in weekend_days if d not in worked)


def test_saturday_28_december_2024_was_a_school_day_in_russia():
    pytest.importorskip("holidays")
    year = AcademicYear.for_jurisdiction("ru", 2024)
    saturday = dt.date(2024, 12, 28)  # its day off moved to Monday 30 December
    assert year.is_school_day(saturday)
    assert saturday in year.school_days(dt.date(2024, 12, 23), dt.date(2024, 12, 29))
    # Saturday 2 November 2024 was worked too, but in the autumn vacation
    assert dt.date(2024, 11, 2) in year.working_weekend_days
    assert not year.is_school_day(dt.date(2024, 11, 2))
    assert year.is_working_day(dt.date(2024, 11, 2))


def test_the_library_own_dates_know_no_working_weekend_day():
    year = AcademicYear.for_jurisdiction("ru", 2024).with_public_holidays(
        "ru", source="library"
    )
    assert year.working_weekend_days == ()
    assert not year.is_school_day(dt.date(2024, 12, 28))


def test_a_working_weekend_day_must_be_inside_the_year():
    with pytest.raises(ValidationError) as caught:
        AcademicYear(
            start=dt.date(2024, 9, 1),
            end=dt.date(2025, 8, 31),
            working_weekend_days=(
                dt.date(2024, 8, 31),
                dt.date(2024, 12, 28),
                dt.date(2025, 9, 6),
            ),
        )
    paths = [p.path for p in caught.value.problems]
    assert paths == ["$.working_weekend_days[0]", "$.working_weekend_days[2]"]
    assert "2024-08-31 lies outside the year 2024-09-01..2025-08-31" in str(
        caught.value
    )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(ms.academic_years())
def test_school_days_and_is_school_day_agree_with_working_weekend_days(year):
    every = [
        year.start + dt.timedelta(days=i)
        for i in range((year.end - year.start).days + 1)
    ]
    assert year.school_days(year.start, year.end) == tuple(
        d for d in every if year.is_school_day(d)
    )
    for day in year.working_weekend_days:
        assert year.is_working_day(day) is (year.public_holiday_of(day) is None)
