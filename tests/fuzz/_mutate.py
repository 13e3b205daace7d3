"""Structure-aware mutation of JSON documents, for the fuzz tests."""

import copy
from typing import Any

from hypothesis import strategies as st

#: Leaves that break things: wrong types, huge and odd numbers, text that is
#: not Unicode, control characters, formulas, long strings, deep nesting.
NASTY_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\ud800",
        "a\udfffb",
        "\x00",
        "a\nb",
        "\x1b[31m",
        "=1+1",
        "-3",
        "@cmd",
        "2021-02-30",
        "9999-12-31",
        "0001-01-01",
        "x" * 200_001,
        '"',
        "'",
        "\u2028",
        "Кобец А.С.",
    ]
)
NASTY_NUMBERS = st.sampled_from(
    [0, -1, 1, 13, 14, 81, 1001, 2**63, -(2**63), 10**100, 1.5, -0.0, 1e308, True]
)


def _deep(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


LEAVES = st.one_of(
    NASTY_TEXT,
    NASTY_NUMBERS,
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.just([]),
    st.just({}),
    st.sampled_from([10, 70, 400]).map(_deep),
)


def _paths(doc: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if len(here) > 12:  # not into a deep leaf put there before
        return found
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += _paths(value, (*here, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            found += _paths(value, (*here, i))
    return found


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


@st.composite
def mutated(draw: st.DrawFn, doc: Any, max_changes: int = 4) -> Any:
    """*doc* (unchanged) copied with 1..*max_changes* changes, each at a
    place in it: a value replaced, a key removed or added, an item removed
    or repeated, a list emptied.
    """
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, max_changes))):
        paths = _paths(doc)
        path = draw(st.sampled_from(paths))
        kind = draw(st.sampled_from(["replace", "drop", "add", "repeat", "retype"]))
        if not path:
            if kind == "replace":
                doc = draw(LEAVES)
            continue
        parent = _get(doc, path[:-1])
        last = path[-1]
        if kind == "replace":
            parent[last] = draw(LEAVES)
        elif kind == "drop":
            del parent[last]
        elif kind == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["x", "id", "\ud800", "a\nb", "k" * 50]))] = (
                draw(LEAVES)
            )
        elif kind == "repeat" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        elif kind == "retype":
            value = parent[last]
            parent[last] = [value] if not isinstance(value, list) else {"v": value}
    return doc
