"""Letters: a two-page letter built in process, and a batch of acknowledgements against bare reportlab.

The batch runs in a temporary data folder (the benchmark's register is left as it is):
500 requests, one acknowledgement each through `Workbench.generate_letters` (render,
encrypt into the vault, timeline, journal, one transaction per letter). The organisation
of that folder adds its information notice to acknowledgements (a template override in
its `letters/` folder), so each one is two pages long. The reference is the same text
laid out by bare reportlab (SimpleDocTemplate, the same embedded DejaVu font, one
Paragraph per paragraph), 500 times, in the same run.
"""

from __future__ import annotations

import io
import json
import tempfile
import time
from datetime import UTC, date, datetime
from importlib.resources import files
from pathlib import Path

from benchmarks.common import Context, Row, benchmark, timed

BATCH = 500
NOTICE_PARAGRAPHS = 9


def _notice() -> str:
    """An information notice the organisation appends to its acknowledgements (makes them two pages)."""
    paragraph = ("Les données à caractère personnel que vous nous communiquez dans le cadre de votre demande "
                 "sont traitées par {{ org.name }} aux seules fins de son instruction et de la preuve de la réponse "
                 "apportée, sur le fondement de l'obligation légale qui nous incombe (articles 12 à 22 du RGPD). "
                 "Elles sont accessibles au seul délégué à la protection des données et conservées pendant la durée "
                 "de prescription applicable, puis supprimées.")
    return "\n\n".join([paragraph] * NOTICE_PARAGRAPHS)


def _workbench(folder: Path):
    from dpo_workbench.core.clock import FixedClock
    from dpo_workbench.services.organisation import OrganisationProfile
    from dpo_workbench.workbench import Workbench

    wb = Workbench.open(folder, clock=FixedClock(datetime(2026, 11, 26, 9, tzinfo=UTC)),
                        actor="benchmark")
    data = json.loads(files("dpo_workbench.resources").joinpath("demo/organisation.json").read_text("utf-8"))
    wb.organisation.save(OrganisationProfile(**data))
    shipped = files("dpo_workbench.resources").joinpath("letters/acknowledgement.fr.txt").read_text("utf-8")
    (folder / "letters").mkdir()
    (folder / "letters" / "acknowledgement.fr.txt").write_text(
        shipped.replace('{% include "_closing.fr.txt" %}', _notice() + '\n{% include "_closing.fr.txt" %}'),
        encoding="utf-8")
    return wb


def _bare_pdf(subject: str, paragraphs: list[str]) -> tuple[bytes, int]:
    """The same text, laid out by reportlab alone: no letterhead, no window, no template."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from dpo_workbench.letters.fonts import FAMILY, register_fonts

    register_fonts()
    style = ParagraphStyle("bare", fontName=FAMILY, fontSize=10, leading=13.6, spaceAfter=6)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, initialFontName=FAMILY, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=24 * mm, bottomMargin=24 * mm)
    doc.build([Paragraph(subject, style), *[Paragraph(p, style) for p in paragraphs]])
    return buf.getvalue(), doc.page


@benchmark
def bench_letters(ctx: Context) -> list[Row]:
    """PDF letters: a two-page letter in process; 500 acknowledgements in a batch against bare reportlab."""
    from sqlalchemy import select

    from dpo_workbench.core.rights import Channel, Right
    from dpo_workbench.letters import engine, markup
    from dpo_workbench.letters.model import LetterKind
    from dpo_workbench.services.requests import NewRequest
    from dpo_workbench.store.models import Request

    with tempfile.TemporaryDirectory(prefix="dpo-bench-letters-") as tmp:
        wb = _workbench(Path(tmp) / "data")
        try:
            ctx.log(f"  registering {BATCH} requests in a temporary folder")
            references = [wb.requests.register(NewRequest(
                rights=[Right.ACCESS, Right.ERASURE], channel=Channel.POST, received_on=date(2026, 11, 20),
                requester_name=f"Łukasz Wąsowski {n}", requester_address="27 boulevard Voltaire\n75011 Paris",
                registered_number="1A 123 456 7890 1")) for n in range(BATCH)]

            # one letter, in process: the engine alone (what the preview and each save do)
            templates = wb.letters._letter_templates()
            org = wb.letters._letter_org()
            with wb.db.reading() as s:
                data = wb.letters._letter_request(s.execute(select(Request).where(
                    Request.reference == references[0])).scalar_one())
            today = wb.today()

            def build():
                return engine.render(templates, LetterKind.ACKNOWLEDGEMENT, "fr", today, org, data)

            first = build()
            assert first.pages == 2 and not first.missing, (first.pages, first.missing)
            letter = timed(build, max(ctx.repeats, 21))
            preview = timed(lambda: wb.letters.preview(references[0], LetterKind.ACKNOWLEDGEMENT), ctx.repeats)

            # the same text for bare reportlab
            ctx_vars = engine.context(templates, LetterKind.ACKNOWLEDGEMENT, "fr", today, org, data, {})
            parsed = markup.parse(engine.render_markup(templates, LetterKind.ACKNOWLEDGEMENT, "fr", ctx_vars))
            fmt = templates.placeholder_format("fr")
            paragraphs = [markup.restore_xml(line, fmt) for line in
                          [*parsed.sender, parsed.mention, *data.requester_address.splitlines(), data.requester_name,
                           parsed.date, *parsed.refs]]
            paragraphs += [markup.restore_xml(" ".join(b.lines), fmt) for b in parsed.blocks]
            subject = markup.restore_xml(parsed.subject, fmt)
            _, bare_pages = _bare_pdf(subject, paragraphs)

            ctx.log(f"  {BATCH} bare reportlab documents")
            t0 = time.perf_counter()
            for _ in range(BATCH):
                _bare_pdf(subject, paragraphs)
            bare_s = time.perf_counter() - t0

            ctx.log(f"  {BATCH} acknowledgements through generate_letters")
            t0 = time.perf_counter()
            report = wb.letters.generate(references, LetterKind.ACKNOWLEDGEMENT)
            batch_s = time.perf_counter() - t0
            assert len(report.saved) == BATCH and not report.skipped, report.skipped[:3]
        finally:
            wb.close()
    per_letter = batch_s / BATCH * 1000
    return [
        Row("letters.two_page_ms", "two-page letter built in process (template + PDF)", letter.wall_ms, "ms",
            target=30.0, note=f"{letter.note}; {len(first.pdf) / 1024:.0f} KB, fonts embedded"),
        Row("letters.preview_ms", "the same letter previewed through the workbench (with its journal entry)",
            preview.wall_ms, "ms", note=preview.note),
        Row("letters.batch_500_s", f"{BATCH} acknowledgements in a batch (saved encrypted, journaled)", batch_s,
            "s", note=f"{per_letter:.1f} ms a letter, 2 pages each"),
        Row("letters.bare_500_s", f"{BATCH} bare reportlab documents of the same text", bare_s, "s",
            note=f"{bare_pages} pages each, same embedded font"),
        Row("letters.batch_ratio", "batch / bare reportlab", batch_s / bare_s, "x", target=2.0),
    ]



