"""End to end through the workbench: an ID scan leaves no trace in clear, and goes when it should.

Covers the issue's privacy proofs: nothing under the data folder or the
temporary folder holds the scan's content or the person's name in clear; a
verified identity destroys the ID copy (blob file gone, wrapped key erased);
the grace period, closing and withdrawing; the journal records every act
without content, file name or name; bad files are refused with nothing stored.
"""

from __future__ import annotations

import io
import json
import logging
import os
import random
import tempfile
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from sqlalchemy import text

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, DocumentKind, IdentityMethod, IdentityOutcome, Outcome, Right
from dpo_workbench.core.text import fold
from dpo_workbench.errors import InputError, NotFound, TransitionError, UnsupportedFile
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.vault.filetypes import MAX_SIZE
from dpo_workbench.workbench import Workbench

NAME = "Zéphyrine Quatremain-Ollivier"
SURNAME = "Quatremain"
EMAIL = "zephyrine.quatremain@exemple.fr"
ADDRESS = "12 rue des Tanneurs, 67000 Strasbourg"
MARKER = "MARKER-4d1b7e-CONTENU-DE-LA-PIECE"
LABEL = "passeport-Quatremain-recto.png"
RECEIVED = date(2026, 11, 20)


# --------------------------------------------------------------------------- #
# helpers
# --------------------------------------------------------------------------- #


def scan_png(marker: str = MARKER, seed: int = 1, size: tuple[int, int] = (96, 64)) -> bytes:
    """A small noisy PNG whose metadata holds `marker` in clear (tEXt chunk)."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    info = PngInfo()
    info.add_text("Comment", marker)
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    data = out.getvalue()
    assert marker.encode() in data  # the scan itself carries the marker in clear
    return data


def register(wb: Workbench, name: str = NAME, email: str = EMAIL) -> str:
    return wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=RECEIVED,
                                          requester_name=name, requester_email=email,
                                          requester_address=ADDRESS))


def verify(wb: Workbench, ref: str, outcome: IdentityOutcome = IdentityOutcome.VERIFIED):
    return wb.identity.record(ref, method=IdentityMethod.ID_COPY, document_type="passport", outcome=outcome)


def needles(secrets: Iterable[str]) -> dict[str, bytes]:
    found = {}
    for secret in secrets:
        for variant in {secret, secret.lower(), secret.upper(), fold(secret)}:
            for encoding in ("utf-8", "utf-16-le"):
                found[f"{variant!r} in {encoding}"] = variant.encode(encoding)
    return found


def files_under(*roots: Path) -> list[Path]:
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


def clear_hits(roots: Iterable[Path], secrets: Iterable[str]) -> list[str]:
    """Every (file, needle) where a secret appears in clear, in a file's bytes or its path."""
    wanted = needles(secrets)
    hits = []
    for path in files_under(*roots):
        data = path.read_bytes()
        for label, needle in wanted.items():
            if needle in data:
                hits.append(f"{path}: {label}")
        for secret in secrets:
            if fold(secret) in fold(str(path)):
                hits.append(f"{path}: {secret!r} in the file name")
    return hits


def row_counts(wb: Workbench) -> dict[str, int]:
    with wb.db.reading() as s:
        return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("document", "audit_entry", "event", "identity_check")}


def vault_listing(wb: Workbench) -> list[str]:
    return sorted(os.listdir(wb.data_dir / "vault"))


def raw_document(wb: Workbench, doc_id: int) -> dict:
    with wb.db.reading() as s:
        row = s.execute(text("SELECT blob_id, wrapped_key, key_id, destroyed_at, purge_after FROM document "
                             "WHERE id = :i"), {"i": doc_id}).mappings().one()
    return dict(row)


