"""The colours of the interface, in one place: a tone says what a colour means, widgets ask for the tone.

One scheme everywhere (dark text on a pale background with a border of the same hue,
the contrast of Bootstrap's alert colours, WCAG AA on white), so that a warning looks
the same in the letter dialog as in the breach editor and the meaning never rests on
the colour alone: each coloured element also says it in words. No module outside this
one writes a colour code; a test checks it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QBrush, QColor


class Tone(Enum):
    """What a coloured element means."""

    INFO = "info"  # blue: open, running, a hint about what to do next
    SUCCESS = "success"  # green: done, verified, notified in time, saved
    WARNING = "warning"  # amber: due soon, something to check, a doubt
    DANGER = "danger"  # red: overdue, refused, an error
    CRITICAL = "critical"  # white on red: a late breach, a very high severity
    NEUTRAL = "neutral"  # grey: closed, not needed, waiting for the person


@dataclass(frozen=True)
class Swatch:
    text: str
    background: str
    border: str


SWATCHES: dict[Tone, Swatch] = {
    Tone.INFO: Swatch("#084298", "#e7f1ff", "#9ec5fe"),
    Tone.SUCCESS: Swatch("#0f5132", "#d1e7dd", "#a3cfbb"),
    Tone.WARNING: Swatch("#664d03", "#fff3cd", "#ffda6a"),
    Tone.DANGER: Swatch("#842029", "#f8d7da", "#f1aeb5"),
    Tone.CRITICAL: Swatch("#ffffff", "#b02a37", "#842029"),
    Tone.NEUTRAL: Swatch("#41464b", "#f1f3f5", "#ced4da"),
}

ERROR_TEXT = "#b02a37"  # an error message next to a field: brighter than DANGER's text, still AA on white
ATTENTION_TEXT = "#997404"  # a word that asks for a look (an ID copy kept, a deadline within a week)
HINT_TEXT = "#495057"  # explanations under a field or a heading
FAINT_TEXT = "#6c757d"  # secondary facts: a size, a date recorded, a destroyed document
MARK_BACKGROUND = "#ffe69c"  # the words of a message a suggestion was found in
MARK_TEXT = "#000000"
DROP_ACCENT = "#0d6efd"  # a drop target under the cursor
REGISTER_SOON = "#ffe8b3"  # a register row due within a week (warmer than WARNING, readable on every row)
DROP_IDLE_BORDER = SWATCHES[Tone.NEUTRAL].border

# -- styles for labels and frames ----------------------------------------------------------------------

ERROR_STYLE = f"color: {ERROR_TEXT};"
HINT_STYLE = f"color: {HINT_TEXT};"
FAINT_STYLE = f"color: {FAINT_TEXT};"
TITLE_STYLE = "font-weight: 600;"
MARK_STYLE = f"background:{MARK_BACKGROUND}; color:{MARK_TEXT};"
PLACEHOLDER_FRAME_STYLE = f"border: 1px dashed {DROP_IDLE_BORDER}; color: {FAINT_TEXT};"  # an empty logo box


def text_style(tone: Tone) -> str:
    """A label's text in the tone's colour (a status line, a saved message)."""
    return f"color: {SWATCHES[tone].text};"


def box_style(tone: Tone) -> str:
    """A boxed message: a warning above a form, a notice about what a choice will do."""
    s = SWATCHES[tone]
    return (f"background: {s.background}; color: {s.text}; border: 1px solid {s.border}; "
            "border-radius: 4px; padding: 6px;")


def badge_style(tone: Tone) -> str:
    """A small rounded label: a request's state, a severity level."""
    s = SWATCHES[tone]
    return f"background: {s.background}; color: {s.text}; padding: 2px 8px; border-radius: 8px;"


def chip_style(tone: Tone) -> str:
    """A bold figure on its tone's background: a countdown, a severity score."""
    s = SWATCHES[tone]
    return f"color: {s.text}; background: {s.background}; border-radius: 4px; padding: 4px 8px; font-weight: bold;"


def card_button_style(tone: Tone) -> str:
    """A push button drawn as a card of its tone (the breach alert in the summary strip)."""
    s = SWATCHES[tone]
    return ("QPushButton { text-align: left; padding: 6px 12px; border-radius: 6px; font-weight: bold; "
            f"color: {s.text}; background: {s.background}; }}")


def count_card_style(tone: Tone) -> str:
    """A checkable card with a number (the summary strip); a thicker border when it filters the register."""
    s = SWATCHES[tone]
    return (f"QPushButton {{ text-align: left; padding: 6px 12px; border: 1px solid {s.border}; border-radius: 6px; "
            f"background: {s.background}; color: {s.text}; }}\n"
            f"QPushButton:checked {{ border: 2px solid {s.text}; }}")


def figure_card_style(object_name: str, tone: Tone) -> str:
    """A framed figure of its tone (the dashboard's cards): the frame and its labels in the tone's colours."""
    s = SWATCHES[tone]
    return (f"QFrame#{object_name} {{ border: 1px solid {s.border}; border-radius: 6px; background: {s.background}; }}"
            f"\nQFrame#{object_name} QLabel {{ color: {s.text}; background: transparent; border: none; }}")


def drop_target_style(object_name: str, active: bool) -> str:
    """A dashed frame that lights up while files are dragged over it."""
    border, fill = (DROP_ACCENT, SWATCHES[Tone.INFO].background) if active else (DROP_IDLE_BORDER, "transparent")
    return (f"QFrame#{object_name} {{ border: 2px dashed {border}; border-radius: 6px; "
            f"background: {fill}; }}")


def heading_style(points: int, weight: int = 600) -> str:
    return f"font-size: {points}pt; font-weight: {weight};"


WARNING_STYLE = box_style(Tone.WARNING)
INFO_STYLE = box_style(Tone.INFO)


def html_colour(tone: Tone) -> str:
    """The tone's text colour for rich text (`<span style='color:…'>`)."""
    return SWATCHES[tone].text


def foreground(tone: Tone) -> QBrush:
    """A table cell's text in the tone's colour (ForegroundRole)."""
    return QBrush(QColor(SWATCHES[tone].text))


def background(tone: Tone) -> QBrush:
    """A table cell's background in the tone's colour (BackgroundRole)."""
    return QBrush(QColor(SWATCHES[tone].background))


def colour(code: str) -> QColor:
    """One of this module's named colours as a QColor (FAINT_TEXT, ERROR_TEXT...)."""
    return QColor(code)


# -- charts (the dashboard) -------------------------------------------------------------------------------

# one colour per series, told apart by people with a colour-vision deficiency (Okabe-Ito), in the order of
# core.rights.Right; a chart also says each series in words (legend, labels)
CHART_SERIES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999",
                "#882255", "#44AA99")
CHART_GOOD = "#009E73"  # in time
CHART_BAD = "#D55E00"  # late
CHART_NEUTRAL = "#999999"  # not notified, not recorded
CHART_LINE = "#0c2d57"  # a rate drawn over bars
CHART_BACKGROUND = "#ffffff"  # between the pieces of a ring


def chart_colour(index: int) -> QColor:
    return QColor(CHART_SERIES[index % len(CHART_SERIES)])
