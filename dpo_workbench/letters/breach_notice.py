"""The Art. 34 communication to the people concerned by a breach, and the public notice of Art. 34(3)(c).

The wording lives in editable templates (`resources/letters/breach/*.<lang>.txt`, Jinja2, in the
markup of the request letters; a file of the same name in the data folder's `letters/breach/`
replaces the shipped one). The letter has the request letters' page: letterhead, the DPO's sender
block, the addressee in the window of a DL envelope (laid out per NF Z10-011), references, footer.

Art. 34(2) asks for the nature of the breach, the DPO's contact, the likely consequences and the
measures taken. A letter must not state facts nobody recorded: what the breach record does not hold
(the consequences, the measures, the severity assessment, the DPO's name) prints as a highlighted
"[à compléter : …]" and is listed in `BreachLetter.missing`; the workbench refuses to export it.

Pure: no Qt, no database. The workbench gathers the record, the form values and the profile.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from dpo_workbench.core import address as postal
from dpo_workbench.core import breach as form
from dpo_workbench.core.profile import pick
from dpo_workbench.letters import engine, markup

# the parts a letter needs and the record may lack, with their names in each letter language
PARTS: dict[str, dict[str, str]] = {
    "consequences": {"fr": "conséquences probables", "en": "likely consequences"},
    "measures": {"fr": "mesures prises", "en": "measures taken"},
    "severity": {"fr": "évaluation de la gravité", "en": "severity assessment"},
    "dpo_name": {"fr": "nom du délégué à la protection des données", "en": "name of the Data Protection Officer"},
    "place": {"fr": "lieu d'écriture", "en": "place of writing"},
}
RISK_WORDS = {
    "fr": {"low": "faible", "medium": "modéré", "high": "élevé", "very high": "très élevé"},
    "en": {"low": "low", "medium": "medium", "high": "high", "very high": "very high"},
}
TO_EVERYONE = {"fr": "Aux personnes concernées", "en": "To the people concerned"}


@dataclass(frozen=True)
class Addressee:
    """The person a copy of the letter is addressed to (name, postal address as typed)."""

    name: str
    address: str = ""


@dataclass(frozen=True)
class BreachLetter:
    pdf: bytes
    pages: int
    language: str
    missing: tuple[str, ...]  # codes of PARTS the record lacks, in the letter's order

    def missing_labels(self) -> tuple[str, ...]:
        """The missing parts as the letter names them (in its language)."""
        return tuple(PARTS[code][self.language] for code in self.missing)


def template_name(language: str, public: bool) -> str:
    return f"breach/{'public-notice' if public else 'communication'}.{language}.txt"


def _context(record: Any, values: Mapping[str, Any], org: engine.OrgData, *, language: str,
             today: date) -> tuple[dict[str, Any], list[str]]:
    """What a template sees, and the codes of the parts nobody recorded (printed as placeholders)."""
    missing: list[str] = []

    def shown(key: str) -> str:
        return form.display_value(key, values.get(key), language).strip()

    def needed(code: str, value: str) -> str | engine.Missing:
        if value:
            return value
        missing.append(code)
        return engine.Missing(PARTS[code][language])

    def listed(key: str) -> str:
        """Several choices as one phrase: 'Civil status, identity…, contact details (…)'."""
        items = shown(key).split("; ") if shown(key) else []
        return ", ".join(item if n == 0 else item[:1].lower() + item[1:] for n, item in enumerate(items))

    details = org.details
    severity = getattr(record, "severity", None)
    level = str(severity.level) if severity is not None else ""
    dpo_name = shown("contact_name") or org.dpo_name
    breach = {
        "reference": record.reference,
        "aware_on": record.aware_at.date(),
        "summary": record.summary,
        "description": shown("description") or record.summary,
        "nature": listed("nature"),
        "data_categories": listed("data_categories"),
        "consequences": needed("consequences", shown("consequences")),
        "measures": needed("measures", shown("measures_after")),
        "advice": shown("advice"),
        "high_risk": level in ("high", "very high"),
        "risk": level,
        "risk_word": needed("severity", RISK_WORDS[language].get(level, "")),
    }
    context = {
        "lang": language,
        "today": today,
        "org": {
            "name": shown("org_name") or org.name,
            "place": needed("place", details.place or engine.town_of(org.address)),
            "dpo_name": needed("dpo_name", dpo_name),
            "dpo_email": shown("contact_email") or org.dpo_email,
            "dpo_phone": shown("contact_phone") or org.dpo_phone,
            "dpo_address_lines": postal.address_lines(details.dpo_address) or postal.address_lines(org.address),
            "signature": pick(details.signature, language),
            "complaint_authority": pick(details.complaint_authority, language),
        },
        "breach": breach,
    }
    order = [code for code in PARTS if code in missing]  # each once, in a stable order
    return context, order


def missing_parts(record: Any, values: Mapping[str, Any], org: engine.OrgData, *, language: str,
                  today: date) -> tuple[str, ...]:
    """The codes of what the letter would print as placeholders (no PDF is built)."""
    return tuple(_context(record, values, org, language=language, today=today)[1])


def build_communication(templates: engine.Templates, record: Any, values: Mapping[str, Any], org: engine.OrgData,
                        *, language: str, public: bool, today: date,
                        addressee: Addressee | None = None) -> BreachLetter:
    """The letter (or public notice) as PDF bytes, A4, fonts embedded, with the parts still to complete."""
    from dpo_workbench.letters import layout  # reportlab: loaded with the first letter, not at start-up

    context, missing = _context(record, values, org, language=language, today=today)
    text = templates.env.get_template(template_name(language, public)).render(context)
    parsed = markup.parse(text)
    if public:
        recipient: list[str] = []
    elif addressee is not None and addressee.name.strip():
        recipient = (postal.parse(addressee.address).block(addressee.name) if addressee.address.strip()
                     else [" ".join(addressee.name.split())])
    else:
        recipient = [TO_EVERYONE[language]]
    head = layout.Letterhead(
        organisation=markup.protect(context["org"]["name"]),
        address_lines=tuple(markup.protect(x) for x in postal.address_lines(org.address)),
        recipient_lines=tuple(markup.protect(x) for x in recipient),
        reference=record.reference,
        legal_mention=markup.protect(org.details.legal_mention or context["org"]["name"]),
        logo_png=org.details.logo_png,
    )
    built = layout.build(head, parsed, templates.placeholder_format(language),
                         title=f"{record.reference} — {parsed.subject}", author=context["org"]["name"],
                         lang=language)
    return BreachLetter(pdf=built.pdf, pages=built.pages, language=language, missing=tuple(missing))
