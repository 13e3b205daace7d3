"""Small built-in lists of realistic (fictional) names and places.

Four languages: Russian (``ru``), Kazakh (``kk``), Romanian (``ro``) and
English (``en``). The lists are short on purpose: enough variety for fixtures,
small enough to read. Jurisdictions map to the languages their schools use.
"""

__all__ = [
    "DISTRICTS",
    "JURISDICTIONS",
    "LANGUAGES",
    "ORGANIZATIONS",
    "REGIONS",
    "SUBJECTS",
    "full_name",
    "languages_of",
]

#: The name languages, in the order strategies shrink through them.
LANGUAGES: tuple[str, ...] = ("en", "ru", "ro", "kk")

#: Known jurisdictions (``Program.jurisdiction``) and the languages of their names.
JURISDICTIONS: dict[str, tuple[str, ...]] = {
    "ru": ("ru",),
    "kz": ("kk", "ru"),
    "md": ("ro", "ru"),
    "ro": ("ro",),
}

_MALE_GIVEN: dict[str, tuple[str, ...]] = {
    "ru": ("Алексей", "Сергей", "Дмитрий", "Иван", "Михаил", "Андрей", "Павел"),
    "kk": ("Ерлан", "Нурлан", "Асхат", "Даурен", "Ермек", "Бауыржан", "Арман"),
    "ro": ("Ion", "Andrei", "Mihai", "Vasile", "Alexandru", "Radu", "Victor"),
    "en": ("James", "Daniel", "Thomas", "Peter", "Michael", "David", "Samuel"),
}
_FEMALE_GIVEN: dict[str, tuple[str, ...]] = {
    "ru": ("Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина"),
    "kk": ("Айгерим", "Гульнара", "Динара", "Асель", "Жанар", "Сауле", "Меруерт"),
    "ro": ("Maria", "Elena", "Ana", "Ioana", "Cristina", "Natalia", "Tatiana"),
    "en": ("Emma", "Olivia", "Sarah", "Laura", "Helen", "Grace", "Alice"),
}
#: Family names in their masculine form; ``full_name`` derives the feminine.
_FAMILY: dict[str, tuple[str, ...]] = {
    "ru": ("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Морозов"),
    "kk": (
        "Сапаров",
        "Ахметов",
        "Жумабаев",
        "Касымов",
        "Нурланов",
        "Абенов",
        "Оспанов",
    ),
    "ro": ("Popescu", "Ionescu", "Rusu", "Ciobanu", "Munteanu", "Lungu", "Cojocaru"),
    "en": ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker"),
}
#: Patronymics as (masculine, feminine) pairs, for the languages that use them.
_PATRONYMICS: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (
        ("Сергеевич", "Сергеевна"),
        ("Александрович", "Александровна"),
        ("Николаевич", "Николаевна"),
        ("Петрович", "Петровна"),
        ("Викторович", "Викторовна"),
    ),
    "kk": (
        ("Ерланович", "Ерлановна"),
        ("Маратович", "Маратовна"),
        ("Серикович", "Сериковна"),
        ("Болатович", "Болатовна"),
    ),
}

#: School subjects as normalised slugs (``Person.subjects`` compares strings).
SUBJECTS: tuple[str, ...] = (
    "mathematics",
    "native_language",
    "literature",
    "english",
    "history",
    "physics",
    "chemistry",
    "biology",
    "geography",
    "computer_science",
    "primary_school",
    "physical_education",
    "music",
    "art",
    "technology",
)

ORGANIZATIONS: dict[str, tuple[str, ...]] = {
    "ru": ("МБОУ СОШ № 12", "Гимназия № 5", "Лицей № 3"),
    "kz": ("КГУ «Школа-гимназия № 7»", "Назарбаев Интеллектуальная школа", "СОШ № 25"),
    "md": ("IPLT „Mihai Eminescu”", "Gimnaziul nr. 4", "Liceul Teoretic „Ion Creangă”"),
    "ro": (
        "Școala Gimnazială nr. 3",
        "Colegiul Național „Gheorghe Lazăr”",
        "Liceul Tehnologic nr. 1",
    ),
    "": ("Northfield Academy", "Riverside School", "Acme Corp"),
}
DISTRICTS: dict[str, tuple[str, ...]] = {
    "ru": ("Ленинский район", "Кировский район", "Центральный район"),
    "kz": ("Алмалинский район", "Медеуский район", "район Сарыарка"),
    "md": ("Orhei", "Cahul", "Bălți"),
    "ro": ("Sector 3", "Cluj-Napoca", "Iași"),
    "": ("North", "South", "Central"),
}
REGIONS: dict[str, tuple[str, ...]] = {
    "ru": ("Свердловская область", "Республика Татарстан", "Московская область"),
    "kz": ("г. Алматы", "Карагандинская область", "г. Астана"),
    "md": ("mun. Chișinău", "raionul Orhei", "UTA Găgăuzia"),
    "ro": ("județul Cluj", "municipiul București", "județul Iași"),
    "": ("Region A", "Region B", "Region C"),
}


def languages_of(jurisdiction: str) -> tuple[str, ...]:
    """The name languages used in *jurisdiction* (English when unknown)."""
    return JURISDICTIONS.get(jurisdiction, ("en",))


def _feminine(family: str, language: str) -> str:
    if language in ("ru", "kk") and family.endswith(("ов", "ев", "ин")):
        return family + "а"
    return family


def full_name(
    language: str, *, female: bool, given: int, family: int, middle: int
) -> str:
    """A full name in *language*, built from the list positions given.

    Positions wrap around the lists, so any non-negative integers work. Russian
    and Kazakh names are ``Family Given Patronymic``; Romanian and English
    names are ``Given Family``.

    >>> full_name("ru", female=True, given=0, family=0, middle=0)
    'Иванова Анна Сергеевна'
    >>> full_name("ro", female=False, given=1, family=2, middle=0)
    'Andrei Rusu'
    """
    givens = (_FEMALE_GIVEN if female else _MALE_GIVEN)[language]
    first = givens[given % len(givens)]
    families = _FAMILY[language]
    last = families[family % len(families)]
    if female:
        last = _feminine(last, language)
    patronymics = _PATRONYMICS.get(language)
    if patronymics:
        male, fem = patronymics[middle % len(patronymics)]
        return f"{last} {first} {fem if female else male}"
    return f"{first} {last}"
