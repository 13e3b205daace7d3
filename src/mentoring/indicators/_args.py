"""Checks of the arguments of the public functions (private).

Every public function of :mod:`mentoring.indicators` and
:mod:`mentoring.labels` checks its arguments' types first and names each bad
one at ``$.<argument>``, so that a wrong type never escapes as a
``TypeError`` or an ``AttributeError`` from deep inside.
"""

import datetime as dt

from mentoring._locale import lang_problems
from mentoring._problems import describe
from mentoring.errors import Problem, ValidationError

__all__ = ["expect", "expect_bool", "expect_date", "expect_locale", "raise_if"]


def expect(
    problems: list[Problem], name: str, value: object, cls: type | tuple[type, ...]
) -> bool:
    """Add a problem at ``$.<name>`` unless *value* is a *cls*; say whether
    it is.
    """
    if isinstance(value, cls):
        return True
    names = (
        " or ".join(c.__name__ for c in cls) if isinstance(cls, tuple) else cls.__name__
    )
    problems.append(Problem(f"$.{name}", f"expected {names}, got {describe(value)}"))
    return False


def expect_date(problems: list[Problem], name: str, value: object) -> bool:
    """A problem unless *value* is a date (a datetime is not one)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return True
    problems.append(Problem(f"$.{name}", f"expected a date, got {describe(value)}"))
    return False


def expect_bool(problems: list[Problem], name: str, value: object) -> bool:
    """A problem unless *value* is ``True`` or ``False``."""
    return expect(problems, name, value, bool)


def expect_locale(problems: list[Problem], name: str, value: object) -> bool:
    """A problem unless *value* is a locale of
    :data:`~mentoring.labels.LOCALES` (``"ru"``, ``"ru-RU"``, ``"ro_MD"`` ...).
    """
    found = list(lang_problems(value, f"$.{name}"))
    problems.extend(found)
    return not found


def raise_if(problems: list[Problem], subject: str) -> None:
    """Raise one :class:`~mentoring.errors.ValidationError` if any problem."""
    if problems:
        raise ValidationError(problems, subject=subject)
