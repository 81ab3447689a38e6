"""The register of processing activities (GDPR Art. 30): the fields of a processing, its codes, DPIA screening.

A processing is described field by field as in the CNIL's model register (one sheet per
processing): identity (reference, name, dates, owner department), actors (controller,
joint controllers, or for the processor register the client on whose behalf it is done),
purposes and legal basis, categories of data subjects and of data, sensitive data,
source, recipients, transfers outside the EU and their safeguards, retention, security
measures, automated decisions and the DPIA screening. Texts that letters print come in
the two letter languages (`profile.Localized`).

`FIELDS` is the one list of them: the spreadsheet layouts, the PDF and the diff of two
versions all walk it. Codes (categories of data subjects, sensitive data, DPIA criteria)
are stable strings; their words here are the file and PDF labels (the GUI translates
them itself). Pure: no Qt, no SQL, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from dpo_workbench.core.profile import LANGUAGES, Localized, ProcessingActivity, lines, localized, pick

ROLES = ("controller", "processor")  # Art. 30(1): as controller; Art. 30(2): as processor for a client
STATUSES = ("active", "retired")  # a retired processing stays in the history and in past registers
REFERENCE_PREFIX = {"controller": "TRT", "processor": "SST"}
MAX_REFERENCE = 20
MAX_NAME = 200
MAX_TEXT = 20_000
MAX_SHORT = 2_000

# categories of data subjects: the codes a request's requester category (core.rights.Relation) maps onto
SUBJECTS: dict[str, tuple[str, str]] = {
    "customer": ("Clients", "Customers"),
    "prospect": ("Prospects", "Prospects"),
    "user": ("Utilisateurs des services", "Users of the services"),
    "visitor": ("Visiteurs des sites", "Website visitors"),
    "employee": ("Salariés", "Employees"),
    "candidate": ("Candidats", "Job applicants"),
    "supplier": ("Fournisseurs et prestataires", "Suppliers and service providers"),
    "other": ("Autres", "Others"),
}

# Art. 9(1), Art. 10 and the French social security number (NIR, loi Informatique et Libertés art. 30)
SENSITIVE: dict[str, tuple[str, str]] = {
    "racial-ethnic": ("Origine raciale ou ethnique", "Racial or ethnic origin"),
    "political": ("Opinions politiques", "Political opinions"),
    "religious": ("Convictions religieuses ou philosophiques", "Religious or philosophical beliefs"),
    "trade-union": ("Appartenance syndicale", "Trade union membership"),
    "genetic": ("Données génétiques", "Genetic data"),
    "biometric": ("Données biométriques aux fins d'identifier une personne de manière unique",
                  "Biometric data for uniquely identifying a person"),
    "health": ("Données de santé", "Health data"),
    "sex-life": ("Vie sexuelle ou orientation sexuelle", "Sex life or sexual orientation"),
    "criminal": ("Condamnations pénales ou infractions", "Criminal convictions and offences"),
    "nir": ("Numéro de sécurité sociale (NIR)", "French social security number (NIR)"),
}

# EDPB (WP29) Guidelines on DPIA, WP248 rev.01: the nine criteria of processing likely to result in a high risk
DPIA_CRITERIA: dict[str, tuple[str, str]] = {
    "evaluation": ("Évaluation ou notation, y compris le profilage et la prédiction",
                   "Evaluation or scoring, including profiling and predicting"),
    "automated-decision": ("Décision automatisée avec effet juridique ou effet similaire significatif",
                           "Automated decision-making with legal or similar significant effect"),
    "monitoring": ("Surveillance systématique", "Systematic monitoring"),
    "sensitive": ("Données sensibles ou à caractère hautement personnel",
                  "Sensitive data or data of a highly personal nature"),
    "large-scale": ("Données traitées à grande échelle", "Data processed on a large scale"),
    "matching": ("Croisement ou combinaison d'ensembles de données", "Matching or combining datasets"),
    "vulnerable": ("Personnes vulnérables (salariés, enfants, patients…)",
                   "Data concerning vulnerable data subjects (employees, children, patients…)"),
    "innovative": ("Usage innovant ou application de nouvelles solutions technologiques ou organisationnelles",
                   "Innovative use or new technological or organisational solutions"),
    "prevents-rights": ("Traitement qui empêche d'exercer un droit ou de bénéficier d'un service ou d'un contrat",
                        "Processing that prevents people from exercising a right or using a service or a contract"),
}

# CNIL, délibération n° 2018-327 du 11 octobre 2018: the types of processing that always need a DPIA (14)
DPIA_REQUIRED_LIST: dict[str, tuple[str, str]] = {
    "health-care": ("Données de santé traitées par les établissements de santé ou médico-sociaux pour la prise en "
                    "charge des personnes",
                    "Health data processed by health or social-care establishments for the care of people"),
    "genetic-vulnerable": ("Données génétiques de personnes dites « vulnérables » (patients, employés, enfants…)",
                           "Genetic data of so-called vulnerable people (patients, employees, children…)"),
    "hr-profiling": ("Profils de personnes physiques à des fins de gestion des ressources humaines",
                     "Profiling of people for human-resources management"),
    "employee-monitoring": ("Surveillance constante de l'activité des employés",
                            "Constant monitoring of employees' activity"),
    "social-alerts": ("Gestion des alertes et des signalements en matière sociale et sanitaire",
                      "Alerts and reports on social and health matters"),
    "professional-alerts": ("Gestion des alertes et des signalements en matière professionnelle",
                            "Professional whistleblowing alerts and reports"),
    "health-warehouse": ("Données de santé pour constituer un entrepôt de données ou un registre",
                         "Health data for a data warehouse or a registry"),
    "exclusion-profiling": ("Profilage pouvant aboutir à l'exclusion du bénéfice d'un contrat ou à sa suspension "
                            "ou rupture",
                            "Profiling that may lead to exclusion from, suspension or termination of a contract"),
    "shared-breaches": ("Fichiers mutualisés de manquements contractuels pouvant aboutir à une exclusion",
                        "Shared files of contractual breaches that may lead to exclusion"),
    "external-profiling": ("Profilage faisant appel à des données provenant de sources externes",
                           "Profiling using data from external sources"),
    "biometric-vulnerable": ("Données biométriques pour reconnaître des personnes dont des personnes vulnérables",
                             "Biometric data to recognise people, among them vulnerable people"),
    "social-housing": ("Instruction des demandes et gestion des logements sociaux",
                       "Applications for and management of social housing"),
    "social-support": ("Accompagnement social ou médico-social des personnes", "Social or medico-social support"),
    "location": ("Données de localisation à large échelle", "Location data on a large scale"),
}

# CNIL, délibération n° 2019-118 du 12 septembre 2019: the types of processing that need no DPIA (12)
DPIA_EXEMPT_LIST: dict[str, tuple[str, str]] = {
    "suppliers": ("Gestion des relations fournisseurs (seule finalité)", "Supplier relations only"),
    "works-council": ("Gestion des activités sociales et culturelles du comité social et économique",
                      "Social and cultural activities of the works council (CSE)"),
    "members-donors": ("Gestion des membres et donateurs d'une association ou fondation (données non sensibles)",
                       "Members and donors of an association or foundation (no sensitive data)"),
    "health-individual": ("Données de santé traitées par un professionnel de santé exerçant à titre individuel",
                          "Health data processed by a health professional practising individually"),
    "lawyers": ("Traitements des avocats exerçant à titre individuel", "Lawyers practising individually"),
    "commercial-court-clerks": ("Traitements des greffiers des tribunaux de commerce",
                                "Clerks of the commercial courts"),
    "notaries": ("Traitements des notaires", "Notaries"),
    "electoral-lists": ("Gestion du fichier électoral des communes", "Municipal electoral lists"),
    "schools": ("Affaires scolaires, périscolaires et de la petite enfance des collectivités",
                "School, after-school and early-childhood services of local authorities"),
    "access-time": ("Contrôle d'accès physique et horaires pour le temps de travail (sans biométrie)",
                    "Physical access control and working-time records (no biometrics)"),
    "breathalysers": ("Éthylotests dans le cadre du transport de personnes", "Breathalyser tests for passenger "
                      "transport"),
    "hr-small": ("Gestion des ressources humaines des organismes de moins de 250 personnes (hors profilage)",
                 "Human resources of organisations under 250 people (no profiling)"),
}


@dataclass(frozen=True)
class Field:
    """One field of a processing: its key, its kind, its section and its words in French and English."""

    key: str
    kind: str  # localized | text | date | codes | choice | department
    section: str
    fr: str
    en: str
    roles: tuple[str, ...] = ROLES
    choices: Mapping[str, tuple[str, str]] | None = None

    def label(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


SECTIONS: dict[str, tuple[str, str]] = {
    "identity": ("Identification du traitement", "Identification of the processing"),
    "actors": ("Acteurs", "Actors"),
    "purposes": ("Finalités et base légale", "Purposes and legal basis"),
    "data": ("Personnes et données concernées", "Data subjects and data"),
    "recipients": ("Destinataires et transferts", "Recipients and transfers"),
    "retention": ("Durées de conservation", "Retention periods"),
    "security": ("Mesures de sécurité", "Security measures"),
    "dpia": ("Analyse d'impact (AIPD) : examen préalable", "Data protection impact assessment (DPIA): screening"),
}

FIELDS: tuple[Field, ...] = (
    Field("reference", "text", "identity", "Référence", "Reference"),
    Field("role", "choice", "identity", "Registre", "Register",
          choices={"controller": ("Responsable de traitement", "Controller"),
                   "processor": ("Sous-traitant", "Processor")}),
    Field("name", "localized", "identity", "Nom du traitement", "Name of the processing"),
    Field("created_on", "date", "identity", "Date de création de la fiche", "Record created on"),
    Field("status", "choice", "identity", "Statut", "Status",
          choices={"active": ("En cours", "Active"), "retired": ("Terminé", "Ended")}),
    Field("department", "department", "identity", "Service responsable", "Owner department"),
    Field("controller", "text", "actors", "Responsable du traitement (nom et coordonnées)",
          "Controller (name and contact details)", roles=("controller",)),
    Field("joint_controllers", "text", "actors", "Responsables conjoints", "Joint controllers", roles=("controller",)),
    Field("client", "text", "actors", "Client responsable de traitement (nom, coordonnées, représentant, DPO)",
          "Client controller (name, contact details, representative, DPO)", roles=("processor",)),
    Field("purposes", "localized", "purposes", "Finalités", "Purposes"),
    Field("legal_basis", "localized", "purposes", "Base légale", "Legal basis", roles=("controller",)),
    Field("subjects", "codes", "data", "Catégories de personnes concernées", "Categories of data subjects",
          choices=SUBJECTS),
    Field("data_subjects", "localized", "data", "Personnes concernées (précisions)", "Data subjects (details)"),
    Field("data_categories", "localized", "data", "Catégories de données", "Categories of data"),
    Field("sensitive", "codes", "data", "Données sensibles", "Sensitive data", choices=SENSITIVE),
    Field("sensitive_details", "localized", "data", "Données sensibles (précisions)", "Sensitive data (details)"),
    Field("source", "localized", "data", "Source des données", "Source of the data", roles=("controller",)),
    Field("recipients", "localized", "recipients", "Destinataires", "Recipients"),
    Field("transfers", "localized", "recipients", "Transferts hors de l'Union européenne (pays, destinataires)",
          "Transfers outside the European Union (countries, recipients)"),
    Field("safeguards", "localized", "recipients", "Garanties des transferts", "Safeguards of the transfers"),
    Field("retention", "localized", "retention", "Durées de conservation", "Retention periods"),
    Field("security", "localized", "security", "Mesures de sécurité techniques et organisationnelles",
          "Technical and organisational security measures"),
    Field("automated_decisions", "localized", "purposes", "Décisions automatisées et profilage",
          "Automated decisions and profiling", roles=("controller",)),
    Field("dpia_criteria", "codes", "dpia", "Critères du CEPD remplis", "EDPB criteria met", choices=DPIA_CRITERIA),
    Field("dpia_listed", "choice", "dpia", "Liste CNIL des traitements soumis à AIPD",
          "CNIL list of processing requiring a DPIA", choices=DPIA_REQUIRED_LIST),
    Field("dpia_exempt", "choice", "dpia", "Liste CNIL des traitements dispensés d'AIPD",
          "CNIL list of processing exempt from a DPIA", choices=DPIA_EXEMPT_LIST),
    Field("dpia_screened_on", "date", "dpia", "Examen réalisé le", "Screened on", roles=("controller",)),
    Field("dpia_note", "localized", "dpia", "AIPD : conclusion et suites", "DPIA: conclusion and follow-up"),
)
FIELD = {f.key: f for f in FIELDS}
LOCALIZED_FIELDS = tuple(f.key for f in FIELDS if f.kind == "localized")
# what a processing cannot be saved without
REQUIRED = {"controller": ("name", "purposes", "legal_basis", "retention"), "processor": ("name", "client", "purposes")}


def empty_text() -> Localized:
    return localized("")


@dataclass
class Processing:
    """One processing of the register (or of the processor register), every field of the CNIL model.

    `department` is the owner department's name (the service resolves it to the record);
    the department's contact is the department's, not the processing's.
    """

    reference: str = ""
    role: str = "controller"
    name: Localized = field(default_factory=empty_text)
    created_on: date | None = None
    status: str = "active"
    department: str = ""
    controller: str = ""
    joint_controllers: str = ""
    client: str = ""
    purposes: Localized = field(default_factory=empty_text)
    legal_basis: Localized = field(default_factory=empty_text)
    subjects: tuple[str, ...] = ()
    data_subjects: Localized = field(default_factory=empty_text)
    data_categories: Localized = field(default_factory=empty_text)
    sensitive: tuple[str, ...] = ()
    sensitive_details: Localized = field(default_factory=empty_text)
    source: Localized = field(default_factory=empty_text)
    recipients: Localized = field(default_factory=empty_text)
    transfers: Localized = field(default_factory=empty_text)
    safeguards: Localized = field(default_factory=empty_text)
    retention: Localized = field(default_factory=empty_text)
    security: Localized = field(default_factory=empty_text)
    automated_decisions: Localized = field(default_factory=empty_text)
    dpia_criteria: tuple[str, ...] = ()
    dpia_listed: str = ""
    dpia_exempt: str = ""
    dpia_screened_on: date | None = None
    dpia_note: Localized = field(default_factory=empty_text)

    def text(self, key: str, lang: str) -> str:
        """A field as text in `lang` (a localized text falls back to the other language)."""
        value = getattr(self, key)
        if isinstance(value, dict):
            return pick(value, lang)
        if isinstance(value, tuple):
            return ", ".join(code_label(key, code, lang) for code in value)
        if isinstance(value, date):
            return value.isoformat()
        spec = FIELD[key]
        if spec.kind == "choice" and value:
            return code_label(key, value, lang)
        return "" if value is None else str(value)

    def title(self, lang: str) -> str:
        return pick(self.name, lang) or self.reference

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dict):
                value = {lang: value.get(lang, "") for lang in LANGUAGES}
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, date):
                value = value.isoformat()
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Processing:
        """A processing from its JSON form; keys it does not know are ignored, missing ones take defaults."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            raw = data[f.name]
            spec = FIELD.get(f.name)
            if spec is not None and spec.kind == "localized":
                values[f.name] = localized(raw)
            elif spec is not None and spec.kind == "codes":
                values[f.name] = tuple(str(c) for c in raw or ())
            elif spec is not None and spec.kind == "date":
                values[f.name] = date.fromisoformat(raw) if raw else None
            else:
                values[f.name] = "" if raw is None else str(raw)
        return cls(**values)

    def copy(self, **changes: Any) -> Processing:
        return replace(Processing.from_dict(self.to_dict()), **changes)

    def activity(self) -> ProcessingActivity:
        """What an access reply prints of it (Art. 15(1)(a)-(h), 15(2)): the profile's old shape.

        The safeguards follow the transfers (Art. 15(2) names them together)."""
        transfers = {lang: "\n".join(t for t in (self.transfers.get(lang, "").strip(),
                                                 self.safeguards.get(lang, "").strip()) if t)
                     for lang in LANGUAGES}
        return ProcessingActivity(name=dict(self.name), purposes=dict(self.purposes),
                                  legal_basis=dict(self.legal_basis), data_categories=dict(self.data_categories),
                                  recipients=dict(self.recipients), retention=dict(self.retention),
                                  source=dict(self.source), transfers=transfers,
                                  automated_decisions=dict(self.automated_decisions))

    @classmethod
    def from_activity(cls, activity: ProcessingActivity, reference: str = "") -> Processing:
        """A processing of the register from an activity of the old organisation profile (nothing lost)."""
        return cls(reference=reference, name=dict(activity.name), purposes=dict(activity.purposes),
                   legal_basis=dict(activity.legal_basis), data_categories=dict(activity.data_categories),
                   recipients=dict(activity.recipients), retention=dict(activity.retention),
                   source=dict(activity.source), transfers=dict(activity.transfers),
                   automated_decisions=dict(activity.automated_decisions))


