"""Embedded sample programmes: fictional people, the real structure of the seeds.

Three programmes, each valid (``problems() == ()``) and each with mentees
still waiting for a mentor, so that matching has something to do:

``"ru"`` -- :func:`russian_school`
    A Russian school year 2021-2022 like the seed's programme: a curator who
    heads the district methodical association of technology teachers, one
    young specialist and two newly arrived teachers, consultant, subject and
    parallel-colleague mentors, plans assessed every quarter, events,
    achievements and questionnaires at the start and at the end.
``"md"`` -- :func:`moldovan_network`
    A Moldovan district's part of the national mentoring network: national
    mentors training future institutional mentors in groups, their
    certification, and certified institutional mentors with debutants.
``"kz"`` -- :func:`kazakh_school`
    A Kazakh school whose 15 level-trained teachers (1 leaders' course, 2
    level 1, 5 level 2, 7 level 3) run mentoring by the level 1-2 teachers,
    with focus groups for the teachers without the courses.

>>> from mentoring import samples
>>> sorted(samples.SAMPLES)
['kz', 'md', 'ru']
>>> program = samples.load("ru")
>>> len(program.mentees), program.problems()
(5, ())

Every call builds the programme anew; programmes are immutable values, so
a caller may change one (``attrs.evolve``, ``Program.add_pairs``) freely.

.. versionadded:: 0.1.0
"""

import types
from collections.abc import Callable, Mapping

from mentoring.errors import ValidationError
from mentoring.model import Program
from mentoring.samples._kazakh import kazakh_school
from mentoring.samples._moldovan import moldovan_network
from mentoring.samples._russian import russian_school

__all__ = ["SAMPLES", "kazakh_school", "load", "moldovan_network", "russian_school"]

#: Every sample builder, by name (``"ru"``, ``"md"`` and ``"kz"``).
SAMPLES: Mapping[str, Callable[[], Program]] = types.MappingProxyType(
    {
        "ru": russian_school,
        "md": moldovan_network,
        "kz": kazakh_school,
    }
)


def load(name: str) -> Program:
    """The sample programme called *name* (``"ru"``, ``"md"`` or ``"kz"``).

    An unknown name raises :class:`~mentoring.errors.ValidationError` naming
    the samples there are.

    .. versionadded:: 0.1.0
    """
    builder = SAMPLES.get(name)
    if builder is None:
        known = ", ".join(sorted(SAMPLES))
        raise ValidationError(
            [("$.name", f"no sample {name!r}; the samples are {known}")],
            subject="sample name",
        )
    return builder()
