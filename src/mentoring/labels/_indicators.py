"""Labels of the indicator enums and of the export columns."""

from mentoring._i18n import N_

__all__ = ["INDICATOR_LABELS"]

#: Enum class name -> member value -> English label (translated with
#: :func:`mentoring._i18n.tr`, or ``tr_ctx`` for a label in a context).
INDICATOR_LABELS: dict[str, dict[str, str]] = {
    "Unit": {
        "persons": N_("persons"),
        "pairs": N_("pairs"),
        "events": N_("events"),
        "items": N_("items"),
        "share": N_("share"),
        "score": N_("score"),
        "days": N_("days"),
        "hours": N_("hours"),
    },
    "Kind": {
        "stock": N_("on the date"),
        "cumulative": N_("since the year's start"),
        "rate": N_("rate"),
        "average": N_("average"),
        "median": N_("median"),
    },
    "Direction": {
        "higher_is_better": N_("higher is better"),
        "lower_is_better": N_("lower is better"),
        "neutral": N_("no good direction"),
    },
    "Source": {
        "computed": N_("computed"),
        "measured": N_("measured"),
        "either": N_("computed or measured"),
    },
    "Provenance": {
        "computed": N_("computed"),
        "measured": N_("measured"),
        "mixed": N_("computed and measured"),
        "missing": N_("missing"),
    },
    "Verdict": {
        "improved": N_("improved"),
        "unchanged": N_("unchanged"),
        "worsened": N_("worsened"),
        "changed": N_("changed"),
        "unknown": N_("unknown"),
    },
    "Column": {
        "code": N_("Code"),
        "group": N_("Group"),
        "indicator": N_("Indicator"),
        "value": N_("Value"),
        "unit": N_("Unit"),
        "kind": N_("Counted"),
        "direction": N_("Direction"),
        "provenance": N_("Source"),
        "numerator": N_("Numerator"),
        "denominator": N_("Denominator"),
        "reported": N_("Organizations reporting"),
        "missing": N_("Organizations missing"),
        "ids": N_("Counted ids"),
        "on": N_("Date"),
        "organization": N_("Organization"),
        "district": N_("District"),
        "region": N_("Region"),
        "start": N_("At the start"),
        "review": N_("At the review"),
        "delta": N_("Change"),
        "growth": N_("Growth"),
        "verdict": N_("Verdict"),
        "target": N_("Target"),
        "attained": N_("Attained"),
        "suppressed": N_("Suppressed"),
        "start_on": N_("Start date"),
        "review_on": N_("Review date"),
    },
}
