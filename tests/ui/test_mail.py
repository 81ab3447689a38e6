"""The DPO mailbox in the window, against real servers started by the tests (Dovecot for IMAP, aiosmtpd for
SMTP, see tests/mailservers.py): Fetch mail and its summary, the poll, the Mail accounts dialog, Send… in the
letter dialog. Everything runs through the real background helper; the tests wait on conditions, never on time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QSpinBox

from dpo_workbench.core.rights import DocumentKind
from dpo_workbench.ui.letters.dialog import LetterDialog
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.settings.dialog import SettingsDialog
from dpo_workbench.ui.settings.mail_accounts import MailAccountsDialog
from tests.intake.corpus import build, malformed
from tests.letters.conftest import demo_organisation
from tests.mail.conftest import settings_for
from tests.mail.test_fetch import request_mail
from tests.mailservers import DOVECOT, PASSWORD, SKIP_REASON, USER, Dovecot, SmtpServer

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: showing a dialog

WAIT = 30_000  # ms: a ceiling for the servers' answers, not a delay


@pytest.fixture
def imap():
    if DOVECOT is None:
        pytest.skip(SKIP_REASON)
    with Dovecot() as server:
        yield server


@pytest.fixture
def smtp_server():
    with SmtpServer() as server:
        yield server


@pytest.fixture
def window(qtbot, workbench):
    w = MainWindow(workbench)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes the window would open (modal: they would wait for a click), answered Yes and recorded."""
    shown: list[tuple[str, str]] = []

    def record(kind):
        def box(_parent, _title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes
        return box

    for kind in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return shown


def wait_task(qtbot, owner, attribute: str = "task") -> None:
    qtbot.waitUntil(lambda: getattr(owner, attribute) is not None and not getattr(owner, attribute).running,
                    timeout=WAIT)


# -- Fetch mail -------------------------------------------------------------------------------------------


def test_fetch_mail_imports_the_new_messages_and_shows_the_summary_with_warnings(qtbot, window, workbench, imap,
                                                                                  smtp_server, boxes):
    workbench.mail.add_account(settings_for(imap, smtp_server), PASSWORD)
    corpus, damaged = build.messages(), malformed.messages()
    imap.append([corpus["fr_acces_utf8_qp.eml"], damaged["mal_truncated_boundary.eml"], corpus["bad_no_sender.eml"]]
                + [request_mail(i) for i in range(60)])  # more than one FETCH chunk: the progress moves
    fetcher = window.intake.mail
    labels_seen: list[str] = []
    window.intake.mail.action.trigger()  # Intake > Fetch mail
    assert fetcher.task is not None and fetcher.progress is not None
    fetcher.task.progress.connect(lambda done, total: labels_seen.append(fetcher.progress.labelText()))
    qtbot.waitUntil(lambda: window.intake.summary is not None and window.intake.summary.isVisible(), timeout=WAIT)

    summary = window.intake.summary
    assert summary.windowTitle() == "Fetched mail"
    assert summary.headline.text() == "63 message(s): created 62, follow-ups 0, duplicates 0, failed 1."
    assert summary.table.horizontalHeaderItem(0).text() == "Message"
    assert [summary.table.item(r, 0).text() for r in range(3)] == ["DPO mailbox #1", "DPO mailbox #2",
                                                                     "DPO mailbox #3"]
    assert [summary.table.item(r, 1).text() for r in range(3)] == ["Created", "Created", "Failed"]
    assert "⚠ The message is truncated or damaged" in summary.table.item(1, 3).text()
    assert "no readable sender address" in summary.table.item(2, 3).text()
    assert "Fetching mail… 50 of 63" in labels_seen and fetcher.progress is None  # closed at the end
    assert boxes == [] and workbench.requests.total() == 62 and window.model.rowCount() == 62

    # the damaged message's request: its panel carries the warning
    summary.table.selectRow(1)
    summary.open_selected()
    incoming = window.panel.incoming
    assert incoming.warnings.isVisibleTo(window.panel)
    assert incoming.warnings.text().startswith("⚠ The message is truncated or damaged")

    # fetched messages are flagged on the server: asked again, nothing new
    window.intake.summary.close()
    window.intake.summary = None
    window.intake.mail.action.trigger()
    wait_task(qtbot, fetcher)
    assert window.statusBar().currentMessage() == "No new message." and window.intake.summary is None


def test_fetch_mail_without_an_account_says_where_to_add_one(window, boxes):
    assert window.intake.mail.fetch(asked=True) is None
    assert boxes == [("information", "No mail account is set up: add one in Intake › Mail accounts… "
                                     "(or 'mail account add').")]


def test_a_refused_login_is_said_in_a_box_when_asked_and_in_the_status_bar_when_polled(qtbot, window, workbench,
                                                                                       imap, boxes):
    workbench.mail.add_account(settings_for(imap), "wrong-password")
    window.intake.mail.action.trigger()
    wait_task(qtbot, window.intake.mail)
    assert boxes == [("warning", f"DPO mailbox: 127.0.0.1 refused the login {USER}: check the login and the "
                                 "password.")]
    window.intake.mail.timer.timeout.emit()  # the poll
    wait_task(qtbot, window.intake.mail)
    assert window.statusBar().currentMessage().startswith("Fetching mail failed: DPO mailbox: 127.0.0.1 refused")
    assert len(boxes) == 1  # a poll never opens a box


def test_a_poll_brings_requests_in_without_taking_the_window(qtbot, window, workbench, imap, log_request, boxes):
    workbench.mail.add_account(settings_for(imap), PASSWORD)
    working_on = log_request("Jeanne Travail")
    window.intake.open_reference(working_on.reference)
    imap.append([request_mail(1), request_mail(2), build.messages()["bad_no_sender.eml"]])
    window.intake.mail.timer.timeout.emit()
    wait_task(qtbot, window.intake.mail)
    assert workbench.requests.total() == 3 and window.model.rowCount() == 3  # the register is refreshed
    assert window.statusBar().currentMessage() == (
        "Mail fetched at 10:00: 3 new message(s); requests created 2, follow-ups 0, duplicates 0. "
        "1 message(s) could not be imported: left in the mailbox as they were.")
    assert window.panel.detail.reference == working_on.reference  # the DPO's request stays on screen
    summary = window.intake.summary  # shown for the failure's reason, the request left alone
    assert summary is not None and summary.table.item(2, 1).text() == "Failed"
    assert boxes == []


def test_the_poll_follows_the_setting(qtbot, window, workbench):
    timer = window.intake.mail.timer
    assert not timer.isActive()  # 0 by default: only when asked

    def change_in_the_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, change_in_the_dialog)
            return
        spin = dialog.editors["mail_poll_minutes"]
        assert isinstance(spin, QSpinBox) and spin.text() == "only when asked"
        spin.setValue(15)
        dialog.save()

    QTimer.singleShot(0, change_in_the_dialog)
    window.settings_action.trigger()  # Settings… (modal: answered by the timer above)
    assert workbench.settings.values()["mail_poll_minutes"] == 15
    assert timer.isActive() and timer.interval() == 15 * 60_000
    workbench.settings.set("mail_poll_minutes", 0)
    window.intake.mail.apply_poll_setting()
    assert not timer.isActive()


