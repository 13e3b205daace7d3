"""Valid documents to mutate: parts of the sample programmes and small
generated programmes (built once).
"""

import functools
from typing import Any

from mentoring import samples, serialization
from mentoring.calendar import AcademicYear
from mentoring.model import (
    Event,
    Measurement,
    Mentee,
    Mentor,
    MentoringPlan,
    Pair,
    Person,
    SurveyResponse,
)
from mentoring.testing.factories import make_program


@functools.cache
def small_values() -> tuple[tuple[type, dict[str, Any]], ...]:
    """(class, document) of the parts of every sample programme."""
    found: list[tuple[type, dict[str, Any]]] = []
    for name in ("ru", "md", "kz"):
        program = samples.load(name)
        parts: list[tuple[type, object]] = [(AcademicYear, program.year)]
        parts += [(Mentor, x) for x in program.mentors[:3]]
        parts += [(Mentee, x) for x in program.mentees[:3]]
        parts += [(Person, x.person) for x in program.mentees[:2]]
        parts += [(Pair, x) for x in program.pairs[:2]]
        parts += [(MentoringPlan, x) for x in program.plans[:1]]
        parts += [(Event, x) for x in program.events[:1]]
        parts += [(Measurement, x) for x in program.measurements[:1]]
        parts += [(SurveyResponse, x) for x in program.surveys[:1]]
        found += [(cls, serialization.to_dict(value)) for cls, value in parts]
    return tuple(found)


@functools.cache
def programmes() -> tuple[dict[str, Any], ...]:
    """Small whole programmes as documents (generated, with records)."""
    return tuple(
        serialization.to_dict(make_program(seed, mentors=2, mentees=3))
        for seed in range(1, 6)
    )


@functools.cache
def roster_documents() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A mentors' and a mentees' JSON roster of a sample programme."""
    program = samples.load("md")
    return (
        [serialization.to_dict(m) for m in program.mentors[:4]],
        [
            serialization.to_dict(
                Mentee(person=e.person, category=e.category, needs=e.needs)
            )
            for e in program.mentees[:4]
        ],
    )