def code_label(key: str, code: str, lang: str) -> str:
    """The words of a code of a field (a category, a criterion...), in `lang`; the code itself if unknown."""
    choices = FIELD[key].choices or {}
    words = choices.get(code)
    if words is None:
        return code
    return words[0] if lang == "fr" else words[1]


def normalized(value: Any) -> Any:
    """A field's value as compared between versions: texts stripped, empty languages equal to missing ones."""
    if isinstance(value, dict):
        return tuple((lang, (value.get(lang) or "").strip()) for lang in LANGUAGES)
    if isinstance(value, (tuple, list)):
        return tuple(value)
    if isinstance(value, str):
        return value.strip()
    return value


def changed_fields(old: Processing | None, new: Processing) -> list[str]:
    """The keys of the fields that differ (all the filled ones for a new processing), in the order of FIELDS."""
    if old is None:
        blank = Processing()
        return [f.key for f in FIELDS if normalized(getattr(new, f.key)) != normalized(getattr(blank, f.key))]
    return [f.key for f in FIELDS if normalized(getattr(old, f.key)) != normalized(getattr(new, f.key))]


def section_fields(section: str, role: str) -> list[Field]:
    return [f for f in FIELDS if f.section == section and role in f.roles]


def items(value: Localized, lang: str) -> list[str]:
    """A multi-line text as its items (one per line)."""
    return lines(value, lang)


