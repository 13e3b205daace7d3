"""The Romanian mentor-trainer network of seed S000, built on its own (issue 15)."""

import datetime as dt

import mentoring as m
from mentoring import serialization
from mentoring.contact import program_contact
from mentoring.samples._romanian_network import romanian_network_parts


def _program() -> m.Program:
    parts = romanian_network_parts()
    return m.Program(
        id="ro-net",
        title="Dezvoltarea profesională a cadrelor didactice prin activități de mentorat",
        organization="posdru-mentorat",
        year=parts.year,
        jurisdiction="ro",
        mentors=parts.mentors,
        mentees=parts.mentees,
        groups=parts.groups,
        pairs=parts.pairs,
        plans=parts.plans,
        events=parts.events,
    )


def test_the_network_is_a_valid_programme():
    assert _program().problems() == ()


def test_the_seeds_facts_are_in_the_records():
    program = _program()
    (group,) = program.groups
    assert len(group.mentee_ids) == 50  # "un grup de 50 de formatori"
    first, second = program.events
    assert (first.on, first.ends_on) == (dt.date(2009, 8, 31), dt.date(2009, 9, 2))
    assert first.kind is m.EventKind.FOLLOW_UP_SESSION
    assert group.mentee_ids <= first.participant_ids
    assert (second.on.year, second.on.month) == (2010, 9)
    first_semester = program.year.term("S1")
    for plan in program.plans:
        assert first_semester.start <= plan.start <= plan.end <= first_semester.end
        assert [r.term for r in plan.reports] == ["S1"]
        report = plan.reports[0]
        assert report.training_needs
        assert report.offer_adaptation
        assert report.school_impact
        assert all(program.year.is_school_day(a.due) for a in plan.activities)


def test_the_field_interventions_record_their_contact():
    contact = program_contact(_program(), on=dt.date(2010, 1, 31))
    assert len(contact.pairs) == 10
    assert contact.total.observations == 10
    assert [t.term for t in contact.terms] == ["S1", "S2"]
    assert contact.terms[1].hours == 0


def test_the_network_round_trips_as_a_document():
    program = _program()
    text = serialization.to_json(program)
    assert serialization.from_json(m.Program, text) == program
