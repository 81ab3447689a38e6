"""The recovery sheet: one A4 page with the recovery key, how to use it, and nothing personal.

The key is drawn in eight numbered boxes, one character per cell, so that it is
copied group by group (a typing error is then named by its group number). The
organisation and the person who keeps the sheet are left as blank lines to fill
in by hand: the PDF itself holds no personal data and can be printed anywhere.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from dpo_workbench.core.clock import PARIS
from dpo_workbench.letters.fonts import BOLD, REGULAR, register_fonts

TEXTS = {
    "fr": {
        "title": "DPO Workbench — feuille de récupération",
        "intro": ("Cette clé de récupération ouvre le dossier de données de DPO Workbench et ses sauvegardes "
                  "lorsque la clé du trousseau du système ou la phrase de passe est perdue. Qui la détient peut, "
                  "avec une sauvegarde, lire le registre : rangez cette feuille sous clé (un coffre), loin de "
                  "l'ordinateur, et ne la photographiez pas."),
        "key": "Clé de récupération",
        "group": "groupe",
        "id": "Identifiant de la clé",
        "created": "Créée le",
        "folder": "Dossier de données n°",
        "handwritten": "À remplir à la main",
        "organisation": "Organisme :",
        "kept_by": "Conservée par :",
        "place": "Lieu de conservation :",
        "how": "Comment s'en servir",
        "steps": [
            "Sur cet ordinateur, si la clé du trousseau est perdue ou la phrase de passe oubliée : au démarrage, "
            "choisir « Utiliser la clé de récupération… » (ou « dpo-workbench recovery-key unlock »).",
            "Sur un nouvel ordinateur : installer DPO Workbench, puis Fichier › Restaurer…, choisir le fichier de "
            "sauvegarde (.dpobak) et taper cette clé (ou DPO_WORKBENCH_RECOVERY_KEY=… dpo-workbench --data-dir "
            "NOUVEAU backup restore FICHIER).",
            "Le cinquième caractère de chaque groupe est un contrôle : une faute de frappe est signalée avec le "
            "numéro de son groupe. 0 et O, 1, I et L se valent.",
        ],
        "replaced": ("Une nouvelle clé de récupération remplace celle-ci : cette feuille n'ouvre plus alors le "
                     "dossier de données (les sauvegardes faites avant le remplacement s'ouvrent encore avec elle). "
                     "Détruisez-la quand vous n'en avez plus besoin."),
        "footer": "Cette feuille ne contient aucune donnée personnelle.",
    },
    "en": {
        "title": "DPO Workbench — recovery sheet",
        "intro": ("This recovery key opens the DPO Workbench data folder and its backups when the system keyring "
                  "entry or the passphrase is lost. Whoever holds it can read the register from a backup: keep "
                  "this sheet locked away (a safe), away from the computer, and do not photograph it."),
        "key": "Recovery key",
        "group": "group",
        "id": "Key identifier",
        "created": "Created on",
        "folder": "Data folder no.",
        "handwritten": "To fill in by hand",
        "organisation": "Organisation:",
        "kept_by": "Kept by:",
        "place": "Where it is kept:",
        "how": "How to use it",
        "steps": [
            "On this computer, if the keyring entry is lost or the passphrase forgotten: at start-up, choose "
            "“Use the recovery key…” (or “dpo-workbench recovery-key unlock”).",
            "On a new computer: install DPO Workbench, then File › Restore…, choose the backup file (.dpobak) and "
            "type this key (or DPO_WORKBENCH_RECOVERY_KEY=… dpo-workbench --data-dir NEW backup restore FILE).",
            "The fifth character of each group is a check: a typing error is reported with the number of its "
            "group. 0 and O, 1, I and L count as the same.",
        ],
        "replaced": ("A new recovery key replaces this one: this sheet then no longer opens the data folder (backups "
                     "made before the replacement still open with it). Destroy it once it is no longer needed."),
        "footer": "This sheet holds no personal data.",
    },
}


def render_sheet(groups: list[str], *, key_id: str, created: datetime, folder_id: str, lang: str = "fr") -> bytes:
    """The sheet as PDF bytes (A4, one page, DejaVu Sans embedded)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph

    register_fonts()
    t: dict[str, Any] = TEXTS["en"] if lang == "en" else {k: _french(v) for k, v in TEXTS["fr"].items()}
    width, height = A4
    margin = 20 * mm
    ink, rule, faint = colors.HexColor("#1F3A5F"), colors.HexColor("#1F3A5F"), colors.HexColor("#555555")
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=1, initialFontName=REGULAR)
    pdf.setTitle(t["title"])
    pdf.setAuthor("DPO Workbench")
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5)
    y = height - margin

    def paragraph(text: str, top: float, style: ParagraphStyle = body, indent: float = 0) -> float:
        p = Paragraph(text, style)
        _w, h = p.wrap(width - 2 * margin - indent, height)
        p.drawOn(pdf, margin + indent, top - h)
        return top - h

    pdf.setFillColor(ink)
    pdf.setFont(BOLD, 17)
    pdf.drawString(margin, y - 17, t["title"])
    y -= 26
    pdf.setStrokeColor(rule)
    pdf.setLineWidth(1.2)
    pdf.line(margin, y, width - margin, y)
    pdf.setFillColor(colors.black)
    y = paragraph(t["intro"], y - 8) - 14

    # the key: two rows of four numbered groups, one character per cell
    pdf.setFont(BOLD, 11)
    pdf.setFillColor(ink)
    pdf.drawString(margin, y - 11, t["key"])
    y -= 20
    cell, gap = 7.6 * mm, 5 * mm
    group_width = 5 * cell
    row_left = (width - (4 * group_width + 3 * gap)) / 2
    for row in range(2):
        top = y - row * (cell + 12 * mm)
        for col in range(4):
            index = row * 4 + col
            left = row_left + col * (group_width + gap)
            pdf.setStrokeColor(ink)
            pdf.setLineWidth(1)
            pdf.rect(left, top - cell, group_width, cell)
            for c in range(1, 5):
                pdf.setLineWidth(0.3 if c < 4 else 0.8)
                pdf.line(left + c * cell, top - cell, left + c * cell, top)
            pdf.setFillColor(colors.black)
            pdf.setFont(BOLD, 16)
            for c, char in enumerate(groups[index]):
                pdf.drawCentredString(left + c * cell + cell / 2, top - cell + 2.2 * mm, char)
            pdf.setFont(REGULAR, 8)
            pdf.setFillColor(faint)
            pdf.drawCentredString(left + group_width / 2, top - cell - 4 * mm, f"{t['group']} {index + 1}")
    y -= 2 * cell + 12 * mm + 12 * mm

    pdf.setFont(REGULAR, 9.5)
    pdf.setFillColor(colors.black)
    line = f"{' '.join([key_id[i:i + 4] for i in range(0, len(key_id), 4)])}"
    local = created.astimezone(PARIS)
    for label, value in ((t["id"], line), (t["created"], f"{local:%d/%m/%Y %H:%M}"),
                         (t["folder"], folder_id[:8])):
        pdf.setFont(REGULAR, 9.5)
        pdf.drawString(margin, y - 10, label)
        pdf.setFont(BOLD, 9.5)
        pdf.drawString(margin + 48 * mm, y - 10, value)
        y -= 15
    y -= 8

    pdf.setFont(BOLD, 11)
    pdf.setFillColor(ink)
    pdf.drawString(margin, y - 11, t["handwritten"])
    y -= 16
    pdf.setFillColor(colors.black)
    pdf.setStrokeColor(faint)
    pdf.setLineWidth(0.5)
    for label in (t["organisation"], t["kept_by"], t["place"]):
        pdf.setFont(REGULAR, 9.5)
        pdf.drawString(margin, y - 14, label)
        pdf.line(margin + 48 * mm, y - 15, width - margin, y - 15)
        y -= 22
    y -= 10

    pdf.setFont(BOLD, 11)
    pdf.setFillColor(ink)
    pdf.drawString(margin, y - 11, t["how"])
    y -= 18
    pdf.setFillColor(colors.black)
    for n, step in enumerate(t["steps"], start=1):
        pdf.setFont(BOLD, 10)
        pdf.drawString(margin, y - 10, f"{n}.")
        y = paragraph(_escape(step), y, indent=6 * mm) - 6
    y -= 6
    y = paragraph(f"<b>{_escape(t['replaced'])}</b>", y)

    pdf.setFont(REGULAR, 8)
    pdf.setFillColor(faint)
    pdf.drawString(margin, 12 * mm, t["footer"])
    pdf.drawRightString(width - margin, 12 * mm, f"DPO Workbench · {key_id}")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _french(value: Any) -> Any:
    """French spacing: a no-break space before : ; ? ! and inside « »."""
    if isinstance(value, list):
        return [_french(v) for v in value]
    for before, after in ((" :", "\u00a0:"), (" ;", "\u00a0;"), (" ?", "\u00a0?"), (" !", "\u00a0!"),
                          ("« ", "«\u00a0"), (" »", "\u00a0»")):
        value = value.replace(before, after)
    return value


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
