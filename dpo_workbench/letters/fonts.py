"""The embedded font of every PDF the workbench writes.

reportlab's built-in Helvetica and its bundled Vera lack letters such as ą, ę, ł
or Œ, so a name like "Łukasz Wąsowski" would print with holes. DejaVu Sans covers
the whole Latin range; it is shipped in `resources/fonts` and embedded (subset)
in every PDF, so the document prints the same everywhere.
"""

from __future__ import annotations

import threading
from importlib.resources import as_file, files

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = REGULAR

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the DejaVu Sans family with reportlab (once per process); returns the family name.

    Use `FAMILY` as `fontName` in styles; `<b>` and `<i>` in paragraphs map to the
    bold and oblique faces.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = files("dpo_workbench.resources").joinpath("fonts")
        for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
            with as_file(folder.joinpath(f"{name}.ttf")) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
    return FAMILY
