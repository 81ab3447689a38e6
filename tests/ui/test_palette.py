"""The interface's colours live in one module: widgets ask for a tone, never write a colour code."""

from __future__ import annotations

import re
from pathlib import Path

import dpo_workbench.ui
from dpo_workbench.ui.widgets import palette

UI_DIR = Path(dpo_workbench.ui.__file__).parent
COLOUR_CODE = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|\brgba?\(")


def colour_codes(text: str) -> list[str]:
    return COLOUR_CODE.findall(text)


def test_no_colour_code_outside_the_palette():
    found = {path.relative_to(UI_DIR).as_posix(): colour_codes(path.read_text(encoding="utf-8"))
             for path in UI_DIR.rglob("*.py") if path.name != "palette.py"}
    assert {name: codes for name, codes in found.items() if codes} == {}


def test_the_scan_sees_colour_codes():
    assert colour_codes('label.setStyleSheet("color: #b02a37;")') == ["#b02a37"]
    assert colour_codes("QColor('#fff')") == ["#fff"]
    assert colour_codes('"#%1: %2"') == []  # placeholders are not colours


def test_every_tone_has_a_readable_swatch():
    """Dark text on a pale ground (or white on a dark one): WCAG AA contrast, 4.5:1, for every tone."""

    def luminance(code: str) -> float:
        channels = [int(code[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for tone in palette.Tone:
        swatch = palette.SWATCHES[tone]
        light, dark = sorted((luminance(swatch.text), luminance(swatch.background)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, tone
    for text in (palette.ERROR_TEXT, palette.HINT_TEXT, palette.FAINT_TEXT):
        assert (1.05) / (luminance(text) + 0.05) >= 4.5, text
