"""The register of processing activities as a PDF (Art. 30), as it stood on a given day, in French or English.

First the list of the processings (reference, name, department, retention, DPIA outcome),
then one record per processing with every field of the CNIL model and the DPIA
screening's reasoning, then the processor register (Art. 30(2)). The same fonts and
colours as the annual report. Pure: it receives the processings and returns bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from dpo_workbench.core import register as reg
from dpo_workbench.core.clock import PARIS
from dpo_workbench.letters.fonts import BOLD, FAMILY, register_fonts

INK = colors.HexColor("#1F3A5F")
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#C9CED6")
HEADING_BACKGROUND = colors.HexColor("#E8EDF3")
REQUIRED_BACKGROUND = colors.HexColor("#FBE3E4")
WIDTH = A4[0] - 36 * mm
MONTHS = {"fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"),
          "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December")}
WORDS = {
    "fr": {"title": "Registre des activités de traitement", "subtitle": "article 30 du RGPD — modèle de la CNIL",
           "as_of": "Registre au {day}", "printed": "Imprimé le {when}", "list": "Liste des traitements",
           "processor": "Registre des activités de traitement effectuées en tant que sous-traitant (art. 30.2)",
           "count": "{n} traitement(s) comme responsable de traitement, {m} comme sous-traitant",
           "reference": "Réf.", "name": "Traitement", "department": "Service", "retention": "Conservation",
           "dpia": "AIPD", "client": "Client", "none": "—", "empty": "Aucun traitement n'était inscrit à cette date.",
           "reasoning": "Raisonnement de l'examen", "updated": "Mise à jour le {day}",
           "contact": "Contact : {contact}", "footer": "{organisation} — registre au {day} — document confidentiel",
           "page": "page {page}", "no_processor": "Aucun traitement n'est effectué comme sous-traitant."},
    "en": {"title": "Record of processing activities", "subtitle": "GDPR Article 30 — the CNIL's model",
           "as_of": "Register as of {day}", "printed": "Printed on {when}", "list": "List of the processings",
           "processor": "Record of processing activities carried out as a processor (Art. 30(2))",
           "count": "{n} processing(s) as controller, {m} as processor",
           "reference": "Ref.", "name": "Processing", "department": "Department", "retention": "Retention",
           "dpia": "DPIA", "client": "Client", "none": "—", "empty": "No processing was recorded on that day.",
           "reasoning": "Reasoning of the screening", "updated": "Updated on {day}",
           "contact": "Contact: {contact}", "footer": "{organisation} — register as of {day} — confidential",
           "page": "page {page}", "no_processor": "No processing is carried out as a processor."},
}


def _day(day: date, lang: str) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _multiline(text: str) -> str:
    return "<br/>".join(xml(line) for line in text.splitlines()) if text else "—"


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("gbody", fontName=FAMILY, fontSize=9, leading=11.5, alignment=TA_LEFT, spaceAfter=3)
    return {
        "body": body,
        "cell": ParagraphStyle("gcell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "label": ParagraphStyle("glabel", parent=body, fontName=BOLD, fontSize=8, leading=10, spaceAfter=0,
                                textColor=INK),
        "title": ParagraphStyle("gtitle", parent=body, fontName=BOLD, fontSize=17, leading=21, textColor=INK,
                                spaceAfter=2),
        "subtitle": ParagraphStyle("gsub", parent=body, fontSize=10, textColor=GREY, spaceAfter=8),
        "h1": ParagraphStyle("gh1", parent=body, fontName=BOLD, fontSize=12.5, leading=15.5, textColor=INK,
                             spaceBefore=8, spaceAfter=5),
        "h2": ParagraphStyle("gh2", parent=body, fontName=BOLD, fontSize=9.5, leading=12, textColor=INK,
                             spaceBefore=5, spaceAfter=2),
        "small": ParagraphStyle("gsmall", parent=body, fontSize=8, leading=10, textColor=GREY),
    }


def _list_table(items: Sequence[reg.Listed], lang: str, st: dict[str, ParagraphStyle]) -> LongTable:
    w = WORDS[lang]
    rows = [[Paragraph(f"<b>{xml(h)}</b>", st["cell"]) for h in
             (w["reference"], w["name"], w["department"], w["retention"], w["dpia"])]]
    for item in items:
        p = item.record
        rows.append([Paragraph(xml(p.reference), st["cell"]), Paragraph(xml(p.title(lang)), st["cell"]),
                     Paragraph(xml(p.department) or "—", st["cell"]),
                     Paragraph(_multiline(p.text("retention", lang)), st["cell"]),
                     Paragraph(xml(reg.status_words(item.dpia_status, lang)) if item.dpia_status else "—",
                               st["cell"])])
    table = LongTable(rows, colWidths=[WIDTH * 0.1, WIDTH * 0.28, WIDTH * 0.16, WIDTH * 0.3, WIDTH * 0.16],
                      repeatRows=1)
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADING_BACKGROUND),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for i, item in enumerate(items, 1):
        if item.dpia_status == "required":
            commands.append(("BACKGROUND", (4, i), (4, i), REQUIRED_BACKGROUND))
    table.setStyle(TableStyle(commands))
    return table


def _record(item: reg.Listed, lang: str, st: dict[str, ParagraphStyle]) -> list:
    p = item.record
    w = WORDS[lang]
    story: list = [CondPageBreak(60 * mm), Paragraph(xml(f"{p.reference} — {p.title(lang)}"), st["h1"])]
    facts = []
    if item.updated_on:
        facts.append(w["updated"].format(day=_day(item.updated_on, lang)))
    if item.contact_name or item.contact_email:
        contact = " ".join(x for x in (item.contact_name, f"<{item.contact_email}>" if item.contact_email else "")
                           if x)
        facts.append(w["contact"].format(contact=contact))
    if facts:
        story.append(Paragraph(xml(" — ".join(facts)), st["small"]))
    for section, words in reg.SECTIONS.items():
        fields = [f for f in reg.section_fields(section, p.role) if f.key not in ("reference", "name")]
        if not fields:
            continue
        rows = []
        for f in fields:
            value = getattr(p, f.key)
            text = _day(value, lang) if f.kind == "date" and value else p.text(f.key, lang)
            if f.kind == "codes":
                text = "\n".join(reg.code_label(f.key, code, lang) for code in value)
            rows.append([Paragraph(xml(f.label(lang)), st["label"]), Paragraph(_multiline(text), st["cell"])])
        block: list = [Paragraph(xml(words[0 if lang == "fr" else 1]), st["h2"])]
        table = Table(rows, colWidths=[WIDTH * 0.3, WIDTH * 0.7])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        block.append(table)
        if section == "dpia":
            screening = reg.screen(p)
            block.append(Spacer(1, 3))
            block.append(Paragraph(f"<b>{xml(reg.status_words(screening.status, lang))}</b> — "
                                   f"{xml(w['reasoning'])} :" if lang == "fr" else
                                   f"<b>{xml(reg.status_words(screening.status, lang))}</b> — "
                                   f"{xml(w['reasoning'])}:", st["body"]))
            block += [Paragraph("• " + xml(reg.reason_text(r, lang)), st["body"]) for r in screening.reasons]
        story.append(KeepTogether(block) if section != "dpia" else KeepTogether(block[:2]))
        if section == "dpia":
            story += block[2:]
    return story


def build(items: Sequence[reg.Listed], *, organisation: str, address: str = "", legal_mention: str = "",
          as_of: date, printed: datetime, lang: str = "fr") -> bytes:
    """The register as of `as_of` (controller's processings, then the processor register) as PDF bytes."""
    if lang not in WORDS:
        raise ValueError(f"unknown language {lang!r}")
    st = _styles()
    w = WORDS[lang]
    controller = [i for i in items if i.record.role == "controller"]
    processor = [i for i in items if i.record.role == "processor"]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=f"{w['title']} — {organisation}", author=organisation,
                            creator="DPO Workbench", initialFontName=FAMILY)
    local = printed.astimezone(PARIS)
    story: list = [
        Paragraph(xml(w["title"]), st["title"]),
        Paragraph(xml(w["subtitle"]), st["subtitle"]),
        Paragraph(f"<b>{xml(organisation)}</b>", st["body"]),
    ]
    story += [Paragraph(xml(line), st["body"]) for line in address.splitlines() if line.strip()]
    story += [
        Spacer(1, 6),
        Paragraph(f"<b>{xml(w['as_of'].format(day=_day(as_of, lang)))}</b> — "
                  f"{xml(w['printed'].format(when=_day(local.date(), lang) + local.strftime(' %H:%M')))}",
                  st["body"]),
        Paragraph(xml(w["count"].format(n=len(controller), m=len(processor))), st["small"]),
        Paragraph(xml(w["list"]), st["h1"]),
    ]
    story.append(_list_table(controller, lang, st) if controller else Paragraph(xml(w["empty"]), st["body"]))
    for item in controller:
        story += _record(item, lang, st)
    story += [PageBreak(), Paragraph(xml(w["processor"]), st["h1"])]
    if not processor:
        story.append(Paragraph(xml(w["no_processor"]), st["body"]))
    for item in processor:
        story += _record(item, lang, st)
    footer = w["footer"].format(organisation=organisation, day=_day(as_of, lang))

    def page(canvas, doc_) -> None:
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.line(18 * mm, 13 * mm, A4[0] - 18 * mm, 13 * mm)
        canvas.setFont(FAMILY, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(18 * mm, 9 * mm, footer[:150])
        if legal_mention:
            canvas.drawString(18 * mm, 5.5 * mm, legal_mention[:160])
        canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, w["page"].format(page=doc_.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()
