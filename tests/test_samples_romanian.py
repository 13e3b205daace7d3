"""The Romanian sample (seed 003): the CIPE project's groups formed by
match_groups, its webinars and resource exchanges from April 2018."""

import datetime as dt

from mentoring import samples, serialization
from mentoring.cli import main
from mentoring.model import EventKind, Program
from mentoring.samples._romanian import Parts, build, cipe_parts


def test_the_cipe_groups_are_formed_by_match_groups():
    program = samples.load("ro")
    assert program.problems() == ()
    groups = {g.topic: g for g in program.groups}
    peers = groups["Grupul de sprijin intercolegial"]
    initiatives = groups["Grupul de inițiative în educație"]
    # the leaderless peer group is convened by the coordinator
    assert peers.mentor_id == program.curator.id
    schools = {program.mentee(i).person.organization for i in peers.mentee_ids}
    assert len(schools) == 3  # teachers of every school, mixed
    leader = program.mentor(initiatives.mentor_id)
    assert leader.person.certifications  # a certified mentor teacher leads
    assert {g.approach.value for g in program.groups} == {"group"}
    assert min(g.formed_on for g in program.groups) == dt.date(2018, 4, 16)


def test_webinars_and_resource_exchanges_from_april_2018():
    program = samples.load("ro")
    kinds = [e.kind for e in program.events]
    assert kinds.count(EventKind.WEBINAR) == 2
    assert all(e.on >= dt.date(2018, 4, 1) for e in program.events)
    assert any("Schimb de resurse" in e.title for e in program.events)


def test_the_sample_round_trips_through_json_and_extends_by_parts():
    program = samples.load("ro")
    assert serialization.from_json(Program, serialization.to_json(program)) == program
    assert build(cipe_parts() + Parts()) == program


def test_the_demo_runs_in_romanian(capsys):
    assert main(["demo", "--sample", "ro", "--lang", "ro"]) == 0
    out = capsys.readouterr().out
    assert "Grupul de sprijin intercolegial" in out
    assert "Repartizarea mentoraților care așteaptă" in out
    assert "calitatea repartizării" in out
