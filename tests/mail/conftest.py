"""Fixtures of the mailbox tests: a real Dovecot and a real SMTP server on loopback, an account on them."""

from __future__ import annotations

import pytest

from dpo_workbench.services.mail import AccountSettings
from tests.mailservers import DOVECOT, PASSWORD, SKIP_REASON, USER, Dovecot, SmtpServer

needs_dovecot = pytest.mark.skipif(DOVECOT is None, reason=SKIP_REASON)


@pytest.fixture
def dovecot():
    if DOVECOT is None:
        pytest.skip(SKIP_REASON)
    with Dovecot() as server:
        yield server


@pytest.fixture
def smtp():
    with SmtpServer() as server:
        yield server


def settings_for(dovecot: Dovecot, smtp: SmtpServer | None = None, *, name: str = "DPO mailbox",
                 security: str = "ssl", pin: bool = True, **changes) -> AccountSettings:
    values = dict(
        name=name, imap_host="127.0.0.1", login=USER, imap_security=security,
        imap_port=dovecot.imaps_port if security == "ssl" else dovecot.imap_port,
        imap_pin=dovecot.certificate.fingerprint if pin else "",
    )
    if smtp is not None:
        values.update(smtp_host="127.0.0.1", smtp_port=smtp.port,
                      smtp_security="ssl" if smtp.implicit_tls else "starttls",
                      smtp_pin=smtp.certificate.fingerprint if pin else "")
    values.update(changes)
    return AccountSettings(**values)


@pytest.fixture
def account(workbench, dovecot, smtp):
    return workbench.mail.add_account(settings_for(dovecot, smtp), PASSWORD)
