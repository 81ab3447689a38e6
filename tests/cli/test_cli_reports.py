"""`request list`, `report annual`, `export case`: the files they write, what they hold, what the journal says."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from dpo_workbench.audit import journal
from dpo_workbench.core.rights import Channel, IdentityMethod, IdentityOutcome, Outcome, RefusalGround, Right
from dpo_workbench.errors import InputError
from dpo_workbench.exports import write_export
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.store.models import AuditEntry
from tests.letters.conftest import demo_organisation, pdf_text

D = date.fromisoformat
NAME = "Łukasz Wąsowski"


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def cli(run, clock, monkeypatch):
    monkeypatch.setattr("dpo_workbench.workbench.SystemClock", lambda: clock)
    return run


@pytest.fixture
def logged(workbench):
    workbench.organisation.save(demo_organisation())
    refs = []
    for received, rights in (("2026-03-02", [Right.ACCESS]), ("2026-10-01", [Right.ERASURE, Right.OBJECTION])):
        refs.append(workbench.requests.register(NewRequest(
            rights=rights, channel=Channel.POST, received_on=D(received), requester_name=NAME,
            requester_address="27 boulevard Voltaire\n75011 Paris")))
    workbench.requests.answer(refs[0], Outcome.REFUSED, "Repetitive", on=D("2026-03-10"),
                              ground=RefusalGround.UNFOUNDED_EXCESSIVE)
    return refs


def register_exports(workbench) -> list[dict]:
    with workbench.db.reading() as s:
        return [json.loads(e.details) for e in s.execute(
            select(AuditEntry).where(AuditEntry.action == "register.export")).scalars()]


# -- the helper every export goes through ----------------------------------------------------------


def test_an_export_is_readable_by_the_user_only_even_over_a_world_readable_file(tmp_path):
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    previous = os.umask(0)  # the most permissive umask: the helper must not depend on it
    try:
        write_export(target, b"%PDF new")
    finally:
        os.umask(previous)
    assert target.read_bytes() == b"%PDF new"
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]  # no temporary file left


def test_an_export_to_a_missing_folder_or_a_folder_writes_nothing(tmp_path):
    with pytest.raises(InputError) as err:
        write_export(tmp_path / "nowhere" / "x.pdf", b"data")
    assert err.value.code == "export.folder-missing"
    with pytest.raises(InputError) as err:
        write_export(tmp_path, b"data")
    assert err.value.code == "export.is-folder"
    assert list(tmp_path.iterdir()) == []


def test_letters_and_breach_drafts_from_the_command_line_are_0600(cli, logged, workbench, tmp_path):
    out = tmp_path / "ack.pdf"
    code, _, err = cli("letter", logged[1], "acknowledgement", "--out", str(out))
    assert code == 0, err
    assert mode(out) == 0o600
    code, out_text, err = cli("breach", "add", "--aware", "2026-11-25T10:00+01:00", "--summary", "Laptop stolen")
    assert code == 0, err
    draft = tmp_path / "draft.pdf"
    code, _, err = cli("breach", "draft", out_text.strip(), "--out", str(draft))
    assert code == 0, err
    assert mode(draft) == 0o600


# -- request list ---------------------------------------------------------------------------------


def test_request_list_without_names_unless_asked_and_journaled(cli, logged, workbench):
    code, out, err = cli("request", "list", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["reference"] for r in rows] == logged
    assert NAME not in out and "requester_name" not in rows[0]
    assert rows[0] == {
        "reference": logged[0], "rights": ["access"], "channel": "post", "relation": "customer",
        "received": "2026-03-02", "due": "2026-04-02", "state": "answered", "answered": "2026-03-10",
        "outcome": "refused", "days_taken": 8, "on_time": True, "extended": False, "extension_ground": None,
        "suspended_days": 0, "refusal_ground": "unfounded-excessive"}
    code, out, err = cli("request", "list", "--format", "csv", "--with-personal-data", "--state", "open")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].endswith(",requester_name") and len(lines) == 2 and lines[1].endswith(NAME)
    assert [e["personal_data"] for e in register_exports(workbench)] == [False, True]


def test_request_list_to_xlsx_and_csv_files(cli, logged, tmp_path):
    xlsx = tmp_path / "register.xlsx"
    code, out, err = cli("request", "list", "--format", "xlsx", "--out", str(xlsx), "--from", "2026-01-01",
                         "--to", "2026-06-30")
    assert code == 0, err
    assert mode(xlsx) == 0o600
    sheet = load_workbook(xlsx).active
    rows = list(sheet.values)
    assert rows[0][:4] == ("reference", "rights", "channel", "relation")
    assert len(rows) == 2 and rows[1][0] == logged[0] and rows[1][4].date() == D("2026-03-02")
    csv_file = tmp_path / "register.csv"
    code, _, err = cli("request", "list", "--format", "csv", "--out", str(csv_file))
    assert code == 0, err
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfreference,")  # a BOM: spreadsheets read the accents


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-05-01", "--to", "2026-04-01"], "before"),
    (["--format", "xlsx"], "--out"),
    (["--from", "2026-13-01"], "not a date"),
])
def test_request_list_bad_input_exit_2_nothing_written(cli, logged, tmp_path, args, message):
    code, out, err = cli("request", "list", *args)
    assert code == 2 and message in err and out == ""


# -- report annual ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, words", [("fr", "Bilan annuel"), ("en", "Annual report")])
def test_annual_report_pdf_has_the_figures_and_no_personal_data(cli, logged, tmp_path, lang, words):
    out = tmp_path / f"annual-{lang}.pdf"
    code, _, err = cli("report", "annual", "--year", "2026", "--lang", lang, "--out", str(out))
    assert code == 0, err
    assert mode(out) == 0o600
    text = pdf_text(out.read_bytes())
    assert words in text and "2026" in text
    assert NAME not in text and "Wąsowski" not in text and logged[0] not in text
    assert "12(5)" in text  # the refusal's ground
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) >= 3


def test_annual_report_bad_year_and_missing_out(cli, logged, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = cli("report", "annual", "--year", "2017", "--out", str(out / "x.pdf"))
    assert code == 2 and "2018" in err
    code, _, err = cli("report", "annual", "--year", "2030", "--out", str(out / "x.pdf"))
    assert code == 2 and "2030" in err
    code, _, err = cli("report", "annual", "--year", "2026")
    assert code == 2 and "--out" in err
    assert list(out.iterdir()) == []


# -- export case ----------------------------------------------------------------------------------------


def test_case_file_holds_timeline_letters_identity_record_and_a_verifiable_journal(cli, logged, workbench,
                                                                                    tmp_path):
    reference = logged[1]
    from PIL import Image

    scan = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(scan, format="PNG")
    workbench.documents.attach(reference, scan.getvalue(), "cni Wąsowski.png", id_copy=True)
    workbench.identity.record(reference, method=IdentityMethod.ID_COPY, document_type="Carte d'identité",
                              outcome=IdentityOutcome.VERIFIED)
    workbench.letters.save(reference, "acknowledgement")
    out = tmp_path / "case.zip"
    code, printed, err = cli("export", "case", reference, "--out", str(out))
    assert code == 0, err
    assert mode(out) == 0o600
    with zipfile.ZipFile(out) as zf:
        names = sorted(n.split("/", 1)[1] for n in zf.namelist())
        files = {n.split("/", 1)[1]: zf.read(n) for n in zf.namelist()}
    assert "timeline.pdf" in names and "journal.jsonl" in names and "VERIFY.txt" in names
    assert [n for n in names if n.startswith("letters/")] == [n for n in names if n.endswith("-reply.pdf")]
    assert len([n for n in names if n.startswith("letters/")]) == 1
    assert not any("id-copy" in n for n in names)  # the ID copy (destroyed) is never in it
    assert scan.getvalue() not in b"".join(files.values())
    checks = json.loads(files["identity-checks.json"])
    assert [(c["method"], c["outcome"]) for c in checks] == [("id-copy", "verified")]
    manifest = json.loads(files["manifest.json"])
    assert any(row["why"] == "destroyed" and row["kind"] == "id-copy" for row in manifest["left_out"])
    import hashlib

    for name, digest in manifest["files"].items():
        assert hashlib.sha256(files[name]).hexdigest() == digest
    text = pdf_text(files["timeline.pdf"])
    assert reference in text and NAME in text and "Carte d'identité" in text
    entries = [json.loads(line) for line in files["journal.jsonl"].decode().splitlines()]
    assert entries[-1]["action"] == "export.case"
    assert {"request.create", "identity.check", "letter.save"} <= {e["action"] for e in entries}
    for e in entries:  # each entry is the journal's own, hash and all
        assert journal.entry_hash(e["id"], e["at"], e["actor"], e["action"], e["object_type"], e["object_id"],
                                  e["details"], e["prev_hash"]) == e["hash"]
    # the shipped script says the same, and finds a changed entry
    folder = tmp_path / "unzipped"
    folder.mkdir()
    (folder / "verify_journal.py").write_bytes(files["verify_journal.py"])
    (folder / "journal.jsonl").write_bytes(files["journal.jsonl"])
    ok = subprocess.run([sys.executable, "verify_journal.py", "journal.jsonl"], cwd=folder, capture_output=True,
                        text=True, check=False)
    assert ok.returncode == 0 and f"{len(entries)} intact" in ok.stdout
    tampered = files["journal.jsonl"].decode().replace('"request.create"', '"request.delete"', 1)
    (folder / "journal.jsonl").write_text(tampered, encoding="utf-8")
    bad = subprocess.run([sys.executable, "verify_journal.py", "journal.jsonl"], cwd=folder, capture_output=True,
                         text=True, check=False)
    assert bad.returncode == 1 and "1 changed" in bad.stdout


def test_case_file_of_an_unknown_request_writes_nothing(cli, logged, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = cli("export", "case", "DSR-2026-9999", "--out", str(out / "case.zip"))
    assert code == 2 and "DSR-2026-9999" in err
    assert list(out.iterdir()) == []
