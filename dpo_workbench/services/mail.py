"""The DPO mailbox: mail accounts, fetching new messages by IMAP, sending answer letters by SMTP.

Accounts. Host, port, security (SSL/TLS, STARTTLS, or none on loopback only),
login, folder, what happens to a fetched message (flagged, or moved to a folder),
and an SMTP server to send with. The password is never stored in clear: it goes
to the system keyring when a safe one exists (as the master keys do, see
vault/keystore.py); otherwise it is sealed in the database with its own data key
wrapped by the data folder's master key (re-wrapped by a key rotation). A server
whose certificate no authority signs is trusted only by its pinned fingerprint.

Fetching. Only new messages: the folder's UIDVALIDITY and each fetched UID are
kept (`mail_fetched`), in the same transaction as the import of the message, on
top of the import's own Message-ID/content duplicate check. A connection lost in
the middle loses nothing: what was committed stays, the next fetch goes on after
it, and a flag or move that did not happen is done then. A message that cannot
be imported stays untouched in the mailbox (visible in the DPO's mail client) and
is reported once.

Sending. A saved answer letter to a request received by e-mail goes by SMTP with
its PDF attached (the same message as the .eml draft); the message as sent is
stored encrypted in the case file, in one transaction with its timeline event and
journal entry. A refusal leaves the letter unsent and says why.

OAuth2 (XOAUTH2 for Microsoft 365 and Gmail) is not built yet; docs/design.md says
where it goes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import getaddresses
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import keyring.errors
from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_workbench.core.rights import DocumentKind
from dpo_workbench.errors import InputError, MailServerError, Message, NotFound
from dpo_workbench.services.common import load_request
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import DocumentService
from dpo_workbench.services.intake import ImportOutcome, IntakeService, MailSource
from dpo_workbench.services.letters import LetterService
from dpo_workbench.services.policy import requires
from dpo_workbench.store.models import Event, MailAccount, MailFetched, MailFolderState
from dpo_workbench.vault import crypto
from dpo_workbench.vault.keystore import SERVICE_NAME, ensure_install_id, is_safe_backend

if TYPE_CHECKING:
    from dpo_workbench.intake import mailbox as mailbox_module
    from dpo_workbench.vault.keystore import MasterKeys

SECURITY = ("ssl", "starttls", "none")
AFTER_IMPORT = ("flag", "move")
SENT_EVENT = "letter-sent"
_HOST = re.compile(r"^[A-Za-z0-9._:\[\]-]{1,253}$")
_PIN = re.compile(r"^[0-9a-f]{64}$")


def _mailbox():
    """The IMAP/SMTP layer (imapclient, smtplib, ssl): imported with the first fetch or send, not at start-up."""
    from dpo_workbench.intake import mailbox

    return mailbox


def _key_aad(account_id: int) -> bytes:
    return f"dpo-workbench mail password key v1:{account_id}".encode()


def _blob_aad(account_id: int) -> bytes:
    return f"dpo-workbench mail password v1:{account_id}".encode()


@dataclass
class AccountSettings:
    """What a person enters for a mail account (ports default from the security)."""

    name: str
    imap_host: str
    login: str
    imap_port: int | None = None
    imap_security: str = "ssl"
    folder: str = "INBOX"
    after_import: str = "flag"
    move_to: str = ""
    smtp_host: str = ""
    smtp_port: int | None = None
    smtp_security: str = "starttls"
    imap_pin: str = ""
    smtp_pin: str = ""


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    imap_host: str
    imap_port: int
    imap_security: str
    login: str
    folder: str
    after_import: str
    move_to: str
    smtp_host: str
    smtp_port: int | None
    smtp_security: str
    imap_pin: str
    smtp_pin: str
    password_store: str  # keyring | database
    last_fetch_at: datetime | None
    last_fetch_error: Message | None

    @property
    def can_send(self) -> bool:
        return bool(self.smtp_host)

    def settings(self) -> AccountSettings:
        return AccountSettings(
            name=self.name, imap_host=self.imap_host, login=self.login, imap_port=self.imap_port,
            imap_security=self.imap_security, folder=self.folder, after_import=self.after_import,
            move_to=self.move_to, smtp_host=self.smtp_host, smtp_port=self.smtp_port,
            smtp_security=self.smtp_security, imap_pin=self.imap_pin, smtp_pin=self.smtp_pin)


@dataclass
class FetchReport:
    """What one fetch of one account did: the import outcomes, and the error that stopped it, if any."""

    account: str
    found: int = 0  # new messages on the server
    outcomes: list[ImportOutcome] = field(default_factory=list)
    acted: int = 0  # messages flagged or moved on the server
    error: Message | None = None
    error_params: dict[str, Any] = field(default_factory=dict)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class SentLetter:
    document_id: int  # the letter (PDF)
    sent_document_id: int  # the message as sent, encrypted in the case file
    reference: str
    account: str
    recipient: str


def _message_json(message: Message | None) -> str:
    return json.dumps([message.code, message.params], default=str) if message is not None else ""


def _message_from_json(text: str) -> Message | None:
    if not text:
        return None
    try:
        code, params = json.loads(text)
        return Message(code, **params)
    except (ValueError, TypeError, KeyError):
        return None


def _info(a: MailAccount) -> AccountInfo:
    return AccountInfo(
        id=a.id, name=a.name, imap_host=a.imap_host, imap_port=a.imap_port, imap_security=a.imap_security,
        login=a.login, folder=a.folder, after_import=a.after_import, move_to=a.move_to, smtp_host=a.smtp_host,
        smtp_port=a.smtp_port, smtp_security=a.smtp_security, imap_pin=a.imap_pin, smtp_pin=a.smtp_pin,
        password_store=a.password_store, last_fetch_at=a.last_fetch_at,
        last_fetch_error=_message_from_json(a.last_fetch_error))


DEFAULT_PORTS = {"ssl": (993, 465), "starttls": (143, 587), "none": (143, 25)}  # (IMAP, SMTP) by security


def check_settings(settings: AccountSettings) -> AccountSettings:
    """The settings tidied, ports filled in; InputError naming the (first) field otherwise."""
    cleaned, problems = settings_problems(settings)
    if problems:
        raise problems[0]
    return cleaned


def settings_problems(settings: AccountSettings) -> tuple[AccountSettings, list[InputError]]:
    """The settings tidied (ports filled in) and every problem found, each naming its field, in form order."""
    problems: list[InputError] = []

    def problem(field_name: str, code: str, **params: Any) -> None:
        problems.append(InputError(field_name, code, **params))

    name = " ".join(settings.name.split())
    if not name:
        problem("name", "mail-account.name-missing")
    elif len(name) > 80:
        problem("name", "mail-account.name-too-long")
    login = settings.login.strip()
    if not login:
        problem("login", "mail-account.login-missing")
    imap_host = settings.imap_host.strip()
    imap_security = settings.imap_security if settings.imap_security in SECURITY else "ssl"
    if not imap_host:
        problem("imap_host", "mail-account.host-missing", what="IMAP")
    elif not _HOST.match(imap_host):
        problem("imap_host", "mail-account.host-invalid", host=repr(imap_host))
    if settings.imap_security not in SECURITY:
        problem("imap_security", "mail-account.security-unknown")
    elif imap_security == "none" and imap_host and not _mailbox_loopback(imap_host):
        problem("imap_security", "mailbox.insecure-remote", host=imap_host)
    imap_port = _port(settings.imap_port, DEFAULT_PORTS[imap_security][0], "imap_port", problems)
    folder = settings.folder.strip()
    if not folder:
        problem("folder", "mail-account.folder-missing")
    if settings.after_import not in AFTER_IMPORT:
        problem("after_import", "mail-account.after-import-unknown")
    move_to = settings.move_to.strip()
    if settings.after_import == "move" and not move_to:
        problem("move_to", "mail-account.move-to-missing")
    elif settings.after_import == "move" and move_to == folder:
        problem("move_to", "mail-account.move-to-same")
    smtp_host = settings.smtp_host.strip()
    smtp_port: int | None = None
    smtp_security = settings.smtp_security if settings.smtp_security in SECURITY else "starttls"
    if smtp_host:
        if not _HOST.match(smtp_host):
            problem("smtp_host", "mail-account.host-invalid", host=repr(smtp_host))
        if settings.smtp_security not in SECURITY:
            problem("smtp_security", "mail-account.security-unknown")
        elif smtp_security == "none" and not _mailbox_loopback(smtp_host):
            problem("smtp_security", "mailbox.insecure-remote", host=smtp_host)
        smtp_port = _port(settings.smtp_port, DEFAULT_PORTS[smtp_security][1], "smtp_port", problems)
    pins = []
    for which in ("imap_pin", "smtp_pin"):
        pin = getattr(settings, which).strip().lower().replace(":", "")
        if pin and not _PIN.match(pin):
            problem(which, "mail-account.pin-invalid")
        pins.append(pin)
    cleaned = AccountSettings(
        name=name, imap_host=imap_host, login=login, imap_port=imap_port, imap_security=imap_security,
        folder=folder, after_import=settings.after_import, move_to=move_to if settings.after_import == "move" else "",
        smtp_host=smtp_host, smtp_port=smtp_port, smtp_security=smtp_security if smtp_host else "starttls",
        imap_pin=pins[0], smtp_pin=pins[1])
    return cleaned, problems


@contextmanager
def _about(server_field: str) -> Iterator[None]:
    """A server's error names the server it concerns (`field`: imap_host or smtp_host), for the form and the
    certificate to trust: an account's two servers are often one host."""
    try:
        yield
    except MailServerError as exc:
        if exc.field is None:
            exc.field = server_field
        raise


