"""The light markup that letter templates render to, and its parser.

A template (Jinja2) produces plain lines; this module turns them into blocks the
layout draws. The markup, line by line:

    @subject TEXT        the subject line ("Objet : ...")
    @date TEXT           the place and date line ("Paris, le 26 novembre 2026")
    @ref TEXT            a reference line under the sender block (repeatable)
    @sender TEXT         a line of the sender block (repeatable)
    @mention TEXT        above the recipient's address (registered-mail mention)
    @signature TEXT      a line of the signature block (repeatable; the block stands
                         where its first line is)
    @annex TITLE         a new page starting with TITLE (after the signature)
    # TEXT               a heading
    - TEXT               a bullet (lines indented by two spaces continue it)
    > TEXT               an indented line kept as is (an address)
    | A | B |            a table row (consecutive rows make one table)
    (blank line)         ends a paragraph
    anything else        paragraph text; consecutive lines join with a space
    **TEXT**             bold, inside any text

Values inserted by the template (names, addresses, free parts) cannot start
markup: `protect` maps the markup characters to private-use code points and
`restore_xml` maps them back after the structure is read. A missing value is a
placeholder token, drawn on a yellow background and listed in `missing`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

PH_OPEN, PH_CLOSE = "\ue000", "\ue001"
_PROTECT = {"*": "\ue010", "|": "\ue011", "#": "\ue012", "@": "\ue013", ">": "\ue014"}
_RESTORE = {v: k for k, v in _PROTECT.items()}
_PROTECT_TABLE = str.maketrans(_PROTECT)
_PLACEHOLDER = re.compile(f"{PH_OPEN}([^{PH_CLOSE}]*){PH_CLOSE}")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
HIGHLIGHT = "#FFE45C"


def protect(text: str) -> str:
    """A value as the template inserts it: markup characters neutralised."""
    return text.translate(_PROTECT_TABLE)


def placeholder_token(label: str) -> str:
    return f"{PH_OPEN}{protect(label)}{PH_CLOSE}"


def placeholders(text: str) -> list[str]:
    """The labels of the placeholder tokens in a text, in order, each once."""
    seen: dict[str, None] = {}
    for m in _PLACEHOLDER.finditer(text):
        seen.setdefault(_plain(m.group(1)), None)
    return list(seen)


def _plain(text: str) -> str:
    return "".join(_RESTORE.get(c, c) for c in text)


def to_plain(text: str, placeholder_format: str) -> str:
    """Text without markup: placeholders written out (for the e-mail body, file names...)."""
    text = _PLACEHOLDER.sub(lambda m: placeholder_format.format(label=m.group(1)), text)
    return _plain(_BOLD.sub(r"\1", text))


_NBSP_BEFORE = re.compile(r" ([:;!?»])")
_NBSP_AFTER = re.compile(r"([«]|\bn°) ")


def typography(text: str) -> str:
    """French spacing: a no-break space before : ; ! ? » and after « and n°, so none starts a line."""
    return _NBSP_AFTER.sub("\\1\u00a0", _NBSP_BEFORE.sub("\u00a0\\1", text))


def restore_xml(text: str, placeholder_format: str) -> str:
    """reportlab paragraph XML: escaped, bold applied, placeholders highlighted."""
    xml = escape(text)
    xml = _BOLD.sub(r"<b>\1</b>", xml)

    def highlight(m: re.Match) -> str:
        shown = escape(placeholder_format.format(label=m.group(1)))
        return f'<font backColor="{HIGHLIGHT}">{shown}</font>'

    xml = _PLACEHOLDER.sub(highlight, xml)
    return _plain(xml)


@dataclass
class Block:
    kind: str  # "para" | "heading" | "bullets" | "quote" | "table" | "signature" | "annex"
    lines: list[str] = field(default_factory=list)  # raw (still protected) text
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Parsed:
    subject: str = ""
    date: str = ""
    refs: list[str] = field(default_factory=list)
    sender: list[str] = field(default_factory=list)
    mention: str = ""
    blocks: list[Block] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


_DIRECTIVES = ("subject", "date", "ref", "sender", "mention", "signature", "annex")


def parse(text: str) -> Parsed:
    out = Parsed(missing=placeholders(text))
    para: list[str] = []
    blocks = out.blocks

    def flush() -> None:
        if para:
            blocks.append(Block("para", [" ".join(para)]))
            para.clear()

    def last(kind: str) -> Block | None:
        return blocks[-1] if blocks and blocks[-1].kind == kind and not para else None

    for raw in text.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            if blocks and blocks[-1].kind in ("bullets", "table", "quote"):
                blocks.append(Block("break"))
            continue
        if stripped.startswith("@"):
            name, _, rest = stripped[1:].partition(" ")
            rest = rest.strip()
            if name in _DIRECTIVES:
                if name in ("subject", "date", "mention"):
                    setattr(out, name, rest)
                elif name == "ref":
                    out.refs.append(rest)
                elif name == "sender":
                    out.sender.append(rest)
                elif name == "signature":
                    flush()
                    block = last("signature")
                    if block is None:
                        if any(b.kind == "signature" for b in blocks):
                            continue  # one signature block per letter
                        block = Block("signature")
                        blocks.append(block)
                    block.lines.append(rest)
                else:
                    flush()
                    blocks.append(Block("annex", [rest]))
                continue
        if stripped.startswith("# "):
            flush()
            blocks.append(Block("heading", [stripped[2:].strip()]))
        elif stripped.startswith("- ") or stripped == "-":
            flush()
            block = last("bullets") or Block("bullets")
            if block not in blocks:
                blocks.append(block)
            block.lines.append(stripped[2:].strip())
        elif line.startswith("  ") and (bullets := last("bullets")) is not None:
            bullets.lines[-1] += " " + stripped
        elif stripped.startswith(">"):
            flush()
            block = last("quote") or Block("quote")
            if block not in blocks:
                blocks.append(block)
            block.lines.append(stripped[1:].strip())
        elif stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            flush()
            block = last("table") or Block("table")
            if block not in blocks:
                blocks.append(block)
            block.rows.append([cell.strip() for cell in stripped[1:-1].split("|")])
        else:
            para.append(stripped)
    flush()
    out.blocks = [b for b in blocks if b.kind != "break"]
    return out
