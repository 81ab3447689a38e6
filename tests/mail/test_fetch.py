"""Fetching requests from a real IMAP server (Dovecot, started by the test): only new messages, flagged or
moved, a connection lost in the middle loses nothing, certificates verified or pinned, never trusted blindly."""

from __future__ import annotations

import pytest

from dpo_workbench.errors import InputError, MailServerError
from dpo_workbench.services.mail import AccountSettings
from tests.intake.corpus import build, malformed
from tests.mail.conftest import settings_for
from tests.mailservers import PASSWORD, USER, Dovecot, make_certificate


def request_mail(i: int, *, sender: str | None = None) -> bytes:
    sender = sender or f"person{i}@example.fr"
    return (f"From: Person {i} <{sender}>\r\nTo: dpo@example-company.fr\r\nSubject: Demande RGPD {i}\r\n"
            f"Date: Tue, 24 Nov 2026 10:{i % 60:02d}:00 +0100\r\nMessage-ID: <req-{i}@example.fr>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Bonjour,\r\nJe demande l'effacement de mes données personnelles ({i}).\r\n").encode()


def test_a_fetch_imports_the_new_messages_flags_them_and_the_next_fetch_only_the_newer(workbench, dovecot, account):
    corpus = build.messages()
    dovecot.append([corpus["fr_acces_utf8_qp.eml"], corpus["en_delete_base64.eml"], corpus["bad_no_sender.eml"],
                    malformed.messages()["mal_date_2000.eml"]])
    [report] = workbench.mail.fetch()
    assert report.ok and report.found == 4
    assert [o.status for o in report.outcomes] == ["created", "created", "failed", "created"]
    assert workbench.requests.total() == 3
    # imported messages are flagged; the refused one stays as it was, for the DPO's mail client
    flags = dovecot.flags()
    assert [sorted(flags[uid]) for uid in sorted(flags)] == [
        [b"$DPOImported", b"\\Seen"], [b"$DPOImported", b"\\Seen"], [], [b"$DPOImported", b"\\Seen"]]
    # the old Date was not believed: the server's arrival time... no: the Received: header comes first
    old = report.outcomes[3]
    assert old.received_source == "received" and "mail-note.date-before-gdpr" in [n.code for n in old.notes]

    [again] = workbench.mail.fetch("DPO mailbox")
    assert (again.found, again.outcomes) == (0, [])
    dovecot.append([request_mail(1)])
    [newer] = workbench.mail.fetch()
    assert newer.found == 1 and [o.status for o in newer.outcomes] == ["created"]
    assert workbench.requests.total() == 4
    info = workbench.mail.account("DPO mailbox")
    assert info.last_fetch_at == workbench.now() and info.last_fetch_error is None


def test_the_received_time_falls_back_to_the_servers_arrival_time(workbench, dovecot, account):
    no_date = request_mail(2).replace(b"Date: Tue, 24 Nov 2026 10:02:00 +0100\r\n", b"")
    dovecot.append([no_date])
    [report] = workbench.mail.fetch()
    [outcome] = report.outcomes
    # the server stamps its own (real) clock; the workbench's clock is the test's, days earlier: not believed
    assert outcome.received_source in ("server", "now")


def test_move_mode_moves_imported_messages_to_the_folder_and_leaves_refused_ones(workbench, dovecot, smtp):
    workbench.mail.add_account(settings_for(dovecot, after_import="move", move_to="Imported"), PASSWORD)
    dovecot.append([request_mail(1), build.messages()["bad_no_sender.eml"], request_mail(2)])
    [report] = workbench.mail.fetch()
    assert [o.status for o in report.outcomes] == ["created", "failed", "created"]
    assert len(dovecot.uids("INBOX")) == 1  # the refused message, untouched
    assert len(dovecot.uids("Imported")) == 2
    [again] = workbench.mail.fetch()
    assert again.found == 0


def test_a_connection_lost_in_the_middle_loses_nothing_and_the_next_fetch_goes_on(workbench, dovecot, account):
    dovecot.append([request_mail(i) for i in range(120)])  # three FETCH chunks of 50
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 50:
            dovecot.kill()  # the server goes away under the fetch

    [cut] = workbench.mail.fetch(progress=progress)
    assert cut.error is not None and cut.error.code == "mailbox.connection-lost"
    assert seen[:2] == [(0, 120), (50, 120)]
    assert [o.status for o in cut.outcomes] == ["created"] * 50 and workbench.requests.total() == 50
    assert workbench.mail.account("DPO mailbox").last_fetch_error.code == "mailbox.connection-lost"

    dovecot.run()
    [rest] = workbench.mail.fetch()
    assert rest.ok and rest.found == 70
    assert [o.status for o in rest.outcomes] == ["created"] * 70  # none twice
    assert workbench.requests.total() == 120 and rest.acted == 70
    assert all(b"$DPOImported" in f for f in dovecot.flags().values())


