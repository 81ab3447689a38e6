"""Exporting a letter the DPO wrote (to print it), and finding today's mail."""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import select

from dpo_workbench.core.rights import Channel, DocumentKind, Right
from dpo_workbench.store.models import AuditEntry
from dpo_workbench.workbench import InputError, NewRequest


def pdf() -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, "Accusé de réception")
    c.save()
    return out.getvalue()


def register(wb, received="2026-11-26", name="Jean Dupont") -> str:
    return wb.register_request(NewRequest(rights=[Right.ACCESS], channel=Channel.POST, received_on=date.fromisoformat(
        received), requester_name=name, requester_address="4 rue de la Paix\n75002 Paris"))


def journal(wb) -> list[tuple[str, str]]:
    with wb.db.reading() as s:
        return [(e.action, e.object_id) for e in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()]


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def test_a_letter_is_exported_byte_for_byte_and_journaled(workbench, out_dir):
    tmp_path = out_dir
    ref = register(workbench)
    data = pdf()
    info = workbench.attach_document(ref, data, kind=DocumentKind.REPLY)
    out = workbench.export_document(info.id, tmp_path / f"{ref}-acknowledgement.pdf")
    assert out.read_bytes() == data
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left
    assert ("document.export", str(info.id)) in journal(workbench)


def test_an_id_copy_never_leaves_the_vault(workbench, out_dir):
    tmp_path = out_dir
    ref = register(workbench)
    info = workbench.attach_document(ref, pdf(), id_copy=True)
    with pytest.raises(InputError, match="stay in the encrypted vault"):
        workbench.export_document(info.id, tmp_path / "out.pdf")
    assert list(tmp_path.iterdir()) == []
    assert not any(action == "document.export" for action, _ in journal(workbench))


def test_an_export_to_a_folder_that_does_not_exist_fails_without_a_journal_entry(workbench, tmp_path):
    ref = register(workbench)
    info = workbench.attach_document(ref, pdf(), kind=DocumentKind.REPLY)
    with pytest.raises(OSError):
        workbench.export_document(info.id, tmp_path / "missing" / "out.pdf")
    assert not any(action == "document.export" for action, _ in journal(workbench))


def test_requests_received_on_a_day(workbench):
    today = [register(workbench), register(workbench, name="Zoë Œuvray")]
    register(workbench, received="2026-11-25")
    ids = workbench.requests_received_on(date(2026, 11, 26))
    assert [workbench.request_detail(i).reference for i in ids] == today
    assert workbench.requests_received_on(date(2026, 11, 27)) == []