@dataclass
class Listed:
    """A processing as a register file or the printed register shows it: with its department's contact, the date of
    its last change and the outcome of its DPIA screening."""

    record: Processing
    contact_name: str = ""
    contact_email: str = ""
    updated_on: date | None = None
    dpia_status: str = ""


# -- DPIA screening ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """One step of the screening's reasoning: a code and its parameters (worded in `reason_text`)."""

    code: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Screening:
    """The outcome of the DPIA screening of a processing, and why."""

    status: str  # required | not-required | exempt | unscreened
    criteria: tuple[str, ...]
    reasons: tuple[Reason, ...]

    @property
    def required(self) -> bool:
        return self.status == "required"


DPIA_STATUSES = ("required", "not-required", "exempt", "unscreened")
DPIA_STATUS_WORDS = {"required": ("AIPD requise", "DPIA required"),
                     "not-required": ("AIPD non requise", "DPIA not required"),
                     "exempt": ("Dispensé d'AIPD (liste CNIL)", "Exempt from a DPIA (CNIL list)"),
                     "unscreened": ("Non examiné", "Not screened")}


def screen(p: Processing) -> Screening:
    """The DPIA screening: the CNIL's list of processing that always needs one, its list of processing that never
    does, then the EDPB's rule of thumb (WP248 rev.01): two criteria or more, a DPIA is required.

    A processor does not screen its clients' processing (Art. 35 binds the controller): "unscreened"."""
    criteria = tuple(c for c in DPIA_CRITERIA if c in p.dpia_criteria)
    reasons: list[Reason] = []
    if p.role == "processor":
        return Screening("unscreened", criteria, (Reason("processor"),))
    if p.dpia_screened_on is None and not (criteria or p.dpia_listed or p.dpia_exempt):
        return Screening("unscreened", criteria, (Reason("not-screened"),))
    if p.dpia_listed:
        reasons.append(Reason("listed", (("type", p.dpia_listed),)))
        if p.dpia_exempt:
            reasons.append(Reason("listed-wins", (("type", p.dpia_exempt),)))
        if criteria:
            reasons.append(Reason("criteria-met", (("count", str(len(criteria))),
                                                   ("criteria", ",".join(criteria)))))
        return Screening("required", criteria, tuple(reasons))
    if p.dpia_exempt:
        reasons.append(Reason("exempt", (("type", p.dpia_exempt),)))
        if len(criteria) >= 2:
            reasons.append(Reason("exempt-despite-criteria", (("count", str(len(criteria))),
                                                              ("criteria", ",".join(criteria)))))
        return Screening("exempt", criteria, tuple(reasons))
    if len(criteria) >= 2:
        reasons.append(Reason("two-criteria", (("count", str(len(criteria))), ("criteria", ",".join(criteria)))))
        return Screening("required", criteria, tuple(reasons))
    if len(criteria) == 1:
        reasons.append(Reason("one-criterion", (("criteria", criteria[0]),)))
        return Screening("not-required", criteria, tuple(reasons))
    if _looks_sensitive(p):
        reasons.append(Reason("sensitive-no-criterion"))
    reasons.append(Reason("no-criterion"))
    return Screening("not-required", criteria, tuple(reasons))


