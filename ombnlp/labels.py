"""The disposal reasons, exactly as named in the annotation guideline."""

CORE_LABELS: tuple[str, ...] = (
    "no_significant_injustice",
    "no_worthwhile_outcome",
    "other_body_better_placed",
    "court_matter",
)
EXTENDED_LABELS: tuple[str, ...] = (
    "appeal_right",
    "no_evidence_of_fault",
    "late",
    "premature",
    "outside_jurisdiction",
    "other",
)
LABELS: tuple[str, ...] = CORE_LABELS + EXTENDED_LABELS

DESCRIPTIONS: dict[str, str] = {
    "no_significant_injustice": "The injustice to the complainant (or the fault itself) is not significant enough, not shown, or is to someone who has not complained.",
    "no_worthwhile_outcome": "Investigation would achieve nothing more: the Ombudsman could not add to the council's own investigation, a remedy is already offered, or the wanted outcome is impossible.",
    "other_body_better_placed": "Another body (Information Commissioner, Housing Ombudsman, police, a regulator, ...) is better placed or the right route.",
    "court_matter": "The matter is, was, or reasonably could be decided by a court (including appeals to a court).",
    "appeal_right": "The person has or had a non-court appeal or review route (a tribunal, inspector, appeal panel, statutory review) and it was reasonable to use it.",
    "no_evidence_of_fault": "Not enough evidence of fault; the council acted in line with law or policy; a decision properly made cannot be questioned.",
    "late": "The complaint is late (over 12 months) and there is no good reason to use discretion.",
    "premature": "The council has not had the chance to respond through its complaints procedure, or the matter is still being decided.",
    "outside_jurisdiction": "The law does not allow the Ombudsman to investigate (employment, school internal management, commercial matters, most people in the area, ...).",
    "other": "A reason that fits none of the above.",
}
