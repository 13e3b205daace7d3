"""The building blocks every strategy draws with.

Strategies are immutable, so the ones composites draw from are built once and
cached: building a strategy inside every draw would dominate the run time.
Each helper draws in the way that shrinks well: a pick shrinks toward the
first item, a day toward the start of its window, a growing collection toward
fewer items.
"""

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import TypeVar

from hypothesis import strategies as st

from mentoring.calendar import AcademicYear
from mentoring.testing import _names

_T = TypeVar("_T")

#: The start years :func:`~mentoring.testing.strategies.academic_years` draws
#: from by default.
MIN_START_YEAR = 2000
MAX_START_YEAR = 2049

EPOCH = dt.date(MIN_START_YEAR, 1, 1)
END_OF_TIME = dt.date(MAX_START_YEAR + 1, 12, 31)
SEPTEMBER = 9

#: A period of days, both ends included.
Window = tuple[dt.date, dt.date]

cache = functools.lru_cache(maxsize=2048)


@cache
def index(n: int) -> st.SearchStrategy[int]:
    """A position in a sequence of *n* items."""
    return st.integers(0, n - 1)


@cache
def upto(n: int) -> st.SearchStrategy[int]:
    """An int in ``0..n``, shrinking toward 0."""
    return st.integers(0, n)


def pick(draw: st.DrawFn, items: Sequence[_T]) -> _T:
    """One of *items*, shrinking toward the first."""
    return items[draw(index(len(items)))]


def day(draw: st.DrawFn, start: dt.date, end: dt.date) -> dt.date:
    """A day in ``start..end`` (inclusive), shrinking toward *start*."""
    return start + dt.timedelta(days=draw(upto((end - start).days)))


def maybe(draw: st.DrawFn) -> bool:
    """A coin toss, shrinking toward ``False``."""
    return draw(BOOLEANS)


def go_on(draw: st.DrawFn, odds: int = 4) -> bool:
    """Whether a growing collection takes one more item (``odds - 1`` times in
    *odds*); stopping is the simpler choice the shrinker moves toward.
    """
    return draw(index(odds)) != 0


def few(draw: st.DrawFn, most: int, odds: int = 4) -> range:
    """``range(n)`` for a small *n* that shrinks toward 0, drawn as a list is."""
    n = 0
    while n < most and go_on(draw, odds):
        n += 1
    return range(n)


def draw_list(
    draw: st.DrawFn, low: int, high: int, item: Callable[[int], _T], odds: int = 4
) -> list[_T]:
    """Between *low* and *high* items, ``item(i)`` each, one more ``odds - 1``
    times in *odds*; shrinks like a list.
    """
    found = [item(i) for i in range(low)]
    while len(found) < high and go_on(draw, odds):
        found.append(item(len(found)))
    return found


@cache
def optional(items: tuple[_T, ...]) -> st.SearchStrategy[_T | None]:
    """``None`` or one of *items*."""
    return st.none() | st.sampled_from(items)


@cache
def subset(pool: tuple[_T, ...], max_size: int) -> st.SearchStrategy[frozenset[_T]]:
    """Up to *max_size* members of *pool*."""
    if not pool:
        return st.just(frozenset())
    return st.frozensets(st.sampled_from(pool), max_size=max_size)


@cache
def ordered_subset(
    pool: tuple[_T, ...], max_size: int
) -> st.SearchStrategy[tuple[_T, ...]]:
    """Up to *max_size* distinct members of *pool*, in a drawn order."""
    if not pool:
        return st.just(())
    return st.lists(st.sampled_from(pool), unique=True, max_size=max_size).map(tuple)


#: The letters of free text: English, Russian, Kazakh and Romanian, digits,
#: spaces and the punctuation of school documents. An explicit alphabet keeps
#: Hypothesis from building its Unicode tables on first use.
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    "әғқңөұүһіӘҒҚҢӨҰҮҺІăâîșțĂÂÎȘȚ0123456789 .,;:-–()«»„”№/"
)
#: Short remarks of school documents, the empty one first.
PHRASES = ("", "ok", "по плану", "conform planului", "on track", "жоспар бойынша")


@cache
def title(choices: tuple[str, ...]) -> st.SearchStrategy[str]:
    """A non-blank title: one of *choices* or made-up text."""
    return st.one_of(
        st.sampled_from(choices),
        st.text(ALPHABET, min_size=1, max_size=24).filter(str.strip),
    )


def indexed(prefix: str) -> st.SearchStrategy[str]:
    """Ids such as ``"pair-12"``."""
    return st.integers(1, 9999).map(f"{prefix}-{{}}".format)


BOOLEANS = st.booleans()
FREE_TEXT = st.one_of(st.sampled_from(PHRASES), st.text(ALPHABET, max_size=16))
UNIT = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
WEIGHT = st.floats(min_value=0.0, max_value=10.0, allow_nan=False)
START_YEARS = st.integers(MIN_START_YEAR, MAX_START_YEAR)


def languages(jurisdiction: str | None) -> tuple[str, ...]:
    """The name languages of *jurisdiction* (all of them for ``None``)."""
    if jurisdiction is None:
        return _names.LANGUAGES
    return _names.languages_of(jurisdiction)


def places(
    table: dict[str, tuple[str, ...]], jurisdiction: str | None
) -> tuple[str, ...]:
    """The places of *table* in *jurisdiction* (all of them for ``None``)."""
    if jurisdiction is None:
        return tuple(dict.fromkeys(v for values in table.values() for v in values))
    return table.get(jurisdiction, table[""])


def place(draw: st.DrawFn, table: dict[str, tuple[str, ...]], where: str | None) -> str:
    """A place of *table* in *where*, or ``""`` (not said)."""
    if not maybe(draw):
        return ""
    return pick(draw, places(table, where))


def window(draw: st.DrawFn, year: AcademicYear | None) -> Window:
    """The days of *year*, or of a drawn September year when it is ``None``."""
    if year is not None:
        return year.start, year.end
    start = draw(START_YEARS)
    return dt.date(start, SEPTEMBER, 1), dt.date(start + 1, SEPTEMBER - 1, 31)