# -- the Mail accounts dialog ------------------------------------------------------------------------------


def test_an_account_is_added_with_its_errors_next_to_the_fields_tested_trusted_and_removed(
        qtbot, workbench, imap, smtp_server, boxes, test_keyring):
    dialog = MailAccountsDialog(workbench)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0 and dialog.name.text() == "" and dialog.imap_port.text() == "default (993)"

    # everything wrong at once is said at once, each next to its field; nothing is saved
    dialog.name.setText("DPO mailbox")
    dialog.after_import.setCurrentIndex(dialog.after_import.findData("move"))
    assert dialog.save() is None
    shown = {key: label.text() for key, label in dialog.errors.items() if label.isVisibleTo(dialog)}
    assert shown == {"login": "Give the login (often the e-mail address).",
                     "password": "Give the account's password.",
                     "imap_host": "Give the IMAP server's name (e.g. imap.example.fr).",
                     "move_to": "Give the folder imported messages are moved to (e.g. INBOX/Imported)."}
    assert workbench.mail.accounts() == []

    # filled in; Test saves it first, then meets the self-signed IMAP certificate
    dialog.login.setText(USER)
    dialog.password.setText(PASSWORD)
    dialog.imap_host.setText("127.0.0.1")
    dialog.imap_port.setValue(imap.imaps_port)
    dialog.move_to.setText("INBOX/Imported")
    dialog.smtp_host.setText("127.0.0.1")  # the same host sends: a self-signed certificate of its own
    dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("starttls"))
    dialog.smtp_port.setValue(smtp_server.port)
    dialog.test()
    wait_task(qtbot, dialog)
    [account] = workbench.mail.accounts()
    assert (account.name, account.imap_port, account.move_to, account.password_store) == (
        "DPO mailbox", imap.imaps_port, "INBOX/Imported", "keyring")
    assert PASSWORD in test_keyring.entries.values()
    assert dialog.status.text().startswith("Receiving (IMAP): The certificate of 127.0.0.1 is not signed")
    assert imap.certificate.fingerprint.upper()[:2] + ":" in dialog.status.text()
    assert dialog.trust_button.isVisibleTo(dialog) and dialog.trust_button.text() == "Trust the IMAP certificate"

    # trusted after the question (the fingerprint as certificate viewers show it); then the SMTP one
    dialog.trust()
    wait_task(qtbot, dialog)
    question = boxes[-1][1]
    assert question.startswith("Trust the certificate of 127.0.0.1 (IMAP) for this account?")
    assert ":".join(imap.certificate.fingerprint.upper()[i:i + 2] for i in range(0, 64, 2)) in question
    assert workbench.mail.account("DPO mailbox").imap_pin == imap.certificate.fingerprint
    assert dialog.status.text().startswith("Sending (SMTP): The certificate of 127.0.0.1 is not signed")
    assert dialog.trust_button.text() == "Trust the SMTP certificate"
    dialog.trust()
    wait_task(qtbot, dialog)
    assert workbench.mail.account("DPO mailbox").smtp_pin == smtp_server.certificate.fingerprint
    assert dialog.status.text() == "Receiving and sending: connected and logged in; 0 message(s) in the folder."
    assert not dialog.trust_button.isVisibleTo(dialog)
    assert "IMAP certificate trusted: " + imap.certificate.fingerprint.upper()[:2] in dialog.pins.text()

    # removed, with its password
    dialog.remove()
    assert workbench.mail.accounts() == [] and dialog.list.count() == 0
    assert PASSWORD not in test_keyring.entries.values()


