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
