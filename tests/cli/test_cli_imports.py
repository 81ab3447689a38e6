"""The everyday commands start light: `due` and `request add` load neither Qt nor the PDF stack.

They run from scripts and reminders many times a day: each one pays the interpreter, SQLAlchemy and
the key derivation, nothing more. The passphrase derivation (scrypt, deliberately slow) runs once per
command, not once per use of the key.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

pytestmark = pytest.mark.slow

# imported by the GUI, the letters or the first creation of a database; never by these commands
HEAVY = ("PySide6", "shiboken6", "reportlab", "jinja2", "babel", "PIL", "pypdf", "alembic")

RUN = """
import json, sys
from dpo_workbench.vault import keystore

derivations = []
original = keystore.ScryptParams.derive


def counted(self, passphrase, salt):
    derivations.append(1)
    return original(self, passphrase, salt)


keystore.ScryptParams.derive = counted
from dpo_workbench.cli import main

code = main(sys.argv[1:])
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(%r)))
print(json.dumps({"code": code, "heavy": heavy, "derivations": len(derivations)}), file=sys.stderr)
"""


def command(data_dir, *args: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DPO_WORKBENCH_HOME")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               DPO_WORKBENCH_PASSPHRASE="correct horse battery staple")
    done = subprocess.run([sys.executable, "-c", RUN % json.dumps(HEAVY), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, done.stderr
    return report


def add(data_dir, name: str) -> dict:
    received = (date.today() - timedelta(days=2)).isoformat()
    return command(data_dir, "request", "add", "--right", "access", "--channel", "email", "--received", received,
                   "--name", name, "--email", "jean.dupont@exemple.fr")


def test_due_and_request_add_import_neither_qt_nor_the_pdf_stack(tmp_path):
    data_dir = tmp_path / "data"
    first = add(data_dir, "Jean Dupont")  # creates the folder: its keys, the database, the migrations
    assert first["derivations"] >= 1
    again = add(data_dir, "Karim Benali")
    due = command(data_dir, "due", "--format", "json")

    assert again["heavy"] == [] and due["heavy"] == []


def test_the_passphrase_is_derived_once_per_command(tmp_path):
    data_dir = tmp_path / "data"
    add(data_dir, "Jean Dupont")

    assert add(data_dir, "Karim Benali")["derivations"] == 1
    assert command(data_dir, "due")["derivations"] == 1
