"""Labels of the matching enums (:mod:`mentoring.matching`): the soft
criteria, the hard constraints and why a mentee got no mentor.
"""

from mentoring._i18n import N_

__all__ = ["MATCHING_LABELS"]

#: Enum class name -> member value -> English label (translated with
#: :func:`mentoring._i18n.tr`, or ``tr_ctx`` for a label in a context).
MATCHING_LABELS: dict[str, dict[str, str]] = {
    "UnplacedReason": {
        "no_leader": N_("No leader the member may join"),
        "groups_full": N_("Every group is full"),
        "too_few": N_("Too few members for a group"),
        "kept_apart": N_("Kept apart from a member of every group"),
        "kept_together": N_("Cannot be kept together"),
        "leads": N_("Leads a group"),
    },
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
        "mentee_category": N_("For these mentee categories only"),
    },
    "UnmatchedReason": {
        "no_eligible_mentor": N_("No eligible mentor"),
        "all_full": N_("Every eligible mentor is full"),
        "not_chosen": N_("The places went to other mentees"),
        "already_paired": N_("Already has a mentor"),
        "lock_refused": N_("The locked pair cannot be made"),
        "below_min_score": N_("Every eligible mentor scores below the minimum"),
        "not_for_function": N_("The function is not for this mentee's category"),
    },
}
