"""From a request and the organisation profile to a finished PDF letter.

The wording lives in Jinja2 templates, `resources/letters/<kind>.<lang>.txt`
(see `resources/letters/README.md`), which a file of the same name in
`<data folder>/letters/` replaces. The free parts a DPO adjusts, their labels,
defaults and suggestions are declared in `resources/letters/fields.json`.
A value the letter needs and nobody gave is rendered as a visible placeholder
("[à compléter : motif]") and listed in `RenderedLetter.missing`.

Pure: no Qt, no database. The workbench gathers the data (`OrgData`,
`RequestData`) and stores the result.
"""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2

from dpo_workbench.core import address as postal
from dpo_workbench.core.profile import ProfileDetails, pick
from dpo_workbench.letters import markup
from dpo_workbench.letters.model import (
    ANSWER_KINDS,
    ANSWER_SECTIONS,
    FREE_ANSWER,
    LetterField,
    LetterKind,
    RenderedLetter,
    default_section,
)

LANGS = ("fr", "en")
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def town_of(address: str) -> str:
    """The town of a French address, from its "75002 Paris" line ("" if none): the default place of writing."""
    import re

    for line in reversed(_lines(address)):
        match = re.fullmatch(r"(?:F-)?\d{5}\s+(.+?)(?:\s+(?:CEDEX|Cedex)(?:\s+\d+)?)?", line.strip())
        if match:
            return match.group(1).strip()
    return ""


def recipient_block(name: str, address: str, email: str = "") -> list[str]:
    """The lines in the envelope's window: the postal address laid out per NF Z10-011, else the e-mail address."""
    if address.strip():
        return postal.parse(address).block(name)
    return [name, *([email] if email else [])]


def resource_dir() -> Path:
    return Path(str(files("dpo_workbench.resources").joinpath("letters")))


# -- the data a letter is made of ------------------------------------------------------


@dataclass(frozen=True)
class OrgData:
    name: str
    address: str = ""
    siren: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_phone: str = ""
    details: ProfileDetails = field(default_factory=ProfileDetails)


@dataclass(frozen=True)
class RequestData:
    reference: str
    requester_name: str
    channel: str  # core.rights.Channel value
    received_on: date
    rights: tuple[str, ...]  # core.rights.Right values
    requester_address: str = ""
    requester_email: str = ""
    registered_number: str = ""  # of the person's registered letter
    relation: str = "customer"
    state: str = "open"
    outcome: str | None = None
    outcome_reason: str = ""
    extension_reason: str = ""
    extended: bool = False
    one_month_due: date | None = None
    due_on: date | None = None
    extended_due: date | None = None  # three months from receipt (what an extension gives)
    suspended_since: date | None = None
    language: str = "fr"
    late: bool = False  # an answer written today would come after the due date


class Missing:
    """A value the letter needs and nobody gave: prints as a placeholder token."""

    __slots__ = ("label",)

    def __init__(self, label: str):
        self.label = label

    def __str__(self) -> str:
        return markup.placeholder_token(self.label)

    def __bool__(self) -> bool:  # `{% if reasons %}` still shows the placeholder
        return True


class _PlaceholderUndefined(jinja2.Undefined):
    """A name a (user's) template uses and the workbench does not know: a placeholder, not a crash."""

    __slots__ = ()

    def __str__(self) -> str:
        return markup.placeholder_token(self._undefined_name or "?")


def _finalize(value: Any) -> str:
    if isinstance(value, (Missing, jinja2.Undefined, Rendered)):
        return str(value)
    if value is None:
        return ""
    return markup.protect(str(value))


def _items(value: Any) -> list[Any]:
    """A multi-line free part as bullet items (leading "-" or "•" dropped); a placeholder stays one item."""
    if isinstance(value, (Missing, jinja2.Undefined)):
        return [value]
    return [line.strip().lstrip("-•").strip() for line in str(value or "").splitlines()
            if line.strip().lstrip("-•").strip()]


def _inline(items: list[Any], lang: str = "fr") -> str:
    """Items of a list in one sentence: "a ; b ; c" (French spacing) or "a; b; c", later items in lower case
    unless they start with an acronym or a proper noun written in capitals ("IP", "CNIL")."""
    out = []
    for n, item in enumerate(items):
        text = str(item)
        if n and len(text) > 1 and text[0].isupper() and text[1].islower() and not isinstance(item, Missing):
            text = text[0].lower() + text[1:]
        out.append(text)
    return (" ; " if lang == "fr" else "; ").join(out)