def test_the_accounts_form_is_tabbed_through_in_the_order_it_is_read(qtbot, workbench):
    dialog = MailAccountsDialog(workbench)
    qtbot.addWidget(dialog)
    expected = [dialog.name, dialog.login, dialog.password, dialog.imap_host, dialog.imap_port,
                dialog.imap_security, dialog.folder, dialog.after_import, dialog.move_to, dialog.smtp_host,
                dialog.smtp_port, dialog.smtp_security, dialog.save_button, dialog.test_button]
    found, widget = [], dialog.name
    for _ in range(500):
        if widget in expected and widget not in found:
            found.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dialog.name:
            break
    assert found == expected


def test_a_saved_account_keeps_its_password_when_the_field_is_left_empty(qtbot, workbench, imap):
    workbench.mail.add_account(settings_for(imap), PASSWORD)
    dialog = MailAccountsDialog(workbench)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.password.placeholderText() == "kept; type a new one to replace it"
    dialog.folder.setText("Requests")
    assert dialog.save() is not None and dialog.status.text() == "Saved."
    assert workbench.mail.account("DPO mailbox").folder == "Requests"
    dialog.test()
    wait_task(qtbot, dialog)
    assert dialog.status.text() == "Receiving (IMAP): There is no folder Requests on 127.0.0.1."


# -- Send… in the letter dialog ----------------------------------------------------------------------------


