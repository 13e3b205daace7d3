"""Every public entry point of the matching layer refuses an argument of the
wrong type with a ValidationError naming its path, never a bare TypeError."""

import datetime as dt

import attrs
import pytest

from mentoring.calendar import AcademicYear
from mentoring.errors import ValidationError
from mentoring.matching import (
    CompatibilityModel,
    Constraint,
    ConstraintKind,
    Criterion,
    CriterionKind,
    GradeBand,
    MentorLoad,
    PairRef,
    eligible_mentors,
    match,
    match_program,
    suggest,
)
from mentoring.model import Mentee, MenteeCategory, Mentor, Person, Program

DAY = dt.date(2021, 9, 1)
MENTOR = Mentor(person=Person(id="m1", name="M"))
MENTEE = Mentee(person=Person(id="e1", name="E"))
PROGRAM = Program(
    id="p",
    title="P",
    organization="school",
    year=AcademicYear.starting(2021),
    mentors=(MENTOR,),
    mentees=(MENTEE,),
)
KZ = CompatibilityModel.kazakh_levels()
MODEL = CompatibilityModel.default()
MATCHING = match([MENTOR], [MENTEE])


def run_match(**kw):
    args = {"mentors": [MENTOR], "mentees": [MENTEE]} | kw
    return match(args.pop("mentors"), args.pop("mentees"), **args)


def run_suggest(**kw):
    args = {"mentee": MENTEE, "mentors": [MENTOR]} | kw
    return suggest(args.pop("mentee"), args.pop("mentors"), **args)


def run_program(**kw):
    args = {"program": PROGRAM} | kw
    return match_program(args.pop("program"), **args)


def run_eligible(**kw):
    args = {"mentors": [MENTOR]} | kw
    return eligible_mentors(args.pop("mentors"), **args)


def run_to_pairs(**kw):
    return MATCHING.to_pairs(**({"on": DAY} | kw))