def long_date(day: date | None, lang: str) -> str:
    """"26 novembre 2026" / "26 November 2026" (babel); the French first of the month is "1er"."""
    if day is None:
        return ""
    from babel.dates import format_date

    text = format_date(day, "d MMMM y", locale=_LOCALES.get(lang, "fr_FR"))
    if lang == "fr" and day.day == 1:
        text = "1er" + text[1:]
    return text


# -- templates and field declarations -----------------------------------------------------


class Templates:
    """The letter templates: the user's folder first, then the shipped ones (compiled once)."""

    def __init__(self, user_dir: Path | None = None):
        self.user_dir = Path(user_dir) if user_dir else None
        loaders: list[jinja2.BaseLoader] = []
        if self.user_dir is not None:
            loaders.append(jinja2.FileSystemLoader(str(self.user_dir)))
        loaders.append(jinja2.FileSystemLoader(str(resource_dir())))
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders), undefined=_PlaceholderUndefined, finalize=_finalize,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, autoescape=False,
            auto_reload=True,
        )
        self.env.filters["longdate"] = lambda d, lang="fr": long_date(d, lang)
        self.env.filters["items"] = _items
        self.env.filters["inline"] = _inline
        self.spec = json.loads((resource_dir() / "fields.json").read_text(encoding="utf-8"))

    def template_name(self, kind: LetterKind, lang: str) -> str:
        return f"{LetterKind(kind).value}.{lang}.txt"

    def placeholder_format(self, lang: str) -> str:
        return self.spec["placeholder"][lang]

    def profile_label(self, name: str, lang: str) -> str:
        return self.spec["profile"][name][lang]

    def fields(self, kind: LetterKind, lang: str, req: RequestData,
               values: Mapping[str, str] | None = None) -> list[LetterField]:
        """The free parts of a letter. An answer to several rights has, for each right, the choice of the
        section that decides it and that section's parts (named "<right>:<part>"); `values` holds the
        sections chosen so far."""
        kind = LetterKind(kind)
        out = [self._late_field(lang, req)] if req.late and kind in ANSWER_KINDS else []
        if kind is LetterKind.COMBINED_ANSWER:
            for right in req.rights:
                out += self._right_fields(right, lang, req, values or {})
        else:
            out += [self._field(spec, lang, req) for spec in self.spec["kinds"].get(kind.value, [])]
        out += [self._field(spec, lang, req) for spec in self.spec["common"]
                if not spec.get("channel") or spec["channel"] == req.channel]
        return out

    def _field(self, spec: Mapping[str, Any], lang: str, req: RequestData, *, right: str = "") -> LetterField:
        value = ""
        if spec.get("prefill"):
            value = str(getattr(req, spec["prefill"]) or "")
        if not value and spec.get("default"):
            value = spec["default"].get(lang, "")
        labels = dict(spec["labels"])
        if right:
            labels = {lang_: f"{self.right_label(right, lang_)} — {text}" for lang_, text in labels.items()}
        return LetterField(
            name=f"{right}:{spec['name']}" if right else spec["name"], labels=labels, value=value,
            multiline=bool(spec.get("multiline")), required=spec.get("required", True),
            choices=tuple(spec.get("choices", {}).get(lang, ())),
        )

    def _late_field(self, lang: str, req: RequestData) -> LetterField:
        spec = dict(self.spec["late"])
        spec["default"] = {lang_: text.format(due=long_date(req.due_on, lang_))
                           for lang_, text in spec["default"].items()}
        return self._field(spec, lang, req)

    def right_label(self, right: str, lang: str) -> str:
        return self.spec["rights"].get(right, {}).get(lang, right)

    def section_of(self, right: str, req: RequestData, values: Mapping[str, str]) -> str:
        """The section chosen to answer a right (the default one until the DPO chooses)."""
        options = ANSWER_SECTIONS.get(right, (FREE_ANSWER, "refusal"))
        chosen = values.get(f"{right}:answer", "")
        return chosen if chosen in options else default_section(right, req.outcome)

    def _right_fields(self, right: str, lang: str, req: RequestData, values: Mapping[str, str]) -> list[LetterField]:
        section = self.section_of(right, req, values)
        labels = {lang_: f"{self.right_label(right, lang_)} — {self.spec['answer'][lang_]}" for lang_ in LANGS}
        chooser = LetterField(name=f"{right}:answer", labels=labels, value=section, required=True,
                              options=ANSWER_SECTIONS.get(right, (FREE_ANSWER, "refusal")))
        return [chooser, *(self._field(spec, lang, req, right=right) for spec in self.spec["kinds"].get(section, []))]

    def placeholder_label(self, kind: LetterKind, name: str, lang: str) -> str:
        right, _, part = name.rpartition(":")
        if kind is LetterKind.COMBINED_ANSWER and right:
            specs = [spec for section in ANSWER_SECTIONS.get(right, ()) for spec in self.spec["kinds"].get(section, [])]
            label = next((s.get("placeholder", s["labels"]).get(lang) for s in specs if s["name"] == part), part)
            return f"{label} ({self.right_label(right, lang).lower()})"
        for spec in [*self.spec["kinds"].get(LetterKind(kind).value, []), *self.spec["common"], self.spec["late"]]:
            if spec["name"] == name:
                return spec.get("placeholder", spec["labels"]).get(lang) or name
        return name


