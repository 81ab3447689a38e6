"""The malformed corpus (tests/intake/corpus/malformed.py): each message imports with the warnings it deserves, or
is refused with its reason; nothing is dropped silently and nothing raises."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dpo_workbench.errors import Message
from tests.intake.corpus import malformed

FOLDER = malformed.HERE
FILE_TIME = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def copy(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    shutil.copyfile(FOLDER / name, path)
    os.utime(path, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    return path


def test_the_committed_files_are_what_the_builder_makes():
    on_disk = {p.name: p.read_bytes() for p in FOLDER.iterdir()}
    assert on_disk == malformed.messages()
    assert set(malformed.EXPECTED) == set(on_disk)


@pytest.mark.parametrize("name", sorted(malformed.EXPECTED))
def test_each_malformed_message_imports_with_its_warnings_or_is_refused_with_its_reason(workbench, tmp_path, name):
    status, expected = malformed.EXPECTED[name]
    [outcome] = workbench.intake.import_mail([copy(tmp_path, name)])
    if status == "failed":
        assert outcome.status == "failed"
        assert isinstance(outcome.error, Message) and outcome.error.code == expected
        assert workbench.requests.total() == 0
        return
    assert outcome.status == "created", outcome.error
    codes = [n.code for n in outcome.notes]
    assert all(isinstance(n, Message) for n in outcome.notes)
    assert set(expected) <= set(codes), codes
    detail = workbench.requests.detail(outcome.reference)
    assert detail.requester_email == outcome.requester_email and "@" in detail.requester_email
    # the warnings stay with the request: the panel shows them
    incoming = workbench.intake.incoming_message(outcome.reference)
    assert [n.code for n in incoming.notes] == codes
    stored = (FOLDER / name).read_bytes()
    if name == "mal_mbox_from_line.eml":  # read as an mbox of one message: its 'From ' line is the separator
        stored = stored.partition(b"\n")[2]
    assert workbench.documents.read(incoming.document_id) == stored  # kept as received


def test_a_date_not_believed_falls_back_to_received_then_file_then_now(workbench, tmp_path):
    old, = workbench.intake.import_mail([copy(tmp_path, "mal_date_2000.eml")])
    assert (old.received_source, old.received_at.isoformat()) == ("received", "2026-11-24T10:15:00+01:00")
    epoch, = workbench.intake.import_mail([copy(tmp_path, "mal_date_1970_no_received.eml")])
    assert (epoch.received_source, epoch.received_at) == ("file", FILE_TIME)
    future, = workbench.intake.import_mail([copy(tmp_path, "mal_date_future.eml")])
    assert future.received_source == "received"
    both, = workbench.intake.import_mail([copy(tmp_path, "mal_received_old_too.eml")])
    assert both.received_source == "file"
    [note] = [n for n in old.notes if n.code == "mail-note.date-before-gdpr"]
    assert "01/01/2000" in str(note)


def test_an_address_on_a_reserved_domain_is_kept_and_flagged(workbench, tmp_path):
    [outcome] = workbench.intake.import_mail([copy(tmp_path, "mal_domain_local.eml")])
    assert outcome.requester_email == "scanner@printer.local"
    [note] = [n for n in outcome.notes if n.code == "mail-note.address-reserved"]
    assert "scanner@printer.local" in str(note)
    assert workbench.requests.detail(outcome.reference).requester_email == "scanner@printer.local"


def test_a_truncated_attachment_is_left_out_with_the_reason_and_the_text_kept(workbench, tmp_path):
    [outcome] = workbench.intake.import_mail([copy(tmp_path, "mal_truncated_mid_attachment.eml")])
    assert outcome.status == "created"
    assert [a.label for a in outcome.left_out] == ["scan.pdf"]
    assert "droit d'accès" in workbench.intake.incoming_message(outcome.reference).body


def test_the_whole_corpus_in_one_import_counts(workbench, tmp_path):
    for name in malformed.EXPECTED:
        copy(tmp_path, name)
    outcomes = workbench.intake.import_mail([tmp_path])
    counts = Counter(o.status for o in outcomes)
    refused = Counter(o.error.code for o in outcomes if o.status == "failed")
    expected_refused = Counter(e for s, e in malformed.EXPECTED.values() if s == "failed")
    assert len(outcomes) == len(malformed.EXPECTED)
    assert refused == expected_refused
    # some senders write twice (the two cut copies share their sender): a follow-up, never a loss
    assert counts["created"] + counts["follow-up"] == len(malformed.EXPECTED) - sum(expected_refused.values())
