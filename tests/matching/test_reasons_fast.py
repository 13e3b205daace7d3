"""The reasons of a run's mentees without a candidate, computed once per rule
and value (``Reasons``), are those of the plain check of every mentor against
every rule (``no_mentor``): the same exclusions, code and sentence."""

import datetime as dt
import sys
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.matching import (
    CompatibilityModel,
    Constraint,
    ConstraintKind,
    PairRef,
    match,
)
from mentoring.matching import _match as match_module
from mentoring.matching._reasons import Reasons, no_mentor
from mentoring.matching._rules import Rules
from mentoring.model import (
    Certification,
    CertificationKind,
    Mentee,
    Mentor,
    MentorFunction,
    Pair,
    Person,
)
from mentoring.serialization import to_json

F = MentorFunction
K = CertificationKind
DAY = dt.date(2021, 9, 1)

MODELS = (
    CompatibilityModel.default(),
    CompatibilityModel.russian_school(),
    CompatibilityModel.kazakh_levels(),
    CompatibilityModel.default().with_constraints(
        Constraint(kind=ConstraintKind.EXPERIENCE_GAP, years=3),
        Constraint(kind=ConstraintKind.EXPERIENCE_GAP, years=5),
        Constraint(kind=ConstraintKind.SAME_DISTRICT),
        Constraint(kind=ConstraintKind.SAME_GRADES),
    ),
)


@st.composite
def profiles(draw):
    """What a teacher is, from few values: equal profiles are frequent."""
    return {
        "organization": draw(st.sampled_from(["s1", "s2", ""])),
        "district": draw(st.sampled_from(["north", "south"])),
        "subjects": frozenset(draw(st.sets(st.sampled_from(["maths", "art"])))),
        "grades": frozenset(draw(st.sets(st.integers(1, 3), max_size=2))),
        "experience_years": draw(st.sampled_from([0, 3, 8])),
        "certifications": tuple(
            Certification(kind=k, obtained_on=DAY)
            for k in draw(st.sets(st.sampled_from([K.NIS_LEVEL_1, K.NIS_LEVEL_3])))
        ),
    }


@st.composite
def runs(draw):
    """Mentors and mentees (some the same people), pairs before, a model."""
    shapes = draw(st.lists(profiles(), min_size=1, max_size=3))

    def person(pid):
        return Person(id=pid, name=pid, **draw(st.sampled_from(shapes)))

    mentors = [
        Mentor(
            person=person(f"p{i}"),
            capacity=draw(st.integers(0, 2)),
            functions=frozenset(draw(st.sets(st.sampled_from(F), min_size=1))),
        )
        for i in range(draw(st.integers(0, 7)))
    ]
    ids = [m.id for m in mentors]
    # ids p0.. are shared: a mentee p1 is the same person as mentor p1
    first = draw(st.integers(0, 4))
    mentees = [
        Mentee(
            person=person(f"p{i}"),
            avoided_mentor_ids=frozenset(
                draw(st.sets(st.sampled_from(ids), max_size=2)) if ids else ()
            ),
        )
        for i in range(first, first + draw(st.integers(0, 6)))
    ]
    existing = []
    if mentors and mentees:
        for k in range(draw(st.integers(0, 4))):
            mentor = draw(st.sampled_from(mentors))
            mentee = draw(st.sampled_from(mentees))
            if mentor.id == mentee.id:
                continue
            pair = Pair.propose(
                id=f"old-{k}",
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                on=DAY,
                function=draw(st.sampled_from(F)),
            )
            if draw(st.booleans()):
                pair = pair.dissolve(on=DAY)
            existing.append(pair)
    forbidden = ()
    if mentors and mentees and draw(st.booleans()):
        mentor_id = draw(st.sampled_from(ids))
        mentee_id = draw(st.sampled_from(mentees)).id
        if mentor_id != mentee_id:
            forbidden = (PairRef(mentor_id=mentor_id, mentee_id=mentee_id),)
    model = draw(st.sampled_from(MODELS)).with_forbidden(*forbidden)
    return mentors, mentees, existing, model, draw(st.sampled_from(F))


def refuse_art(mentor, mentee):
    return "art" not in mentor.person.subjects or bool(mentee.person.grades)


@settings(max_examples=150, deadline=None)
@given(runs(), st.data())
def test_the_shared_reasons_are_the_plain_reasons(run, data):
    mentors, mentees, existing, model, function = run
    rules = Rules(
        model,
        function=function,
        on=DAY,
        allow=data.draw(st.sampled_from([None, refuse_art])),
        existing=existing,
        rematch_dissolved=data.draw(st.booleans()),
    )
    places = {m.id: m.capacity - rules.held.get(m.id, 0) for m in mentors}
    shared = Reasons(rules, mentors, places)
    ids = sorted(m.id for m in mentors)
    # the mentors below the floor: none, some, or (ties) all of them
    belows = st.one_of(
        st.just(()),
        st.just(tuple(ids)),
        st.lists(st.sampled_from(ids), unique=True).map(sorted).map(tuple)
        if ids
        else st.just(()),
    )
    # mentees asked in any order, some twice with other mentors below the
    # floor: what one answer shares with the next must not leak into it
    asks = st.tuples(st.sampled_from(mentees), belows, st.sampled_from(["en", "ru"]))
    for mentee, below, lang in (
        data.draw(st.lists(asks, max_size=10)) if mentees else ()
    ):
        plain = no_mentor(rules, mentee, mentors, places, below, lang=lang)
        assert shared.no_mentor(mentee, below, lang=lang) == plain


class PlainReasons:
    """The reasons of a run as they were computed: mentor by mentor."""

    def __init__(self, rules, mentors, places):
        self.args = rules, mentors, places

    def no_mentor(self, mentee, below=(), *, lang="en"):
        rules, mentors, places = self.args
        return no_mentor(rules, mentee, mentors, places, below, lang=lang)


@settings(max_examples=60, deadline=None)
@given(runs(), st.data())
def test_match_with_a_floor_says_what_the_plain_reasons_say(run, data):
    pytest.importorskip("numpy")
    mentors, mentees, existing, model, function = run
    kwargs = {"model": model, "function": function, "existing": existing}
    # the floor: a score some pair has (ties at the floor) or a round one
    scores = sorted(
        {a.score.value for a in match(mentors, mentees, **kwargs).assignments}
    )
    floor = data.draw(st.sampled_from([*scores, 0.0, 0.25, 0.5, 1.0]))
    # numpy loaded: the rows are compared with it
    fast = to_json(match(mentors, mentees, min_score=floor, **kwargs))
    with mock.patch.dict(sys.modules, {"numpy": None}):  # a run without numpy
        alone = to_json(match(mentors, mentees, min_score=floor, **kwargs))
        with mock.patch.object(match_module, "Reasons", PlainReasons):
            plain = to_json(match(mentors, mentees, min_score=floor, **kwargs))
    assert fast == alone == plain
