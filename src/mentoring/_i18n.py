"""The one translation function of the library (private).

Every sentence a reader sees goes through :func:`tr` (or :func:`tr_n` when it
holds a count, :func:`tr_ctx` when one English word has two meanings), with
the reader's language. The catalogues are GNU gettext ``.mo`` files shipped in
the package (``mentoring/locale/<lang>/LC_MESSAGES/mentoring.mo``) and read
with the standard library's :mod:`gettext`; English is the source language,
so ``"en"`` (and any message a catalogue lacks) reads as written.

Strings defined before the language is known (module constants) are marked
with :func:`N_` so the extractor finds them, and translated where they are
shown: ``tr(SIGNAL, lang)``.

>>> tr("mentor", "en")
'mentor'
>>> tr_n("{n} pair", "{n} pairs", 2, "en").format(n=2)
'2 pairs'
"""

import gettext
from functools import cache
from importlib.resources import files

from mentoring._locale import lang_of

__all__ = ["DOMAIN", "N_", "catalogue", "tr", "tr_ctx", "tr_n"]

#: The gettext domain of the library's catalogues.
DOMAIN = "mentoring"


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The translations of *lang* (English: the messages as written)."""
    code = lang_of(lang)
    if code == "en":
        return gettext.NullTranslations()
    mo = files("mentoring") / "locale" / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with mo.open("rb") as stream:
            return gettext.GNUTranslations(stream)
    except FileNotFoundError:
        return gettext.NullTranslations()


def tr(message: str, lang: str = "en") -> str:
    """*message* in *lang*."""
    return catalogue(lang).gettext(message)


def tr_n(singular: str, plural: str, n: int, lang: str = "en") -> str:
    """The form of a message with a count *n* in *lang* (Russian and Kazakh
    have several plural forms); format the count in afterwards.
    """
    return catalogue(lang).ngettext(singular, plural, n)


def tr_ctx(context: str, message: str, lang: str = "en") -> str:
    """*message* in *lang*, where *context* tells apart one English word with
    two meanings.
    """
    return catalogue(lang).pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - the name gettext's tools know
    """Mark *message* for the catalogues without translating it yet."""
    return message
