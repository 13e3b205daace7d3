"""Labels in English, Russian, Romanian (and Kazakh where known) for every
enum member and every indicator: :func:`label`.

>>> from mentoring.model.enums import MenteeCategory
>>> label(MenteeCategory.YOUNG_SPECIALIST, "ru")
'Молодой специалист'
>>> label("2.2", "ro")
'Mentori din rândul cadrelor didactice'
>>> label(MenteeCategory.NEW_TO_POST, "kk")  # no Kazakh label: English
'New to the post'

A member no table knows is humanized (``"young_specialist"`` becomes
``"Young specialist"``), so enums added later show a readable English label
until they are translated. :func:`missing_labels` lists what is missing.
"""

import enum

from mentoring.indicators.catalog import CATALOG, Catalog, Indicator
from mentoring.labels._registry import LABELLED_ENUMS, TABLE_OF
from mentoring.labels._types import Labels

__all__ = [
    "LABELLED_ENUMS",
    "LOCALES",
    "Labels",
    "humanize",
    "label",
    "missing_labels",
]

#: The locales labels are written in; ``kk`` only where known.
LOCALES = ("en", "ru", "ro", "kk")


def _lang(locale: str) -> str:
    return locale.replace("-", "_").split("_", 1)[0].lower()


def humanize(value: str) -> str:
    """``"young_specialist"`` -> ``"Young specialist"``: the English fallback.

    .. versionadded:: 0.1.0
    """
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _pick(entry: Labels, lang: str) -> str:
    text = getattr(entry, lang, "") if lang in LOCALES else ""
    return text or entry.en


def label(
    value: enum.Enum | Indicator | str,
    locale: str = "en",
    *,
    catalog: Catalog = CATALOG,
) -> str:
    """The label of an enum member, an indicator or an indicator code in
    *locale* (``"ru"``, ``"ru-RU"``, ``"ro_MD"``, ...).

    A missing translation falls back to English; an unknown member or code
    to its humanized value.

    .. versionadded:: 0.1.0
    """
    lang = _lang(locale)
    if isinstance(value, Indicator):
        return value.title(lang)
    if isinstance(value, enum.Enum):
        entry = TABLE_OF.get(type(value), {}).get(str(value.value))
        if entry is None:
            return humanize(str(value.value))
        return _pick(entry, lang)
    if value in catalog:
        return catalog.get(value).title(lang)
    return humanize(value)


def missing_labels(
    locales: tuple[str, ...] = ("en", "ru", "ro"),
    *,
    catalog: Catalog = CATALOG,
) -> tuple[str, ...]:
    """Every label missing in *locales*, as ``"ru: MentorOrigin.ngo"`` or
    ``"ro: indicator 1.2"``; ``()`` when none is.

    Covers the members of the enums in ``LABELLED_ENUMS`` and the indicators of
    *catalog*.

    .. versionadded:: 0.1.0
    """
    found: list[str] = []
    for lang in locales:
        for cls in LABELLED_ENUMS:
            table = TABLE_OF.get(cls, {})
            for member in cls:
                entry = table.get(str(member.value))
                if entry is None or not getattr(entry, lang, ""):
                    found.append(f"{lang}: {cls.__name__}.{member.value}")
        for ind in catalog:
            text = {"en": ind.title_en, "ru": ind.title_ru, "ro": ind.title_ro}.get(
                lang, ind.title_kk if lang == "kk" else ""
            )
            if not text:
                found.append(f"{lang}: indicator {ind.code}")
    return tuple(found)
