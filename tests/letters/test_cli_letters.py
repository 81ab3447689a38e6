"""`dpo-workbench letter`: list, write a PDF (stored in the case file too), e-mail drafts, refusals with exit 2."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dpo_workbench.core.rights import Channel, Language, Right
from dpo_workbench.letters.model import LetterKind
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.workbench import Workbench
from tests.letters.conftest import pdf_text, with_demo_register


@pytest.fixture
def folder(data_dir):
    """A data folder with the demo organisation, a postal request (DSR-…-0001) and an e-mail one (…-0002)."""
    wb = Workbench.open(data_dir, actor="test")
    received = datetime.now(ZoneInfo("Europe/Paris")).date() - timedelta(days=3)
    try:
        with_demo_register(wb)
        postal = wb.requests.register(NewRequest(
            rights=[Right.ACCESS], channel=Channel.POST, received_on=received, requester_name="Łukasz Wąsowski",
            requester_address="27 boulevard Voltaire\n75011 Paris"))
        by_email = wb.requests.register(NewRequest(
            rights=[Right.PORTABILITY], channel=Channel.EMAIL, received_on=received, requester_name="Zoë Œuvray",
            requester_email="zoe@exemple.fr", language=Language.EN))
        # the access reply describes the processings linked to the request (not the whole register): the DPO links
        # those the requesters' category (customers) suggests
        wb.links.link_suggested(postal)
        wb.links.link_suggested(by_email)
    finally:
        wb.close()
    return data_dir, postal, by_email


@pytest.fixture
def out_dir(tmp_path):
    """Where the command writes (the data folder is beside it, in tmp_path/data)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder




def documents(data_dir, reference):
    wb = Workbench.open(data_dir, actor="test")
    try:
        return wb.documents.of_request(reference)
    finally:
        wb.close()


def test_list_names_every_kind(run):
    code, out, err = run("letter", "--list")
    assert code == 0 and err == ""
    listed = [line.split()[0] for line in out.splitlines()]
    assert listed == [k.value for k in LetterKind]
    assert "Art. 12(4)" in out


def test_a_letter_is_written_under_the_reference_and_stored(run, folder, out_dir, monkeypatch):
    data_dir, postal, _ = folder
    monkeypatch.chdir(out_dir)
    code, out, err = run("letter", postal.lower(), "acknowledgement")
    assert code == 0, err
    written = out_dir / f"{postal}-acknowledgement.pdf"
    assert written.exists() and "Łukasz" not in written.name
    assert "Łukasz Wąsowski" in pdf_text(written.read_bytes())
    assert "Lettre recommandée avec accusé de réception" in pdf_text(written.read_bytes())
    assert f"saved in the case file of {postal}" in out
    [stored] = documents(data_dir, postal)
    assert stored.label == f"{postal}-acknowledgement-fr.pdf"


def test_free_parts_and_language_from_the_command_line(run, folder, out_dir):
    data_dir, postal, _ = folder
    out_file = out_dir / "reply.pdf"
    code, _, err = run("letter", postal, "access-reply", "--lang", "en", "--out", str(out_file),
                       "--set", r"data_held=Name: Łukasz Wąsowski\nCustomer number: C-1234")
    assert code == 0, err
    text = pdf_text(out_file.read_bytes())
    assert "Reply to your request for access" in text and "Customer number" in text and "C-1234" in text


def test_placeholders_left_exit_2_naming_them_and_nothing_is_written(run, folder, out_dir):
    data_dir, postal, _ = folder
    out_file = out_dir / "reply.pdf"
    code, out, err = run("letter", postal, "access-reply", "--out", str(out_file))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "données détenues" in err and "--set data_held=" in err
    assert not out_file.exists()
    assert documents(data_dir, postal) == []


@pytest.mark.parametrize("args,message", [
    (("DSR-2026-0001", "thank-you"), "unknown letter 'thank-you'"),
    (("DSR-2026-0001",), "give a request reference and a kind"),
    (("DSR-2026-0001", "refusal", "--set", "nonsense"), "expected NAME=VALUE"),
    (("DSR-2026-0001", "acknowledgement", "--set", "colour=red"), "no free part colour"),
    (("DSR-2099-0001", "acknowledgement"), "No request"),
])
def test_bad_input_exits_2_with_one_line(run, folder, out_dir, monkeypatch, args, message):
    data_dir, postal, _ = folder
    monkeypatch.chdir(out_dir)
    args = tuple(a.replace("DSR-2026-0001", postal) for a in args)
    code, out, err = run("letter", *args)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    assert list(out_dir.iterdir()) == []
    assert documents(data_dir, postal) == []


def test_an_existing_file_is_not_overwritten_without_force(run, folder, out_dir):
    data_dir, postal, _ = folder
    out_file = out_dir / "ack.pdf"
    out_file.write_bytes(b"mine")
    code, _, err = run("letter", postal, "acknowledgement", "--out", str(out_file))
    assert code == 2 and "already exists" in err and out_file.read_bytes() == b"mine"
    assert run("letter", postal, "acknowledgement", "--out", str(out_file), "--force")[0] == 0
    assert out_file.read_bytes().startswith(b"%PDF")


def test_an_email_draft_with_the_portability_files(run, folder, out_dir):
    data_dir, _, by_email = folder
    eml = out_dir / "reply.eml"
    code, _, err = run("letter", by_email, "portability-reply", "--eml", str(eml),
                       "--set", r"data_provided=name: Zoë Œuvray\nemail: zoe@exemple.fr")
    assert code == 0, err
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1" and by_email in message["Subject"]
    parts = {a.get_filename(): a.get_content() for a in message.iter_attachments()}
    assert set(parts) == {f"{by_email}-portability-reply-en.pdf", f"{by_email}-portability.json",
                          f"{by_email}-portability.csv"}
    assert json.loads(parts[f"{by_email}-portability.json"])["data"]["name"] == "Zoë Œuvray"
    assert list(out_dir.iterdir()) == [eml]  # --eml alone writes no PDF


def test_no_email_draft_for_a_postal_request(run, folder, out_dir):
    data_dir, postal, _ = folder
    eml = out_dir / "reply.eml"
    code, _, err = run("letter", postal, "acknowledgement", "--eml", str(eml))
    assert code == 2 and "not received by e-mail" in err
    assert not eml.exists() and documents(data_dir, postal) == []
