"""Talking to the DPO's mail servers: IMAP to fetch new messages, SMTP to send answers.

IMAP goes through IMAPClient (a maintained, typed, pure-Python layer over the
standard imaplib: UIDs, UIDVALIDITY, flags, MOVE, STARTTLS and TLS contexts done
right, with server quirks handled); SMTP through the standard smtplib. Both are
imported on first use, never at start-up.

TLS: implicit ("ssl") or STARTTLS, the certificate always verified against the
system's authorities. A server with a self-signed certificate is trusted only by
its pinned SHA-256 fingerprint (the account's "trust this certificate"), never by
turning verification off. No encryption ("none") is allowed only on loopback.

Every failure is a `MailServerError` whose code says what happened (cannot connect,
certificate not trusted, login refused, folder missing, connection lost...);
passwords never appear in a message or a log.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import ssl
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from dpo_workbench.errors import MailServerError

SECURITY = ("ssl", "starttls", "none")
DEFAULT_IMAP_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
DEFAULT_SMTP_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
TIMEOUT = 30.0  # seconds without an answer before a server is given up
FETCH_CHUNK = 50  # messages per FETCH command
IMPORTED_KEYWORD = "$DPOImported"  # set on a fetched message when the server allows keywords


def is_loopback(host: str) -> bool:
    """Whether a host name is this machine (where an unencrypted connection is acceptable: a local bridge)."""
    host = host.strip().strip("[]").lower()
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def fingerprint(der: bytes) -> str:
    """A certificate's SHA-256 fingerprint, as lowercase hex (what an account pins)."""
    return hashlib.sha256(der).hexdigest()


def pretty_fingerprint(value: str) -> str:
    """`ab12...` as `AB:12:...`, as certificate viewers show it."""
    value = value.upper()
    return ":".join(value[i:i + 2] for i in range(0, len(value), 2))


@dataclass(frozen=True)
class Server:
    """Where and how to connect: a mail server, its security, the login and password, a pinned certificate."""

    host: str
    port: int
    security: str
    login: str
    password: str = field(repr=False)
    pin: str = ""  # SHA-256 of a certificate trusted although no authority signed it

    def __post_init__(self) -> None:
        if self.security not in SECURITY:
            raise ValueError(f"security is one of {SECURITY}")