_CACHE: dict[str, Templates] = {}
_CACHE_LOCK = threading.Lock()


def templates_for(user_dir: Path | None) -> Templates:
    """One compiled template set per override folder (Jinja reloads a template whose file changed)."""
    key = str(user_dir or "")
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is None:
            found = _CACHE[key] = Templates(user_dir)
        return found


# -- rendering --------------------------------------------------------------------------------


def parse_lines(text: str) -> list[tuple[str, str]]:
    """ "field: value" lines (the data a DPO pastes) as pairs; a line without ':' is a value alone."""
    rows = []
    for line in text.splitlines():
        line = line.strip().lstrip("-•").strip()
        if not line:
            continue
        name, sep, value = line.partition(":")
        rows.append((name.strip(), value.strip()) if sep else ("", line))
    return rows


def portability_files(reference: str, org_name: str, today: date, text: str) -> tuple[tuple[str, str, bytes], ...]:
    """The data the person provided as JSON and CSV (Art. 20: structured, machine-readable)."""
    rows = parse_lines(text)
    data: dict[str, Any] = {}
    for name, value in rows:
        name = name or "value"
        if name in data:
            data[name] = data[name] + [value] if isinstance(data[name], list) else [data[name], value]
        else:
            data[name] = value
    document = {"controller": org_name, "reference": reference, "generated_on": today.isoformat(), "data": data}
    as_json = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["field", "value"])
    for name, value in rows:
        writer.writerow([name or "value", value])
    as_csv = out.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheet programs read the accents
    base = f"{reference}-portability"
    return ((f"{base}.json", "application/json", as_json), (f"{base}.csv", "text/csv", as_csv))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def context(templates: Templates, kind: LetterKind, lang: str, today: date, org: OrgData, req: RequestData,
            values: Mapping[str, str]) -> dict[str, Any]:
    """What a template sees. Required values nobody gave are `Missing` placeholders."""
    details = org.details

    def need(value: str, name: str) -> str | Missing:
        return value if value.strip() else Missing(templates.profile_label(name, lang))

    activities = []
    register_gap = Missing(templates.profile_label("activities", lang))
    for activity in details.activities:
        entry: dict[str, Any] = {}
        for n in activity.TEXT_FIELDS:
            text: str | Missing = activity.text(n, lang)
            items: list[str] | list[Missing] = activity.items(n, lang)
            if not text and n in activity.REQUIRED:  # an access reply cannot leave an Art. 15 item out
                text, items = register_gap, [register_gap]
            entry[n], entry[f"{n}_items"] = text, items
        activities.append(entry)
    ctx: dict[str, Any] = {
        "kind": LetterKind(kind).value,
        "lang": lang,
        "today": today,
        "org": {
            "name": org.name,
            "address_lines": _lines(org.address),
            "siren": org.siren,
            "place": need(details.place or town_of(org.address), "place"),
            "legal_mention": details.legal_mention,
            "dpo_name": need(org.dpo_name, "dpo_name"),
            "dpo_email": org.dpo_email,
            "dpo_phone": org.dpo_phone,
            "dpo_address_lines": _lines(details.dpo_address) or _lines(org.address),
            "signature": pick(details.signature, lang),
            "complaint_authority": need(pick(details.complaint_authority, lang), "complaint_authority"),
            "activities": activities,
            "rights_limits": details.extra.get("rights_limits", {}) if isinstance(details.extra, dict) else {},
        },
        "no_activities": register_gap if not activities else "",
        "req": {
            "reference": req.reference,
            "name": req.requester_name,
            "address_lines": postal.parse(req.requester_address).block() if req.requester_address.strip() else [],
            "email": req.requester_email,
            "channel": req.channel,
            "postal": req.channel == "post",
            "by_email": req.channel == "email",
            "received_on": req.received_on,
            "registered_number": req.registered_number,
            "rights": list(req.rights),
            "relation": req.relation,
            "state": req.state,
            "outcome": req.outcome or "",
            "extended": req.extended,
            "one_month_due": req.one_month_due,
            "due_on": req.due_on,
            "extended_due": req.extended_due,
            "suspended_since": req.suspended_since,
        },
    }
    for spec in templates.fields(kind, lang, req, values):
        value = (values.get(spec.name) if spec.name in values else spec.value) or ""
        value = value.strip()
        if not value and spec.required:
            ctx[spec.name] = Missing(templates.placeholder_label(kind, spec.name, lang))
        else:
            ctx[spec.name] = value
    data_text = ctx.get("data_held") or ctx.get("data_provided")
    ctx["data_rows"] = parse_lines(data_text) if isinstance(data_text, str) else []
    if LetterKind(kind) is LetterKind.COMBINED_ANSWER:
        _add_sections(templates, lang, req, values, ctx)
    return ctx


