"""The breach record, section by section, as the CNIL online notification form asks for it.

One schema serves the editor (one page per section), the notification draft
(one heading per section, missing mandatory fields flagged) and the register.
Labels are kept in French and English here, beside the fields they name: the
French ones are the CNIL form's own wording, which the draft must match so the
DPO can copy it section by section into the teleservice.

Values are stored as plain JSON: text, whole numbers, ISO date-times with
their offset, one code of a choice, or a list of codes. Pure: no Qt, no
database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from dpo_workbench.errors import Bilingual, InputError

PARIS = ZoneInfo("Europe/Paris")

TEXT = "text"  # one line
LONG = "long"  # several lines
INT = "int"  # a whole number >= 0
DATETIME = "datetime"  # an instant with its offset (ISO 8601)
CHOICE = "choice"  # one code
MULTI = "multi"  # several codes

NOTIFICATION_TYPES = ("initial", "complementary", "complete")
STATES = ("open", "closed")
PEOPLE_INFORMED = ("yes", "no", "later", "exception")


@dataclass(frozen=True)
class Choice:
    code: str
    en: str
    fr: str


@dataclass(frozen=True)
class Field:
    key: str
    kind: str
    en: str
    fr: str
    mandatory: bool = False
    choices: tuple[Choice, ...] = ()
    help_en: str = ""
    profile: str = ""  # organisation profile key that prefills it (draft only)

    def label(self, language: str) -> str:
        return self.fr if language == "fr" else self.en

    def choice(self, code: str) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)


@dataclass(frozen=True)
class Section:
    key: str
    en: str
    fr: str
    fields: tuple[Field, ...] = field(default_factory=tuple)

    def title(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


def _c(*triples: tuple[str, str, str]) -> tuple[Choice, ...]:
    return tuple(Choice(*t) for t in triples)


YES_NO_UNKNOWN = _c(("yes", "Yes", "Oui"), ("no", "No", "Non"), ("unknown", "Not known yet", "Ne sait pas encore"))

SECTIONS: tuple[Section, ...] = (
    Section("organisation", "Organisation", "Organisme", (
        Field("org_name", TEXT, "Name", "Raison sociale", True, profile="name"),
        Field("org_siren", TEXT, "SIREN number", "Numéro SIREN", True, profile="siren"),
        Field("org_sector", TEXT, "Sector of activity", "Secteur d'activité", True, profile="sector"),
        Field("org_headcount", TEXT, "Headcount", "Effectif", True, profile="headcount"),
        Field("org_address", LONG, "Address", "Adresse", True, profile="address"),
    )),
    Section("representative", "Legal representative", "Représentant légal", (
        Field("legal_representative", TEXT, "Name and title", "Nom et qualité", True,
              profile="legal_representative"),
    )),
    Section("contact", "Contact person", "Personne à contacter", (
        Field("contact_name", TEXT, "Name (DPO or contact point)", "Nom (DPO ou point de contact)", True,
              profile="dpo_name"),
        Field("contact_role", TEXT, "Role", "Fonction"),
        Field("contact_email", TEXT, "E-mail", "Courriel", True, profile="dpo_email"),
        Field("contact_phone", TEXT, "Telephone", "Téléphone", True, profile="dpo_phone"),
    )),
    Section("others", "Other organisations involved", "Autres organismes impliqués", (
        Field("other_organisations", LONG, "Processors, joint controllers involved (name, role)",
              "Sous-traitants, responsables conjoints impliqués (nom, rôle)"),
    )),
    Section("dates", "Dates", "Dates", (
        Field("started_at", DATETIME, "Start of the breach", "Début de la violation", True),
        Field("ongoing", CHOICE, "Is the breach still ongoing?", "La violation est-elle toujours en cours ?", True,
              YES_NO_UNKNOWN),
        Field("ended_at", DATETIME, "End of the breach", "Fin de la violation"),
        Field("discovery", LONG, "How the breach was discovered", "Comment la violation a-t-elle été découverte",
              True),
    )),
    Section("nature", "Nature of the breach", "Nature de la violation", (
        Field("nature", MULTI, "What was lost", "Type d'atteinte", True, _c(
            ("confidentiality", "Loss of confidentiality (data disclosed or accessed)",
             "Perte de la confidentialité (données divulguées ou consultées)"),
            ("integrity", "Loss of integrity (data altered)", "Perte de l'intégrité (données modifiées)"),
            ("availability", "Loss of availability (data lost or unreachable)",
             "Perte de la disponibilité (données perdues ou inaccessibles)"),
        )),
    )),
    Section("origin", "Origin and cause", "Origine et cause", (
        Field("origin", MULTI, "Origin of the incident", "Origine de l'incident", True, _c(
            ("device-lost", "Device lost or stolen", "Équipement perdu ou volé"),
            ("paper-lost", "Paper lost, stolen or left in an unsecured place",
             "Papier perdu, volé ou laissé dans un endroit non sécurisé"),
            ("mail-lost", "Mail lost or opened", "Courrier perdu ou ouvert"),
            ("hacking", "Hacking, malware, phishing", "Piratage, logiciel malveillant, hameçonnage"),
            ("wrong-recipient", "Personal data sent to the wrong recipient",
             "Données personnelles envoyées à un mauvais destinataire"),
            ("disclosure", "Unintended publication or disclosure", "Publication ou divulgation involontaire"),
            ("disposal", "Improper disposal of data or equipment", "Mise au rebut inappropriée"),
            ("other", "Other", "Autre"),
        )),
        Field("cause", CHOICE, "Cause", "Cause", True, _c(
            ("internal-malicious", "Internal malicious act", "Acte interne malveillant"),
            ("internal-accidental", "Internal accidental act", "Acte interne accidentel"),
            ("external-malicious", "External malicious act", "Acte externe malveillant"),
            ("external-accidental", "External accidental act", "Acte externe accidentel"),
            ("unknown", "Unknown", "Inconnue"),
        )),
    )),
    Section("description", "Description", "Description de la violation", (
        Field("description", LONG, "What happened", "Circonstances de la violation", True),
    )),
    Section("data", "Data and people concerned", "Données et personnes concernées", (
        Field("data_categories", MULTI, "Categories of data", "Catégories de données", True, _c(
            ("identity", "Civil status, identity, identification data",
             "État civil, identité, données d'identification"),
            ("contact", "Contact details (address, e-mail, telephone)", "Coordonnées (adresse, courriel, téléphone)"),
            ("personal-life", "Personal life (habits, family situation)",
             "Vie personnelle (habitudes, situation familiale)"),
            ("professional", "Professional life", "Vie professionnelle"),
            ("financial", "Economic and financial information", "Informations d'ordre économique et financier"),
            ("connection", "Connection data (IP address, logs)", "Données de connexion (adresse IP, journaux)"),
            ("location", "Location data", "Données de localisation"),
            ("credentials", "Login credentials (identifiers, passwords)",
             "Identifiants de connexion (identifiants, mots de passe)"),
            ("official-id", "Official identity documents or numbers", "Pièces ou numéros d'identité officiels"),
            ("other", "Other", "Autres"),
        )),
        Field("sensitive_data", MULTI, "Sensitive data (Art. 9 and 10)", "Données sensibles (art. 9 et 10)", False, _c(
            ("health", "Health", "Santé"),
            ("racial-ethnic", "Racial or ethnic origin", "Origine raciale ou ethnique"),
            ("political", "Political opinions", "Opinions politiques"),
            ("religious", "Religious or philosophical beliefs", "Convictions religieuses ou philosophiques"),
            ("union", "Trade union membership", "Appartenance syndicale"),
            ("genetic-biometric", "Genetic or biometric data", "Données génétiques ou biométriques"),
            ("sex-life", "Sex life or sexual orientation", "Vie sexuelle ou orientation sexuelle"),
            ("criminal", "Criminal convictions and offences", "Condamnations pénales et infractions"),
            ("nir", "Social security number (NIR)", "Numéro de sécurité sociale (NIR)"),
        )),
        Field("records_count", INT, "Approximate number of records", "Nombre approximatif d'enregistrements", True),
        Field("people_count", INT, "Approximate number of people", "Nombre approximatif de personnes", True),
        Field("people_categories", MULTI, "Categories of people", "Catégories de personnes", True, _c(
            ("customers", "Customers", "Clients"),
            ("prospects", "Prospects", "Prospects"),
            ("employees", "Employees", "Salariés"),
            ("users", "Users of the services", "Usagers des services"),
            ("suppliers", "Suppliers and partners", "Fournisseurs et partenaires"),
            ("other", "Other", "Autres"),
        )),
        Field("vulnerable", CHOICE, "Minors or vulnerable people concerned",
              "Mineurs ou personnes vulnérables concernés",
              True, YES_NO_UNKNOWN),
    )),
    Section("measures_before", "Security measures in place before", "Mesures de sécurité antérieures", (
        Field("measures_before", LONG, "Measures that protected the data", "Mesures qui protégeaient les données",
              True),
    )),
    Section("consequences", "Potential consequences", "Conséquences potentielles", (
        Field("consequences", LONG, "Likely consequences for the people", "Conséquences probables pour les personnes",
              True),
    )),
    Section("harm", "Harm and severity", "Préjudice et gravité", (
        Field("harm", LONG, "Potential harm to the people", "Préjudice potentiel pour les personnes", True),
        Field("harm_severity", CHOICE, "Estimated severity", "Estimation de la gravité", True, _c(
            ("negligible", "Negligible", "Négligeable"),
            ("limited", "Limited", "Limitée"),
            ("significant", "Significant", "Importante"),
            ("maximum", "Maximum", "Maximale"),
        )),
    )),
    Section("measures_after", "Measures taken after the breach", "Mesures prises après la violation", (
        Field("measures_after", LONG, "Measures taken or planned to remedy it and limit its effects",
              "Mesures prises ou prévues pour y remédier et en limiter les effets", True),
    )),
    Section("information", "Information of the people", "Information des personnes", (
        Field("people_informed", CHOICE, "Were the people informed?", "Les personnes ont-elles été informées ?", True,
              _c(
            ("yes", "Yes", "Oui"),
            ("no", "No", "Non"),
            ("later", "Not yet, but they will be", "Pas encore, mais elles le seront"),
            ("exception", "No: an Art. 34(3) exception applies", "Non : une exception de l'art. 34(3) s'applique"),
        )),
        Field("informed_on", DATETIME, "Date (done or planned)", "Date (effectuée ou prévue)"),
        Field("informed_channel", TEXT, "Channel (letter, e-mail, public notice…)",
              "Moyen (courrier, courriel, communication publique…)"),
        Field("exception", CHOICE, "Art. 34(3) exception", "Exception de l'art. 34(3)", False, _c(
            ("a", "(a) the data were unintelligible (e.g. encrypted, key safe)",
             "a) données inintelligibles (p. ex. chiffrées, clé préservée)"),
            ("b", "(b) later measures removed the high risk", "b) mesures ultérieures supprimant le risque élevé"),
            ("c", "(c) disproportionate effort: public communication instead",
             "c) efforts disproportionnés : communication publique à la place"),
        )),
        Field("exception_reason", LONG, "Why the exception applies", "Pourquoi l'exception s'applique"),
        Field("advice", LONG, "What the people can do to protect themselves (for the Art. 34 letter)",
              "Ce que les personnes peuvent faire pour se protéger (pour le courrier de l'art. 34)"),
    )),
    Section("cross_border", "Cross-border and other notifications", "Notifications transfrontalières et autres", (
        Field("cross_border", CHOICE, "People in other EU countries concerned",
              "Personnes concernées dans d'autres pays de l'UE", True, YES_NO_UNKNOWN),
        Field("other_notifications", LONG, "Other authorities notified (other DPAs, ANSSI, police complaint…)",
              "Autres autorités notifiées (autres autorités de contrôle, ANSSI, plainte…)"),
    )),
)

#: The section the draft adds when the notification comes after the 72 hours (Art. 33(1)).
DELAY_SECTION = Section("delay", "Reasons for the delay", "Justification du retard", (
    Field("delay_reasons", LONG, "Why the notification comes after 72 hours",
          "Pourquoi la notification intervient après 72 heures", True),
))

ALL_SECTIONS = (*SECTIONS, DELAY_SECTION)
FIELDS: dict[str, Field] = {f.key: f for s in ALL_SECTIONS for f in s.fields}
SECTION_OF: dict[str, Section] = {f.key: s for s in ALL_SECTIONS for f in s.fields}

_MAX_TEXT = 200
_MAX_LONG = 20_000


def parse_instant(text: str) -> datetime:
    """An ISO date-time or 'DD/MM/YYYY HH:MM'; without an offset it is Paris time.

    A wall-clock time that does not exist in Paris (the hour skipped in spring)
    is refused rather than silently moved.
    """
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})[ T]+(\d{1,2}):(\d{2})", text)
    try:
        if match:
            day, month, year, hour, minute = map(int, match.groups())
            value = datetime(year, month, day, hour, minute)
        else:
            value = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(None, "instant.invalid", text=repr(text)) from None
    if value.tzinfo is None:
        local = value.replace(tzinfo=PARIS)
        back = local.astimezone(ZoneInfo("UTC")).astimezone(PARIS)
        if back.replace(tzinfo=None) != value:
            raise InputError(None, "instant.skipped", at=value)
        value = local
    return value


def clean_value(key: str, raw: object) -> object:
    """The stored form of a field's value; raises InputError (naming the field) saying what is wrong.

    Empty values are None (or an empty list for several choices).
    """
    f = FIELDS.get(key)
    if f is None:
        raise InputError(key, "field.unknown", key=repr(key))
    if f.kind == MULTI:
        codes = [raw] if isinstance(raw, str) else list(raw or []) if isinstance(raw, (list, tuple, set)) else [raw]
        known = [c.code for c in f.choices]
        for code in codes:
            if code not in known:
                raise InputError(key, "field.choice-unknown", label=Bilingual(f.en, f.fr), choice=repr(code))
        return [c for c in known if c in codes]  # form order, no duplicates
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if f.kind in (TEXT, LONG):
        if not isinstance(raw, str):
            raise InputError(key, "field.text-expected", label=Bilingual(f.en, f.fr))
        text = " ".join(raw.split()) if f.kind == TEXT else raw.strip()
        limit = _MAX_TEXT if f.kind == TEXT else _MAX_LONG
        if len(text) > limit:
            raise InputError(key, "field.too-long", label=Bilingual(f.en, f.fr), limit=limit, given=len(text))
        return text
    if f.kind == INT:
        if isinstance(raw, bool):
            raise InputError(key, "field.whole-number", label=Bilingual(f.en, f.fr))
        try:
            number = int(str(raw).replace(" ", "").replace("\u202f", "").replace("\u00a0", ""))
        except ValueError:
            raise InputError(key, "field.not-whole-number", label=Bilingual(f.en, f.fr), value=repr(raw)) from None
        if number < 0:
            raise InputError(key, "field.negative", label=Bilingual(f.en, f.fr))
        return number
    if f.kind == DATETIME:
        try:
            instant = raw if isinstance(raw, datetime) else parse_instant(str(raw))
        except InputError as exc:
            raise InputError(key, "field.instant", label=Bilingual(f.en, f.fr), reason=exc.message) from None
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=PARIS)
        return instant.isoformat(timespec="minutes")
    if f.kind == CHOICE:
        if f.choice(str(raw)) is None:
            raise InputError(key, "field.choice-unknown", label=Bilingual(f.en, f.fr), choice=repr(raw))
        return str(raw)
    raise InputError(key, "field.unknown", key=repr(f.kind))  # pragma: no cover - schema error


def is_empty(value: object) -> bool:
    return value is None or value in ("", [])


def missing_fields(values: dict[str, object], *, late: bool) -> list[Field]:
    """Mandatory fields without a value, in form order (the delay reasons only when late)."""
    sections = ALL_SECTIONS if late else SECTIONS
    missing = []
    for section in sections:
        for f in section.fields:
            if f.mandatory and is_empty(values.get(f.key)):
                missing.append(f)
    # conditionally mandatory
    if values.get("ongoing") == "no" and is_empty(values.get("ended_at")):
        missing.append(FIELDS["ended_at"])
    if values.get("people_informed") == "exception":
        for key in ("exception", "exception_reason"):
            if is_empty(values.get(key)):
                missing.append(FIELDS[key])
    if values.get("people_informed") in ("yes", "later"):
        for key in ("informed_on", "informed_channel"):
            if is_empty(values.get(key)):
                missing.append(FIELDS[key])
    return missing


def display_value(key: str, value: object, language: str) -> str:
    """A stored value as a person reads it (choices by their label, instants in their own offset)."""
    f = FIELDS[key]
    if is_empty(value):
        return ""
    if f.kind == MULTI:
        chosen = [f.choice(c) for c in value] if isinstance(value, (list, tuple)) else []
        return "; ".join((c.fr if language == "fr" else c.en) for c in chosen if c is not None)
    if f.kind == CHOICE:
        c = f.choice(str(value))
        return (c.fr if language == "fr" else c.en) if c else str(value)
    if f.kind == DATETIME:
        return format_instant(datetime.fromisoformat(str(value)))
    if f.kind == INT:
        return f"{int(str(value)):,}".replace(",", "\u202f")
    return str(value)


def format_instant(value: datetime) -> str:
    """'27/03/2026 10:00 (UTC+01:00)': the wall-clock time as recorded, with its offset."""
    offset = value.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{value:%d/%m/%Y %H:%M} (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})"


# -- the 72-hour clock --------------------------------------------------------------------------

SOON_HOURS = 24  # amber from a day before the limit
URGENT_HOURS = 6  # red from six hours before


class CountdownStatus(StrEnum):
    """Where a breach stands against its 72-hour limit."""

    RUNNING = "running"
    SOON = "soon"  # within SOON_HOURS of the limit
    URGENT = "urgent"  # within URGENT_HOURS
    LATE = "late"  # not notified, the limit passed
    NOTIFIED = "notified"  # in time
    NOTIFIED_LATE = "notified-late"
    NOT_NEEDED = "not-needed"  # the decision: register only
    CLOSED = "closed"


TICKING = frozenset({CountdownStatus.RUNNING, CountdownStatus.SOON, CountdownStatus.URGENT, CountdownStatus.LATE})


@dataclass(frozen=True)
class Countdown:
    """Where a breach stands against its Art. 33(1) limit at one instant; `remaining` is negative once late."""

    status: CountdownStatus
    remaining: timedelta
    deadline: datetime

    @property
    def ticking(self) -> bool:
        return self.status in TICKING


def countdown(deadline: datetime, now: datetime, *, notified_at: datetime | None = None,
              register_only: bool = False, closed: bool = False) -> Countdown:
    if notified_at is not None:
        status = CountdownStatus.NOTIFIED if notified_at <= deadline else CountdownStatus.NOTIFIED_LATE
        return Countdown(status, deadline - notified_at, deadline)
    remaining = deadline - now
    if closed:
        return Countdown(CountdownStatus.CLOSED, remaining, deadline)
    if register_only:
        return Countdown(CountdownStatus.NOT_NEEDED, remaining, deadline)
    if remaining.total_seconds() < 0:
        status = CountdownStatus.LATE
    elif remaining.total_seconds() <= URGENT_HOURS * 3600:
        status = CountdownStatus.URGENT
    elif remaining.total_seconds() <= SOON_HOURS * 3600:
        status = CountdownStatus.SOON
    else:
        status = CountdownStatus.RUNNING
    return Countdown(status, remaining, deadline)


def split_duration(delta: timedelta) -> tuple[int, int, int]:
    """(days, hours, minutes) of a duration's absolute value, minutes rounded down."""
    minutes = int(abs(delta.total_seconds()) // 60)
    return minutes // 1440, (minutes // 60) % 24, minutes % 60
