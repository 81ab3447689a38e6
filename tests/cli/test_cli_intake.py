"""`dpo-workbench import-mail`: one line per message, JSON for scripts, exit 1 when any failed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dpo_workbench.cli import main

CORPUS = Path(__file__).parents[1] / "intake" / "corpus"


@pytest.fixture
def cli(tmp_path, monkeypatch):
    monkeypatch.setenv("DPO_WORKBENCH_HOME", str(tmp_path / "data"))
    return tmp_path


def copy(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copyfile(CORPUS / name, folder / name)
    return [folder / n for n in names]


def test_table_names_each_outcome_and_exit_0_when_all_were_handled(cli, capsys):
    files = copy(cli / "in", "fr_acces_utf8_qp.eml", "en_delete_base64.eml")
    assert main(["import-mail", *map(str, files)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "DSR-2026-0001  access  (fr, 0 attachment(s))" in out[0]
    assert "DSR-2026-0002  erasure, objection  (en, 0 attachment(s))" in out[1]
    assert out[-1] == "2 message(s): 2 created, 0 follow-up(s), 0 duplicate(s), 0 failed."
    assert main(["import-mail", str(files[0])]) == 0
    assert "duplicate of DSR-2026-0001" in capsys.readouterr().out


def test_json_lists_one_object_per_message_and_exit_1_when_one_failed(cli, capsys):
    folder = cli / "in"
    copy(folder, "fr_attachments_nonascii.eml", "bad_no_sender.eml")
    assert main(["import-mail", str(folder), "--format", "json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    by_file = {Path(r["file"]).name: r for r in rows}
    ok, bad = by_file["fr_attachments_nonascii.eml"], by_file["bad_no_sender.eml"]
    assert ok["status"] == "created" and ok["reference"] == "DSR-2026-0001"
    assert (ok["requester_name"], ok["requester_email"]) == ("Anaïs N'Diaye", "anais.ndiaye@example.fr")
    assert ok["received_at"] == "2026-11-23T18:05:00+01:00"
    assert (ok["rights"], ok["language"], ok["attachments"]) == (["access"], "fr", 2)
    assert "error" not in ok
    assert bad["status"] == "failed" and "no readable sender" in bad["error"] and bad["reference"] is None


def test_a_follow_up_is_reported_with_the_reference(cli, capsys):
    files = copy(cli / "in", "en_no_message_id.eml")
    assert main(["import-mail", str(files[0])]) == 0
    other = cli / "in" / "second.eml"
    other.write_bytes(files[0].read_bytes().replace(b"Restriction of processing", b"Any news?"))
    assert main(["import-mail", str(other)]) == 0
    assert "follow-up of DSR-2026-0001" in capsys.readouterr().out


def test_a_missing_path_is_a_failure_that_names_it(cli, capsys):
    assert main(["import-mail", str(cli / "nowhere.eml")]) == 1
    assert "nowhere.eml" in capsys.readouterr().out and True


def test_help_states_the_received_time_order(capsys):
    with pytest.raises(SystemExit):
        main(["import-mail", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "the Date header (with its offset); the newest Received: header; the file's modification time" in text