def _mailbox_loopback(host: str) -> bool:
    return _mailbox().is_loopback(host)


def _port(value: int | str | None, default: int, field_name: str, problems: list[InputError]) -> int:
    if value in (None, ""):
        return default
    try:
        port = int(value)
    except (TypeError, ValueError):
        port = 0
    if not 1 <= port <= 65535:
        problems.append(InputError(field_name, "mail-account.port-invalid"))
        return default
    return port


class MailService:
    """Mail accounts, fetching by IMAP, sending answer letters by SMTP (see the module docstring)."""

    def __init__(self, ctx: Context, intake: IntakeService, letters: LetterService,
                 documents: DocumentService) -> None:
        self.ctx = ctx
        self.intake = intake
        self.letters = letters
        self.documents = documents

    # -- accounts -------------------------------------------------------------------------------------

    @requires("intake.import")
    def accounts(self) -> list[AccountInfo]:
        with self.ctx.db.reading() as s:
            return [_info(a) for a in s.execute(select(MailAccount).order_by(MailAccount.name)).scalars()]

    @requires("intake.import")
    def account(self, name: str) -> AccountInfo:
        with self.ctx.db.reading() as s:
            return _info(self._load(s, name))

    @staticmethod
    def _load(s: Session, name: str | int) -> MailAccount:
        if isinstance(name, int):
            account = s.get(MailAccount, name)
        else:
            account = s.execute(select(MailAccount).where(MailAccount.name == " ".join(name.split()))
                                ).scalar_one_or_none()
        if account is None:
            raise NotFound("mail-account.not-found", name=repr(name))
        return account

    @property
    def keyring_is_safe(self) -> bool:
        """Whether passwords go to the system keyring (else: sealed in the database with the master key).

        A team's accounts are the team's: their passwords are sealed in the database with the team key,
        so that every member fetches and sends (one computer's keyring would keep them to itself)."""
        return not self.ctx.db.sealed and is_safe_backend(keyring.get_keyring())

    def _keyring_user(self, account_id: int) -> str:
        return f"mail-password:{ensure_install_id(self.ctx.folder.path / 'keys')}:{account_id}"

    @requires("mail.manage")
    def problems(self, settings: AccountSettings, password: str | None, *, editing: str | None = None
                 ) -> list[InputError]:
        """Every problem of an account's settings at once (a form shows each next to its field), in form order.

        `editing`: the name of the account being changed (its password may then stay empty).
        """
        cleaned, found = settings_problems(settings)
        if editing is None and not password:
            found.append(InputError("password", "mail-account.password-missing"))
        if cleaned.name and cleaned.name != editing:
            with self.ctx.db.reading() as s:
                if s.execute(select(MailAccount.id).where(MailAccount.name == cleaned.name)).first():
                    found.append(InputError("name", "mail-account.name-taken", name=cleaned.name))
        order = ("name", "login", "password")
        return sorted(found, key=lambda e: order.index(e.field) if e.field in order else len(order))

    @requires("mail.manage")
    def add_account(self, settings: AccountSettings, password: str) -> AccountInfo:
        """A new account; its password to the keyring (or sealed). Nothing is saved on bad input."""
        settings = check_settings(settings)
        if not password:
            raise InputError("password", "mail-account.password-missing")
        with self.ctx.db.transaction() as s:
            if s.execute(select(MailAccount.id).where(MailAccount.name == settings.name)).first():
                raise InputError("name", "mail-account.name-taken", name=settings.name)
            account = MailAccount(created_at=self.ctx.now(), last_fetch_error="")
            self._apply(account, settings)
            s.add(account)
            s.flush()
            self._store_password(account, password)  # a refusing keyring rolls the account back
            self.ctx.journal(s, "mail.account-add", "mail-account", str(account.id),
                             store=account.password_store, security=account.imap_security)
            s.flush()
            return _info(account)

    @requires("mail.manage")
    def update_account(self, name: str, settings: AccountSettings, password: str | None = None) -> AccountInfo:
        """Change an account; a new password only when given (empty: the stored one stays)."""
        settings = check_settings(settings)
        with self.ctx.db.transaction() as s:
            account = self._load(s, name)
            if settings.name != account.name and s.execute(
                    select(MailAccount.id).where(MailAccount.name == settings.name)).first():
                raise InputError("name", "mail-account.name-taken", name=settings.name)
            moved = (settings.imap_host, settings.login, settings.folder) != (account.imap_host, account.login,
                                                                               account.folder)
            self._apply(account, settings)
            if password:
                self._store_password(account, password)
            self.ctx.journal(s, "mail.account-change", "mail-account", str(account.id), password=bool(password),
                             mailbox_changed=moved)
            s.flush()
            return _info(account)

    @requires("mail.manage")
    def trust_certificate(self, name: str, which: str, fingerprint_hex: str) -> AccountInfo:
        """Pin a server's certificate for this account ("trust this certificate"), IMAP or SMTP."""
        if which not in ("imap", "smtp"):
            raise InputError("which", "mail-account.pin-invalid")
        pin = fingerprint_hex.strip().lower().replace(":", "")
        if not _PIN.match(pin):
            raise InputError(f"{which}_pin", "mail-account.pin-invalid")
        with self.ctx.db.transaction() as s:
            account = self._load(s, name)
            setattr(account, f"{which}_pin", pin)
            self.ctx.journal(s, "mail.trust-certificate", "mail-account", str(account.id), server=which,
                             fingerprint=pin)
            s.flush()
            return _info(account)

    @requires("mail.manage")
    def remove_account(self, name: str) -> None:
        """The account, its fetch state and its password (keyring entry or sealed copy) go."""
        with self.ctx.db.transaction() as s:
            account = self._load(s, name)
            account_id, store = account.id, account.password_store
            s.delete(account)
            self.ctx.journal(s, "mail.account-remove", "mail-account", str(account_id))
        if store == "keyring":  # already gone, or the keyring is locked: nothing refers to it any more
            with suppress(keyring.errors.KeyringError):
                keyring.delete_password(SERVICE_NAME, self._keyring_user(account_id))

    @staticmethod
    def _apply(account: MailAccount, settings: AccountSettings) -> None:
        for name in ("name", "imap_host", "imap_port", "imap_security", "login", "folder", "after_import",
                     "move_to", "smtp_host", "smtp_port", "smtp_security", "imap_pin", "smtp_pin"):
            setattr(account, name, getattr(settings, name))

    def _store_password(self, account: MailAccount, password: str) -> None:
        if self.keyring_is_safe:
            try:
                keyring.set_password(SERVICE_NAME, self._keyring_user(account.id), password)
            except keyring.errors.KeyringError as exc:
                raise InputError("password", "mail-account.keyring-failed", reason=type(exc).__name__) from None
            account.password_store = "keyring"
            account.password_sealed = account.password_wrapped_key = account.password_key_id = None
            return
        keys = self.ctx.folder.unlocked_keys
        data_key = crypto.new_key()
        account.password_store = "database"
        account.password_sealed = bytes(crypto.encrypt(data_key, password.encode("utf-8"),
                                                       aad=_blob_aad(account.id)))
        account.password_wrapped_key = crypto.wrap_key(keys.current_key, data_key, aad=_key_aad(account.id))
        account.password_key_id = keys.current

    def _password(self, account: MailAccount) -> str:
        if account.password_store == "keyring":
            try:
                password = keyring.get_password(SERVICE_NAME, self._keyring_user(account.id))
            except keyring.errors.KeyringError:
                password = None
        else:
            password = None
            if account.password_sealed and account.password_wrapped_key and account.password_key_id:
                try:
                    master = self.ctx.folder.unlocked_keys.get(account.password_key_id)
                    data_key = crypto.unwrap_key(master, account.password_wrapped_key, aad=_key_aad(account.id))
                    password = crypto.decrypt(data_key, account.password_sealed,
                                              aad=_blob_aad(account.id)).decode("utf-8")
                except (KeyError, ValueError, UnicodeDecodeError, MailServerError):
                    password = None
                except Exception:  # noqa: BLE001  (TamperedError and kin: the sealed copy is unusable)
                    password = None
        if not password:
            raise InputError("password", "mail-account.password-lost", name=account.name)
        return password

    def _server(self, account: MailAccount, which: str) -> mailbox_module.Server:
        if which == "smtp":
            if not account.smtp_host or account.smtp_port is None:
                raise InputError("smtp_host", "mail-account.no-smtp", name=account.name)
            return _mailbox().Server(account.smtp_host, account.smtp_port, account.smtp_security, account.login,
                                     self._password(account), account.smtp_pin)
        return _mailbox().Server(account.imap_host, account.imap_port, account.imap_security, account.login,
                                 self._password(account), account.imap_pin)

    @requires("mail.manage")
    def test_account(self, name: str) -> int:
        """Connect to the account's servers and log in; the number of messages in its folder."""
        with self.ctx.db.reading() as s:
            account = self._load(s, name)
            imap, folder = self._server(account, "imap"), account.folder
            smtp = self._server(account, "smtp") if account.smtp_host else None
        with _about("imap_host"):
            count = _mailbox().check_imap(imap, folder)
        if smtp is not None:
            with _about("smtp_host"):
                _mailbox().check_smtp(smtp)
        return count

    # -- fetching -------------------------------------------------------------------------------------

    @requires("intake.import")
    def fetch(self, name: str | None = None, *, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> list[FetchReport]:
        """Fetch every account (or one): a report per account; one failing does not stop the others."""
        names = [name] if name is not None else [a.name for a in self.accounts()]
        if name is None and not names:
            raise InputError("account", "mail-account.none")
        return [self.fetch_account(n, progress=progress, cancelled=cancelled) for n in names]

    @requires("intake.import")
    def fetch_account(self, name: str, *, progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> FetchReport:
        with self.ctx.db.reading() as s:
            account = self._load(s, name)
            account_id, folder, label = account.id, account.folder, account.name
            after, move_to = account.after_import, account.move_to
            server = self._server(account, "imap")
        report = FetchReport(label)
        try:
            self._fetch(report, account_id, server, folder, after, move_to, progress, cancelled)
        except MailServerError as exc:
            report.error, report.error_params = exc.message, dict(exc.params)
        with self.ctx.db.transaction() as s:
            account = self._load(s, account_id)
            account.last_fetch_at = self.ctx.now()
            account.last_fetch_error = _message_json(report.error)
            counts = {status: sum(o.status == status for o in report.outcomes)
                      for status in ("created", "follow-up", "duplicate", "failed")}
            self.ctx.journal(s, "mail.fetch", "mail-account", str(account_id), found=report.found,
                             acted=report.acted, error=report.error.code if report.error else None,
                             cancelled=report.cancelled, **counts)
        return report

    def _fetch(self, report: FetchReport, account_id: int, server: mailbox_module.Server, folder: str, after: str,
               move_to: str, progress: Callable[[int, int], None] | None,
               cancelled: Callable[[], bool] | None) -> None:
        with _mailbox().ImapMailbox(server) as box:
            uidvalidity = box.select(folder)
            last_uid = self._folder_state(account_id, folder, uidvalidity)
            report.acted += self._act_on_pending(box, account_id, folder, uidvalidity, after, move_to)
            with self.ctx.db.reading() as s:
                known = set(s.execute(select(MailFetched.uid).where(
                    MailFetched.account_id == account_id, MailFetched.folder == folder,
                    MailFetched.uidvalidity == uidvalidity, MailFetched.uid > last_uid)).scalars())
            new = [uid for uid in box.uids_after(last_uid) if uid not in known]
            report.found = len(new)
            recorded: set[int] = set()
            if progress:
                progress(0, len(new))
            done = 0
            for chunk in box.fetch(new):
                done += len(chunk)
                report.acted += self._fetch_chunk(report, chunk, account_id, folder, uidvalidity, after, move_to,
                                                  box, new, recorded)
                if progress:
                    progress(done, len(new))
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    return

    def _fetch_chunk(self, report: FetchReport, chunk: Sequence[mailbox_module.FetchedMessage], account_id: int,
                     folder: str, uidvalidity: int, after: str, move_to: str, box: mailbox_module.ImapMailbox,
                     new: Sequence[int], recorded: set[int]) -> int:
        """Import a chunk (each UID recorded in its message's transaction), then flag or move it on the server
        and note that, with the folder's mark, in one transaction; the number of messages flagged or moved."""
        sources = [MailSource(name=f"{report.account} #{m.uid}", path=Path(f"message-{m.uid}.eml"), data=m.data,
                              file_time=m.arrived, time_source="server", label=f"message-{m.uid}.eml", key=m.uid)
                   for m in chunk]
        to_act: list[int] = []

        def record(s: Session | None, source: MailSource, outcome: ImportOutcome) -> None:
            if outcome.transient:  # the vault failed: tried again at the next fetch
                return
            recorded.add(int(source.key))
            row = MailFetched(account_id=account_id, folder=folder, uidvalidity=uidvalidity, uid=int(source.key),
                              outcome=outcome.status, request_id=outcome.request_id, fetched_at=self.ctx.now(),
                              acted=outcome.status == "failed")
            if s is not None:
                s.add(row)
            else:
                with self.ctx.db.transaction() as own:
                    own.add(row)
            if outcome.status != "failed":  # a failed message stays as it is in the mailbox
                to_act.append(int(source.key))

        for _done, _total, outcomes in self.intake.iter_import_sources(sources, record):
            report.outcomes += outcomes
        self._act_on_server(box, to_act, after, move_to)
        with self.ctx.db.transaction() as s:
            self._note_acted(s, account_id, folder, uidvalidity, to_act)
            self._advance(s, account_id, folder, new, recorded)
        return len(to_act)

    def _folder_state(self, account_id: int, folder: str, uidvalidity: int) -> int:
        """The UID below which everything is fetched; 0 for a new folder or a new UIDVALIDITY."""
        with self.ctx.db.transaction() as s:
            state = s.execute(select(MailFolderState).where(MailFolderState.account_id == account_id,
                                                            MailFolderState.folder == folder)).scalar_one_or_none()
            if state is None:
                s.add(MailFolderState(account_id=account_id, folder=folder, uidvalidity=uidvalidity, last_uid=0))
                return 0
            if state.uidvalidity != uidvalidity:  # every UID renumbered: start again (duplicates are recognised)
                state.uidvalidity, state.last_uid = uidvalidity, 0
                self.ctx.journal(s, "mail.uidvalidity-changed", "mail-account", str(account_id))
            return state.last_uid

    @staticmethod
    def _advance(s: Session, account_id: int, folder: str, new: Sequence[int], recorded: set[int]) -> None:
        """Move the folder's mark up to the last new UID before which every new message is recorded.

        A message whose import failed for a passing reason (the vault) is not recorded: the
        mark stays below it, so the next fetch tries it again.
        """
        mark = 0
        for uid in new:
            if uid not in recorded:
                break
            mark = uid
        if not mark:
            return
        state = s.execute(select(MailFolderState).where(MailFolderState.account_id == account_id,
                                                        MailFolderState.folder == folder)).scalar_one()
        state.last_uid = max(state.last_uid, mark)

    @staticmethod
    def _act_on_server(box: mailbox_module.ImapMailbox, uids: Sequence[int], after: str, move_to: str) -> None:
        """Flag or move imported messages on the server (a lost connection: done at the next fetch)."""
        if not uids:
            return
        if after == "move":
            if not box.folder_exists(move_to):
                box.create_folder(move_to)
            box.move(uids, move_to)
        else:
            box.mark_imported(uids)

    @staticmethod
    def _note_acted(s: Session, account_id: int, folder: str, uidvalidity: int, uids: Sequence[int]) -> None:
        if not uids:
            return
        for row in s.execute(select(MailFetched).where(
                MailFetched.account_id == account_id, MailFetched.folder == folder,
                MailFetched.uidvalidity == uidvalidity, MailFetched.uid.in_(list(uids)))).scalars():
            row.acted = True

    def _act_on_pending(self, box: mailbox_module.ImapMailbox, account_id: int, folder: str, uidvalidity: int,
                        after: str, move_to: str) -> int:
        with self.ctx.db.reading() as s:
            pending = list(s.execute(select(MailFetched.uid).where(
                MailFetched.account_id == account_id, MailFetched.folder == folder,
                MailFetched.uidvalidity == uidvalidity, MailFetched.acted.is_(False))).scalars())
        self._act_on_server(box, pending, after, move_to)
        with self.ctx.db.transaction() as s:
            self._note_acted(s, account_id, folder, uidvalidity, pending)
        return len(pending)

    # -- sending --------------------------------------------------------------------------------------

    @requires("letter.make", "request")
    def sending_account(self, reference: str, name: str | None = None) -> AccountInfo:
        """The account an answer leaves from: the one named, else the one the request came in by, else the
        first that can send."""
        with self.ctx.db.reading() as s:
            if name is not None:
                account = self._load(s, name)
                if not account.smtp_host:
                    raise InputError("account", "mail-account.no-smtp", name=account.name)
                return _info(account)
            req = load_request(s, reference)
            came_by = s.execute(select(MailAccount).join(MailFetched, MailFetched.account_id == MailAccount.id)
                                .where(MailFetched.request_id == req.id, MailAccount.smtp_host != "")
                                .order_by(MailFetched.id).limit(1)).scalar_one_or_none()
            if came_by is not None:
                return _info(came_by)
            first = s.execute(select(MailAccount).where(MailAccount.smtp_host != "").order_by(MailAccount.name)
                              .limit(1)).scalar_one_or_none()
            if first is None:
                raise InputError("account", "mail-account.none")
            return _info(first)

    @requires("letter.make", "document")
    def sent_on(self, document_id: int) -> datetime | None:
        """When a letter was sent by e-mail (the last time), or None."""
        with self.ctx.db.reading() as s:
            doc = self.documents.get(document_id)
            for event in s.execute(select(Event).where(Event.request_id == doc.request_id, Event.kind == SENT_EVENT)
                                   .order_by(Event.id.desc())).scalars():
                if json.loads(event.detail).get("document") == document_id:
                    return event.at
        return None

    @requires("letter.make", "document")
    def send_letter(self, document_id: int, account: str | None = None) -> SentLetter:
        """Send a saved letter to the requester by SMTP, PDF attached; store the message as sent.

        Nothing is stored when the server refuses (MailServerError says why): the letter
        stays saved and unsent, and can be sent again or as an .eml draft.
        """
        message, reference, kind, files = self.letters.email_message(document_id)
        chosen = self.sending_account(reference, account)
        with self.ctx.db.reading() as s:
            server = self._server(self._load(s, chosen.id), "smtp")
        sender = getaddresses([str(message["From"])])[0][1]
        recipient = getaddresses([str(message["To"])])[0][1]
        try:
            with _about("smtp_host"):
                _mailbox().send(server, message, sender=sender, recipients=[recipient])
        except MailServerError as exc:
            with self.ctx.db.transaction() as s:
                self.ctx.journal(s, "letter.send-failed", "document", str(document_id), request=reference,
                                 account=chosen.id, error=exc.code)
            raise
        data = message.as_bytes()
        written: list[str] = []
        try:
            with self.ctx.db.transaction() as s:
                req = load_request(s, reference)
                sent = self.documents.store(s, req, data, DocumentKind.REPLY, "message/rfc822",
                                            f"{reference}-{kind.value}-sent.eml", written, announce=False)
                self.ctx.timeline(s, req, SENT_EVENT, self.ctx.today(), document=document_id, message=sent.id,
                                  kind=kind.value, account=chosen.name)
                self.ctx.journal(s, "letter.send", "document", str(document_id), request=reference,
                                 kind=kind.value, account=chosen.id, message=sent.id, attachments=files,
                                 size=len(data))
                s.flush()
                sent_id = sent.id
        except Exception as exc:  # noqa: BLE001  (sent already: say so, never claim it was not)
            self.documents.delete_blobs(written)
            raise MailServerError("mail-send.sent-not-recorded", reason=type(exc).__name__) from None
        return SentLetter(document_id, sent_id, reference, chosen.name, recipient)

    @requires("letter.make")
    def send_message(self, message: Any, reference: str, account: str | None = None) -> AccountInfo:
        """Send a message the workbench wrote for a request (an internal data request to a department) by SMTP,
        from the account named, else the one the request came in by, else the first that can send.

        MailServerError says why it was not sent; the caller stores the message as sent and journals it."""
        chosen = self.sending_account(reference, account)
        with self.ctx.db.reading() as s:
            server = self._server(self._load(s, chosen.id), "smtp")
        sender = getaddresses([str(message["From"])])[0][1]
        recipients = [address for _name, address in getaddresses([str(message["To"])])]
        with _about("smtp_host"):
            _mailbox().send(server, message, sender=sender, recipients=recipients)
        return chosen


def rewrap_mail_passwords(s: Session, keys: MasterKeys) -> int:
    """A key rotation: the sealed passwords' data keys wrapped again by the current master key."""
    count = 0
    for account in s.execute(select(MailAccount).where(MailAccount.password_key_id.is_not(None),
                                                       MailAccount.password_key_id != keys.current)).scalars():
        assert account.password_key_id is not None and account.password_wrapped_key is not None
        data_key = crypto.unwrap_key(keys.get(account.password_key_id), account.password_wrapped_key,
                                     aad=_key_aad(account.id))
        account.password_wrapped_key = crypto.wrap_key(keys.current_key, data_key, aad=_key_aad(account.id))
        account.password_key_id = keys.current
        count += 1
    return count


