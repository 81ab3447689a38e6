"""Files the user asks for (letters, e-mail drafts, breach drafts) are readable by their owner only."""

from __future__ import annotations

import os
import stat

import pytest

from dpo_workbench import paths

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


@pytest.fixture
def open_umask():
    previous = os.umask(0o022)  # the usual desktop umask: new files readable by everyone
    yield
    os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_private_whatever_the_umask(tmp_path, open_umask):
    target = tmp_path / "letter.pdf"
    paths.write_private(target, b"%PDF-1.4 personal data")
    assert target.read_bytes() == b"%PDF-1.4 personal data"
    assert mode(target) == 0o600


def test_a_replaced_file_loses_its_wider_rights(tmp_path, open_umask):
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"an older, longer export")
    target.chmod(0o644)
    paths.write_private(target, b"new")
    assert (target.read_bytes(), mode(target)) == (b"new", 0o600)


def test_the_command_line_writes_a_private_letter(run, tmp_path, open_umask):
    assert run("demo")[0] == 0
    code, out, err = run("due", "--format", "csv")
    reference = out.splitlines()[1].split(",")[0]
    target = tmp_path / "letter.pdf"
    code, out, err = run("letter", reference, "acknowledgement", "--out", str(target))
    assert code == 0, err
    assert mode(target) == 0o600
