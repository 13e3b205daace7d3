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
>>> tr_n("{n} day", "{n} days", 5, "ru").format(n=5)
'5 дней'

A sentence the logic layers compose in English before the language is known
(a score's reason, a health signal) is translated where it is shown with
:func:`tr_text`: it finds the catalogue's message whose ``{fields}`` the
sentence fills, translates the filled-in values in turn (a date is written as
the language writes it), and fills the translation.

>>> tr_text("4 of 4 criteria met; 12 of 14 activities done on time", "ru")
'выполнено критериев: 4 из 4; мероприятий выполнено в срок: 12 из 14'
"""

import datetime as dt
import gettext
import io
import re
import struct
from functools import cache, lru_cache
from importlib.resources import files

from mentoring._format import date as _date
from mentoring._format import number as _number
from mentoring._locale import lang_of

__all__ = [
    "DOMAIN",
    "NC_",
    "N_",
    "catalogue",
    "originals",
    "tr",
    "tr_ctx",
    "tr_n",
    "tr_text",
    "translated",
]

#: The gettext domain of the library's catalogues.
DOMAIN = "mentoring"


def originals(data: bytes) -> list[str]:
    r"""The original messages of a compiled ``.mo`` catalogue *data*, in its
    order (a message with plural forms is ``singular\x00plural``).
    """
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == 0x950412DE else ">"
    count, table = struct.unpack(order + "4x4x2I", data[:16])[0:2]
    found = []
    for i in range(count):
        length, offset = struct.unpack(
            order + "2I", data[table + 8 * i : table + 8 * i + 8]
        )
        found.append(data[offset : offset + length].decode("utf-8"))
    return found


@cache
def _loaded(code: str) -> tuple[gettext.NullTranslations, dict[str, str]]:
    """The catalogue of *code* and its plural messages (singular -> plural)."""
    if code == "en":
        return gettext.NullTranslations(), {}
    mo = files("mentoring") / "locale" / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        data = mo.read_bytes()
    except FileNotFoundError:
        return gettext.NullTranslations(), {}
    plurals: dict[str, str] = {}
    for text in originals(data):
        if "\x00" in text:
            singular, plural = text.split("\x00", 1)
            plurals[singular] = plural
    return gettext.GNUTranslations(io.BytesIO(data)), plurals


def catalogue(lang: str) -> gettext.NullTranslations:
    """The translations of *lang* (English: the messages as written)."""
    return _loaded(lang_of(lang))[0]


def tr(message: str, lang: str = "en") -> str:
    """*message* in *lang*."""
    return catalogue(lang).gettext(message)


def translated(message: str, lang: str, context: str = "") -> bool:
    """Whether *lang*'s catalogue has *message* (in *context*), even when its
    translation is written as in English (Romanian "Mentor").
    """
    code = lang_of(lang)
    if code == "en":
        return True
    table: dict[object, str] = getattr(catalogue(code), "_catalog", {})
    key = f"{context}\x04{message}" if context else message
    return key in table or (key, 0) in table


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


def NC_(context: str, message: str) -> str:  # noqa: N802 - as N_
    """Mark *message* in *context* for the catalogues without translating it
    (translate it with ``tr_ctx(context, message, lang)``).
    """
    del context
    return message


_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"-?[0-9]+\.([0-9]+)")
#: The fields that hold a decimal number (an indicator code such as 1.2 in
#: another field must stay as it is).
_DECIMAL_FIELDS = frozenset({"hours", "per_week", "threshold", "weeks"})
#: A template: its pattern, its field names in order, the English singular
#: (the key of its translation) and whether it has plural forms.
_Template = tuple[re.Pattern[str], tuple[str, ...], str, bool]


def _pattern(msgid: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The pattern a message with ``{fields}`` fills, or None when it has no
    field or nothing but fields.
    """
    names = tuple(_FIELD.findall(msgid))
    pieces = _FIELD.split(msgid)
    literal = "".join(pieces[0::2])
    if not names or not literal.strip():
        return None
    regex = ""
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            regex += re.escape(piece)
        else:
            # A value never spans two clauses ("; ").
            regex += r"(-?[0-9]+)" if piece == "n" else r"((?:(?!; ).)+?)"
    return re.compile(regex, re.DOTALL), names


@cache
def _templates(lang: str) -> tuple[_Template, ...]:
    """The messages of *lang*'s catalogue that have ``{fields}``, longest
    first (the most specific wins).
    """
    table: dict[object, str] = getattr(catalogue(lang), "_catalog", {})
    found: list[tuple[int, _Template]] = []
    plurals = _loaded(lang)[1]
    for key in table:
        if isinstance(key, tuple):
            msgid, index = key
            if index != 0:
                continue
            english = [msgid, plurals.get(msgid, msgid)]
            plural = True
        elif isinstance(key, str) and key and "\x04" not in key:
            msgid, english, plural = key, [key], False
        else:
            continue
        for form in english:
            made = _pattern(form)
            if made is not None:
                length = len(_FIELD.sub("", form))
                found.append((length, (made[0], made[1], msgid, plural)))
    found.sort(key=lambda item: -item[0])
    return tuple(t for _, t in found)


def _value(name: str, text: str, lang: str, depth: int) -> str:
    """The value *text* of the field *name* in *lang*: a date, or a decimal
    number in a field of :data:`_DECIMAL_FIELDS`, as the language writes it,
    a message translated, anything else (a name, an id) as it is.
    """
    if _ISO_DAY.fullmatch(text):
        try:
            return _date(dt.date.fromisoformat(text), lang)
        except ValueError:
            return text
    decimal = _DECIMAL.fullmatch(text) if name in _DECIMAL_FIELDS else None
    if decimal is not None:
        return _number(float(text), lang, len(decimal.group(1)))
    return _sentence(text, lang, depth + 1)


def _sentence(text: str, lang: str, depth: int = 0) -> str:
    table: dict[object, str] = getattr(catalogue(lang), "_catalog", {})
    if text in table:
        return table[text]
    if depth > 6:
        return text
    filled = _filled(text, lang, depth)
    if filled is not None:
        return filled
    tail = _tail(text)
    if tail is not None:
        head, inner = tail
        head, inner = (
            _sentence(head, lang, depth + 1),
            _sentence(inner, lang, depth + 1),
        )
        return f"{head} ({inner})"
    if "; " in text:
        return "; ".join(_sentence(p, lang, depth + 1) for p in text.split("; "))
    return _labelled(text, lang, depth)


def _filled(text: str, lang: str, depth: int) -> str | None:
    """*text* translated as the filling of the most specific message with
    ``{fields}`` it fills, or None when it fills none.
    """
    cat = catalogue(lang)
    table: dict[object, str] = getattr(cat, "_catalog", {})
    for pattern, names, msgid, plural in _templates(lang):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = {
            name: _value(name, value, lang, depth)
            for name, value in zip(names, match.groups(), strict=True)
        }
        if plural:
            n = int(match.group(names.index("n") + 1)) if "n" in names else 1
            chosen = cat.ngettext(msgid, msgid, n)
        else:
            chosen = table.get(msgid, msgid)
        try:
            return chosen.format(**values)
        except (KeyError, IndexError, ValueError):
            return text
    return None


def _labelled(text: str, lang: str, depth: int) -> str:
    """*text* as a translated message, ``": "`` and what it names ("has no
    place left: m1, m2"), else as it is.
    """
    label, colon, rest = text.partition(": ")
    if not colon:
        return text
    said = _sentence(label, lang, depth + 1)
    if said == label:
        return text
    return f"{said}: {_sentence(rest, lang, depth + 1)}"


def _tail(text: str) -> tuple[str, str] | None:
    """*text* as a sentence and the clauses in parentheses after it, when
    those are clauses of their own (``"rule: ids"``, several between ``"; "``,
    which no template's value may span): "no mentor passes every rule (has
    no place left: m1; ...)".
    """
    opened = text.find(" (")
    if opened <= 0 or not text.endswith(")"):
        return None
    inner = text[opened + 2 : -1]
    if not (": " in inner or "; " in inner) or not _balanced(inner):
        return None
    return text[:opened], inner


def _balanced(text: str) -> bool:
    """Whether every parenthesis of *text* closes one opened before it."""
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def tr_text(text: str, lang: str = "en") -> str:
    """*text*, a sentence composed in English from marked messages, in *lang*.

    The sentence is looked up whole, then as the filling of a message with
    ``{fields}`` (each filled-in value translated in turn), then as a
    sentence with clauses in parentheses after it, then part by part between
    ``"; "``, then as a message followed by ``": "`` and what it names; what
    no message matches stays as it is.
    """
    if lang_of(lang) == "en" or not text:
        return text
    return _cached(text, lang_of(lang))


@lru_cache(maxsize=8192)
def _cached(text: str, lang: str) -> str:
    """:func:`_sentence`, remembered: a matching's reasons repeat a lot."""
    return _sentence(text, lang)
