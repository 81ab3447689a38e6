"""The page of a letter: A4, letterhead, window envelope, footer, page numbers.

Recipient address and window envelope: the French DL window envelope (110 x 220 mm,
NF EN ISO 269) has its 45 x 100 mm window on the right, 20 mm from the right edge
and 15 mm from the bottom edge. An A4 letter folded in three (99 mm panels) moves
a few millimetres inside it, so on the sheet the window covers about x = 100-200 mm
from the left edge and y = 45-95 mm from the top. The address is written inside a
safe zone with a margin of several millimetres on every side of the window: left
edge 110 mm, from 50 mm to at most 88 mm from the top (`ADDRESS_ZONE`).
Fold marks at 99 and 198 mm help fold it so.

Everything is drawn with the embedded DejaVu Sans (`fonts.register_fonts`): no
built-in PDF font, so names such as "Łukasz Wąsowski" print everywhere.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dpo_workbench.letters import markup
from dpo_workbench.letters.fonts import BOLD, FAMILY, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 20 * mm
# the window of a DL envelope on the sheet, in mm from the top-left corner: (left, top, right, bottom)
WINDOW_MM = (100.0, 45.0, 200.0, 95.0)
# where the recipient's address is written: inside the window with margins for the letter's play
ADDRESS_ZONE_MM = (110.0, 50.0, 195.0, 88.0)
FOLDS_MM = (99.0, 198.0)
SENDER_LINES = 10  # from 33 mm down, above the references
REFS_TOP = 76.0  # mm from the top, left column, beside the address
BODY_TOP_FIRST = 103 * mm  # below the window, the date and the references
BODY_TOP_NEXT = 24 * mm
BODY_BOTTOM = 21 * mm
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#1F3A5F")


@dataclass(frozen=True)
class Letterhead:
    """What the page draws around the body (all plain text, from the profile and the request)."""

    organisation: str
    address_lines: tuple[str, ...]
    recipient_lines: tuple[str, ...]  # name first
    reference: str  # printed in the header of the following pages
    legal_mention: str = ""
    logo_png: str = ""  # base64


@dataclass
class Styles:
    body: ParagraphStyle
    heading: ParagraphStyle
    subject: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    signature: ParagraphStyle
    annex: ParagraphStyle


_STYLES: Styles | None = None


def styles() -> Styles:
    global _STYLES
    if _STYLES is None:
        register_fonts()
        body = ParagraphStyle("body", fontName=FAMILY, fontSize=10, leading=13.2, alignment=TA_JUSTIFY,
                              spaceAfter=6)
        _STYLES = Styles(
            body=body,
            heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=10.5, leading=14,
                                   alignment=TA_LEFT, spaceBefore=6, spaceAfter=4, textColor=RULE),
            subject=ParagraphStyle("subject", parent=body, fontName=BOLD, alignment=TA_LEFT, spaceAfter=12),
            bullet=ParagraphStyle("bullet", parent=body, alignment=TA_LEFT, spaceAfter=2),
            quote=ParagraphStyle("quote", parent=body, leftIndent=10 * mm, alignment=TA_LEFT, spaceAfter=0),
            cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, alignment=TA_LEFT, spaceAfter=0),
            cell_bold=ParagraphStyle("cellb", parent=body, fontName=BOLD, fontSize=9, leading=11.5,
                                     alignment=TA_LEFT, spaceAfter=0),
            signature=ParagraphStyle("signature", parent=body, leftIndent=80 * mm, alignment=TA_LEFT,
                                     spaceAfter=0),
            annex=ParagraphStyle("annex", parent=body, fontName=BOLD, fontSize=12, leading=16,
                                 alignment=TA_LEFT, spaceAfter=10, textColor=RULE),
        )
    return _STYLES


def _y(mm_from_top: float) -> float:
    return PAGE_HEIGHT - mm_from_top * mm


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut a line that would not fit (an address line never wraps out of the window)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most `width` (words kept whole; a too long word is cut by `_fit`)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(_fit(word, font, size, width))
    return lines


class _NumberedCanvas(pdfcanvas.Canvas):
    """Draws "page/pages" once the page count is known (pages are kept until save)."""

    def __init__(self, *args, footer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []
        self._footer = footer

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            if self._footer:
                self._footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


@dataclass
class Built:
    pdf: bytes
    pages: int
    # positions of what was drawn in the window (for the checks), in PDF points
    window_lines: list[tuple[str, float, float]] = field(default_factory=list)


def build(head: Letterhead, parsed: markup.Parsed, placeholder_format: str, *, title: str = "",
          author: str = "", lang: str = "fr") -> Built:
    st = styles()
    fmt = placeholder_format
    french = lang == "fr"

    def xml(text: str) -> str:
        return markup.restore_xml(markup.typography(text) if french else text, fmt)

    def plain(text: str) -> str:
        return markup.to_plain(markup.typography(text) if french else text, fmt)

    buf = io.BytesIO()
    width = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    first_frame = Frame(MARGIN_LEFT, BODY_BOTTOM, width, PAGE_HEIGHT - BODY_TOP_FIRST - BODY_BOTTOM,
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first")
    next_frame = Frame(MARGIN_LEFT, BODY_BOTTOM, width, PAGE_HEIGHT - BODY_TOP_NEXT - BODY_BOTTOM,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="next")
    window_lines: list[tuple[str, float, float]] = []

    def draw(c: pdfcanvas.Canvas, x: float, y: float, raw: str, font: str, size: float, width: float,
             leading: float, color=colors.black, max_lines: int = 2) -> float:
        """A line of the letterhead, wrapped on two lines at most, a placeholder on yellow; returns the next y."""
        highlight = bool(markup.placeholders(raw))
        for text in _wrap(plain(raw), font, size, width)[:max_lines]:
            if highlight:
                c.setFillColor(colors.HexColor(markup.HIGHLIGHT))
                c.rect(x - 0.5, y - size * 0.25, stringWidth(text, font, size) + 1, size * 1.15, fill=1, stroke=0)
            c.setFillColor(color)
            c.setFont(font, size)
            c.drawString(x, y, text)
            y -= leading
        return y

    def letterhead(c: pdfcanvas.Canvas, _doc=None) -> None:
        top = _y(14)
        x = MARGIN_LEFT
        if head.logo_png:
            try:
                image = ImageReader(io.BytesIO(base64.b64decode(head.logo_png)))
                iw, ih = image.getSize()
                h = 14 * mm
                w = min(40 * mm, h * iw / ih)
                c.drawImage(image, x, top - h + 4 * mm, width=w, height=w * ih / iw, mask="auto")
                x += w + 4 * mm
            except Exception:  # a broken logo must not stop a letter: the name is printed alone
                pass
        c.setFillColor(RULE)
        c.setFont(BOLD, 15)
        c.drawString(x, top - 2 * mm, _fit(plain(head.organisation), BOLD, 15, 110 * mm))
        c.setFont(REGULAR, 8)
        c.setFillColor(GREY)
        c.drawString(x, top - 6.5 * mm, _fit(plain(", ".join(head.address_lines)), REGULAR, 8, 120 * mm))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.line(MARGIN_LEFT, _y(25), PAGE_WIDTH - MARGIN_RIGHT, _y(25))
        # sender block, left of the window
        y = _y(33)
        for n, line in enumerate(parsed.sender[:SENDER_LINES]):
            y = draw(c, MARGIN_LEFT, y, line, BOLD if n == 0 else REGULAR, 8.5, 72 * mm, 3.8 * mm,
                     colors.black if n == 0 else GREY)
        # recipient, in the window
        left, top_mm, right, bottom = ADDRESS_ZONE_MM
        zone_width = (right - left) * mm
        y = _y(top_mm) - 3 * mm
        c.setFillColor(colors.black)
        if parsed.mention:
            c.setFont(BOLD, 8)
            for text in _wrap(plain(parsed.mention), BOLD, 8, zone_width)[:2]:
                c.drawString(left * mm, y, text)
                window_lines.append((text, left * mm, y))
                y -= 3.6 * mm
            y -= 2 * mm
        lines = list(head.recipient_lines)
        size = 10.0
        leading = 4.4 * mm
        room = y - _y(bottom)
        while len(lines) * leading > room and size > 7.5:
            size -= 0.5
            leading = size * 0.44 * mm
        for n, line in enumerate(lines):
            font = BOLD if n == 0 else REGULAR
            c.setFont(font, size)
            text = _fit(plain(line), font, size, zone_width)
            c.drawString(left * mm, y, text)
            window_lines.append((text, left * mm, y))
            y -= leading
        # date on the right, references on the left, under the window
        draw(c, left * mm, _y(96), parsed.date, REGULAR, 9.5, zone_width, 4 * mm)
        y = _y(REFS_TOP)
        for line in parsed.refs:
            y = draw(c, MARGIN_LEFT, y, line, REGULAR, 8.5, 80 * mm, 3.8 * mm)
        # fold marks
        c.setStrokeColor(GREY)
        c.setLineWidth(0.3)
        for fold in FOLDS_MM:
            c.line(4 * mm, _y(fold), 8 * mm, _y(fold))

    def next_header(c: pdfcanvas.Canvas, _doc=None) -> None:
        c.setFont(REGULAR, 8)
        c.setFillColor(GREY)
        c.drawString(MARGIN_LEFT, _y(14), _fit(plain(f"{head.organisation} — {head.reference}"), REGULAR, 8,
                                                 width))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN_LEFT, _y(16), PAGE_WIDTH - MARGIN_RIGHT, _y(16))

    def footer(c: pdfcanvas.Canvas, page: int, total: int) -> None:
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN_LEFT, 16 * mm, PAGE_WIDTH - MARGIN_RIGHT, 16 * mm)
        c.setFont(REGULAR, 7)
        c.setFillColor(GREY)
        mention = _fit(plain(head.legal_mention), REGULAR, 7, width - 20 * mm)
        c.drawString(MARGIN_LEFT, 12 * mm, mention)
        c.setFont(REGULAR, 8)
        c.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 12 * mm, f"{page}/{total}")
        c.restoreState()

    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                          topMargin=BODY_TOP_NEXT, bottomMargin=BODY_BOTTOM, title=plain(title),
                          author=plain(author), creator="DPO Workbench", initialFontName=FAMILY,
                          initialFontSize=10)
    doc.addPageTemplates([
        PageTemplate("first", [first_frame], onPage=letterhead, autoNextPageTemplate="next"),
        PageTemplate("next", [next_frame], onPage=next_header),
    ])

    story: list = []
    if parsed.subject:
        story.append(Paragraph(xml(parsed.subject), st.subject))
    for block in parsed.blocks:
        if block.kind == "para":
            story.append(Paragraph(xml(block.lines[0]), st.body))
        elif block.kind == "heading":
            story.append(CondPageBreak(30 * mm))
            story.append(Paragraph(xml(block.lines[0]), st.heading))
        elif block.kind == "bullets":
            items = [ListItem(Paragraph(xml(line), st.bullet), leftIndent=6 * mm, value="•")
                     for line in block.lines]
            story.append(ListFlowable(items, bulletType="bullet", start="•", bulletFontName=FAMILY,
                                      bulletFontSize=9, leftIndent=6 * mm, spaceAfter=6))
        elif block.kind == "quote":
            story.append(Paragraph("<br/>".join(xml(line) for line in block.lines), st.quote))
            story.append(Spacer(0, 6))
        elif block.kind == "table":
            ncols = max(len(r) for r in block.rows)
            rows = [[Paragraph(xml(cell), st.cell_bold if i == 0 and ncols > 1 else st.cell)
                     for i, cell in enumerate(r + [""] * (ncols - len(r)))] for r in block.rows]
            widths = [width * 0.35] + [width * 0.65 / (ncols - 1)] * (ncols - 1) if ncols > 1 else [width]
            table = Table(rows, colWidths=widths, repeatRows=0, hAlign="LEFT")
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # else the table sets Helvetica on the canvas
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(table)
            story.append(Spacer(0, 8))
        elif block.kind == "signature":
            # the complimentary close stays on the signature's page
            lines = [story.pop()] if story and isinstance(story[-1], Paragraph) else []
            lines.append(Spacer(0, 8))
            for n, line in enumerate(block.lines):
                text = xml(line)
                lines.append(Paragraph(f"<b>{text}</b>" if n == 0 else text, st.signature))
            story.append(KeepTogether(lines))
        elif block.kind == "annex":
            story.append(PageBreak())
            story.append(Paragraph(xml(block.lines[0]), st.annex))
    if not story:
        story.append(Spacer(0, 1))
    story.insert(0, NextPageTemplate("next"))

    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer=footer, **k))
    pdf = buf.getvalue()
    return Built(pdf=pdf, pages=doc.page, window_lines=window_lines)

