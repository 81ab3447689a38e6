"""`dpo-workbench backup ...` and `recovery-key ...`: what scripts and cron see.

In process through `main()` (keys in the test's in-memory keyring; a "new machine" is a fresh
keyring), and as a real program for the full disk. Exit codes: 0 done, 1 a damaged backup,
2 bad input or a refusal, always with one line on stderr and nothing changed.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from pypdf import PdfReader

from dpo_workbench.datafolder import DataFolder
from dpo_workbench.vault.recovery import RecoveryKey
from tests.vault.memory_keyring import MemoryKeyring

KEY = re.compile(r"([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}")
BACKUP = re.compile(r".*/dpo-workbench-\d{8}T\d{6}Z-[0-9a-f]{8}\.dpobak")
PASSPHRASE = "correct horse battery staple"


def one_line(err: str) -> str:
    assert err.startswith("dpo-workbench: error: ") and err.count("\n") == 1, err
    return err


def state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def demo(run):
    code, _out, err = run("demo")
    assert code == 0, err


@pytest.fixture
def key(run, demo) -> str:
    code, out, err = run("recovery-key", "create")
    assert code == 0, err
    return out.strip()


@pytest.fixture
def backup(run, key) -> Path:
    code, out, err = run("backup", "create")
    assert code == 0, err
    return Path(out.strip())


def test_recovery_key_create_prints_the_key_and_writes_a_sheet_with_nothing_personal(run, demo, tmp_path, data_dir):
    code, out, err = run("recovery-key", "create", "--out", str(tmp_path / "sheet.pdf"))
    assert code == 0, err
    assert KEY.fullmatch(out.strip()) and out.count("\n") == 1
    assert "shown only once" in err
    sheet = tmp_path / "sheet.pdf"
    assert sheet.stat().st_mode & 0o077 == 0
    pdf = PdfReader(io.BytesIO(sheet.read_bytes()))
    assert len(pdf.pages) == 1
    words = pdf.pages[0].extract_text()
    drawn = re.sub(r"\s+|groupe \d", "", words.split("Clé de récupération")[1].split("Identifiant")[0])
    assert drawn == out.strip().replace("-", "")  # the key, group after group, as printed
    organisation = json.loads((Path(__file__).resolve().parents[2] / "resources" / "demo" / "organisation.json")
                              .read_text("utf-8"))
    for value in (organisation["name"], organisation["dpo_name"], organisation["dpo_email"], "Barbry"):
        assert value not in words
    first = out.strip()
    code, out, err = run("recovery-key", "create", "--out", str(tmp_path / "sheet.pdf"))
    assert code == 2 and "already exists" in one_line(err)
    code, out, err = run("recovery-key", "create")
    assert code == 0 and out.strip() != first and "replaces the previous recovery key" in err
    folder = DataFolder.at(data_dir)
    folder.unlock_with_recovery_key(RecoveryKey.parse(out.strip()))


def test_backup_create_prints_the_path_and_list_shows_it(run, backup, data_dir):
    assert BACKUP.fullmatch(str(backup)) and backup.parent == data_dir / "backups"
    code, out, err = run("backup", "list")
    assert code == 0, err
    assert backup.name in out and "complete" in out and "today" in out
    code, out, err = run("backup", "list", "--format", "json")
    listed = json.loads(out)
    assert listed[0]["file"] == str(backup) and listed[0]["status"] == "complete" and listed[0]["this_folder"]


def test_backup_create_out_writes_there_and_never_overwrites(run, demo, tmp_path):
    code, out, err = run("backup", "create", "--out", str(tmp_path / "copy.dpobak"))
    assert code == 0, err
    assert out.strip() == str(tmp_path / "copy.dpobak")
    assert "no recovery key" in err  # said, not refused
    before = (tmp_path / "copy.dpobak").read_bytes()
    code, out, err = run("backup", "create", "--out", str(tmp_path / "copy.dpobak"))
    assert code == 2 and "already exists" in one_line(err)
    assert (tmp_path / "copy.dpobak").read_bytes() == before
    code, out, err = run("backup", "create", "--out", str(tmp_path / "no" / "such" / "x.dpobak"))
    assert code == 2 and "cannot be used" in one_line(err)


def test_backup_verify_exit_codes(run, backup, tmp_path):
    code, out, err = run("backup", "verify", str(backup))
    assert code == 0, err
    assert "complete and restorable." in out and "hash chain intact" in out and "requests: 40" in out
    damaged = tmp_path / "damaged.dpobak"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x40
    damaged.write_bytes(bytes(data))
    code, out, err = run("backup", "verify", str(damaged))
    assert code == 1 and "damaged" in one_line(err) and out == ""
    cut = tmp_path / "cut.dpobak"
    cut.write_bytes(backup.read_bytes()[:5000])
    code, out, err = run("backup", "verify", str(cut))
    assert code == 1, err
    other = tmp_path / "letter.pdf"
    other.write_bytes(b"%PDF-1.7\n" + bytes(2000))
    code, out, err = run("backup", "verify", str(other))
    assert code == 2 and "is not a DPO Workbench backup" in one_line(err)
    code, out, err = run("backup", "verify", str(tmp_path / "nothing.dpobak"))
    assert code == 2 and "There is no file" in one_line(err)


def test_restore_on_a_new_machine_with_the_recovery_key(run, backup, key, tmp_path, monkeypatch, capsys):
    from dpo_workbench.cli import main

    keyring.set_keyring(MemoryKeyring())  # another computer: its keyring knows nothing of the source
    new = tmp_path / "new"
    code = main(["--data-dir", str(new), "backup", "restore", str(backup)])
    out, err = capsys.readouterr()
    assert code == 2 and "No key at hand opens" in one_line(err)
    assert not new.exists()
    monkeypatch.setenv("DPO_WORKBENCH_RECOVERY_KEY", key.lower().replace("-", " "))
    code = main(["--data-dir", str(new), "backup", "restore", str(backup)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "opened with the recovery key" in out and "requests: 40" in out
    assert re.search(r"the recovery key [0-9a-f]{16} \(made [0-9-]+ [0-9:]+\) opens it", out), out
    monkeypatch.delenv("DPO_WORKBENCH_RECOVERY_KEY")
    assert main(["--data-dir", str(new), "audit", "verify"]) == 0
    assert "Journal intact" in capsys.readouterr().out
    code = main(["--data-dir", str(new), "backup", "verify", str(backup)])  # it made this backup's data, not
    out, err = capsys.readouterr()  # with these keys: a new folder has a new key store, the same master key
    assert code == 0, err


def test_a_mistyped_or_wrong_recovery_key_gets_one_line(run, backup, key, tmp_path, monkeypatch):
    keyring.set_keyring(MemoryKeyring())
    groups = key.split("-")
    groups[4] = groups[4][:2] + ("A" if groups[4][2] != "A" else "B") + groups[4][3:]
    monkeypatch.setenv("DPO_WORKBENCH_RECOVERY_KEY", "-".join(groups))
    code, out, err = run("backup", "verify", str(backup))
    assert code == 2 and "Group 5 of the recovery key has a typing error" in one_line(err)
    monkeypatch.setenv("DPO_WORKBENCH_RECOVERY_KEY", RecoveryKey.generate().text)
    from dpo_workbench.cli import main

    code = main(["--data-dir", str(tmp_path / "new"), "backup", "restore", str(backup)])
    assert code == 2
    assert not (tmp_path / "new").exists()


def test_restore_into_a_data_folder_needs_replace_and_then_backs_it_up_first(run, backup, data_dir, capsys):
    code, out, err = run("request", "add", "--right", "access", "--channel", "email", "--email", "n@exemple.fr",
                         "--name", "Noé Après", "--received", "2026-11-20")
    assert code == 0, err
    before = state(data_dir)
    code, out, err = run("backup", "restore", str(backup))
    assert code == 2 and "--replace" in one_line(err)
    assert state(data_dir) == before
    code, out, err = run("backup", "restore", str(backup), "--replace")
    assert code == 0, err
    assert "backed up first" in err and "requests: 40" in out
    safety = Path(err.split("backed up first: ")[1].split()[0])
    assert safety.is_file()
    code, out, err = run("due", "--format", "json")
    assert "Noé Après" not in out
    code, out, err = run("backup", "list")
    assert "before a restore" in out


def test_a_full_disk_during_a_backup_is_said_and_deletes_nothing(tmp_path):
    """A real process whose files may not grow past 150 kB (RLIMIT_FSIZE): the backup cannot be written."""
    env = {k: v for k, v in os.environ.items() if k not in ("DPO_WORKBENCH_HOME", "DPO_WORKBENCH_RECOVERY_KEY")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", DPO_WORKBENCH_PASSPHRASE=PASSPHRASE)
    data = tmp_path / "data"
    command = [sys.executable, "-m", "dpo_workbench", "--data-dir", str(data)]
    subprocess.run([*command, "demo"], env=env, check=True, capture_output=True)
    # documents make the backup bigger than the database alone
    script = ("import sys\nfrom pathlib import Path\nfrom dpo_workbench.workbench import Workbench\n"
              "from tests.services.backup_data import noise_png\n"
              "wb = Workbench.open(Path(sys.argv[1]))\nfor n in range(3):\n"
              "    wb.documents.attach(wb.requests.ids(__import__('dpo_workbench.services.requests', "
              "fromlist=['RegisterQuery']).RegisterQuery())[n], noise_png(n, 200), 'scan.png')\nwb.close()\n")
    root = str(Path(__file__).resolve().parents[2])
    subprocess.run([sys.executable, "-c", script, str(data)], env=env | {"PYTHONPATH": root}, check=True)
    first = subprocess.run([*command, "backup", "create"], env=env, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    older = Path(first.stdout.strip())
    kept = older.read_bytes()
    db_size = (data / "workbench.db").stat().st_size

    def limited() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (db_size + 64 * 1024, resource.RLIM_INFINITY))

    assert len(kept) > db_size + 64 * 1024  # the backup cannot fit, the snapshot can
    full = subprocess.run([*command, "backup", "create"], env=env, capture_output=True, text=True,
                          preexec_fn=limited, check=False)
    assert full.returncode == 2, full.stderr
    assert "The backup could not be written" in full.stderr and "older backups are intact" in full.stderr
    assert full.stderr.count("\n") == 1 and full.stdout == ""
    assert older.read_bytes() == kept
    assert sorted(p.name for p in (data / "backups").iterdir()) == [older.name]  # no half file left
    assert not [p for p in data.iterdir() if p.name.startswith(".backup-")]


def test_rotate_key_says_the_recovery_key_still_works(run, key, backup, monkeypatch):
    code, out, err = run("vault", "rotate-key")
    assert code == 0, err
    assert "the recovery key still opens the data folder" in out
    assert "make a new backup" in err
    code, out, err = run("backup", "verify", str(backup))
    assert code == 2 and "before its master key was replaced" in one_line(err)
    monkeypatch.setenv("DPO_WORKBENCH_RECOVERY_KEY", key)
    code, out, err = run("backup", "verify", str(backup))
    assert code == 0 and "opened with the recovery key" in out


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(tmp_path, monkeypatch, capsys):
    from dpo_workbench.cli import main

    keyring.set_keyring(keyring.backends.fail.Keyring())  # no safe keyring: a key file under a passphrase
    data = tmp_path / "data"
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(data), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "recovery-key", "create"]) == 0
    key = capsys.readouterr().out.strip()
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", "not what it was, forgotten")
    assert main(["--data-dir", str(data), "due"]) == 2
    capsys.readouterr()
    monkeypatch.setenv("DPO_WORKBENCH_RECOVERY_KEY", key)
    monkeypatch.setenv("DPO_WORKBENCH_NEW_PASSPHRASE", "a brand new passphrase")
    assert main(["--data-dir", str(data), "recovery-key", "unlock"]) == 0
    assert "opened with its recovery key" in capsys.readouterr().out
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", "a brand new passphrase")
    assert main(["--data-dir", str(data), "audit", "verify"]) == 0
    assert "Journal intact" in capsys.readouterr().out


def test_backup_and_recovery_commands_start_without_qt_or_reportlab(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DPO_WORKBENCH_HOME"}
    code = ("import sys\nfrom dpo_workbench.cli import main\n"
            "main(['--data-dir', sys.argv[1], 'backup', 'list'])\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))]\n"
            "print(bad)\n")
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", DPO_WORKBENCH_PASSPHRASE=PASSPHRASE)
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "d")], env=env, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip().endswith("[]"), done.stdout + done.stderr
