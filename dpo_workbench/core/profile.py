"""The organisation profile: who signs the letters, and what an access reply must describe.

The profile is kept as JSON beside the organisation's identity (`organisation.profile`);
these dataclasses are its typed view. Texts that letters print come in the two letter
languages: a `Localized` maps "fr"/"en" to the text, and a letter in one language falls
back to the other when a translation is missing rather than printing nothing.

The processing register (Art. 30) is the source of an access reply (Art. 15(1)(a)-(h)
and 15(2)): one `ProcessingActivity` per processing, each with its purposes, legal
basis, data categories, recipients, retention, source, transfers and automated decisions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("fr", "en")

Localized = dict[str, str]

CNIL_COMPLAINTS = {
    "fr": "Commission nationale de l'informatique et des libertés (CNIL), Service des plaintes, "
          "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 (www.cnil.fr)",
    "en": "Commission nationale de l'informatique et des libertés (CNIL), Service des plaintes, "
          "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France (www.cnil.fr)",
}


def siren_problem(siren: str) -> str | None:
    """The message code saying why a SIREN is not valid (9 digits, Luhn check digit), or None.

    Spaces are allowed."""
    digits = siren.replace(" ", "")
    if not digits:
        return None  # not every organisation has one (e.g. an association not registered)
    if len(digits) != 9 or not digits.isdigit():
        return "organisation.siren-length"
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    if total % 10:
        return "organisation.siren-check"
    return None


def localized(value: Any) -> Localized:
    """Accept a plain string (taken as French, the organisation's language) or a mapping."""
    if isinstance(value, Mapping):
        return {lang: str(value.get(lang, "") or "") for lang in LANGUAGES}
    text = "" if value is None else str(value)
    return {"fr": text, "en": ""}


def pick(value: Localized, lang: str) -> str:
    """The text in `lang`, else in the other language, else ""."""
    text = (value.get(lang) or "").strip()
    if text:
        return text
    for other in LANGUAGES:
        if (value.get(other) or "").strip():
            return value[other].strip()
    return ""


def lines(value: Localized, lang: str) -> list[str]:
    """A multi-line text as a list: one item per non-empty line."""
    return [line.strip(" \t-•") for line in pick(value, lang).splitlines() if line.strip(" \t-•")]


@dataclass
class ProcessingActivity:
    """One processing of the register. Multi-line fields hold one item per line.

    An empty `source` means the data are collected from the person (Art. 15(1)(g) then
    says so); an empty `transfers` means no transfer outside the EU (15(2)); an empty
    `automated_decisions` means none (15(1)(h)).
    """

    name: Localized = field(default_factory=lambda: localized(""))
    purposes: Localized = field(default_factory=lambda: localized(""))
    legal_basis: Localized = field(default_factory=lambda: localized(""))
    data_categories: Localized = field(default_factory=lambda: localized(""))
    recipients: Localized = field(default_factory=lambda: localized(""))
    retention: Localized = field(default_factory=lambda: localized(""))
    source: Localized = field(default_factory=lambda: localized(""))
    transfers: Localized = field(default_factory=lambda: localized(""))
    automated_decisions: Localized = field(default_factory=lambda: localized(""))

    TEXT_FIELDS = ("name", "purposes", "legal_basis", "data_categories", "recipients", "retention",
                   "source", "transfers", "automated_decisions")
    # what an access reply cannot do without (source, transfers, decisions may be empty: "none")
    REQUIRED = ("name", "purposes", "legal_basis", "data_categories", "recipients", "retention")

    def text(self, name: str, lang: str) -> str:
        return pick(getattr(self, name), lang)

    def items(self, name: str, lang: str) -> list[str]:
        return lines(getattr(self, name), lang)

    def missing(self, lang: str) -> list[str]:
        """The required fields with no text in either language."""
        return [n for n in self.REQUIRED if not self.text(n, lang)]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProcessingActivity:
        return cls(**{n: localized(data.get(n, "")) for n in cls.TEXT_FIELDS})

    def to_dict(self) -> dict[str, Any]:
        return {n: dict(getattr(self, n)) for n in self.TEXT_FIELDS}


@dataclass
class ProfileDetails:
    """What the profile JSON holds besides the identity columns of the organisation.

    Unknown keys of older or hand-edited profiles are kept in `extra` and written back.
    """

    place: str = ""  # "Paris": the place in "Paris, le 26 novembre 2026"
    legal_mention: str = ""  # footer: legal form, capital, RCS, SIREN, registered office
    signature: Localized = field(default_factory=lambda: localized(""))  # title under the DPO's name
    dpo_address: str = ""  # postal address for the DPO, if not the organisation's
    logo_png: str = ""  # base64 PNG/JPEG printed on the letterhead ("" = none)
    sector: str = ""  # for the CNIL breach form
    headcount: str = ""
    legal_representative: str = ""
    complaint_authority: Localized = field(default_factory=lambda: dict(CNIL_COMPLAINTS))
    activities: list[ProcessingActivity] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    STRINGS = ("place", "legal_mention", "dpo_address", "logo_png", "sector", "headcount",
               "legal_representative")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> ProfileDetails:
        data = dict(data or {})
        details = cls()
        for name in cls.STRINGS:
            details.__dict__[name] = str(data.pop(name, "") or "")
        details.signature = localized(data.pop("signature", ""))
        authority = data.pop("complaint_authority", None)
        if authority:
            details.complaint_authority = localized(authority)
            if not details.complaint_authority["en"]:
                details.complaint_authority["en"] = details.complaint_authority["fr"]
        details.activities = [ProcessingActivity.from_dict(a) for a in data.pop("activities", []) or []
                              if isinstance(a, Mapping)]
        details.extra = data
        return details

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.extra)
        for name in self.STRINGS:
            out[name] = getattr(self, name)
        out["signature"] = dict(self.signature)
        out["complaint_authority"] = dict(self.complaint_authority)
        out["activities"] = [a.to_dict() for a in self.activities]
        return out
