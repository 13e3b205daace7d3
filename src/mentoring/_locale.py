"""The languages the library writes in, and the check of a language argument
(private; public as :data:`mentoring.labels.LANGS`).

It sits at the bottom of the package so that every layer can check a ``lang``
argument without importing the labels.

>>> lang_of("ru-RU"), lang_of("ro_MD"), lang_of("KK")
('ru', 'ro', 'kk')
>>> [str(p) for p in lang_problems("de")]
["$.lang: must be one of 'en', 'ru', 'ro', 'kk'; got 'de'"]
"""

from collections.abc import Iterator

from mentoring._problems import not_one_of, wrong_type
from mentoring.errors import Problem

__all__ = ["LANGS", "lang_of", "lang_problems"]

#: The languages labels and reports are written in.
LANGS = ("en", "ru", "ro", "kk")


def lang_of(lang: str) -> str:
    """The language of a code: ``"ru-RU"``, ``"ro_MD"`` and ``"RU"`` give
    ``"ru"``, ``"ro"`` and ``"ru"``.
    """
    return lang.replace("-", "_").split("_", 1)[0].lower()


def lang_problems(lang: object, path: str = "$.lang") -> Iterator[Problem]:
    """A problem unless *lang* is a string whose language is in :data:`LANGS`
    (``"ru"``, ``"ru-RU"``, ``"ro_MD"``, ``"KK"``).
    """
    if not isinstance(lang, str):
        yield wrong_type(path, "a language code (str)", lang)
    elif lang_of(lang) not in LANGS:
        yield not_one_of(path, LANGS, lang)
