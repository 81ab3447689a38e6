"""The shipped font prints every Latin letter a requester's name may hold, and is embedded."""

import io

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from dpo_workbench.letters.fonts import BOLD, FAMILY, register_fonts

NAMES = "Łukasz Wąsowski, Zoë Œuvray, Ægir Østergaard, Ğülşen Çelik, Dvořák, Ñuñez"


def test_every_letter_of_the_names_has_a_glyph():
    register_fonts()
    face = pdfmetrics.getFont(FAMILY).face
    missing = {ch for ch in NAMES if ch.strip(" ,") and ord(ch) not in face.charToGlyph}
    assert missing == set()


def test_the_font_is_embedded_and_the_text_extracts():
    register_fonts()
    out = io.BytesIO()
    # initialFontName: otherwise the canvas lists an unembedded Helvetica, unused or not
    c = canvas.Canvas(out, pagesize=A4, initialFontName=FAMILY)
    c.setFont(FAMILY, 11)
    c.drawString(72, 700, NAMES)
    c.setFont(BOLD, 11)
    c.drawString(72, 680, "Objet : droit d'accès")
    c.save()
    page = pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[0]
    fonts = page["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
    text = page.extract_text()
    assert "Łukasz Wąsowski" in text and "Œuvray" in text