def _context(verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not verify:  # only to read a pinned certificate, which is then compared before anything is sent
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "no answer (time-out)"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


def _check_plain(server: Server) -> None:
    if server.security == "none" and not is_loopback(server.host):
        raise MailServerError("mailbox.insecure-remote", host=server.host)


def _untrusted(server: Server, der: bytes | None) -> MailServerError:
    if der is None:
        return MailServerError("mailbox.tls-failed", host=server.host, reason="no certificate")
    seen = fingerprint(der)
    if server.pin and server.pin != seen:
        return MailServerError("mailbox.tls-pin-mismatch", host=server.host, fingerprint=pretty_fingerprint(seen),
                               fingerprint_hex=seen)
    return MailServerError("mailbox.tls-untrusted", host=server.host, fingerprint=pretty_fingerprint(seen),
                           fingerprint_hex=seen)


def _peer_der(sock: Any) -> bytes | None:
    try:
        return sock.getpeercert(binary_form=True)
    except (AttributeError, ValueError, OSError):
        return None


def _tls_attempts(server: Server) -> list[bool]:
    """Verify first; with a pinned certificate, a second try that compares the certificate to the pin."""
    return [True, False] if server.pin else [True]


# -- IMAP ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    data: bytes
    arrived: datetime | None  # INTERNALDATE: when the server received it


class ImapMailbox:
    """One IMAP connection, logged in, on one folder (a context manager)."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.client: Any = None
        self.uidvalidity = 0
        self.keywords_allowed = False
        self.capabilities: set[bytes] = set()

    def __enter__(self) -> ImapMailbox:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> None:
        _check_plain(self.server)
        import imapclient

        last: MailServerError | None = None
        for verify in _tls_attempts(self.server):
            try:
                self.client = self._open(imapclient, verify)
                break
            except ssl.SSLCertVerificationError:
                last = _untrusted(self.server, self._peek_certificate())
            except MailServerError as exc:
                last = exc
                if exc.code != "mailbox.tls-untrusted":
                    raise
        if self.client is None:
            raise last or MailServerError("mailbox.tls-failed", host=self.server.host, reason="?")
        try:
            self.client.login(self.server.login, self.server.password)
        except imapclient.exceptions.LoginError:
            self.close()
            raise MailServerError("mailbox.login-failed", host=self.server.host, login=self.server.login) from None
        except (OSError, imapclient.exceptions.IMAPClientError) as exc:
            self.close()
            raise MailServerError("mailbox.connection-lost", host=self.server.host, reason=_reason(exc)) from None
        self.capabilities = set(self.client.capabilities())

    def _open(self, imapclient: Any, verify: bool) -> Any:
        server = self.server
        try:
            if server.security == "ssl":
                client = imapclient.IMAPClient(server.host, port=server.port, ssl=True,
                                               ssl_context=_context(verify), timeout=TIMEOUT)
            else:
                client = imapclient.IMAPClient(server.host, port=server.port, ssl=False, timeout=TIMEOUT)
                if server.security == "starttls":
                    if b"STARTTLS" not in client.capabilities():
                        with suppress(Exception):
                            client.shutdown()
                        raise MailServerError("mailbox.starttls-unsupported", host=server.host)
                    client.starttls(ssl_context=_context(verify))
        except ssl.SSLCertVerificationError:
            raise
        except ssl.SSLError as exc:
            raise MailServerError("mailbox.tls-failed", host=server.host, reason=exc.reason or type(exc).__name__
                                  ) from None
        except (OSError, imapclient.exceptions.IMAPClientError) as exc:
            raise MailServerError("mailbox.connect-failed", host=server.host, port=server.port,
                                  reason=_reason(exc)) from None
        if server.security != "none" and not verify:
            der = _peer_der(client.socket())
            if der is None or fingerprint(der) != server.pin:
                with suppress(Exception):
                    client.shutdown()
                raise _untrusted(server, der)
        return client

    def _peek_certificate(self) -> bytes | None:
        """The server's certificate, read without trusting it (to name its fingerprint in the error)."""
        import imapclient

        try:
            client = self._open_unverified(imapclient)
        except Exception:  # noqa: BLE001  (only a better error message is at stake)
            return None
        try:
            return _peer_der(client.socket())
        finally:
            with suppress(Exception):
                client.shutdown()

    def _open_unverified(self, imapclient: Any) -> Any:
        server = self.server
        if server.security == "ssl":
            return imapclient.IMAPClient(server.host, port=server.port, ssl=True, ssl_context=_context(False),
                                         timeout=TIMEOUT)
        client = imapclient.IMAPClient(server.host, port=server.port, ssl=False, timeout=TIMEOUT)
        client.starttls(ssl_context=_context(False))
        return client

    def close(self) -> None:
        if self.client is not None:
            with suppress(Exception):
                self.client.logout()
            with suppress(Exception):
                self.client.shutdown()
            self.client = None

    def _call(self, what: str, *args: Any, **kwargs: Any) -> Any:
        import imapclient

        try:
            return getattr(self.client, what)(*args, **kwargs)
        except (OSError, imapclient.exceptions.IMAPClientAbortError) as exc:
            raise MailServerError("mailbox.connection-lost", host=self.server.host, reason=_reason(exc)) from None
        except imapclient.exceptions.IMAPClientError as exc:
            raise MailServerError("mailbox.server-refused", host=self.server.host,
                                  reason=str(exc)[:200]) from None

    def select(self, folder: str) -> int:
        """Open a folder; its UIDVALIDITY (a change means every UID of it was renumbered)."""
        import imapclient

        try:
            info = self.client.select_folder(folder)
        except imapclient.exceptions.IMAPClientAbortError as exc:
            raise MailServerError("mailbox.connection-lost", host=self.server.host, reason=_reason(exc)) from None
        except imapclient.exceptions.IMAPClientError:
            raise MailServerError("mailbox.folder-missing", folder=folder, host=self.server.host) from None
        except OSError as exc:
            raise MailServerError("mailbox.connection-lost", host=self.server.host, reason=_reason(exc)) from None
        self.uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        flags = info.get(b"PERMANENTFLAGS", ())
        self.keywords_allowed = b"\\*" in flags
        return self.uidvalidity

    def folder_exists(self, folder: str) -> bool:
        return bool(self._call("folder_exists", folder))

    def uids_after(self, last_uid: int) -> list[int]:
        """The UIDs above `last_uid`, in order (`n:*` always names the last message: it is filtered out)."""
        found = self._call("search", ["UID", f"{last_uid + 1}:*"])
        return sorted(int(u) for u in found if int(u) > last_uid)

    def fetch(self, uids: Sequence[int], chunk: int = FETCH_CHUNK) -> Iterator[list[FetchedMessage]]:
        """The messages, a chunk at a time (BODY.PEEK: fetching does not mark them read)."""
        for start in range(0, len(uids), chunk):
            part = list(uids[start:start + chunk])
            answer = self._call("fetch", part, ["BODY.PEEK[]", "INTERNALDATE"])
            found = []
            for uid in part:
                item = answer.get(uid)
                if not item:
                    continue  # deleted meanwhile by another client: nothing to import
                data = item.get(b"BODY[]")
                arrived = item.get(b"INTERNALDATE")
                if isinstance(arrived, datetime):
                    arrived = arrived.astimezone(UTC) if arrived.tzinfo else arrived.replace(tzinfo=UTC)
                found.append(FetchedMessage(uid, bytes(data or b""), arrived if isinstance(arrived, datetime)
                                            else None))
            yield found

    def mark_imported(self, uids: Sequence[int]) -> None:
        """Flag fetched messages: seen, and the DPO Workbench keyword where the server keeps keywords."""
        flags: list[bytes | str] = [b"\\Seen"]
        if self.keywords_allowed:
            flags.append(IMPORTED_KEYWORD)
        self._call("add_flags", list(uids), flags, silent=True)

    def move(self, uids: Sequence[int], folder: str) -> None:
        """Move fetched messages to a folder (MOVE, or COPY then delete and expunge those UIDs)."""
        if b"MOVE" in self.capabilities:
            self._call("move", list(uids), folder)
            return
        self._call("copy", list(uids), folder)
        self._call("add_flags", list(uids), [b"\\Deleted"], silent=True)
        if b"UIDPLUS" in self.capabilities:
            self._call("uid_expunge", list(uids))
        else:
            self._call("expunge")

    def create_folder(self, folder: str) -> None:
        self._call("create_folder", folder)


def check_imap(server: Server, folder: str) -> int:
    """Connect, log in and open the folder (an account's "Test"); the number of messages in it."""
    with ImapMailbox(server) as box:
        box.select(folder)
        return len(box.uids_after(0))


# -- SMTP ---------------------------------------------------------------------------------------------------


def check_smtp(server: Server) -> None:
    """Connect to an SMTP server and log in (an account's "Test"), sending nothing."""
    import smtplib

    _check_plain(server)
    last: MailServerError | None = None
    for verify in _tls_attempts(server):
        try:
            smtp = _smtp_open(smtplib, server, verify)
        except ssl.SSLCertVerificationError:
            last = _untrusted(server, _smtp_peek(smtplib, server))
            continue
        except MailServerError as exc:
            if exc.code != "mailbox.tls-untrusted":
                raise
            last = exc
            continue
        try:
            if server.login and (smtp.has_extn("auth") or server.security != "none"):
                smtp.login(server.login, server.password)
        except smtplib.SMTPAuthenticationError:
            raise MailServerError("mailbox.login-failed", host=server.host, login=server.login) from None
        except smtplib.SMTPNotSupportedError:
            raise MailServerError("mailbox.smtp-no-auth", host=server.host) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise MailServerError("mailbox.smtp-lost", host=server.host, reason=_reason(exc)) from None
        finally:
            with suppress(Exception):
                smtp.quit()
        return
    raise last or MailServerError("mailbox.tls-failed", host=server.host, reason="?")


def send(server: Server, message: Any, *, sender: str, recipients: Sequence[str]) -> None:
    """Send an `email.message.EmailMessage` by SMTP; MailServerError says why it was not sent."""
    import smtplib

    _check_plain(server)
    last: MailServerError | None = None
    for verify in _tls_attempts(server):
        try:
            smtp = _smtp_open(smtplib, server, verify)
        except ssl.SSLCertVerificationError:
            last = _untrusted(server, _smtp_peek(smtplib, server))
            continue
        except MailServerError as exc:
            if exc.code != "mailbox.tls-untrusted":
                raise
            last = exc
            continue
        try:
            _smtp_deliver(smtplib, smtp, server, message, sender, recipients)
        finally:
            with suppress(Exception):
                smtp.quit()
            with suppress(Exception):
                smtp.close()
        return
    raise last or MailServerError("mailbox.tls-failed", host=server.host, reason="?")


def _smtp_open(smtplib: Any, server: Server, verify: bool) -> Any:
    try:
        if server.security == "ssl":
            smtp = smtplib.SMTP_SSL(server.host, server.port, context=_context(verify), timeout=TIMEOUT)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT)
            smtp.ehlo()
            if server.security == "starttls":
                if not smtp.has_extn("starttls"):
                    smtp.close()
                    raise MailServerError("mailbox.starttls-unsupported", host=server.host)
                smtp.starttls(context=_context(verify))
                smtp.ehlo()
    except ssl.SSLCertVerificationError:
        raise
    except ssl.SSLError as exc:
        raise MailServerError("mailbox.tls-failed", host=server.host, reason=exc.reason or type(exc).__name__
                              ) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise MailServerError("mailbox.connect-failed", host=server.host, port=server.port,
                              reason=_reason(exc)) from None
    if server.security != "none" and not verify:
        der = _peer_der(smtp.sock)
        if der is None or fingerprint(der) != server.pin:
            smtp.close()
            raise _untrusted(server, der)
    return smtp


