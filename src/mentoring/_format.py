r"""Numbers and dates as the reader's language writes them (private).

One formatter for every human-readable output (the text table, the HTML
report, the demo), so that they cannot disagree. Machine formats (CSV, JSON)
do not use it: they stay locale-independent.

>>> number(1234.5, "ru"), number(1234.5, "en"), number(1234.5, "ro")
('1\xa0234,5', '1,234.5', '1.234,5')
>>> percent(2 / 3, "ru"), percent(2 / 3, "en")
('66,7\xa0%', '66.7%')
>>> import datetime
>>> date(datetime.date(2021, 9, 1), "ru"), date(datetime.date(2021, 9, 1), "en")
('01.09.2021', '2021-09-01')
"""

import datetime as dt

from mentoring._locale import lang_of

__all__ = ["date", "number", "percent", "signed"]

#: (group separator, decimal separator) per language.
_SEPARATORS = {
    "en": (",", "."),
    "ru": ("\u00a0", ","),
    "kk": ("\u00a0", ","),
    "ro": (".", ","),
}
#: The text between a number and its percent sign.
_PERCENT_GAP = {"en": "", "ru": "\u00a0", "kk": "\u00a0", "ro": "\u00a0"}


def number(value: float, lang: str = "en", digits: int = 1) -> str:
    """*value* with *digits* decimals (none for an integer), grouped by
    thousands as *lang* writes it.
    """
    group, decimal = _SEPARATORS.get(lang_of(lang), _SEPARATORS["en"])
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.{digits}f}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", group)


def signed(value: float, lang: str = "en", digits: int = 1) -> str:
    """:func:`number` with its sign always written (``+1,5``, ``−2``)."""
    text = number(abs(value), lang, digits)
    return ("+" if value >= 0 else "\u2212") + text


def percent(share: float, lang: str = "en", digits: int = 1) -> str:
    """A share in [0, 1] as a percentage: ``0.667`` gives ``66.7%``."""
    gap = _PERCENT_GAP.get(lang_of(lang), "")
    return f"{number(share * 100, lang, digits)}{gap}%"


def date(day: dt.date, lang: str = "en") -> str:
    """*day* as *lang* writes it: ISO in English, ``DD.MM.YYYY`` otherwise."""
    if lang_of(lang) == "en":
        return day.isoformat()
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