def test_a_new_uidvalidity_fetches_again_and_the_duplicates_are_recognised(workbench, dovecot, smtp):
    workbench.mail.add_account(settings_for(dovecot, folder="Requests"), PASSWORD)
    messages = [request_mail(1), request_mail(2)]
    dovecot.append(messages, "Requests")
    [first] = workbench.mail.fetch()
    assert [o.status for o in first.outcomes] == ["created", "created"]
    before = dovecot.uidvalidity("Requests")
    client = dovecot.client()  # the folder is deleted and made again (a server migration does the same)
    client.delete_folder("Requests")
    client.logout()
    dovecot.append(messages, "Requests")
    assert dovecot.uidvalidity("Requests") != before
    [report] = workbench.mail.fetch()
    assert [o.status for o in report.outcomes] == ["duplicate", "duplicate"]
    assert workbench.requests.total() == 2


def test_a_self_signed_certificate_is_refused_with_its_fingerprint_until_trusted(workbench, dovecot, smtp):
    workbench.mail.add_account(settings_for(dovecot, pin=False), PASSWORD)
    dovecot.append([request_mail(1)])
    [report] = workbench.mail.fetch()
    assert report.error.code == "mailbox.tls-untrusted"
    assert report.error_params["fingerprint_hex"] == dovecot.certificate.fingerprint
    assert workbench.requests.total() == 0
    workbench.mail.trust_certificate("DPO mailbox", "imap", report.error_params["fingerprint_hex"])
    [trusted] = workbench.mail.fetch()
    assert trusted.ok and workbench.requests.total() == 1


def test_a_pinned_certificate_that_changed_is_refused(workbench, smtp):
    first = Dovecot()
    first.start()
    try:
        workbench.mail.add_account(settings_for(first), PASSWORD)
        pin = first.certificate.fingerprint
    finally:
        first.stop()
    with Dovecot(certificate=make_certificate()) as other:
        workbench.mail.update_account("DPO mailbox", settings_for(other, imap_pin=pin))
        [report] = workbench.mail.fetch()
        assert report.error.code == "mailbox.tls-pin-mismatch"


def test_a_certificate_signed_by_a_trusted_authority_needs_no_pin_and_starttls_works(workbench, monkeypatch,
                                                                                      tmp_path):
    certificate = make_certificate(signed_by_ca=True)
    (tmp_path / "ca.pem").write_bytes(certificate.ca_pem)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))  # the "system" authorities, for this test
    with Dovecot(certificate=certificate) as server:
        server.append([request_mail(1)])
        workbench.mail.add_account(settings_for(server, security="starttls", pin=False), PASSWORD)
        assert workbench.mail.test_account("DPO mailbox") == 1
        [report] = workbench.mail.fetch()
        assert report.ok and [o.status for o in report.outcomes] == ["created"]


def test_a_wrong_password_and_a_missing_folder_say_so(workbench, dovecot):
    workbench.mail.add_account(settings_for(dovecot), "not-the-password")
    [report] = workbench.mail.fetch()
    assert report.error.code == "mailbox.login-failed"
    workbench.mail.update_account("DPO mailbox", settings_for(dovecot, folder="Nowhere"), PASSWORD)
    [report] = workbench.mail.fetch()
    assert report.error.code == "mailbox.folder-missing"
    with pytest.raises(MailServerError) as refused:
        workbench.mail.test_account("DPO mailbox")
    assert refused.value.code == "mailbox.folder-missing"


def test_no_encryption_only_to_this_computer(workbench):
    remote = AccountSettings(name="Remote", imap_host="imap.example.fr", login=USER, imap_security="none")
    with pytest.raises(InputError) as refused:
        workbench.mail.add_account(remote, PASSWORD)
    assert refused.value.code == "mailbox.insecure-remote"
    assert workbench.mail.accounts() == []
    local = AccountSettings(name="Bridge", imap_host="127.0.0.1", login=USER, imap_security="none", imap_port=1143)
    assert workbench.mail.add_account(local, PASSWORD).imap_security == "none"


def test_fetch_journals_counts_and_never_the_password(workbench, dovecot, account):
    from sqlalchemy import select

    from dpo_workbench.store.models import AuditEntry

    dovecot.append([request_mail(1)])
    workbench.mail.fetch()
    with workbench.db.reading() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.details)).all()
    actions = [r[0] for r in rows]
    assert "mail.account-add" in actions and "mail.fetch" in actions and "intake.import" in actions
    assert all(PASSWORD not in (r[1] or "") and USER not in (r[1] or "") for r in rows)
    assert workbench.audit.verify().ok


def test_a_cancelled_fetch_stops_after_the_chunk_under_way_and_the_next_one_goes_on(workbench, dovecot, account):
    dovecot.append([request_mail(i) for i in range(120)])
    [stopped] = workbench.mail.fetch(cancelled=lambda: True)  # asked to stop as soon as a chunk is done
    assert stopped.cancelled and stopped.ok and len(stopped.outcomes) == 50
    assert sum(b"$DPOImported" in f for f in dovecot.flags().values()) == 50
    [rest] = workbench.mail.fetch()
    assert rest.found == 70 and [o.status for o in rest.outcomes] == ["created"] * 70
    assert workbench.requests.total() == 120
