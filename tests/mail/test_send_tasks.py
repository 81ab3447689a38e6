"""An internal data request and its reminder sent by SMTP to a real server (aiosmtpd, started by the test), the
message as sent kept encrypted in the request's documents; a refusal records nothing."""

from __future__ import annotations

import email
from datetime import date
from email import policy

import pytest

from dpo_workbench.core.rights import Channel, DocumentKind, Right
from dpo_workbench.errors import MailServerError
from dpo_workbench.services.mail import AccountSettings
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.services.tasks import NewTask
from tests.letters.conftest import with_demo_register
from tests.mailservers import PASSWORD, USER, SmtpServer


def smtp_only(smtp: SmtpServer, name: str = "DPO mailbox") -> AccountSettings:
    """An account whose SMTP server is the test's (its IMAP side is never used here)."""
    return AccountSettings(name=name, imap_host="127.0.0.1", login=USER, imap_port=993, smtp_host="127.0.0.1",
                           smtp_port=smtp.port, smtp_security="ssl" if smtp.implicit_tls else "starttls",
                           smtp_pin=smtp.certificate.fingerprint)


@pytest.fixture
def task(workbench):
    with_demo_register(workbench)
    reference = workbench.requests.register(NewRequest(
        rights=[Right.ERASURE], channel=Channel.POST, received_on=date(2026, 11, 16), requester_name="Anne Testeuse",
        requester_address="1 rue de la Paix\n75002 Paris"))
    workbench.links.link(reference, ["TRT-003"])
    [proposal] = workbench.tasks.proposals(reference)
    [task_id] = workbench.tasks.ask(reference, [NewTask(proposal.department_id, ["erasure"])])
    return reference, task_id


def test_the_request_and_its_reminder_are_sent_and_kept_as_sent(workbench, task):
    reference, task_id = task
    assert not workbench.tasks.can_send()
    with SmtpServer() as smtp:
        workbench.mail.add_account(smtp_only(smtp), PASSWORD)
        assert workbench.tasks.can_send()
        sent = workbench.tasks.send(task_id)
        reminder = workbench.tasks.send(task_id, reminder=True)
        first, second = smtp.received
    info = workbench.tasks.get(task_id)
    assert first.rcpt_tos == [info.contact_email] and sent.recipient == info.contact_email
    message = email.message_from_bytes(first.original_content, policy=policy.default)
    assert message["Subject"].startswith(f"Demande {reference} : effacement") and message["X-Unsent"] is None
    assert message["Subject"] != email.message_from_bytes(second.original_content, policy=policy.default)["Subject"]
    kept = {d.id: d for d in workbench.documents.of_request(reference)}
    assert kept[sent.message_document].kind is DocumentKind.INTERNAL_REQUEST
    assert b"Relance" in workbench.documents.read(reminder.message_document)
    assert email.message_from_bytes(workbench.documents.read(sent.message_document),
                                    policy=policy.default)["Message-ID"] == message["Message-ID"]
    assert (info.reminders, info.sent_at) == (1, workbench.now())
    kinds = [e.kind for e in workbench.requests.detail(reference).timeline]
    assert kinds.count("task-sent") == 1 and kinds.count("task-reminded") == 1


def test_a_refused_recipient_sends_nothing_and_records_nothing(workbench, task):
    reference, task_id = task
    contact = workbench.tasks.get(task_id).contact_email
    with SmtpServer(refuse=contact) as smtp:
        workbench.mail.add_account(smtp_only(smtp), PASSWORD)
        with pytest.raises(MailServerError):
            workbench.tasks.send(task_id)
    info = workbench.tasks.get(task_id)
    assert (info.sent_at, info.reminders) == (None, 0)
    assert workbench.documents.of_request(reference) == []
    assert "task-sent" not in [e.kind for e in workbench.requests.detail(reference).timeline]
