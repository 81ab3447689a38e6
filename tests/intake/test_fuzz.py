"""The parser and the import never crash and never half-create a request, whatever the bytes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpo_workbench.errors import MailError, Message
from dpo_workbench.intake.message import EARLIEST_RECEIVED, parse_message
from dpo_workbench.intake.suggest import detect_language, suggest_rights

CORPUS = Path(__file__).parent / "corpus"
SAMPLES = sorted(p.read_bytes() for folder in (CORPUS, CORPUS / "malformed") for p in folder.iterdir()
                 if p.suffix in (".eml", ".msg") and p.stat().st_size)
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

HEADER_NAMES = ["From", "To", "Subject", "Date", "Reply-To", "Sender", "Return-Path", "Received", "Message-ID",
                "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "X-Junk"]
HEADER_VALUES = [
    "Jean <jean@example.fr>", "=?UTF-8?B?w4lsb2RpZQ==?= <e@example.fr>", "=?bogus?Q?x?= <x@y>", "<>", "a@b",
    "Sat, 01 Jan 2000 10:00:00 +0100", "Mon, 03 Mar 2031 09:00:00", "Tue, 24 Nov 2026 10:00:00 +0100", "garbage",
    "from a by b; Tue, 24 Nov 2026 10:15:00 +0100", "from a by b; Thu, 01 Jan 1970 00:00:00 +0000",
    "multipart/mixed; boundary=B", "multipart/alternative", "text/plain; charset=x-unknown", "text/html",
    "text/plain; charset=utf-8", "message/rfc822", "base64", "quoted-printable", "x-uue",
    "attachment; filename*=UTF-8''%C3%A9.pdf", "Élodie <é@exämple.fr>", "x" * 3000, "",
]
BODY_PIECES = ["--B", "--B--", "\n", "Content-Type: application/pdf", "Content-Transfer-Encoding: base64",
               "JVBERi0xLjQK", "JVBERi0x!!", "=E9=", "droit d'accès", "delete my data", "\x00", "<p><b>",
               "\xe9t\xe9", "From: inner@example.fr", "Subject: inner"]


@st.composite
def structured(draw) -> bytes:
    """A message put together from the pieces real mail is made of, in any order and number."""
    lines = [f"{draw(st.sampled_from(HEADER_NAMES))}: {draw(st.sampled_from(HEADER_VALUES))}"
             for _ in range(draw(st.integers(0, 12)))]
    body = [draw(st.sampled_from(BODY_PIECES)) for _ in range(draw(st.integers(0, 20)))]
    separator = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    text = separator.join(lines) + separator * draw(st.integers(0, 2)) + separator.join(body)
    return text.encode(draw(st.sampled_from(["utf-8", "cp1252"])), errors="replace")


@st.composite
def mutated(draw) -> bytes:
    """A real message with bytes flipped, cut, duplicated or inserted."""
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        where = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "truncate"]))
        if action == "flip":
            data[where] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[where:where + draw(st.integers(1, 200))]
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=40))
        elif action == "repeat":
            data[where:where] = data[where:where + draw(st.integers(1, 300))]
        else:
            del data[where:]
    return bytes(data)


def check_parse(data: bytes) -> None:
    try:
        parsed = parse_message(data, "fuzz.eml", now=NOW)
    except MailError as exc:
        assert exc.problem and "fuzz.eml" in str(exc)
        return
    assert "@" in parsed.requester_email
    assert parsed.received_at.tzinfo is not None and parsed.received_at <= NOW
    assert parsed.received_at >= EARLIEST_RECEIVED  # a date before the GDPR is never believed
    assert all(isinstance(note, Message) for note in parsed.notes)
    suggest_rights(parsed.text)
    detect_language(parsed.text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000))
def test_random_bytes_never_crash_the_parser(data):
    check_parse(data)


@settings(max_examples=300, deadline=None)
@given(mutated())
def test_mutated_real_messages_never_crash_the_parser(data):
    check_parse(data)


@settings(max_examples=300, deadline=None)
@given(structured())
def test_messages_made_of_real_pieces_never_crash_the_parser(data):
    check_parse(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(mutated(), structured(), st.binary(max_size=2000)))
def test_an_import_is_whole_or_nothing(workbench, data):
    before_requests = workbench.requests.total()
    before_blobs = len(workbench.folder.blobs.ids())
    outcome = workbench.intake.import_message(data, "fuzz.eml")
    after_requests = workbench.requests.total()
    after_blobs = len(workbench.folder.blobs.ids())
    if outcome.status == "failed":
        assert outcome.error
        assert (after_requests, after_blobs) == (before_requests, before_blobs)
    elif outcome.status == "duplicate":
        assert (after_requests, after_blobs) == (before_requests, before_blobs)
    else:
        assert after_requests == before_requests + (outcome.status == "created")
        assert after_blobs == before_blobs + 1 + len(outcome.kept)
    assert not workbench.folder.blobs.leftovers()


@pytest.mark.parametrize("data", SAMPLES[:3])
def test_every_prefix_of_a_message_is_handled(workbench, data):
    """Truncation at any point: an error naming the problem, or a whole request; never a crash."""
    for end in range(0, len(data), max(1, len(data) // 40)):
        outcome = workbench.intake.import_message(data[:end], "cut.eml")
        assert outcome.status in ("created", "follow-up", "duplicate", "failed")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(st.one_of(mutated(), st.sampled_from(SAMPLES)), min_size=1, max_size=6))
def test_a_batch_import_keeps_exactly_what_it_reports(workbench, batch):
    """Messages imported together (one transaction per batch) leave no orphan and no missing file."""
    import tempfile

    before_requests = workbench.requests.total()
    before_blobs = len(workbench.folder.blobs.ids())
    with tempfile.TemporaryDirectory() as folder:
        for i, data in enumerate(batch):
            (Path(folder) / f"m{i}.eml").write_bytes(data)
        outcomes = workbench.intake.import_mail([folder])
    assert len(outcomes) == len(batch)
    stored = [o for o in outcomes if o.status in ("created", "follow-up")]
    assert workbench.requests.total() == before_requests + sum(o.status == "created" for o in outcomes)
    assert len(workbench.folder.blobs.ids()) == before_blobs + sum(1 + len(o.kept) for o in stored)
    assert all(o.error for o in outcomes if o.status == "failed")
    assert not workbench.folder.blobs.leftovers()
