"""`dpo-workbench breach ...`: exit codes, output formats, and nothing written on bad input.

The command line runs on the real clock: awareness times are placed relative to now.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pypdf
import pytest
from sqlalchemy import select

from dpo_workbench.cli import main
from dpo_workbench.services.breaches import Assessment
from dpo_workbench.services.organisation import OrganisationProfile
from dpo_workbench.store.models import AuditEntry
from dpo_workbench.workbench import Workbench

PARIS = ZoneInfo("Europe/Paris")


def hours_ago(n: float, *, offset: bool = True) -> str:
    instant = (datetime.now(PARIS) - timedelta(hours=n)).replace(second=0, microsecond=0)
    return instant.isoformat() if offset else instant.strftime("%Y-%m-%dT%H:%M")




def test_add_prints_the_reference_and_list_shows_it(run):
    code, out, err = run("breach", "add", "--aware", hours_ago(80), "--summary", "Ransomware on the file server")
    assert (code, out.strip(), err) == (0, f"BRE-{datetime.now(PARIS).year}-0001", "")
    code, out, _ = run("breach", "add", "--aware", hours_ago(2, offset=False), "--summary", "Mailing")
    assert code == 0
    code, out, _ = run("breach", "list", "--format", "json")
    rows = json.loads(out)
    assert [r["reference"][-4:] for r in rows] == ["0002", "0001"]
    assert {"reference", "aware_at", "deadline", "severity", "notified"} <= set(rows[0])
    late = rows[1]
    aware = datetime.fromisoformat(late["aware_at"])
    assert datetime.fromisoformat(late["deadline"]) - aware == timedelta(hours=72)
    assert late["notified"] is False and late["severity"] == ""
    assert datetime.fromisoformat(rows[0]["aware_at"]).utcoffset() == datetime.now(PARIS).utcoffset()
    code, out, _ = run("breach", "list")
    assert code == 0 and "late by" in out.splitlines()[2]
    code, out, _ = run("breach", "list", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert [r["notified"] for r in table] == ["no", "no"]


def test_draft_and_inform_write_pdfs_and_journal_them(run, data_dir, tmp_path):
    _, out, _ = run("breach", "add", "--aware", hours_ago(5), "--summary", "Laptop stolen")
    reference = out.strip()
    target = tmp_path / "draft.pdf"
    code, out, err = run("breach", "draft", reference.lower(), "--type", "complementary", "--out", str(target))
    assert code == 0, err
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "☒ Notification complémentaire" in text and reference in text
    letter = tmp_path / "letter.pdf"
    # the record does not say what the letter must say: refused, naming the parts, nothing written
    wb = Workbench.open(data_dir)
    try:
        wb.organisation.save(OrganisationProfile(name="Exemple SAS", address="10 rue de l'Exemple\n75002 Paris",
                                                 dpo_name="Dominique Exemple", dpo_email="dpo@example.org"))
    finally:
        wb.close()
    code, out, err = run("breach", "inform", reference, "--lang", "en", "--out", str(letter))
    assert (code, out) == (2, "") and not letter.exists()
    assert err == ("dpo-workbench: error: The letter is not finished: complete likely consequences, measures taken, "
                   "severity assessment first.\n")
    wb = Workbench.open(data_dir)
    try:
        wb.breaches.save(reference, fields={"consequences": "Phishing.", "measures_after": "Passwords reset."},
                         assessment=Assessment("simple", 0.0, 1.0, 0.5, 0.0, 0.0, True))
    finally:
        wb.close()
    code, out, err = run("breach", "inform", reference, "--lang", "en", "--out", str(letter), "--to", "Jean Dupont",
                         "--address", "4 avenue Jean-Jaurès, 69003 Lyon")
    assert code == 0, err
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(letter).pages)
    assert "What happened" in text and "69003 LYON" in text and "Jean Dupont" in text
    wb = Workbench.open(data_dir)
    try:
        with wb.db.reading() as s:
            actions = [e.action for e in s.execute(select(AuditEntry)).scalars()]
    finally:
        wb.close()
    assert {"breach.create", "breach.draft", "breach.communication", "breach.list"} - set(actions) == {"breach.list"}


@pytest.mark.parametrize(
    "args",
    [
        ["breach", "add", "--aware", "yesterday", "--summary", "x"],
        ["breach", "add", "--aware", "2026-03-29T02:30", "--summary", "x"],  # skipped by the spring change
        ["breach", "add", "--aware", hours_ago(-48), "--summary", "x"],  # in the future
        ["breach", "add", "--aware", hours_ago(1), "--summary", "   "],
        ["breach", "add", "--summary", "x"],
        ["breach", "list", "--format", "xml"],
        ["breach", "draft", "BRE-2026-0001", "--type", "final", "--out", "OUT.pdf"],
        ["breach", "draft", "DSR-2026-0001", "--out", "OUT.pdf"],
        ["breach", "draft", "BRE-2026-0001", "--out", "OUT.txt"],
        ["breach", "draft", "BRE-2026-0001", "--out", "no/such/folder/OUT.pdf"],
        ["breach", "inform", "BRE-2026-0001", "--lang", "de", "--out", "OUT.pdf"],
    ],
)
def test_bad_input_exits_2_and_writes_nothing(run, data_dir, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*args)
    assert code == 2
    assert err.startswith("dpo-workbench: error: ") and err.count("\n") == 1
    assert out == ""
    assert not data_dir.exists()  # checked before the data folder was even created
    assert list(tmp_path.iterdir()) == []


def test_unknown_reference_exits_2_and_writes_no_file(run, tmp_path):
    assert run("breach", "add", "--aware", hours_ago(1), "--summary", "x")[0] == 0
    target = tmp_path / "draft.pdf"
    code, _, err = run("breach", "draft", "BRE-2026-0042", "--out", str(target))
    assert code == 2 and "No breach 'BRE-2026-0042'" in err
    assert not target.exists()


def test_help_says_how_a_time_without_offset_is_read(capsys):
    with pytest.raises(SystemExit):
        main(["breach", "add", "--help"])
    assert "Europe/Paris" in " ".join(capsys.readouterr().out.split())