def _smtp_peek(smtplib: Any, server: Server) -> bytes | None:
    try:
        if server.security == "ssl":
            smtp = smtplib.SMTP_SSL(server.host, server.port, context=_context(False), timeout=TIMEOUT)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT)
            smtp.starttls(context=_context(False))
    except Exception:  # noqa: BLE001  (only a better error message is at stake)
        return None
    try:
        return _peer_der(smtp.sock)
    finally:
        with suppress(Exception):
            smtp.close()


def _smtp_deliver(smtplib: Any, smtp: Any, server: Server, message: Any, sender: str,
                  recipients: Sequence[str]) -> None:
    try:
        if server.login and (smtp.has_extn("auth") or server.security != "none"):
            smtp.login(server.login, server.password)
        refused = smtp.send_message(message, from_addr=sender, to_addrs=list(recipients))
    except smtplib.SMTPAuthenticationError:
        raise MailServerError("mailbox.login-failed", host=server.host, login=server.login) from None
    except smtplib.SMTPNotSupportedError:
        raise MailServerError("mailbox.smtp-no-auth", host=server.host) from None
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()), (0, b""))
        raise MailServerError("mailbox.smtp-refused", host=server.host, status=code,
                              reason=_answer(text)) from None
    except smtplib.SMTPSenderRefused as exc:
        raise MailServerError("mailbox.smtp-sender-refused", host=server.host, status=exc.smtp_code,
                              reason=_answer(exc.smtp_error)) from None
    except smtplib.SMTPResponseException as exc:
        raise MailServerError("mailbox.smtp-refused", host=server.host, status=exc.smtp_code,
                              reason=_answer(exc.smtp_error)) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise MailServerError("mailbox.smtp-lost", host=server.host, reason=_reason(exc)) from None
    if refused:
        code, text = next(iter(refused.values()))
        raise MailServerError("mailbox.smtp-refused", host=server.host, status=code, reason=_answer(text))


def _answer(text: Any) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split())[:200]
