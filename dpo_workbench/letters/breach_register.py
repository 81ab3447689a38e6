"""The breach register as a PDF (Art. 33(5)), for an inspection: one line per breach."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from dpo_workbench.core import breach as form
from dpo_workbench.letters.breach_draft import (
    DECISION_FR,
    GREY,
    HEADING_BACKGROUND,
    LEVEL_FR,
    LINE,
    fmt_paris,
    number_fr,
    paragraph_text,
    styles,
)
from dpo_workbench.letters.fonts import FAMILY

INFORMED_FR = {"yes": "oui", "no": "non", "later": "pas encore", "exception": "exception art. 34(3)", "": "—"}


def build_register_pdf(rows, *, organisation: str, now: datetime) -> bytes:
    st = styles()
    small = st["note"].clone("small", textColor=colors.black)
    out = io.BytesIO()
    size = landscape(A4)
    doc = SimpleDocTemplate(out, pagesize=size, initialFontName=FAMILY, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=16 * mm, title="Registre des violations de données",
                            author="DPO Workbench")
    story = [
        Paragraph("Registre des violations de données personnelles (art. 33(5) RGPD)", st["title"]),
        Paragraph(f"{organisation} — extrait le {fmt_paris(now)} — {len(rows)} violation(s)", st["subtitle"]),
        Spacer(1, 4),
    ]
    header = ["Référence", "Prise de connaissance", "Limite 72 h", "Résumé", "Gravité (ENISA)", "Notifiée",
              "Personnes informées", "Décision", "État"]
    data = [[Paragraph(f"<b>{h}</b>", small) for h in header]]
    for r in rows:
        clock = r.countdown(now)
        if r.notified:
            kinds = {"initial": "initiale", "complementary": "complémentaire", "complete": "complète"}
            notified = "<br/>".join(f"{kinds[kind]} {fmt_paris(at).split(' (')[0]}" + (f" — {paragraph_text(ref)}"
                                    if ref else "") for kind, at, ref in r.phases) or "oui"
            if clock.status == "notified-late":
                notified += "<br/>(hors délai)"
        else:
            notified = "non" + (" — délai dépassé" if clock.status == "late" else "")
        severity = (f"{LEVEL_FR[r.severity_level]} ({number_fr(r.severity_score)})" if r.severity_level
                    else "non évaluée")
        data.append([
            r.reference,
            Paragraph(form.format_instant(r.aware_at), small),
            Paragraph(fmt_paris(r.deadline).split(" (")[0], small),
            Paragraph(paragraph_text(r.summary[:300]), small),
            Paragraph(severity, small),
            Paragraph(notified, small),
            Paragraph(INFORMED_FR.get(r.people_informed, r.people_informed), small),
            Paragraph(DECISION_FR.get(r.decision, "—"), small),
            Paragraph("clôturée" if r.state == "closed" else "ouverte", small),
        ])
    table = LongTable(data, colWidths=[26 * mm, 30 * mm, 24 * mm, 60 * mm, 24 * mm, 42 * mm, 22 * mm, 27 * mm,
                                       18 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FAMILY), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), HEADING_BACKGROUND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
    ]))
    story.append(table)

    def page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(12 * mm, 8 * mm, "Registre des violations — document confidentiel")
        canvas.drawRightString(size[0] - 12 * mm, 8 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()
