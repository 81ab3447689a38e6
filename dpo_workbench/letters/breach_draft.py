"""The CNIL breach notification draft (Art. 33): every section of the online form, filled from the record.

The CNIL takes notifications only through its teleservice, in French; the draft
is what the DPO copies into it section by section, so its headings and labels
are the form's own (French) wording. Mandatory fields left empty are printed in
red and listed again on a checklist page; when the 72 hours are over, the
section on the reasons for the delay is added (Art. 33(1)).
"""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from dpo_workbench.core import breach as form
from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.severity import DPC_CATEGORIES, EASE_OF_IDENTIFICATION
from dpo_workbench.letters.fonts import BOLD, FAMILY, register_fonts

RED = colors.HexColor("#b02a37")
RED_BACKGROUND = colors.HexColor("#fbe3e5")
GREY = colors.HexColor("#5c636a")
LINE = colors.HexColor("#adb5bd")
HEADING_BACKGROUND = colors.HexColor("#e7f1ff")
GREEN = colors.HexColor("#146c43")

TYPE_LABELS = {"initial": "Notification initiale", "complementary": "Notification complémentaire",
               "complete": "Notification complète"}
TYPE_HELP = {
    "initial": "Premiers éléments connus ; des informations complémentaires suivront (art. 33(4)).",
    "complementary": "Complète une notification initiale déjà envoyée (art. 33(4)).",
    "complete": "Toutes les informations sont connues et transmises en une fois.",
}
LEVEL_FR = {"low": "faible", "medium": "moyenne", "high": "élevée", "very high": "très élevée"}
DECISION_FR = {"register-only": "inscription au registre seulement", "notify": "notification à la CNIL",
               "notify-and-inform": "notification à la CNIL et information des personnes"}
CATEGORY_FR = {"simple": "données simples", "behavioural": "données comportementales",
               "financial": "données financières", "sensitive": "données sensibles"}
EI_FR = {"negligible": "négligeable", "limited": "limitée", "significant": "importante", "maximum": "maximale"}
MISSING_TEXT = "À COMPLÉTER — champ obligatoire"
NOT_IN_THE_FORM = {"advice"}  # kept for the Art. 34 letter, not asked by the CNIL


def styles() -> dict[str, ParagraphStyle]:
    family = register_fonts()
    base = ParagraphStyle("base", fontName=family, bulletFontName=family, fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, textColor=GREY, spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=11.5, leading=15,
                                  backColor=HEADING_BACKGROUND, borderPadding=(3, 4, 3, 4), spaceBefore=10,
                                  spaceAfter=6),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=8.5, leading=11),
        "value": base,
        "missing": ParagraphStyle("missing", parent=base, fontName=BOLD, textColor=RED),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10, textColor=GREY),
        "alert": ParagraphStyle("alert", parent=base, fontName=BOLD, textColor=RED, backColor=RED_BACKGROUND,
                                borderPadding=6, spaceBefore=6, spaceAfter=10),
        "ok": ParagraphStyle("ok", parent=base, fontName=BOLD, textColor=GREEN),
    }


def number_fr(value: float) -> str:
    """2.5 -> '2,5': French decimals."""
    return f"{value:g}".replace(".", ",")