class Rendered(str):
    """Markup a template already produced (a section of a combined answer): inserted as it is."""


def _add_sections(templates: Templates, lang: str, req: RequestData, values: Mapping[str, str],
                  ctx: dict[str, Any]) -> None:
    """An answer to several rights: each right's section rendered with that right's parts.

    `sections` lists them in the order of the request's rights; `annex` holds the data of an
    access section (printed after the signature); `portability` the data of a portability one.
    """
    sections, ctx["annex"], ctx["portability"] = [], None, None
    for right in req.rights:
        section = templates.section_of(right, req, values)
        local = dict(ctx)
        for spec in templates.spec["kinds"].get(section, []):
            local[spec["name"]] = ctx.get(f"{right}:{spec['name']}", "")
        data_text = local.get("data_held") if section == "access-reply" else local.get("data_provided")
        local["data_rows"] = parse_lines(data_text) if isinstance(data_text, str) else []
        if section == "access-reply" and ctx["annex"] is None:
            ctx["annex"] = {"rows": local["data_rows"], "data_held": local.get("data_held")}
        if section == "portability-reply" and isinstance(data_text, str):
            ctx["portability"] = data_text
        text = templates.env.get_template(f"_section-{section}.{lang}.txt").render(local)
        sections.append({"right": right, "section": section, "text": Rendered(text.strip("\n"))})
    ctx["sections"] = sections


def render_markup(templates: Templates, kind: LetterKind, lang: str, ctx: Mapping[str, Any]) -> str:
    return templates.env.get_template(templates.template_name(kind, lang)).render(ctx)


def render(templates: Templates, kind: LetterKind, lang: str, today: date, org: OrgData, req: RequestData,
           values: Mapping[str, str] | None = None, warnings: tuple[str, ...] = ()) -> RenderedLetter:
    """The letter as PDF bytes (in memory), with the placeholders it still holds."""
    from dpo_workbench.letters import layout  # reportlab: loaded with the first letter, not at start-up

    kind = LetterKind(kind)
    if lang not in LANGS:
        raise ValueError(f"unknown letter language {lang!r}; one of {', '.join(LANGS)}")
    ctx = context(templates, kind, lang, today, org, req, values or {})
    text = render_markup(templates, kind, lang, ctx)
    parsed = markup.parse(text)
    recipient = recipient_block(req.requester_name, req.requester_address, req.requester_email)
    head = layout.Letterhead(
        organisation=markup.protect(org.name),
        address_lines=tuple(markup.protect(x) for x in _lines(org.address)),
        recipient_lines=tuple(markup.protect(x) for x in recipient),
        reference=req.reference,
        legal_mention=markup.protect(org.details.legal_mention or org.name),
        logo_png=org.details.logo_png,
    )
    built = layout.build(head, parsed, templates.placeholder_format(lang),
                         title=f"{req.reference} — {parsed.subject}", author=org.name, lang=lang)
    attachments: tuple[tuple[str, str, bytes], ...] = ()
    if kind is LetterKind.PORTABILITY_REPLY and isinstance(ctx.get("data_provided"), str):
        attachments = portability_files(req.reference, org.name, today, ctx["data_provided"])
    elif kind is LetterKind.COMBINED_ANSWER and isinstance(ctx.get("portability"), str):
        attachments = portability_files(req.reference, org.name, today, ctx["portability"])
    return RenderedLetter(kind=kind, lang=lang, pdf=built.pdf, pages=built.pages,
                          missing=tuple(parsed.missing), attachments=attachments, warnings=tuple(warnings))
