"""Labels of the matching enums (:mod:`mentoring.matching`): the soft
criteria, the hard constraints and why a mentee got no mentor.
"""

from mentoring.labels._types import Labels

__all__ = ["MATCHING_LABELS"]

L = Labels

MATCHING_LABELS: dict[str, dict[str, L]] = {
    "UnplacedReason": {
        "no_leader": L(
            "No leader the member may join",
            "Нет руководителя группы, к которому можно присоединиться",
            "Niciun coordonator la care se poate alătura",
        ),
        "groups_full": L(
            "Every group is full",
            "Все группы заполнены",
            "Toate grupurile sunt complete",
        ),
        "too_few": L(
            "Too few members for a group",
            "Слишком мало участников для группы",
            "Prea puțini membri pentru un grup",
        ),
        "kept_apart": L(
            "Kept apart from a member of every group",
            "Не может быть в одной группе с участниками",
            "Trebuie ținut separat de membrii grupurilor",
        ),
        "kept_together": L(
            "Cannot be kept together",
            "Нельзя оставить вместе",
            "Nu pot fi ținuți împreună",
        ),
        "leads": L("Leads a group", "Руководит группой", "Coordonează un grup"),
    },
    "CriterionKind": {
        "same_subject": L("Same subject", "Тот же предмет", "Aceeași disciplină"),
        "same_grades": L(
            "Same grades (parallel)", "Та же параллель", "Aceleași clase paralele"
        ),
        "same_organization": L(
            "Same organization", "Та же организация", "Aceeași instituție"
        ),
        "same_district": L("Same district", "Тот же район", "Același raion"),
        "experience_gap": L(
            "Experience gap", "Разница в стаже", "Diferența de experiență"
        ),
        "shared_interests": L("Shared interests", "Общие интересы", "Interese comune"),
        "shared_language": L("Shared language", "Общий язык", "Limbă comună"),
        "delivery": L(
            "Delivery mode", "Формат работы (очно / онлайн)", "Modul de desfășurare"
        ),
        "mentee_choice": L(
            "Mentee's choice",
            "Выбор наставляемого",
            "Alegerea persoanei mentorate",
        ),
        "continuity": L(
            "Continuity (last year's mentor)",
            "Преемственность (наставник прошлого года)",
            "Continuitate (mentorul de anul trecut)",
        ),
    },
    "ConstraintKind": {
        "required_certification": L(
            "Required certification",
            "Обязательный сертификат наставника",
            "Certificare obligatorie",
        ),
        "required_level": L(
            "Required mentor level",
            "Обязательный уровень наставника",
            "Nivel de mentor obligatoriu",
        ),
        "same_subject": L("Same subject", "Тот же предмет", "Aceeași disciplină"),
        "same_grades": L(
            "Same grades (parallel)", "Та же параллель", "Aceleași clase paralele"
        ),
        "same_organization": L(
            "Same organization", "Та же организация", "Aceeași instituție"
        ),
        "same_district": L("Same district", "Тот же район", "Același raion"),
        "experience_gap": L(
            "Minimum experience gap",
            "Минимальная разница в стаже",
            "Diferență minimă de experiență",
        ),
        "mentee_category": L(
            "For these mentee categories only",
            "Только для этих категорий наставляемых",
            "Doar pentru aceste categorii de persoane mentorate",
        ),
    },
    "UnmatchedReason": {
        "no_eligible_mentor": L(
            "No eligible mentor",
            "Нет подходящего наставника",
            "Niciun mentor eligibil",
        ),
        "all_full": L(
            "Every eligible mentor is full",
            "У подходящих наставников нет свободных мест",
            "Mentorii eligibili nu mai au locuri libere",
        ),
        "not_chosen": L(
            "The places went to other mentees",
            "Места достались другим наставляемым",
            "Locurile au revenit altor persoane mentorate",
        ),
        "already_paired": L(
            "Already has a mentor",
            "Уже закреплён за наставником",
            "Are deja un mentor",
        ),
        "lock_refused": L(
            "The locked pair cannot be made",
            "Закреплённую пару нельзя создать",
            "Perechea fixată nu poate fi formată",
        ),
        "below_min_score": L(
            "Every eligible mentor scores below the minimum",
            "Совпадение со всеми наставниками ниже порога",
            "Toți mentorii eligibili sunt sub pragul minim",
        ),
        "not_for_function": L(
            "The function is not for this mentee's category",
            "Функция не предназначена для этой категории",
            "Funcția nu este pentru această categorie",
        ),
    },
}