def paragraph_text(text: str) -> str:
    """Plain text for a Paragraph: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def fmt_paris(instant: datetime) -> str:
    return form.format_instant(instant.astimezone(PARIS))


def duration_fr(delta) -> str:
    """'33 h 05 min': in hours, as the 72-hour clock counts."""
    days, hours, minutes = form.split_duration(delta)
    return f"{days * 24 + hours} h {minutes:02d} min"


def footer(reference: str, title: str, *, confidential: bool = True):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(GREY)
        text = f"{reference} — {title}" + (" — document confidentiel" if confidential else "")
        canvas.drawString(18 * mm, 10 * mm, text)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()
    return draw


def _field_rows(section: form.Section, values: dict, prefilled: set[str], missing: set[str], st) -> list:
    rows = []
    for f in section.fields:
        if f.key in NOT_IN_THE_FORM:
            continue
        value = values.get(f.key)
        shown = form.display_value(f.key, value, "fr")
        label = Paragraph(escape(f.fr) + (" <font color='#b02a37'>*</font>" if f.mandatory else ""), st["label"])
        if f.key in missing:
            cell = Paragraph(MISSING_TEXT, st["missing"])
        elif not shown:
            cell = Paragraph("—", st["note"])
        else:
            text = paragraph_text(shown)
            if f.key in prefilled:
                text += " <font size='7.5' color='#5c636a'>(repris du profil de l'organisme)</font>"
            cell = Paragraph(text, st["value"])
        rows.append((f.key, [label, cell]))
    return rows


def _section_table(rows: list, missing: set[str]) -> Table:
    table = Table([r for _, r in rows], colWidths=[58 * mm, 116 * mm])
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for i, (key, _) in enumerate(rows):
        if key in missing:
            style.append(("BACKGROUND", (0, i), (-1, i), RED_BACKGROUND))
    table.setStyle(TableStyle(style))
    return table


def _ordered_sections(late: bool) -> list[form.Section]:
    sections = []
    for section in form.SECTIONS:
        sections.append(section)
        if section.key == "dates" and late:
            sections.append(form.DELAY_SECTION)
    return sections


def build_notification_draft(record, values: dict, *, kind: str, now: datetime,
                             prefilled: set[str] | None = None) -> bytes:
    """The draft as PDF bytes (A4, fonts embedded). `record` is a services.breaches.BreachRecord."""
    st = styles()
    prefilled = prefilled or set()
    late = record.late(now)
    missing_list = form.missing_fields(values, late=late)
    missing = {f.key for f in missing_list}
    out = io.BytesIO()
    title = "Projet de notification de violation de données personnelles"
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName=FAMILY, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=f"{record.reference} — {title}",
                            author="DPO Workbench", subject="Projet de notification à la CNIL (art. 33 RGPD)")
    story: list = [
        Paragraph(title, st["title"]),
        Paragraph("Projet à reporter, section par section, dans le téléservice de notification de la CNIL "
                  "(notifications.cnil.fr). Ce document n'est pas envoyé à la CNIL.", st["subtitle"]),
    ]
    boxes = "<br/>".join(("☒ <b>" + TYPE_LABELS[k] + "</b>") if k == kind else ("☐ " + TYPE_LABELS[k])
                         for k in form.NOTIFICATION_TYPES)
    clock = record.countdown(now)
    if clock.status in ("notified", "notified-late"):
        clock_text = f"première notification envoyée le {fmt_paris(record.first_notified_at)}"
        if clock.status == "notified-late":
            clock_text += f", {duration_fr(clock.remaining)} après la limite"
    elif late:
        clock_text = f"délai de 72 h dépassé de {duration_fr(clock.remaining)}"
    else:
        clock_text = f"reste {duration_fr(clock.remaining)}"
    head = [
        ["Type de notification", Paragraph(boxes, st["value"])],
        ["", Paragraph(escape(TYPE_HELP[kind]), st["note"])],
        ["Référence interne", record.reference],
        ["Prise de connaissance", form.format_instant(record.aware_at)],
        ["Limite des 72 heures", Paragraph(f"{fmt_paris(record.deadline)} — {escape(clock_text)}", st["value"])],
        ["Résumé", Paragraph(paragraph_text(record.summary), st["value"])],
        ["Projet établi le", fmt_paris(now)],
    ]
    head_table = Table([[Paragraph(escape(a), st["label"]) if isinstance(a, str) and a else a, b]
                        for a, b in head], colWidths=[44 * mm, 130 * mm])
    head_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.6, LINE),
                                    ("LINEBELOW", (0, 1), (-1, -2), 0.3, LINE),
                                    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [head_table, Spacer(1, 4)]
    if late:
        story.append(Paragraph("Notification au-delà de 72 heures : la section « Justification du retard » "
                               "est obligatoire (art. 33(1) RGPD).", st["alert"]))
    if missing_list:
        story.append(Paragraph(f"{len(missing_list)} champ(s) obligatoire(s) à compléter : ils sont signalés en "
                               "rouge et récapitulés sur la dernière page.", st["alert"]))
    if record.notifications:
        rows = [[Paragraph("<b>Envoyée le</b>", st["label"]), Paragraph("<b>Type</b>", st["label"]),
                 Paragraph("<b>Référence CNIL</b>", st["label"])]]
        for n in record.notifications:
            rows.append([fmt_paris(n.sent_at), TYPE_LABELS[n.kind], n.cnil_reference or "—"])
        t = Table(rows, colWidths=[60 * mm, 60 * mm, 54 * mm])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                               ("GRID", (0, 0), (-1, -1), 0.3, LINE)]))
        story += [Paragraph("Notifications déjà envoyées", st["heading"]), t]

    for number, section in enumerate(_ordered_sections(late), start=1):
        heading = Paragraph(f"{number}. {escape(section.fr)}", st["heading"])
        rows = _field_rows(section, values, prefilled, missing, st)
        story.append(KeepTogether([heading, _section_table(rows, missing)]))

    story.append(Paragraph("Annexe — évaluation de la gravité (méthode ENISA) et décision du DPO", st["heading"]))
    story += _assessment_part(record, st)

    story.append(PageBreak())
    story.append(Paragraph("Liste de contrôle avant l'envoi", st["title"]))
    if missing_list:
        story.append(Paragraph(f"{len(missing_list)} champ(s) obligatoire(s) manquant(s) :", st["missing"]))
        numbers = {s.key: n for n, s in enumerate(_ordered_sections(late), start=1)}
        order = {f.key: i for i, f in enumerate(f for s in _ordered_sections(late) for f in s.fields)}
        rows = []
        for f in sorted(missing_list, key=lambda f: order[f.key]):
            section = form.SECTION_OF[f.key]
            rows.append(["☐", Paragraph(f"{numbers[section.key]}. {escape(section.fr)}", st["value"]),
                         Paragraph(escape(f.fr), st["missing"])])
        t = Table(rows, colWidths=[8 * mm, 70 * mm, 96 * mm])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE)]))
        story.append(t)
    else:
        story.append(Paragraph("Tous les champs obligatoires sont remplis.", st["ok"]))
    story += [Spacer(1, 8), Paragraph(
        "Rappels : la notification peut être faite en plusieurs fois (art. 33(4)) ; toute violation, notifiée ou "
        "non, est inscrite au registre avec ses faits, ses effets, les mesures prises et la justification de la "
        "décision (art. 33(5)).", st["note"])]
    page = footer(record.reference, "projet de notification CNIL")
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()


def _assessment_part(record, st) -> list:
    a = record.assessment
    parts = []
    if a is None or record.severity is None:
        parts.append(Paragraph("Gravité non évaluée.", st["value"]))
    else:
        ei_name = next((k for k, v in EASE_OF_IDENTIFICATION.items() if v == a.ei), "")
        circumstances = []
        for label, value in (("confidentialité", a.confidentiality), ("intégrité", a.integrity),
                             ("disponibilité", a.availability)):
            if value:
                circumstances.append(f"{label} {number_fr(value)}")
        if a.malicious:
            circumstances.append("intention malveillante 0,5")
        text = (f"Contexte de traitement (DPC) : {CATEGORY_FR.get(a.category, a.category)} "
                f"({number_fr(DPC_CATEGORIES.get(a.category, 0))}), ajustement "
                f"{'+' if a.adjustment >= 0 else ''}{number_fr(a.adjustment)} → {number_fr(a.dpc)} ; "
                f"facilité d'identification (EI) : {EI_FR.get(ei_name, ei_name)} ({number_fr(a.ei)}) ; "
                f"circonstances (CB) : {', '.join(circumstances) if circumstances else 'aucune'}.<br/>"
                f"<b>Score SE = DPC × EI + CB = {number_fr(record.severity.score)} : gravité "
                f"{LEVEL_FR[record.severity.level]}</b> — l'outil suggère : "
                f"{DECISION_FR[record.suggested_decision]}.")
        parts.append(Paragraph(text, st["value"]))
    if record.decision:
        parts.append(Paragraph(f"<b>Décision du DPO :</b> {escape(DECISION_FR[record.decision])}.", st["value"]))
        parts.append(Paragraph(paragraph_text(record.decision_reason), st["value"]))
    else:
        parts.append(Paragraph("Décision du DPO : pas encore enregistrée.", st["missing"]))
    return parts
