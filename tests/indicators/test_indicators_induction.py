"""The teacher-induction indicators, computed from a small programme whose
every number can be counted by hand."""

import datetime as dt

from mentoring import AcademicYear, Mentee, Mentor, Pair, Person, Program, indicators

YEAR = AcademicYear.starting(2021)
ON = dt.date(2021, 12, 1)
P = {i: Person(id=i, name=i) for i in ("a", "b", "m1", "m2", "m3")}


def _pair(pid, mentor, mentee, proposed, started=None):
    pair = Pair.propose(id=pid, mentor_id=mentor, mentee_id=mentee, on=proposed)
    return pair if started is None else pair.activate(on=started)


def _program() -> Program:
    first = _pair("p1", "a", "m1", dt.date(2021, 9, 1), dt.date(2021, 9, 11))
    broken = _pair("p2", "a", "m2", dt.date(2021, 9, 1), dt.date(2021, 9, 6)).dissolve(
        on=dt.date(2021, 10, 1)
    )
    again = _pair("p3", "b", "m2", dt.date(2021, 10, 5), dt.date(2021, 10, 8))
    return Program(
        id="p",
        title="t",
        organization="o",
        year=YEAR,
        mentors=(Mentor(person=P["a"], capacity=2), Mentor(person=P["b"])),
        mentees=(
            Mentee(person=P["m1"], requested_on=dt.date(2021, 9, 1)),
            Mentee(person=P["m2"], requested_on=dt.date(2021, 9, 2)),
            Mentee(person=P["m3"], requested_on=dt.date(2021, 9, 3)),
        ),
        pairs=(first, broken, again),
    )


def test_induction_indicators_count_what_happened() -> None:
    snap = indicators.compute(_program(), on=ON)
    assert snap.value("induction_coverage") == 2 / 3  # m1 and m2, not m3
    # m1 waited 10 days, m2 4 days (to the first pair); m3 has no pair yet
    assert snap.value("days_to_pair") == 7
    assert snap.value("mentees_per_mentor") == 1  # a: p1, b: p3
    assert snap.value("reassignment_rate") == 1  # p2 dissolved, m2 re-paired
    assert snap["retention_1y"].is_missing  # no earlier year given


def test_retention_one_year_on_needs_the_year_before() -> None:
    last = Program(
        id="last",
        title="t",
        organization="o",
        year=AcademicYear.starting(2020),
        mentees=(Mentee(person=P["m1"]), Mentee(person=Person(id="gone", name="g"))),
    )
    snap = indicators.compute([last, _program()], on=ON)
    assert snap.value("retention_1y") == 1 / 2
    assert snap["retention_1y"].ids == frozenset({"m1"})


def _year(start: int, *mentees: str, mentors: tuple[str, ...] = ()) -> Program:
    return Program(
        id=f"y{start}",
        title=f"{start}-{start + 1}",
        organization="o",
        year=AcademicYear.starting(start),
        mentors=tuple(Mentor(person=Person(id=m, name=m)) for m in mentors),
        mentees=tuple(Mentee(person=Person(id=m, name=m)) for m in mentees),
    )


def test_retention_three_years_on_counts_the_mentees_of_three_years_before() -> None:
    # 2018's mentees: s1 now mentors, s2 is still a mentee, s3 has left
    years = [
        _year(2018, "s1", "s2", "s3"),
        _year(2019, "s1", "s2", "x"),
        _year(2020, "x"),
    ]
    now = [_year(2021, "s2", "m1", mentors=("s1",))]
    snap = indicators.compute([*years, *now], on=ON)
    assert snap.value("retention_3y") == 2 / 3
    assert snap["retention_3y"].ids == frozenset({"s1", "s2"})
    assert snap["retention_3y"].denominator_ids == frozenset({"s1", "s2", "s3"})
    # one year on looks at 2020 only
    assert snap.value("retention_1y") == 0
    # the years between are not needed
    alone = indicators.compute([years[0], *now], on=ON)
    assert alone.value("retention_3y") == 2 / 3
    assert alone["retention_1y"].is_missing


def test_retention_three_years_on_is_missing_without_that_year() -> None:
    for given in ([], [_year(2019, "m1")], [_year(2017, "m1")], [_year(2020, "m1")]):
        snap = indicators.compute([*given, _program()], on=ON)
        assert snap["retention_3y"].is_missing
    # the current year is the latest started on the day: on a day of the
    # 2018-2019 year, its three years back is 2015
    early = indicators.compute(
        [_year(2015, "m1"), _year(2018, "m1"), _program()], on=dt.date(2019, 5, 1)
    )
    assert early.value("retention_3y") == 1


def test_retention_three_years_on_merges_shared_mentees_once() -> None:
    def school(org: str, *mentees: str, start: int) -> Program:
        return Program(
            id=f"{org}{start}",
            title="t",
            organization=org,
            year=AcademicYear.starting(start),
            mentees=tuple(Mentee(person=Person(id=m, name=m)) for m in mentees),
        )

    programs = [
        school("a", "s1", "shared", start=2018),
        school("b", "shared", "s2", start=2018),
        school("a", "s1", start=2021),
        school("b", "shared", start=2021),
    ]
    merged = indicators.compute(programs, on=ON)
    value = merged["retention_3y"]
    assert (value.numerator, value.denominator) == (2, 3)
    assert value.ids == frozenset({"s1", "shared"})


def _waiting(requested_on=None, hired_on=None, started=dt.date(2021, 9, 20)):
    mentee = Mentee(person=P["m1"], requested_on=requested_on, hired_on=hired_on)
    return Program(
        id="p",
        title="t",
        organization="o",
        year=YEAR,
        mentors=(Mentor(person=P["a"]),),
        mentees=(mentee,),
        pairs=(_pair("p1", "a", "m1", dt.date(2021, 9, 1), started),),
    )


def _days(program: Program) -> float | None:
    return indicators.compute(program, on=ON).value("days_to_pair")


def test_days_to_pair_count_from_the_hire_when_there_is_no_request() -> None:
    assert _days(_waiting(hired_on=dt.date(2021, 9, 6))) == 14
    assert _days(_waiting()) is None  # neither: no wait to count


def test_days_to_pair_count_from_the_later_of_request_and_hire() -> None:
    # a veteran teacher asking for a mentor: the request, not the hire of 2015
    assert _days(_waiting(dt.date(2021, 9, 10), dt.date(2015, 8, 25))) == 10
    # a candidate who asked before starting: from the first working day
    assert _days(_waiting(dt.date(2021, 6, 1), dt.date(2021, 9, 13))) == 7


def test_a_mentor_assigned_before_the_first_day_is_no_wait() -> None:
    program = _waiting(hired_on=dt.date(2021, 9, 13), started=dt.date(2021, 9, 6))
    assert program.problems() == ()  # allowed: induction can start before hire
    assert _days(program) == 0
    assert indicators.compute(program, on=ON)["days_to_pair"].per_id == (("m1", 0),)
