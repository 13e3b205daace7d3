"""The mentor's agreement on a pair and ending it with notice (issue 15)."""

import datetime as dt

import pytest

import mentoring as m
from mentoring import serialization
from mentoring.calendar import AcademicYear
from mentoring.errors import ValidationError
from mentoring.model import ContactKind, MentorAgreement, WorkMethod

RU_2024 = AcademicYear.for_jurisdiction("ru", 2024)


def _pair(activated: dt.date, agreement: MentorAgreement | None = None) -> m.Pair:
    pair = m.Pair.propose(
        id="p1", mentor_id="m1", mentee_id="e1", on=activated - dt.timedelta(days=3)
    ).activate(on=activated)
    return pair if agreement is None else pair.with_agreement(agreement)


def _program(pair: m.Pair, jurisdiction: str) -> m.Program:
    return m.Program(
        id="x",
        title="x",
        organization="o",
        year=AcademicYear.for_jurisdiction(jurisdiction, 2024),
        jurisdiction=jurisdiction,
        mentors=(m.Mentor(person=m.Person(id="m1", name="M", organization="o")),),
        mentees=(m.Mentee(person=m.Person(id="e1", name="E", organization="o")),),
        pairs=(pair,),
    )


def test_three_working_days_of_notice_skip_the_weekend_and_public_holidays():
    agreement = MentorAgreement(
        consent_on=dt.date(2025, 3, 3), start=dt.date(2025, 3, 3)
    )
    pair = _pair(dt.date(2025, 3, 3), agreement)
    # Notice on Wednesday 5 March 2025: Thursday 6, Friday 7, then
    # Saturday 8 March (a public holiday) and Sunday: Monday 10 March.
    assert pair.notice_ends_on(dt.date(2025, 3, 5), year=RU_2024) == dt.date(
        2025, 3, 10
    )
    ended = pair.end_with_notice(
        given_on=dt.date(2025, 3, 5), year=RU_2024, reason="mentor's notice", by="m1"
    )
    assert ended.status is m.PairStatus.DISSOLVED
    assert ended.ended_on == dt.date(2025, 3, 10)
    assert ended.history[-1].by == "m1"


def test_the_agreements_own_notice_period_counts_and_vacations_are_working_days():
    agreement = MentorAgreement(
        consent_on=dt.date(2024, 9, 16), start=dt.date(2024, 9, 16), notice_days=5
    )
    pair = _pair(dt.date(2024, 9, 16), agreement)
    # The winter vacation is working time for teachers; 30 and 31 Dec 2024
    # and 1-8 January are days off in Russia, Saturday 28 Dec a working
    # day: 27 and 28 Dec, 9, 10, 13 Jan.
    assert pair.notice_ends_on(dt.date(2024, 12, 26), year=RU_2024) == dt.date(
        2025, 1, 13
    )


def test_a_russian_pair_activated_since_march_2025_needs_the_agreement():
    bare = _pair(dt.date(2025, 3, 3))
    assert [(p.path, p.code) for p in _program(bare, "ru").problems()] == [
        ("$.pairs[0].agreement", "missing")
    ]
    signed = bare.with_agreement(
        MentorAgreement(
            consent_on=dt.date(2025, 2, 28),
            start=dt.date(2025, 3, 3),
            end=dt.date(2025, 8, 31),
            content="адаптация молодого специалиста",
            extra_pay=True,
            extra_pay_amount=5000.0,
        )
    )
    assert _program(signed, "ru").problems() == ()
    assert _program(bare, "kz").problems() == ()
    assert _program(_pair(dt.date(2024, 9, 16)), "ru").problems() == ()


def test_an_agreement_that_makes_no_sense_is_refused_with_every_problem():
    with pytest.raises(ValidationError) as err:
        MentorAgreement(
            consent_on=dt.date(2025, 3, 3),
            start=dt.date(2025, 3, 1),
            end=dt.date(2025, 2, 1),
            extra_pay_amount=-1.0,
            notice_days=-1,
        )
    assert [p.path for p in err.value.problems] == [
        "$.start",
        "$.end",
        "$.extra_pay_amount",
        "$.extra_pay_amount",
        "$.notice_days",
    ]


def test_the_new_fields_round_trip_and_old_documents_still_load():
    agreement = MentorAgreement(
        consent_on=dt.date(2025, 3, 3),
        start=dt.date(2025, 3, 3),
        extra_pay=True,
        extra_pay_amount=2500.0,
        notice_days=3,
    )
    pair = _pair(dt.date(2025, 3, 3), agreement)
    assert serialization.from_json(m.Pair, serialization.to_json(pair)) == pair
    activity = m.Activity(
        id="a",
        title="Visit",
        method=WorkMethod.LESSON_OBSERVATION,
        due=dt.date(2025, 3, 4),
        contact=ContactKind.LESSON_OBSERVATION,
        minutes=45,
    )
    assert serialization.from_json(m.Activity, serialization.to_json(activity)) == (
        activity
    )
    old_pair = serialization.to_dict(pair)
    del old_pair["agreement"]
    assert serialization.from_dict(m.Pair, old_pair).agreement is None
    old_activity = serialization.to_dict(activity)
    del old_activity["contact"], old_activity["minutes"]
    assert serialization.from_dict(m.Activity, old_activity).minutes is None
    year = serialization.to_dict(RU_2024)
    del year["public_holidays"], year["jurisdiction"]
    assert serialization.from_dict(AcademicYear, year).public_holidays == ()


def test_negative_minutes_in_a_document_are_named_at_their_path():
    data = {
        "id": "a",
        "title": "t",
        "method": "meeting",
        "due": "2025-03-04",
        "minutes": -1,
    }
    with pytest.raises(ValidationError) as err:
        serialization.from_dict(m.Activity, data)
    assert [p.path for p in err.value.problems] == ["$.minutes"]