def actions(wb: Workbench) -> list[tuple[str, str]]:
    with wb.db.reading() as s:
        return [tuple(r) for r in s.execute(text("SELECT action, object_id FROM audit_entry ORDER BY id"))]


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """The process's temporary folder for this test (Python's tempfile and SQLite's)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def app_log(data_dir):
    """The application's log file, as the GUI sets it up, but at DEBUG level."""
    (data_dir / "logs").mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("dpo_workbench")
    handler = logging.FileHandler(data_dir / "logs" / "dpo-workbench.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield data_dir / "logs" / "dpo-workbench.log"
    logger.removeHandler(handler)
    handler.close()
    logger.setLevel(previous)


# --------------------------------------------------------------------------- #
# nothing in clear; the ID copy is gone after verification
# --------------------------------------------------------------------------- #


def test_attach_view_verify_leaves_nothing_in_clear_and_shreds_the_id_copy(tmp_path, data_dir, clock,
                                                                           private_tmp, app_log):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    scan = scan_png()
    source = inbox / LABEL
    source.write_bytes(scan)
    secrets = [MARKER, NAME, SURNAME, EMAIL, LABEL]
    # the search finds what it looks for: the scan on its way in holds the marker in clear
    assert clear_hits([inbox], [MARKER])

    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    try:
        ref = register(wb)
        doc = wb.documents.attach_file(ref, source, id_copy=True)
        assert (doc.kind, doc.mime, doc.size, doc.label) == (DocumentKind.ID_COPY, "image/png", len(scan), LABEL)
        blob_id = raw_document(wb, doc.id)["blob_id"]
        blob = wb.data_dir / "vault" / blob_id
        assert blob.is_file()
        assert MARKER.encode() not in blob.read_bytes()

        assert wb.documents.read(doc.id) == scan
        assert wb.requests.detail(ref).requester_name == NAME  # the name was read back (a view)
        wal = data_dir / "workbench.db-wal"
        assert wal.exists() and wal.stat().st_size > 0  # the recent writes sit in the WAL, searched too
        assert clear_hits([data_dir, private_tmp], secrets) == []

        verify(wb, ref)
        assert not blob.exists()
        assert vault_listing(wb) == []
        row = raw_document(wb, doc.id)
        assert row["wrapped_key"] is None and row["key_id"] is None and row["destroyed_at"] is not None
        (info,) = wb.documents.of_request(ref)
        assert not info.available and info.destroyed_reason == "identity verified"
        with pytest.raises(NotFound, match="destroyed on 26/11/2026"):
            wb.documents.read(doc.id)
        assert [c.outcome for c in wb.identity.checks(ref)] == [IdentityOutcome.VERIFIED]
        assert clear_hits([data_dir, private_tmp], secrets) == []
    finally:
        wb.close()
    assert clear_hits([data_dir, private_tmp], secrets) == []
    names = {p.relative_to(data_dir).as_posix() for p in files_under(data_dir)}
    assert "logs/dpo-workbench.log" in names  # the log file was there and was searched
    assert {"keys/install-id", "workbench.db"} <= names


def test_a_document_that_is_not_an_id_copy_survives_verification(workbench):
    ref = register(workbench)
    letter = workbench.documents.attach(ref, scan_png(seed=2), "lettre.png", kind=DocumentKind.LETTER)
    copy = workbench.documents.attach(ref, scan_png(seed=3), "cni.png", id_copy=True)
    verify(workbench, ref)
    assert workbench.documents.get(copy.id).available is False
    assert workbench.documents.get(letter.id).available is True
    assert workbench.documents.read(letter.id) == scan_png(seed=2)
    assert vault_listing(workbench) == [raw_document(workbench, letter.id)["blob_id"]]


def test_a_doubtful_check_keeps_the_id_copy(workbench):
    ref = register(workbench)
    copy = workbench.documents.attach(ref, scan_png(), "cni.png", id_copy=True)
    verify(workbench, ref, IdentityOutcome.DOUBT)
    info = workbench.documents.get(copy.id)
    assert info.available and info.purge_after is None
    assert workbench.documents.read(copy.id) == scan_png()


# --------------------------------------------------------------------------- #
# settings: grace period; closing and withdrawing destroy the ID copies
# --------------------------------------------------------------------------- #


def test_grace_period_keeps_the_copy_until_purge_after_has_passed(workbench, clock):
    workbench.settings.set("id_copy_grace_days", 3)
    ref = register(workbench)
    copy = workbench.documents.attach(ref, scan_png(), "cni.png", id_copy=True)
    verify(workbench, ref)
    info = workbench.documents.get(copy.id)
    assert info.available
    assert info.purge_after == clock.now() + timedelta(days=3)
    blob = workbench.data_dir / "vault" / raw_document(workbench, copy.id)["blob_id"]

    clock.advance(days=2, hours=23)
    assert workbench.documents.purge_due() == 0
    assert workbench.documents.read(copy.id) == scan_png()
    assert blob.exists()

    clock.advance(hours=1)  # exactly purge_after
    assert workbench.documents.purge_due() == 1
    assert not blob.exists()
    row = raw_document(workbench, copy.id)
    assert row["wrapped_key"] is None and row["key_id"] is None and row["purge_after"] is None
    assert workbench.documents.purge_due() == 0  # nothing left to do, and no error
    kinds = [e.kind for e in workbench.requests.detail(ref).timeline]
    assert kinds == ["received", "document-added", "identity-checked", "id-copy-destroyed"]


def test_grace_period_copy_attached_after_verification_gets_a_purge_time(workbench, clock):
    workbench.settings.set("id_copy_grace_days", 3)
    ref = register(workbench)
    verify(workbench, ref)
    late = workbench.documents.attach(ref, scan_png(), "cni.png", id_copy=True)
    assert late.available and late.purge_after == clock.now() + timedelta(days=3)
    clock.advance(days=4)
    assert workbench.documents.purge_due() == 1
    assert vault_listing(workbench) == []


def test_without_grace_a_copy_attached_after_verification_is_destroyed_at_once(workbench):
    ref = register(workbench)
    verify(workbench, ref)
    late = workbench.documents.attach(ref, scan_png(), "cni.png", id_copy=True)
    assert not late.available
    assert late.destroyed_reason == "identity verified"
    assert vault_listing(workbench) == []
    assert raw_document(workbench, late.id)["wrapped_key"] is None


def test_closing_a_request_destroys_its_id_copies_but_not_its_other_documents(workbench, clock):
    workbench.settings.set("id_copy_grace_days", 30)
    ref = register(workbench)
    copy = workbench.documents.attach(ref, scan_png(seed=4), "cni.png", id_copy=True)
    unchecked = workbench.documents.attach(ref, scan_png(seed=5), "cni-verso.png", id_copy=True)
    letter = workbench.documents.attach(ref, scan_png(seed=6), "lettre.png", kind=DocumentKind.LETTER)
    verify(workbench, ref)
    assert workbench.documents.get(copy.id).available  # within the 30 days of grace
    workbench.requests.answer(ref, Outcome.GRANTED)
    assert workbench.documents.get(copy.id).available  # answered: kept until closed
    workbench.requests.close(ref)
    assert workbench.requests.detail(ref).state is State.CLOSED
    for doc in (copy, unchecked):
        info = workbench.documents.get(doc.id)
        assert not info.available and info.destroyed_reason == "request closed"
        assert raw_document(workbench, doc.id)["wrapped_key"] is None
    assert workbench.documents.read(letter.id) == scan_png(seed=6)
    assert vault_listing(workbench) == [raw_document(workbench, letter.id)["blob_id"]]
    kinds = [e.kind for e in workbench.requests.detail(ref).timeline]
    assert kinds.count("identity-checked") == 1
    assert kinds.count("id-copy-destroyed") == 2
    assert "document-destroyed" not in kinds
    # a closed request takes no new ID copy, and nothing is stored
    before, listing = row_counts(workbench), vault_listing(workbench)
    with pytest.raises(TransitionError, match="only kept while the request is open"):
        workbench.documents.attach(ref, scan_png(seed=7), "cni.png", id_copy=True)
    assert (row_counts(workbench), vault_listing(workbench)) == (before, listing)


def test_withdrawing_a_request_destroys_its_id_copies(workbench):
    ref = register(workbench)
    copy = workbench.documents.attach(ref, scan_png(), "cni.png", id_copy=True)
    workbench.requests.withdraw(ref)
    info = workbench.documents.get(copy.id)
    assert not info.available and info.destroyed_reason == "request withdrawn"
    assert vault_listing(workbench) == []
    timeline = workbench.requests.detail(ref).timeline
    kinds = [e.kind for e in timeline]
    assert sorted(kinds) == sorted(["received", "document-added", "withdrawn", "id-copy-destroyed"])
    (destroyed,) = [e for e in timeline if e.kind == "id-copy-destroyed"]
    assert destroyed.detail == {"document": copy.id, "reason": "request withdrawn"}


def test_destroying_another_requests_copy_leaves_this_one(workbench):
    mine, theirs = register(workbench), register(workbench, name="Autre Personne", email="autre@exemple.fr")
    my_copy = workbench.documents.attach(mine, scan_png(seed=8), "a.png", id_copy=True)
    their_copy = workbench.documents.attach(theirs, scan_png(seed=9), "b.png", id_copy=True)
    verify(workbench, theirs)
    assert workbench.documents.get(their_copy.id).available is False
    assert workbench.documents.read(my_copy.id) == scan_png(seed=8)


# --------------------------------------------------------------------------- #
# the journal
# --------------------------------------------------------------------------- #


def test_every_document_act_is_journaled_without_content_file_name_or_person(workbench):
    ref = register(workbench)
    copy = workbench.documents.attach(ref, scan_png(), LABEL, id_copy=True)
    letter = workbench.documents.attach(ref, scan_png(seed=2), "Quatremain-courrier.png", kind=DocumentKind.LETTER)
    workbench.documents.read(copy.id)
    verify(workbench, ref)
    workbench.documents.read(letter.id)
    workbench.documents.destroy(letter.id, f"Mme {SURNAME} asked for it")  # the DPO's words may name her
    workbench.documents.destroy(letter.id)  # twice: nothing more happens
    workbench.vault.check()

    log = [a for a in actions(workbench) if not a[0].startswith(("request.create", "settings"))]
    assert log == [
        ("document.attach", str(copy.id)),
        ("document.attach", str(letter.id)),
        ("document.view", str(copy.id)),
        ("identity.check", ref),
        ("document.destroy", str(copy.id)),
        ("document.view", str(letter.id)),
        ("document.destroy", str(letter.id)),
        ("vault.check", "vault"),
    ]
    with workbench.db.reading() as s:
        rows = s.execute(text("SELECT * FROM audit_entry")).all()
        details = {(r.action, r.object_id): json.loads(r.details) for r in rows}
    assert details[("document.attach", str(copy.id))] == {"request": ref, "kind": "id-copy", "mime": "image/png",
                                                          "size": len(scan_png())}
    assert details[("document.destroy", str(copy.id))]["reason"] == "identity verified"
    assert details[("identity.check", ref)] == {"method": "id-copy", "outcome": "verified"}
    forbidden = [NAME, SURNAME, fold(NAME), EMAIL, LABEL, "Quatremain-courrier", MARKER, "passport"]
    for row in rows:
        for column, value in row._mapping.items():
            for secret in forbidden:
                assert secret.lower() not in str(value).lower(), f"{secret!r} in audit_entry.{column}"
    assert workbench.audit.verify().ok


# --------------------------------------------------------------------------- #
# bad input: a clear refusal and nothing stored
# --------------------------------------------------------------------------- #


def _truncated_png() -> bytes:
    data = scan_png(seed=11)
    return data[: len(data) // 2]


def _corrupt_pdf() -> bytes:
    from pypdf import PdfWriter

    out = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(out)
    pdf = out.getvalue()
    return pdf[:100] + b"\0" * 200 + pdf[300:]


BAD_CONTENT = {
    "empty": (lambda: b"", "scan.png", "empty", "is empty (0 bytes)"),
    "50 MB + 1 byte": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(MAX_SIZE + 1 - 8), "scan.png", "too_large",
                       "the limit is 50"),
    "text named .jpg": (lambda: "Bonjour, voici ma pièce d'identité.\n".encode() * 20, "cni.jpg",
                        "unknown_type", "is not a JPEG, PNG, TIFF or PDF file"),
    "truncated PNG": (_truncated_png, "cni.png", "corrupt_image", "damaged or truncated"),
    "corrupt PDF": (_corrupt_pdf, "cni.pdf", "corrupt_pdf", "looks like a PDF but cannot be read"),
}


@pytest.mark.parametrize("case", list(BAD_CONTENT))
@pytest.mark.parametrize("via", ["bytes", "file"])
def test_bad_files_are_refused_clearly_and_nothing_is_stored(workbench, tmp_path, case, via):
    make, name, reason, message = BAD_CONTENT[case]
    ref = register(workbench)
    before, listing = row_counts(workbench), vault_listing(workbench)
    data = make()
    with pytest.raises(UnsupportedFile) as info:
        if via == "bytes":
            workbench.documents.attach(ref, data, name, id_copy=True)
        else:
            path = tmp_path / name
            path.write_bytes(data)
            workbench.documents.attach_file(ref, path, id_copy=True)
    assert info.value.reason == reason
    assert message in str(info.value)
    assert MARKER not in str(info.value)
    assert row_counts(workbench) == before
    assert vault_listing(workbench) == listing == []
    assert workbench.documents.of_request(ref) == []


def test_a_sparse_file_over_50_mb_is_refused_before_it_is_read(workbench, tmp_path):
    ref = register(workbench)
    path = tmp_path / "huge-scan.tif"
    with open(path, "wb") as f:
        f.write(b"II*\x00")
        f.truncate(MAX_SIZE + 1)  # sparse: no 50 MB written to disk
    before = row_counts(workbench)
    with pytest.raises(UnsupportedFile) as info:
        workbench.documents.attach_file(ref, path)
    assert info.value.reason == "too_large"
    assert "the limit is 50 MB" in str(info.value)
    assert row_counts(workbench) == before
    assert vault_listing(workbench) == []


def test_a_file_of_exactly_50_mb_passes_the_size_check(workbench, tmp_path):
    """The limit is inclusive: the refusal of 50 MB + 1 byte is not an off-by-one."""
    ref = register(workbench)
    with pytest.raises(UnsupportedFile) as info:
        workbench.documents.attach(ref, b"II*\x00" + bytes(MAX_SIZE - 4), "scan.tif")
    assert info.value.reason == "corrupt_image"  # past the size check, refused for its content


def test_attaching_to_an_unknown_request_stores_nothing(workbench, tmp_path):
    register(workbench)
    before = row_counts(workbench)
    with pytest.raises(NotFound):
        workbench.documents.attach("DSR-2026-0099", scan_png(), "cni.png", id_copy=True)
    with pytest.raises(InputError, match="There is no file"):
        workbench.documents.attach_file("DSR-2026-0001", tmp_path / "absent.png")
    assert row_counts(workbench) == before
    assert vault_listing(workbench) == []
