"""`dpo-workbench mail ...` and `letter REF KIND --send` against the real servers."""

from __future__ import annotations

import json

import pytest

from tests.letters.conftest import demo_organisation
from tests.mail.test_fetch import request_mail
from tests.mailservers import PASSWORD, USER


@pytest.fixture
def mail_password(monkeypatch):
    monkeypatch.setenv("DPO_WORKBENCH_MAIL_PASSWORD", PASSWORD)
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", "a-long-test-passphrase")


def add(run, dovecot, smtp, *extra: str):
    return run("mail", "account", "add", "DPO mailbox", "--imap-host", "127.0.0.1", "--imap-port",
               str(dovecot.imaps_port), "--login", USER, "--trust-imap", dovecot.certificate.fingerprint,
               "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp.port), "--trust-smtp",
               smtp.certificate.fingerprint, *extra)


def test_account_add_list_fetch_send_remove(run, dovecot, smtp, mail_password, data_dir):
    code, out, err = add(run, dovecot, smtp)
    assert code == 0, err
    assert "mail account 'DPO mailbox' added: ssl 127.0.0.1" in out
    code, out, _ = run("mail", "account", "list")
    assert code == 0 and "DPO mailbox  imap ssl 127.0.0.1" in out and "never fetched" in out
    assert PASSWORD not in out

    dovecot.append([request_mail(1), request_mail(2)])
    code, out, err = run("mail", "fetch")
    assert code == 0, err
    assert "DPO mailbox: 2 new message(s)" in out and "DSR-2026-0002" in out
    code, out, _ = run("mail", "fetch", "--account", "DPO mailbox", "--format", "json")
    assert code == 0 and json.loads(out)[0]["found"] == 0

    from dpo_workbench.workbench import Workbench

    wb = Workbench.open(data_dir)
    wb.organisation.save(demo_organisation())
    wb.close()
    code, out, err = run("letter", "DSR-2026-0001", "acknowledgement", "--send")
    assert code == 0, err
    assert "sent by e-mail to person1@example.fr with the account 'DPO mailbox'" in out
    assert len(smtp.received) == 1

    code, out, _ = run("mail", "account", "remove", "DPO mailbox")
    assert code == 0
    assert run("mail", "account", "list")[1].strip() == "No mail account."


def test_security_none_only_on_loopback_and_nothing_saved(run, mail_password):
    code, _, err = run("mail", "account", "add", "Remote", "--imap-host", "imap.example.fr", "--login", USER,
                       "--security", "none")
    assert code == 2 and "only allowed to this computer" in err
    assert err.count("\n") == 1
    assert run("mail", "account", "list")[1].strip() == "No mail account."


def test_fetch_of_an_unreachable_server_exits_3_naming_it(run, dovecot, smtp, mail_password):
    assert add(run, dovecot, smtp)[0] == 0
    dovecot.kill()
    code, _, err = run("mail", "fetch")
    assert code == 3 and "Cannot connect to 127.0.0.1" in err


def test_a_refused_send_keeps_the_letter_saved_and_says_so(run, dovecot, smtp, mail_password, data_dir):
    assert add(run, dovecot, smtp)[0] == 0
    dovecot.append([request_mail(1)])
    assert run("mail", "fetch")[0] == 0
    from dpo_workbench.workbench import Workbench

    wb = Workbench.open(data_dir)
    wb.organisation.save(demo_organisation())
    wb.close()
    smtp.refuse = "person1@example.fr"
    code, out, err = run("letter", "DSR-2026-0001", "acknowledgement", "--send")
    assert code == 3 and "letter was NOT sent" in err and "550" in err
    assert "saved in the case file of DSR-2026-0001" in out


def test_an_untrusted_certificate_names_the_command_that_trusts_it(run, dovecot, smtp, mail_password):
    code, _, err = run("mail", "account", "add", "DPO mailbox", "--imap-host", "127.0.0.1", "--imap-port",
                       str(dovecot.imaps_port), "--login", USER)
    assert code == 0, err
    dovecot.append([request_mail(1)])
    code, out, err = run("mail", "fetch")
    assert code == 3 and out == ""  # not "0 new message(s)": the mailbox was not looked at
    hint = err.strip().splitlines()[-1]
    assert hint == (f"DPO mailbox: once your administrator confirmed it: dpo-workbench mail account trust "
                    f"'DPO mailbox' imap {dovecot.certificate.fingerprint}")
    code, out, err = run("mail", "account", "trust", "DPO mailbox", "imap", dovecot.certificate.fingerprint)
    assert code == 0 and "IMAP server's certificate with this fingerprint is trusted" in out
    code, out, err = run("mail", "fetch")
    assert code == 0 and "DPO mailbox: 1 new message(s)" in out
    assert run("mail", "account", "trust", "DPO mailbox", "smtp", "not-a-fingerprint")[0] == 2
