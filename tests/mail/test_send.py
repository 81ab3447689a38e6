"""Sending an answer letter by SMTP to a real server (aiosmtpd, started by the test), and where the account
passwords are kept."""

from __future__ import annotations

import email
from email import policy

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from dpo_workbench.core.rights import Channel, DocumentKind
from dpo_workbench.errors import InputError, MailServerError
from dpo_workbench.services.mail import AccountSettings
from dpo_workbench.store.models import MailAccount
from tests.letters.conftest import demo_organisation
from tests.mail.conftest import settings_for
from tests.mail.test_fetch import request_mail
from tests.mailservers import PASSWORD, USER, SmtpServer


@pytest.fixture
def by_email(workbench, dovecot, account):
    """A request that came in by e-mail, fetched from the account, and its saved acknowledgement."""
    workbench.organisation.save(demo_organisation())
    dovecot.append([request_mail(7)])
    [report] = workbench.mail.fetch()
    reference = report.outcomes[0].reference
    letter = workbench.letters.save(reference, "acknowledgement")
    return reference, letter.id


def test_a_letter_is_sent_with_its_pdf_and_the_message_as_sent_is_kept_encrypted(workbench, smtp, by_email):
    reference, letter_id = by_email
    sent = workbench.mail.send_letter(letter_id)
    assert (sent.reference, sent.account, sent.recipient) == (reference, "DPO mailbox", "person7@example.fr")
    [envelope] = smtp.received
    assert envelope.rcpt_tos == ["person7@example.fr"]
    assert envelope.mail_from == demo_organisation().dpo_email
    message = email.message_from_bytes(envelope.original_content, policy=policy.default)
    [pdf] = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content().startswith(b"%PDF") and pdf.get_filename().endswith(".pdf")
    assert message["X-Unsent"] is None
    documents = {d.id: d for d in workbench.documents.of_request(reference)}
    stored = documents[sent.sent_document_id]
    assert (stored.kind, stored.mime) == (DocumentKind.REPLY, "message/rfc822")
    kept = email.message_from_bytes(workbench.documents.read(stored.id), policy=policy.default)  # decrypted
    assert (kept["Message-ID"], kept["To"]) == (message["Message-ID"], message["To"])
    [kept_pdf] = [p for p in kept.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert kept_pdf.get_content() == pdf.get_content()  # the very letter that left
    assert workbench.mail.sent_on(letter_id) == workbench.now()
    assert "letter-sent" in [e.kind for e in workbench.requests.detail(reference).timeline]


def test_a_refused_recipient_leaves_the_letter_unsent_and_says_why(workbench, dovecot, by_email):
    reference, letter_id = by_email
    with SmtpServer(refuse="person7@example.fr") as refusing:
        workbench.mail.update_account("DPO mailbox", settings_for(dovecot, refusing))
        before = len(workbench.documents.of_request(reference))
        with pytest.raises(MailServerError) as refused:
            workbench.mail.send_letter(letter_id)
        assert refused.value.code == "mailbox.smtp-refused" and "550" in str(refused.value)
        assert refusing.received == []
    assert len(workbench.documents.of_request(reference)) == before  # nothing stored as sent
    assert workbench.mail.sent_on(letter_id) is None
    assert workbench.letters.eml(letter_id)  # the draft is still there for the DPO's own mail program


def test_implicit_tls_sends_and_a_wrong_password_is_refused(workbench, dovecot, smtp, by_email):
    _reference, letter_id = by_email
    workbench.mail.update_account("DPO mailbox", settings_for(dovecot, smtp), "wrong-password")
    with pytest.raises(MailServerError) as refused:
        workbench.mail.send_letter(letter_id)
    assert refused.value.code == "mailbox.login-failed" and smtp.received == []
    with SmtpServer(implicit_tls=True) as implicit:
        workbench.mail.update_account("DPO mailbox", settings_for(dovecot, implicit), PASSWORD)
        workbench.mail.send_letter(letter_id)
        assert len(implicit.received) == 1


def test_an_untrusted_smtp_certificate_is_refused_before_any_password_is_sent(workbench, dovecot, smtp, by_email):
    _reference, letter_id = by_email
    workbench.mail.update_account("DPO mailbox", settings_for(dovecot, smtp, smtp_pin=""))
    with pytest.raises(MailServerError) as refused:
        workbench.mail.send_letter(letter_id)
    assert refused.value.code == "mailbox.tls-untrusted"
    assert refused.value.params["fingerprint_hex"] == smtp.certificate.fingerprint
    assert smtp.received == []


def test_a_postal_request_has_nothing_to_send(workbench, smtp, account):
    from datetime import date

    from dpo_workbench.core.rights import Right
    from dpo_workbench.services.requests import NewRequest

    workbench.organisation.save(demo_organisation())
    reference = workbench.requests.register(NewRequest(
        rights=[Right.ACCESS], channel=Channel.POST, received_on=date(2026, 11, 2), requester_name="Jean Postal",
        requester_address="1 rue de la Poste\n75001 Paris"))
    letter = workbench.letters.save(reference, "acknowledgement")
    with pytest.raises(InputError) as refused:
        workbench.mail.send_letter(letter.id)
    assert refused.value.code == "letter.not-email"
    assert smtp.received == []


# -- passwords ----------------------------------------------------------------------------------------------


def test_the_password_goes_to_the_keyring_and_leaves_with_the_account(workbench, test_keyring, dovecot, smtp):
    workbench.mail.add_account(settings_for(dovecot, smtp), PASSWORD)
    assert list(test_keyring.entries.values()) [-1] == PASSWORD
    with workbench.db.reading() as s:
        row = s.execute(select(MailAccount)).scalar_one()
        assert (row.password_store, row.password_sealed) == ("keyring", None)
    workbench.mail.remove_account("DPO mailbox")
    assert PASSWORD not in test_keyring.entries.values()
    assert workbench.mail.accounts() == []


def test_without_a_safe_keyring_the_password_is_sealed_with_the_master_key_and_survives_a_rotation(
        workbench, test_keyring, dovecot, smtp):
    keyring.set_keyring(fail.Keyring())  # no safe keyring when the account is added
    workbench.mail.add_account(settings_for(dovecot, smtp), PASSWORD)
    keyring.set_keyring(test_keyring)  # (the data folder's own master keys are in this one)
    with workbench.db.reading() as s:
        row = s.execute(select(MailAccount)).scalar_one()
        assert row.password_store == "database"
        assert PASSWORD.encode() not in row.password_sealed and row.password_wrapped_key
    database = workbench.folder.database_path.read_bytes()
    assert PASSWORD.encode() not in database  # and the database itself is encrypted
    dovecot.append([request_mail(1)])
    assert workbench.mail.fetch()[0].ok
    workbench.vault.rotate_master_key()
    dovecot.append([request_mail(2)])
    [after] = workbench.mail.fetch()
    assert after.ok and [o.status for o in after.outcomes] == ["created"]


def test_a_lost_keyring_entry_asks_for_the_password_again(workbench, test_keyring, dovecot, smtp):
    workbench.mail.add_account(settings_for(dovecot, smtp), PASSWORD)
    test_keyring.entries.clear()
    with pytest.raises(InputError) as lost:
        workbench.mail.fetch()
    assert lost.value.code == "mail-account.password-lost"


def test_bad_account_settings_are_refused_naming_the_field(workbench):
    cases = [
        (AccountSettings(name="", imap_host="h.example.fr", login=USER), "name"),
        (AccountSettings(name="A", imap_host="", login=USER), "imap_host"),
        (AccountSettings(name="A", imap_host="h.example.fr", login=""), "login"),
        (AccountSettings(name="A", imap_host="h.example.fr", login=USER, imap_port=70000), "imap_port"),
        (AccountSettings(name="A", imap_host="h.example.fr", login=USER, after_import="move"), "move_to"),
        (AccountSettings(name="A", imap_host="h.example.fr", login=USER, imap_pin="zz"), "imap_pin"),
    ]
    for settings, field in cases:
        with pytest.raises(InputError) as refused:
            workbench.mail.add_account(settings, PASSWORD)
        assert refused.value.field == field
    with pytest.raises(InputError) as no_password:
        workbench.mail.add_account(AccountSettings(name="A", imap_host="h.example.fr", login=USER), "")
    assert no_password.value.field == "password"
    assert workbench.mail.accounts() == []
    good = workbench.mail.add_account(AccountSettings(name="A", imap_host="h.example.fr", login=USER), PASSWORD)
    assert (good.imap_port, good.imap_security) == (993, "ssl")
    with pytest.raises(InputError) as taken:
        workbench.mail.add_account(AccountSettings(name="A", imap_host="h.example.fr", login=USER), PASSWORD)
    assert taken.value.code == "mail-account.name-taken"
