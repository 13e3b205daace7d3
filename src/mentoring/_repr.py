"""One ``__repr__`` shared by the library's attrs classes.

attrs writes and compiles a ``__repr__`` for every class it builds, and
those are the largest part of the code it compiles when the library is
imported (an f-string of every field per class). A class that sets
``__repr__ = value_repr`` in its body gets none generated (attrs leaves a
method the class defines itself alone) and reads exactly as attrs would
write it: ``Name(field=value, ...)``, every field in order, each value by
its own ``repr`` (or the field's own ``repr=`` function), and ``...`` for
a value met again while it is being shown.
"""

import threading
from collections.abc import Callable

import attrs

__all__ = ["value_repr"]

#: The fields of each class shown, each with how it is shown, read once.
_FIELDS: dict[type, tuple[tuple[str, Callable[[object], str]], ...]] = {}
#: The ids of the values being shown, per thread (a value inside itself).
_SHOWING = threading.local()


def value_repr(self: object) -> str:
    """``Name(field=value, ...)`` of an attrs instance, as attrs writes it."""
    cls = type(self)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(
            (a.name, repr if a.repr is True else a.repr)
            for a in attrs.fields(cls)  # type: ignore[arg-type]
            if a.repr is not False
        )
    showing: set[int] | None = getattr(_SHOWING, "ids", None)
    if showing is None:
        showing = _SHOWING.ids = set()
    if id(self) in showing:
        return "..."
    showing.add(id(self))
    try:
        fields = ", ".join(
            f"{name}={show(getattr(self, name))}" for name, show in names
        )
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({fields})"
    finally:
        showing.discard(id(self))
