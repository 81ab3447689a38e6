"""The Art. 34 communication to the people concerned by a breach, and the public notice of Art. 34(3)(c).

The wording lives in editable templates (`resources/letters/breach/*.txt`,
Jinja2), French and English; this module fills them from the breach record
and lays the text out on A4. Template conventions: a line starting with "# "
is a heading, "- " a bullet, an empty line starts a new paragraph; the first
paragraph is the subject line.
"""

from __future__ import annotations

import io
from datetime import date
from importlib.resources import files

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from dpo_workbench.core import breach as form
from dpo_workbench.letters.breach_draft import footer, paragraph_text, styles
from dpo_workbench.letters.fonts import FAMILY

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def long_date(day: date, language: str) -> str:
    month = MONTHS[language][day.month - 1]
    if language == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def template_name(language: str, public: bool) -> str:
    return f"{'public_notice' if public else 'communication'}_{language}.txt"


def render_text(record, values: dict, *, language: str, public: bool, today: date) -> str:
    """The filled template, as plain text (also what the DPO pastes into an e-mail)."""
    from jinja2 import Environment, StrictUndefined

    source = files("dpo_workbench.resources").joinpath("letters", "breach",
                                                       template_name(language, public)).read_text("utf-8")
    env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False,
                      trim_blocks=True, lstrip_blocks=True)

    def shown(key: str) -> str:
        return form.display_value(key, values.get(key), language)

    def listed(key: str) -> str:
        """Several choices as one phrase: 'Civil status, identity…, contact details (…)'."""
        items = shown(key).split("; ") if shown(key) else []
        return ", ".join(item if n == 0 else item[:1].lower() + item[1:] for n, item in enumerate(items))

    context = {
        "org_name": shown("org_name") or "",
        "org_address": shown("org_address") or "",
        "reference": record.reference,
        "today": long_date(today, language),
        "aware_on": long_date(record.aware_at.date(), language),
        "summary": record.summary,
        "description": shown("description"),
        "nature": listed("nature"),
        "data_categories": listed("data_categories"),
        "consequences": shown("consequences"),
        "measures": shown("measures_after"),
        "advice": shown("advice"),
        "dpo_name": shown("contact_name"),
        "dpo_email": shown("contact_email"),
        "dpo_phone": shown("contact_phone"),
    }
    text = env.from_string(source).render(**context)
    lines = [line.rstrip() for line in text.strip().splitlines()]
    # at most one empty line in a row
    tidy: list[str] = []
    for line in lines:
        if not line and tidy and not tidy[-1]:
            continue
        tidy.append(line)
    return "\n".join(tidy)


def build_communication(record, values: dict, *, language: str, public: bool, today: date) -> bytes:
    """The letter (or public notice) as PDF bytes, A4, fonts embedded."""
    st = styles()
    text = render_text(record, values, language=language, public=public, today=today)
    blocks = [b.strip("\n") for b in text.split("\n\n")]
    out = io.BytesIO()
    title = ("Communication publique" if language == "fr" else "Public notice") if public else \
        ("Information des personnes concernées" if language == "fr" else "Information of the people concerned")
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName=FAMILY, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=f"{record.reference} — {title}",
                            author="DPO Workbench")
    story: list = []
    sender = [values.get("org_name") or "", values.get("org_address") or ""]
    sender_text = paragraph_text("\n".join(s for s in sender if s))
    if not public and sender_text:
        story += [Paragraph(sender_text, st["base"]), Spacer(1, 10)]
        place = "Paris" if language == "fr" else ""
        dated = f"{place + ', le ' if place else ''}{long_date(today, language)}"
        story += [Paragraph(dated, st["base"]), Spacer(1, 14)]
    for n, block in enumerate(blocks):
        if not block:
            continue
        if n == 0:
            story.append(Paragraph(paragraph_text(block), st["title"] if public else st["label"]))
            story.append(Spacer(1, 8))
            continue
        lines = block.splitlines()
        paragraph: list[str] = []
        for line in lines:
            if line.startswith("# "):
                if paragraph:
                    story.append(Paragraph(paragraph_text("\n".join(paragraph)), st["base"]))
                    paragraph = []
                story.append(Spacer(1, 9))
                story.append(Paragraph(paragraph_text(line[2:]), st["label"]))
                story.append(Spacer(1, 2))
            elif line.startswith("- "):
                if paragraph:
                    story.append(Paragraph(paragraph_text("\n".join(paragraph)), st["base"]))
                    paragraph = []
                story.append(Paragraph(paragraph_text(line[2:]), st["base"], bulletText="•"))
            else:
                paragraph.append(line)
        if paragraph:
            story.append(Paragraph(paragraph_text("\n".join(paragraph)), st["base"]))
        story.append(Spacer(1, 7))
    page = footer(record.reference, title, confidential=False)
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()