WRONG = [
    # match
    (run_match, {"mentors": None}, "$.mentors"),
    (run_match, {"mentors": 5}, "$.mentors"),
    (run_match, {"mentors": "m1"}, "$.mentors"),
    (run_match, {"mentors": [MENTEE]}, "$.mentors[0]"),
    (run_match, {"mentees": None}, "$.mentees"),
    (run_match, {"mentees": [MENTOR]}, "$.mentees[0]"),
    (run_match, {"model": "default"}, "$.model"),
    (run_match, {"method": 5}, "$.method"),
    (run_match, {"function": "consultant"}, "$.function"),
    (run_match, {"existing": None}, "$.existing"),
    (run_match, {"existing": ["pair-1"]}, "$.existing[0]"),
    (run_match, {"locked": 5}, "$.locked"),
    (run_match, {"locked": [("m1", "e1")]}, "$.locked[0]"),
    (run_match, {"priority": 5}, "$.priority"),
    (run_match, {"priority": {"e1": "high"}}, "$.priority['e1']"),
    (run_match, {"proposing": None}, "$.proposing"),
    (run_match, {"allow": 5}, "$.allow"),
    (run_match, {"on": "2021-01-01"}, "$.on"),
    (run_match, {"on": "2021-01-01", "model": KZ}, "$.on"),
    (run_match, {"on": dt.datetime(2021, 1, 1, tzinfo=dt.UTC)}, "$.on"),
    (run_match, {"rematch_dissolved": "yes"}, "$.rematch_dissolved"),
    # match_program
    (run_program, {"program": None}, "$.program"),
    (run_program, {"program": [MENTOR]}, "$.program"),
    (run_program, {"model": 5}, "$.model"),
    (run_program, {"method": "best"}, "$.method"),
    (run_program, {"function": None}, "$.function"),
    (run_program, {"locked": None}, "$.locked"),
    (run_program, {"locked": ["m1"]}, "$.locked[0]"),
    (run_program, {"priority": ["e1"]}, "$.priority"),
    (run_program, {"allow": "yes"}, "$.allow"),
    (run_program, {"on": 2021}, "$.on"),
    (run_program, {"rematch_dissolved": 1}, "$.rematch_dissolved"),
    # suggest
    (run_suggest, {"mentee": None}, "$.mentee"),
    (run_suggest, {"mentee": MENTOR}, "$.mentee"),
    (run_suggest, {"mentors": None}, "$.mentors"),
    (run_suggest, {"mentors": [None]}, "$.mentors[0]"),
    (run_suggest, {"model": object()}, "$.model"),
    (run_suggest, {"limit": "5"}, "$.limit"),
    (run_suggest, {"limit": True}, "$.limit"),
    (run_suggest, {"function": 1}, "$.function"),
    (run_suggest, {"existing": 3}, "$.existing"),
    (run_suggest, {"allow": ()}, "$.allow"),
    (run_suggest, {"on": "today"}, "$.on"),
    (run_suggest, {"rematch_dissolved": None}, "$.rematch_dissolved"),
    # eligible_mentors
    (run_eligible, {"mentors": None}, "$.mentors"),
    (run_eligible, {"mentors": [1]}, "$.mentors[0]"),
    (run_eligible, {"model": "x"}, "$.model"),
    (run_eligible, {"function": "x"}, "$.function"),
    (run_eligible, {"on": "2021-01-01", "model": KZ}, "$.on"),
    # Matching.to_pairs
    (run_to_pairs, {"on": None}, "$.on"),
    (run_to_pairs, {"on": "2021-09-01"}, "$.on"),
    (run_to_pairs, {"id_prefix": 5}, "$.id_prefix"),
    (run_to_pairs, {"existing_ids": "pair-1"}, "$.existing_ids"),
    (run_to_pairs, {"existing_ids": [1]}, "$.existing_ids[0]"),
    (run_to_pairs, {"function": "subject"}, "$.function"),
    (run_to_pairs, {"approach": "group"}, "$.approach"),
    (run_to_pairs, {"delivery": "online"}, "$.delivery"),
    (run_to_pairs, {"form": None}, "$.form"),
    (run_to_pairs, {"by": None}, "$.by"),
    # the compatibility model
    (lambda: CompatibilityModel(name=5, criteria=MODEL.criteria), {}, "$.name"),
    (lambda: CompatibilityModel(criteria=list(MODEL.criteria)), {}, "$.criteria"),
    (
        lambda: CompatibilityModel(criteria=MODEL.criteria, curator_for={"x"}),
        {},
        "$.curator_for",
    ),
    (lambda: MODEL.with_weight("same_subject", 1), {}, "$.kind"),
    (lambda: MODEL.with_weight(CriterionKind.SAME_SUBJECT, "1"), {}, "$.weight"),
    (lambda: MODEL.with_weight(CriterionKind.SAME_SUBJECT, -1), {}, "$.weight"),
    (lambda: MODEL.with_constraints("same_subject"), {}, "$.constraints[0]"),
    (lambda: MODEL.with_forbidden(None), {}, "$.pairs[0]"),
    (
        lambda: MODEL.with_locked(PairRef(mentor_id="a", mentee_id="b"), 5),
        {},
        "$.pairs[1]",
    ),
    (lambda: MODEL.with_curator_for("newly_arrived"), {}, "$.categories[0]"),
    (lambda: CompatibilityModel.certified_mentors("national"), {}, "$.level"),
    (
        lambda: Criterion(kind=CriterionKind.SAME_GRADES, grade_bands=[]),
        {},
        "$.grade_bands",
    ),
    (
        lambda: Criterion(kind=CriterionKind.SAME_GRADES, band_credit="half"),
        {},
        "$.band_credit",
    ),
    (lambda: GradeBand(low="1", high=4), {}, "$.low"),
    (lambda: PairRef(mentor_id=1, mentee_id="e"), {}, "$.mentor_id"),
]


@pytest.mark.parametrize(
    ("call", "kwargs", "path"),
    WRONG,
    ids=[f"{i}-{path}" for i, (_, _, path) in enumerate(WRONG)],
)
def test_a_wrong_argument_is_refused_with_its_path(call, kwargs, path):
    with pytest.raises(ValidationError) as err:
        call(**kwargs)
    assert path in [p.path for p in err.value.problems], err.value.problems


def test_every_wrong_argument_is_reported_at_once():
    with pytest.raises(ValidationError) as err:
        match(None, 5, model="x", allow=5, on="2021-01-01", rematch_dissolved=None)
    assert [p.path for p in err.value.problems] == [
        "$.mentors",
        "$.mentees",
        "$.model",
        "$.allow",
        "$.on",
        "$.rematch_dissolved",
    ]


def test_the_right_types_still_match():
    assert run_match(on=DAY, model=KZ).assignments == ()
    assert run_match(allow=lambda _m, _e: True).assignments
    assert run_program(on=DAY, rematch_dissolved=True).assignments
    assert run_eligible(function=None) == (MENTOR,)
    assert MODEL.with_curator_for(MenteeCategory.NEWLY_ARRIVED).curator_for == {
        MenteeCategory.NEWLY_ARRIVED
    }