def _looks_sensitive(p: Processing) -> bool:
    return bool(p.sensitive) and "sensitive" not in p.dpia_criteria


REASON_WORDS: dict[str, tuple[str, str]] = {
    "not-screened": ("Le traitement n'a pas encore été examiné : cochez les critères du CEPD qu'il remplit et, le cas "
                     "échéant, son type dans les listes de la CNIL.",
                     "The processing has not been screened yet: tick the EDPB criteria it meets and, where it "
                     "applies, its type on the CNIL's lists."),
    "processor": ("Traitement effectué comme sous-traitant : l'analyse d'impact incombe au client responsable "
                  "de traitement (art. 35 RGPD).",
                  "Processing carried out as a processor: the DPIA is the client controller's (GDPR Art. 35)."),
    "listed": ("Le traitement figure sur la liste CNIL des traitements pour lesquels une AIPD est obligatoire "
               "(délibération n° 2018-327) : {type}.",
               "The processing is on the CNIL's list of processing that always requires a DPIA "
               "(deliberation 2018-327): {type}."),
    "listed-wins": ("Il est aussi rattaché à la liste de dispense ({type}), mais la liste des traitements soumis "
                    "à AIPD prévaut : vérifiez ce rattachement.",
                    "It is also tied to the exemption list ({type}), but the list of processing requiring a DPIA "
                    "prevails: check that choice."),
    "criteria-met": ("{count} critère(s) du CEPD rempli(s) : {criteria}.", "{count} EDPB criterion(a) met: "
                     "{criteria}."),
    "exempt": ("Le traitement relève de la liste CNIL des traitements dispensés d'AIPD (délibération "
               "n° 2019-118) : {type}.",
               "The processing is on the CNIL's list of processing exempt from a DPIA (deliberation 2019-118): "
               "{type}."),
    "exempt-despite-criteria": ("Attention : {count} critères du CEPD sont pourtant remplis ({criteria}) ; "
                                "la dispense ne vaut que si le traitement correspond exactement au type listé.",
                                "Note: {count} EDPB criteria are met all the same ({criteria}); the exemption "
                                "holds only if the processing matches the listed type exactly."),
    "two-criteria": ("{count} critères du CEPD sont remplis ({criteria}) : au moins deux critères, une analyse "
                     "d'impact est requise (lignes directrices WP248 rév. 01).",
                     "{count} EDPB criteria are met ({criteria}): two criteria or more, a DPIA is required "
                     "(guidelines WP248 rev.01)."),
    "one-criterion": ("Un seul critère du CEPD est rempli ({criteria}) : pas d'AIPD obligatoire en règle générale ; "
                      "consignez pourquoi le risque n'est pas élevé, ou menez-en une s'il l'est.",
                      "One EDPB criterion is met ({criteria}): as a rule no DPIA is required; record why the risk "
                      "is not high, or carry one out if it is."),
    "sensitive-no-criterion": ("Des données sensibles sont traitées sans que le critère « données sensibles » soit "
                               "coché : vérifiez l'examen.",
                               "Sensitive data are processed but the 'sensitive data' criterion is not ticked: "
                               "check the screening."),
    "no-criterion": ("Aucun critère du CEPD n'est rempli et le traitement ne figure sur aucune liste de la CNIL : "
                     "pas d'AIPD requise.",
                     "No EDPB criterion is met and the processing is on neither CNIL list: no DPIA required."),
}