@pytest.fixture
def saved_letter(qtbot, workbench, imap, smtp_server):
    """A request fetched from the mailbox and the letter dialog on its saved acknowledgement."""
    workbench.organisation.save(demo_organisation())
    workbench.mail.add_account(settings_for(imap, smtp_server), PASSWORD)
    imap.append([request_mail(7)])
    [report] = workbench.mail.fetch()
    reference = report.outcomes[0].reference
    dialog = LetterDialog(workbench, reference)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.send_button.isEnabled()  # only a saved letter is sent
    dialog.save()
    assert dialog.send_button.isVisibleTo(dialog) and dialog.send_button.isEnabled()
    return reference, dialog


def test_send_sends_the_saved_letter_and_keeps_the_message_as_sent(qtbot, workbench, smtp_server, saved_letter,
                                                                    boxes):
    reference, dialog = saved_letter
    dialog.send_button.click()
    wait_task(qtbot, dialog.mail_sender)
    assert boxes == [("question", "Send this letter by e-mail to person7@example.fr with the account DPO mailbox?")]
    assert dialog.status.text() == ("Sent by e-mail to person7@example.fr; the message as sent is kept in the case "
                                    "file.")
    [envelope] = smtp_server.received
    assert envelope.rcpt_tos == ["person7@example.fr"] and b"application/pdf" in envelope.original_content
    kinds = [(d.kind, d.mime) for d in workbench.documents.of_request(reference)]
    assert (DocumentKind.REPLY, "message/rfc822") in kinds
    # sending again asks first, naming when it went
    dialog.send_button.click()
    wait_task(qtbot, dialog.mail_sender)
    assert boxes[-1][1].endswith("It was already sent on 26 Nov 2026.")


def test_a_refusal_leaves_the_letter_unsent_and_says_why_in_french(qtbot, workbench, imap, saved_letter, boxes,
                                                                    install):
    reference, dialog = saved_letter
    install("fr")
    before = workbench.documents.of_request(reference)
    with SmtpServer(refuse="person7@example.fr") as refusing:
        workbench.mail.update_account("DPO mailbox", settings_for(imap, refusing))
        dialog.send_button.click()
        wait_task(qtbot, dialog.mail_sender)
        assert refusing.received == []
    assert dialog.status.text() == (
        "Non envoyée\u00a0: 127.0.0.1 a refusé le message (550 5.1.1 mailbox unavailable)\u00a0; il n’a pas été "
        "envoyé.\nLa lettre reste enregistrée dans le dossier\u00a0: renvoyez-la, ou passez par un brouillon de "
        "courriel (.eml).")
    assert workbench.documents.of_request(reference) == before  # nothing stored as sent
    assert workbench.mail.sent_on(dialog.saved_document) is None


def test_the_send_button_is_only_for_requests_received_by_e_mail(qtbot, workbench, log_request):
    from dpo_workbench.core.rights import Channel

    workbench.organisation.save(demo_organisation())
    postal = log_request("Jean Postal", channel=Channel.POST, address="1 rue de la Poste\n75001 Paris")
    dialog = LetterDialog(workbench, postal.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.send_button.isVisibleTo(dialog)


def test_cancelling_the_fetch_keeps_what_was_imported_and_says_so(qtbot, window, workbench, imap, boxes):
    workbench.mail.add_account(settings_for(imap), PASSWORD)
    imap.append([request_mail(i) for i in range(120)])
    fetcher = window.intake.mail
    window.intake.mail.action.trigger()
    cancel = fetcher.progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    fetcher.task.progress.connect(lambda done, total: cancel.click() if done == 0 else None)  # as soon as it starts
    qtbot.waitUntil(lambda: window.intake.summary is not None and window.intake.summary.isVisible(), timeout=WAIT)
    summary = window.intake.summary
    kept = workbench.requests.total()  # the chunk under way when the click arrived (the first, on a busy machine
    assert kept in (50, 100)  # maybe the second) is finished: never a message half imported
    assert summary.cancelled.isVisibleTo(summary) and summary.table.rowCount() == kept
    assert summary.cancelled.text() == (f"Import cancelled: {kept} of 120 message(s) were handled; the others were "
                                        "not imported.")
