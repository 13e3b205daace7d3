"""Labels of the matching enums (:mod:`mentoring.matching`): the soft
criteria, the hard constraints and why a mentee got no mentor.
"""

from mentoring._i18n import N_

__all__ = ["MATCHING_LABELS"]

#: Enum class name -> member value -> English label (translated with
#: :func:`mentoring._i18n.tr`, or ``tr_ctx`` for a label in a context).
MATCHING_LABELS: dict[str, dict[str, str]] = {
    "CriterionKind": {
        "same_subject": N_("Same subject"),
        "same_grades": N_("Same grades (parallel)"),
        "same_organization": N_("Same organization"),
        "same_district": N_("Same district"),
        "experience_gap": N_("Experience gap"),
        "shared_interests": N_("Shared interests"),
        "shared_language": N_("Shared language"),
        "delivery": N_("Delivery mode"),
        "mentee_choice": N_("Mentee's choice"),
        "continuity": N_("Continuity (last year's mentor)"),
    },
    "ConstraintKind": {
        "required_certification": N_("Required certification"),
        "required_level": N_("Required mentor level"),
        "same_subject": N_("Same subject"),
        "same_grades": N_("Same grades (parallel)"),
        "same_organization": N_("Same organization"),
        "same_district": N_("Same district"),
        "experience_gap": N_("Minimum experience gap"),
    },
    "UnmatchedReason": {
        "no_eligible_mentor": N_("No eligible mentor"),
        "all_full": N_("Every eligible mentor is full"),
        "not_chosen": N_("The places went to other mentees"),
        "already_paired": N_("Already has a mentor"),
    },
}