def reason_text(reason: Reason, lang: str) -> str:
    """A step of the reasoning in French or English (the PDF, the command line)."""
    template = REASON_WORDS[reason.code][0 if lang == "fr" else 1]
    params = dict(reason.params)
    if "type" in params:
        key = "dpia_listed" if reason.code == "listed" else "dpia_exempt"
        params["type"] = code_label(key, params["type"], lang)
    if "criteria" in params:
        params["criteria"] = "; ".join(code_label("dpia_criteria", c, lang) for c in params["criteria"].split(",")
                                       if c)
    return template.format(**params)


def status_words(status: str, lang: str) -> str:
    return DPIA_STATUS_WORDS[status][0 if lang == "fr" else 1]


# -- checks --------------------------------------------------------------------------------------------


def problems(p: Processing) -> list[tuple[str, str, dict[str, Any]]]:
    """What keeps a processing from being saved: (field, message code, parameters), in the order of FIELDS."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    if p.role not in ROLES:
        found.append(("role", "processing.role-unknown", {"role": p.role}))
        return found
    if p.status not in STATUSES:
        found.append(("status", "processing.status-unknown", {"status": p.status}))
    reference = p.reference.strip()
    if len(reference) > MAX_REFERENCE:
        found.append(("reference", "processing.reference-too-long", {"limit": MAX_REFERENCE}))
    elif reference and not all(c.isalnum() or c in "-_." for c in reference):
        found.append(("reference", "processing.reference-characters", {"reference": reference}))
    for key in REQUIRED[p.role]:
        value = getattr(p, key)
        if not (pick(value, "fr") if isinstance(value, dict) else str(value).strip()):
            found.append((key, "processing.field-missing", {}))
    for f in FIELDS:
        value = getattr(p, f.key)
        if f.kind == "localized":
            limit = MAX_NAME if f.key == "name" else MAX_TEXT
            if any(len(value.get(lang, "")) > limit for lang in LANGUAGES):
                found.append((f.key, "processing.text-too-long", {"limit": limit}))
        elif f.kind == "text" and f.key != "reference" and len(value) > MAX_SHORT:
            found.append((f.key, "processing.text-too-long", {"limit": MAX_SHORT}))
        elif f.kind == "codes":
            unknown = [c for c in value if c not in (f.choices or {})]
            if unknown:
                found.append((f.key, "processing.code-unknown", {"codes": ", ".join(unknown)}))
        elif f.kind == "choice" and f.key.startswith("dpia_") and value and value not in (f.choices or {}):
            found.append((f.key, "processing.code-unknown", {"codes": value}))
    return found


def next_reference(role: str, taken: Sequence[str]) -> str:
    """The next free reference of a role: TRT-001, TRT-002... (SST-001 for the processor register)."""
    prefix = REFERENCE_PREFIX[role] + "-"
    highest = 0
    for ref in taken:
        if ref.upper().startswith(prefix) and ref[len(prefix):].isdigit():
            highest = max(highest, int(ref[len(prefix):]))
    return f"{prefix}{highest + 1:03d}"


def reference_key(reference: str) -> tuple:
    """Sort key of references: TRT-2 before TRT-10."""
    import re

    return tuple(int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", reference))


@dataclass(frozen=True)
class Change:
    """One field that differs between two versions, as text: per language for a text in both languages."""

    key: str
    lang: str | None
    old: str
    new: str


def changes(old: Processing | None, new: Processing, lang: str) -> list[Change]:
    """The differences of two versions, field by field (codes and choices in the words of `lang`)."""
    out: list[Change] = []
    for key in changed_fields(old, new):
        if FIELD[key].kind == "localized":
            for language in LANGUAGES:
                before = (getattr(old, key).get(language, "") if old else "").strip()
                after = getattr(new, key).get(language, "").strip()
                if before != after:
                    out.append(Change(key, language, before, after))
        else:
            out.append(Change(key, None, old.text(key, lang) if old else "", new.text(key, lang)))
    return out