WORDED = [
    (
        lambda: match(None, [MENTEE]),
        "$.mentors",
        "expected an iterable of Mentor, got NoneType None",
        "type",
    ),
    (
        lambda: match([1], [MENTEE]),
        "$.mentors[0]",
        "expected a Mentor, got int 1",
        "type",
    ),
    (
        lambda: match([MENTOR, MENTOR], [MENTEE]),
        "$.mentors[1]",
        "duplicate id 'm1'",
        "duplicate",
    ),
    (
        lambda: run_match(method="best"),
        "$.method",
        "must be one of 'stable', 'optimal', 'greedy'; got 'best'",
        "choice",
    ),
    (
        lambda: run_match(proposing="both"),
        "$.proposing",
        "must be one of 'mentees', 'mentors'; got 'both'",
        "choice",
    ),
    (
        lambda: run_match(priority={"ghost": 1}),
        "$.priority['ghost']",
        "no mentee with id 'ghost'",
        "unknown_id",
    ),
    (
        lambda: run_match(priority={"e1": "high"}),
        "$.priority['e1']",
        "expected an int, got str 'high'",
        "type",
    ),
    (
        lambda: run_match(allow=5),
        "$.allow",
        "expected a callable or None, got int 5",
        "type",
    ),
    (
        lambda: run_match(on="2021"),
        "$.on",
        "expected a date or None, got str '2021'",
        "type",
    ),
    (
        lambda: run_match(model="default"),
        "$.model",
        "expected a CompatibilityModel or None, got str 'default'",
        "type",
    ),
    (lambda: run_suggest(limit=-1), "$.limit", "must be >= 0, got -1", "range"),
    (lambda: run_suggest(limit="5"), "$.limit", "expected an int, got str '5'", "type"),
    (
        lambda: run_program(program=None),
        "$.program",
        "expected a Program, got NoneType None",
        "type",
    ),
    (
        lambda: run_eligible(mentors=[1]),
        "$.mentors[0]",
        "expected a Mentor, got int 1",
        "type",
    ),
    (
        lambda: run_to_pairs(existing_ids=[1]),
        "$.existing_ids[0]",
        "expected a str, got int 1",
        "type",
    ),
    (lambda: run_to_pairs(on="x"), "$.on", "expected a date, got str 'x'", "type"),
    (
        lambda: MODEL.with_weight("same_subject", 1),
        "$.kind",
        "expected a CriterionKind, got str 'same_subject'",
        "type",
    ),
    (
        lambda: MODEL.with_locked(5),
        "$.pairs[0]",
        "expected a PairRef, got int 5",
        "type",
    ),
    (
        lambda: CompatibilityModel.certified_mentors("national"),
        "$.level",
        "expected a MentorLevel or None, got str 'national'",
        "type",
    ),
    (
        lambda: Criterion(kind=CriterionKind.SAME_GRADES, band_credit=1.5),
        "$.band_credit",
        "must be within [0, 1], got 1.5",
        "range",
    ),
    (lambda: GradeBand(low=5, high=3), "$.high", "must be >= low (5), got 3", "order"),
    (
        lambda: GradeBand(low=0, high=14),
        "$.high",
        "must be within [0, 13], got 14",
        "range",
    ),
    (
        lambda: Constraint(kind=ConstraintKind.REQUIRED_CERTIFICATION),
        "$.certifications",
        "must not be empty",
        "empty",
    ),
    (
        lambda: Constraint(kind=ConstraintKind.SAME_SUBJECT, years=2),
        "$.years",
        "not used by 'same_subject'",
        "rule",
    ),
    (
        lambda: CompatibilityModel(criteria=(MODEL.criteria[0], MODEL.criteria[0])),
        "$.criteria[1].kind",
        "duplicate criterion 'same_subject'",
        "duplicate",
    ),
    (
        lambda: PairRef(mentor_id="p", mentee_id="p"),
        "$.mentee_id",
        "a person cannot mentor themself",
        "self",
    ),
    (
        lambda: MentorLoad(mentor_id="m", capacity=-1),
        "$.capacity",
        "must be >= 0, got -1",
        "range",
    ),
    (
        lambda: attrs.evolve(MATCHING, method="best"),
        "$.method",
        "must be one of 'stable', 'optimal', 'greedy'; got 'best'",
        "choice",
    ),
]


@pytest.mark.parametrize(
    ("call", "path", "message", "code"),
    WORDED,
    ids=[f"{i}-{path}" for i, (_, path, _, _) in enumerate(WORDED)],
)
def test_the_same_mistake_reads_the_same_everywhere(call, path, message, code):
    with pytest.raises(ValidationError) as err:
        call()
    assert (path, message, code) in [
        (p.path, p.message, p.code) for p in err.value.problems
    ]
