"""Lazy names of a package (PEP 562): a public name is imported from its
implementation module the first time it is read, then kept in the package.

A package that uses it lists its names for the type checkers under
``if TYPE_CHECKING:`` and installs the hooks under ``if not TYPE_CHECKING:``,
so that mypy sees exactly the names it exports (a misspelt name is an error
for the user's type checker, not an ``object``)::

    if not TYPE_CHECKING:
        __getattr__, __dir__ = lazy_names(__name__, _WHERE, __all__)

Importing one name loads only the modules it needs: ``mentoring demo``
does not pay for the matching of groups or for the batch indicators.
"""

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping

__all__ = ["lazy_names"]


def lazy_names(
    package: str,
    where: Mapping[str, str],
    public: Iterable[str],
    modules: frozenset[str] = frozenset(),
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of *package*: each name of
    *where* comes from the module it maps to, each name of *modules* is a
    submodule of *package*; *public* is what ``dir()`` lists.
    """
    names = sorted(public)

    def __getattr__(name: str) -> object:  # noqa: N807 (the PEP 562 hook)
        if name in modules:
            return importlib.import_module(f"{package}.{name}")
        home = where.get(name)
        if home is None:
            msg = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(msg)
        value = getattr(importlib.import_module(home), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:  # noqa: N807 (the PEP 562 hook)
        return list(names)

    return __getattr__, __dir__
