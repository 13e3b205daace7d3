"""Embedded sample programmes: fictional people, the real structure of the seeds.

Four programmes, each valid (``problems() == ()``) and each with mentees
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
``"ro"`` -- :func:`romanian_project`
    A Romanian county's part of the CIPE project from April 2018: mentor
    teachers, the peer-support group (Grupul de sprijin intercolegial) and
    the initiatives group (Grupul de inițiative în educație) formed by
    :func:`~mentoring.matching.match_groups`, their webinars and resource
    exchanges.

Beside them, :func:`romanian_network` is the Romanian mentor-trainer
network of 2009-2010 (seed S000: 50 trainers, their field interventions by
semester with qualitative reports, the follow-up sessions); it has no
mentee waiting, so it is not one of the names :func:`load` takes.

>>> from mentoring import samples
>>> sorted(samples.SAMPLES)
['kz', 'md', 'ro', 'ru']
>>> program = samples.load("ru")
>>> len(program.mentees), program.problems()
(5, ())

Every call builds the programme anew; programmes are immutable values, so
a caller may change one (``attrs.evolve``, ``Program.add_pairs``) freely.

.. versionadded:: 0.1.0
"""

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from mentoring._checks import raise_if, validated
from mentoring._problems import not_one_of
from mentoring.model import Program

if TYPE_CHECKING:
    from mentoring.samples._kazakh import kazakh_school
    from mentoring.samples._moldovan import moldovan_network
    from mentoring.samples._romanian import romanian_project
    from mentoring.samples._romanian_network import romanian_network
    from mentoring.samples._russian import russian_school

#: The module of each builder, imported when the builder is first asked for
#: (``mentoring demo`` builds one sample: it does not load the others).
_HOMES = {
    "kazakh_school": "mentoring.samples._kazakh",
    "moldovan_network": "mentoring.samples._moldovan",
    "romanian_project": "mentoring.samples._romanian",
    "romanian_network": "mentoring.samples._romanian_network",
    "russian_school": "mentoring.samples._russian",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


def __dir__() -> list[str]:
    return sorted(__all__)


class _Builders(Mapping[str, Callable[[], Program]]):
    """A read-only mapping of sample names to their builders, each imported
    when it is first looked up.
    """

    def __init__(self, builders: dict[str, str]) -> None:
        self._builders = builders

    def __getitem__(self, name: str) -> Callable[[], Program]:
        builder: Callable[[], Program] = __getattr__(self._builders[name])  # type: ignore[assignment]
        return builder

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)

    def __repr__(self) -> str:
        return f"<sample builders: {', '.join(sorted(self._builders))}>"


__all__ = [
    "SAMPLES",
    "kazakh_school",
    "load",
    "moldovan_network",
    "romanian_network",
    "romanian_project",
    "russian_school",
]

#: Every sample builder, by name (``"ru"``, ``"md"``, ``"kz"`` and ``"ro"``).
SAMPLES: Mapping[str, Callable[[], Program]] = _Builders(
    {
        "ru": "russian_school",
        "md": "moldovan_network",
        "kz": "kazakh_school",
        "ro": "romanian_project",
    }
)


@validated
def load(name: str) -> Program:
    """The sample programme called *name* (``"ru"``, ``"md"``, ``"kz"`` or
    ``"ro"``).

    >>> load("fr")
    Traceback (most recent call last):
    ...
    mentoring.errors.ValidationError: invalid arguments of load: 1 problem
      $.name: must be one of 'kz', 'md', 'ro', 'ru'; got 'fr'

    Raises:
        ~mentoring.errors.ValidationError: *name* is not a str, or not the
            name of a sample (code ``choice``, naming the samples there are).

    .. versionadded:: 0.1.0
    """
    if name not in SAMPLES:
        raise_if([not_one_of("$.name", sorted(SAMPLES), name)], "arguments of load")
    return SAMPLES[name]()
