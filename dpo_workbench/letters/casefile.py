"""The timeline of one request as a PDF, for its case file (an inquiry): what happened, when, and the deadline.

Pure: the case-file service gathers the request, its events, its identity checks and
its documents; this module lays them out (French or English, DejaVu Sans embedded).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from dpo_workbench.core.clock import PARIS
from dpo_workbench.letters.fonts import FAMILY
from dpo_workbench.letters.report import GREY, WIDTH, Writer, styles, table, xml

LANGS = ("fr", "en")


@dataclass(frozen=True)
class CaseSummary:
    reference: str
    requester_name: str
    relation: str
    channel: str
    received_on: date
    received_at: datetime | None
    rights: tuple[str, ...]
    state: str
    one_month_due: date
    due_on: date
    suspended_days: int
    suspended_since: date | None
    extended: bool
    extension_ground: str | None
    outcome: str | None
    refusal_ground: str | None
    answered_on: date | None
    open: bool
    region: str


@dataclass(frozen=True)
class TimelineLine:
    on: date
    at: datetime
    actor: str
    kind: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class CheckLine:
    checked_on: date
    checked_by: str
    method: str
    document_type: str
    outcome: str


@dataclass(frozen=True)
class DocumentLine:
    id: int
    kind: str
    added_at: datetime
    destroyed_at: datetime | None
    destroyed_reason: str


def _stamp(wr: Writer, at: datetime) -> str:
    local = at.astimezone(PARIS)
    return f"{wr.date(local.date())} {local:%H:%M}"


def event_text(wr: Writer, line: TimelineLine) -> str:
    """One sentence per event, from the codes the services store (free text about the person is left out)."""
    d = line.detail
    ev = wr.t["ev"]
    due = wr.date(date.fromisoformat(d["due"])) if d.get("due") else ""
    params = {
        "channel": wr.label("channel", str(d.get("channel", ""))), "due": due,
        "days": d.get("suspended_days", 0), "outcome": wr.label("outcome", str(d.get("outcome", ""))),
        "letter": str(d.get("letter", "")), "kind": wr.label("document", str(d.get("kind", line.kind))),
        "reason": str(d.get("reason", "")),
    }
    if line.kind == "identity-checked":
        params["outcome"] = wr.label("check_outcome", str(d.get("outcome", "")))
    text = ev.get(line.kind, ev["other"]).format(**params)
    if line.kind == "extended" and d.get("ground"):
        text += f" ({wr.label('extension_ground', d['ground'])})"
    if line.kind == "answered" and d.get("ground"):
        text += f" ({wr.label('refusal_ground', d['ground'])})"
    return text


def case_timeline_pdf(case: CaseSummary, timeline: Sequence[TimelineLine], *, checks: Sequence[CheckLine],
                      documents: Sequence[DocumentLine], journal_entries: int, organisation: str,
                      exported_at: datetime, exported_by: str, lang: str = "fr") -> bytes:
    wr = Writer(lang)
    st = styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=wr.text("case_title", reference=case.reference),
                            author=organisation or "DPO Workbench", initialFontName=FAMILY)
    half = [WIDTH * 0.42, WIDTH * 0.58]
    received = _stamp(wr, case.received_at) if case.received_at else wr.date(case.received_on)
    story: list[Any] = [
        Paragraph(xml(wr.text("case_title", reference=case.reference)), st["title"]),
        Paragraph(xml(wr.text("case_subtitle", organisation=organisation, at=_stamp(wr, exported_at),
                              by=exported_by)), st["subtitle"]),
        Paragraph(xml(wr.text("case_intro")), st["body"]),
        Paragraph(xml(wr.text("request")), st["h1"]),
        table([
            [wr.text("requester"), case.requester_name],
            [wr.text("category"), wr.label("relation", case.relation)],
            [wr.text("channel"), wr.label("channel", case.channel)],
            [wr.text("received_on"), received],
            [wr.text("rights"), ", ".join(wr.label("right", r) for r in case.rights)],
            [wr.text("state_label"), wr.label("state", case.state)],
        ], half, header=False, numeric_from=2),
        Paragraph(xml(wr.text("deadline")), st["h1"]),
    ]
    deadline_rows = [[wr.text("one_month"), wr.date(case.one_month_due)],
                     [wr.text("suspension"), wr.number(case.suspended_days)]]
    if case.suspended_since:
        deadline_rows.append([wr.text("suspended_since"), wr.date(case.suspended_since)])
    ground = wr.label("extension_ground", case.extension_ground or "not-recorded")
    deadline_rows += [[wr.text("extension"), wr.text("extension_yes", ground=ground) if case.extended
                       else wr.text("no")],
                      [wr.text("due"), wr.date(case.due_on)]]
    story.append(table(deadline_rows, half, header=False, numeric_from=2))
    story.append(Paragraph(xml(wr.text("answer")), st["h1"]))
    if case.answered_on:
        answer_rows = [[wr.text("answered_on"), wr.date(case.answered_on)],
                       [wr.text("outcome_label"), wr.label("outcome", case.outcome or "")]]
        if case.outcome in ("refused", "partly"):
            answer_rows.append([wr.text("refusal_ground_label"),
                                wr.label("refusal_ground", case.refusal_ground or "not-recorded")])
        answer_rows += [[wr.text("days_taken"), wr.days((case.answered_on - case.received_on).days)],
                        [wr.text("on_time"), wr.text("yes") if case.answered_on <= case.due_on else wr.text("no")]]
        story.append(table(answer_rows, half, header=False, numeric_from=2))
    else:
        story.append(Paragraph(xml(wr.text("not_answered")), st["body"]))

    story.append(Paragraph(xml(wr.text("timeline")), st["h1"]))
    rows: list[list[Any]] = [[wr.text("date"), wr.text("event"), wr.text("recorded")]]
    for line in timeline:
        rows.append([wr.date(line.on), Paragraph(xml(event_text(wr, line)), st["cell"]),
                     Paragraph(xml(f"{_stamp(wr, line.at)} — {line.actor}"), st["cell"])])
    story.append(table(rows, [WIDTH * 0.2, WIDTH * 0.5, WIDTH * 0.3], numeric_from=3))

    story.append(Paragraph(xml(wr.text("checks")), st["h1"]))
    if checks:
        rows = [[wr.text("date"), wr.text("method_label"), wr.text("document_type"), wr.text("result"),
                 wr.text("by")]]
        rows += [[wr.date(c.checked_on), wr.label("method", c.method), c.document_type or "—",
                  wr.label("check_outcome", c.outcome), c.checked_by] for c in checks]
        story.append(table(rows, [WIDTH * 0.16, WIDTH * 0.26, WIDTH * 0.22, WIDTH * 0.18, WIDTH * 0.18],
                           numeric_from=5))
    else:
        story.append(Paragraph(xml(wr.text("no_checks")), st["body"]))

    story.append(Paragraph(xml(wr.text("documents")), st["h1"]))
    if documents:
        rows = [["#", wr.text("document_kind"), wr.text("added"), wr.text("destroyed")]]
        for d in documents:
            destroyed = (f"{_stamp(wr, d.destroyed_at)} — {d.destroyed_reason}" if d.destroyed_at
                         else wr.text("kept"))
            rows.append([str(d.id), wr.label("document", d.kind), _stamp(wr, d.added_at),
                         Paragraph(xml(destroyed), st["cell"])])
        story.append(table(rows, [WIDTH * 0.08, WIDTH * 0.27, WIDTH * 0.27, WIDTH * 0.38], numeric_from=4))
    else:
        story.append(Paragraph(xml(wr.text("no_documents")), st["body"]))
    story += [Paragraph(xml(wr.text("journal")), st["h1"]),
              Paragraph(xml(wr.plural("journal_line", journal_entries)), st["body"]), Spacer(1, 4)]

    def page(canvas, doc_) -> None:
        canvas.saveState()
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(20 * mm, 10 * mm, wr.text("case_footer", reference=case.reference, page=doc_.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()
