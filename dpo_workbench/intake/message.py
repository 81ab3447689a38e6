"""Reading one incoming e-mail (.eml MIME or Outlook .msg) into plain data.

Real mail is messy: RFC 2047 headers, every charset, quoted-printable and
base64, HTML-only bodies, forwarded messages, inline images, TNEF
`winmail.dat`, missing or broken dates, truncated MIME, cut base64, 8-bit
headers, wrong charset labels. We read as mail clients do (strict in what
we write, liberal in what we read): what can be read is read, and each
problem met on the way is a warning in `notes` (a `Message`: a code the GUI
translates). Only a file that is not a usable message at all raises
`MailError`, whose text names the file and the problem: empty, too large,
no headers, or no sender address anywhere (From, Reply-To, Sender,
Return-Path).

The received date-time comes, in this order, from: the Date header (with
its offset), the newest Received: header (the top one, written by the
server that took the message last), the file's modification time (or the
IMAP server's arrival time), now. A date before the GDPR applied or in the
future is not believed: the next source is used, with a warning.
"""

from __future__ import annotations

import email
import email.errors
import email.utils
import hashlib
import mimetypes
import re
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.message import Message as EmailMessageBase

from dpo_workbench.core.clock import PARIS
from dpo_workbench.errors import MailError, Message
from dpo_workbench.intake.htmltext import html_to_text

MAX_MESSAGE_SIZE = 50 * 1024 * 1024
EML_MIME = "message/rfc822"
MSG_MIME = "application/vnd.ms-outlook"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TNEF_SIGNATURE = b"\x78\x9f\x3e\x22"

RECEIVED_SOURCES = ("date", "received", "file", "server", "now")
# a date before the GDPR applied is not a request's received date: an old archive, or a clock set wrong
EARLIEST_RECEIVED = datetime(2018, 5, 25, tzinfo=PARIS)
# domains that never reach the Internet (RFC 6761, RFC 6762, RFC 2606, common private suffixes)
RESERVED_SUFFIXES = ("local", "localhost", "localdomain", "invalid", "test", "example", "internal", "lan", "home",
                     "corp", "intranet", "private", "home.arpa")
# latin-1 labels are, in real mail, almost always Windows-1252 (the euro sign, curly quotes)
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "windows-1252": "cp1252", "iso8859-1": "cp1252"}
_NAME_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]+")


@dataclass(frozen=True)
class Attachment:
    filename: str
    mime: str  # as declared by the sender; the vault checks the content itself
    data: bytes
    inline: bool = False


@dataclass
class ParsedMessage:
    file_name: str
    raw: bytes  # the file as received: kept encrypted as the incoming document
    raw_mime: str
    from_name: str
    from_email: str
    requester_name: str
    requester_email: str
    name_from_address: bool  # no display name: the name was made from the address, to be checked
    subject: str
    body: str
    received_at: datetime  # aware
    received_source: str  # one of RECEIVED_SOURCES
    message_id: str  # normalised (no angle brackets, no spaces); "" when missing
    date_text: str = ""  # the Date header as written ("" when missing)
    attachments: list[Attachment] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)  # warnings: what could not be read, what was not believed

    @property
    def text(self) -> str:
        """What the rights and the language are suggested from."""
        return f"{self.subject}\n{self.body}"

    def content_key(self) -> bytes:
        """The same message saved twice (line endings, added headers, .eml or .msg) gives the same key."""
        parts = [self.from_email.casefold(), " ".join(self.date_text.split()), self.subject,
                 " ".join(self.body.split())] + sorted(hashlib.sha256(a.data).hexdigest() for a in self.attachments)
        return "\x00".join(parts).encode("utf-8", "surrogatepass")


def normalise_message_id(value: str | None) -> str:
    value = "".join((value or "").split())
    return value.strip("<>")


def decode_text(payload: bytes, charset: str | None) -> str:
    """Bytes of a text part in the charset it declares, tolerant of the usual mislabels."""
    return decode_text_noting(payload, charset)[0]


def decode_text_noting(payload: bytes, charset: str | None) -> tuple[str, Message | None]:
    """`decode_text`, and a warning when the charset is unknown or the bytes do not fit it."""
    declared = (charset or "us-ascii").strip()
    charset = declared.lower()
    if charset in ("us-ascii", "ascii") and not payload.isascii():
        try:
            return payload.decode("utf-8"), None
        except UnicodeDecodeError:
            pass
    codec = _CHARSET_ALIASES.get(charset, charset)
    try:
        text = payload.decode(codec, errors="replace")
    except LookupError:  # an unknown charset name
        try:
            return payload.decode("utf-8"), Message("mail-note.charset-unknown", charset=declared[:40])
        except UnicodeDecodeError:
            return (payload.decode("cp1252", errors="replace"),
                    Message("mail-note.charset-unknown", charset=declared[:40]))
    if "\ufffd" in text and text.count("\ufffd") > payload.count("\ufffd".encode()):
        if codec not in ("utf-8", "utf8"):
            return text, Message("mail-note.charset-mismatch", charset=declared[:40])
        # raw Windows-1252 labelled UTF-8: the usual mistake of old clients
        return payload.decode("cp1252", errors="replace"), Message("mail-note.charset-mismatch",
                                                                    charset=declared[:40])
    return text, None


def _header_text(value) -> str:
    """A header as text, RFC 2047 words decoded even where the parser left them."""
    text = str(value or "")
    if "=?" in text:
        with suppress(email.errors.MessageError, LookupError, UnicodeError, ValueError, TypeError):
            text = str(make_header(decode_header(text)))  # a broken encoded word stays as written
    return " ".join(text.split())


def safe_file_name(name: str, fallback: str) -> str:
    name = _header_text(name)
    name = _NAME_UNSAFE.sub("_", name).strip(" .")
    return name[:200] or fallback


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _plausible(value: datetime | None, now: datetime) -> bool:
    return value is not None and EARLIEST_RECEIVED <= value <= now


def date_warning(date_text: str, date_value: datetime | None, now: datetime) -> Message | None:
    """Why the Date header was not believed (unreadable, before the GDPR, in the future), or None."""
    if not date_text:
        return None
    date_value = _aware(date_value)
    if date_value is None:
        return Message("mail-note.date-unreadable", text=date_text[:80])
    if date_value < EARLIEST_RECEIVED:
        return Message("mail-note.date-before-gdpr", at=f"{date_value:%d/%m/%Y %H:%M}")
    if date_value > now:
        return Message("mail-note.date-future", at=f"{date_value:%d/%m/%Y %H:%M}")
    return None


def received_time(date_value: datetime | None, received_headers: list[str], file_time: datetime | None,
                  now: datetime, *, file_source: str = "file") -> tuple[datetime, str]:
    """The received date-time and where it came from (see the module's fallback order).

    A date before the GDPR applied (an old archive, a clock at 1970) or after `now` (a
    sender's clock set wrong) is not believed: the next source is used. `file_source`
    names the third source: "file" (a file's modification time) or "server" (the
    arrival time an IMAP server gives, INTERNALDATE).
    """
    date_value = _aware(date_value)
    if date_value is not None and _plausible(date_value, now):
        return date_value, "date"
    if received_headers:
        top = received_headers[0]
        stamp = top.rpartition(";")[2].strip()
        try:
            value = _aware(email.utils.parsedate_to_datetime(stamp)) if stamp else None
        except (TypeError, ValueError, IndexError, OverflowError):
            value = None
        if value is not None and _plausible(value, now):
            return value, "received"
    file_value = _aware(file_time)
    if file_value is not None and _plausible(file_value, now):
        return file_value, file_source
    return now, "now"


# -- .eml -----------------------------------------------------------------------------------------


class _Walker:
    """Collects the body text and the attachments of a MIME tree, forwarded messages included."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.attachments: list[Attachment] = []
        self.notes: list[Message] = []
        self.count = 0

    def _note(self, note: Message) -> None:
        if note not in self.notes:
            self.notes.append(note)

    def walk(self, part: EmailMessageBase, *, collect_text: bool = True, depth: int = 0) -> None:
        """Every part, each read on its own: a part that breaks the parser is a warning, not a failure."""
        try:
            self._walk(part, collect_text=collect_text, depth=depth)
        except Exception as exc:  # noqa: BLE001  (the email package raises many kinds of errors on broken parts)
            self._note(Message("mail-note.part-unreadable", reason=type(exc).__name__))

    def _walk(self, part, *, collect_text: bool, depth: int) -> None:
        if depth > 20:
            self._note(Message("mail-note.nesting"))
            return
        ctype = part.get_content_type()
        if ctype == "message/rfc822" or (part.is_multipart() and ctype.startswith("message/")):
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, EmailMessageBase):
                if collect_text:
                    self.texts.append("\n---------- Forwarded message ----------\n"
                                      f"From: {_header_text(inner.get('From'))}\n"
                                      f"Date: {_header_text(inner.get('Date'))}\n"
                                      f"Subject: {_header_text(inner.get('Subject'))}\n")
                self.walk(inner, collect_text=collect_text, depth=depth + 1)
            return
        if part.is_multipart():
            children = [c for c in part.get_payload() if isinstance(c, EmailMessageBase)]
            if ctype == "multipart/alternative" and children:
                chosen = self._best_alternative(children)
                for child in children:
                    self.walk(child, collect_text=collect_text and child is chosen, depth=depth + 1)
            else:
                for child in children:
                    self.walk(child, collect_text=collect_text, depth=depth + 1)
            return
        self._leaf(part, collect_text)

    @staticmethod
    def _best_alternative(children: list) -> EmailMessageBase:
        for wanted in ("text/plain", "text/html"):
            for child in children:
                if child.get_content_type() == wanted:
                    return child
        return next((c for c in children if c.is_multipart()), children[-1])

    def _leaf(self, part, collect_text: bool) -> None:
        ctype = part.get_content_type()
        disposition = part.get_content_disposition()
        try:
            raw_name = part.get_filename()
        except (email.errors.HeaderParseError, LookupError, ValueError):
            raw_name = None
        decoded = part.get_payload(decode=True)
        if isinstance(decoded, bytes):
            payload = decoded
        elif isinstance(decoded, str):  # not reached with decode=True, kept for odd policies
            payload = decoded.encode("utf-8", "replace")
        else:
            payload = b""
        if ctype.startswith("multipart/"):  # a multipart without a boundary: its content is read as text
            ctype = "text/plain"
        is_text = ctype in ("text/plain", "text/html") and disposition != "attachment" and not raw_name
        damaged = any(isinstance(d, _BASE64_DEFECTS) for d in part.defects)
        if is_text:
            if collect_text:
                try:
                    charset = part.get_content_charset()
                except (LookupError, ValueError, TypeError):
                    charset = None
                text, note = decode_text_noting(payload, charset)
                if note is not None:
                    self._note(note)
                if damaged:
                    self._note(Message("mail-note.text-base64-damaged"))
                text = text.replace("\x00", "")
                self.texts.append(html_to_text(text) if ctype == "text/html" else text.replace("\r\n", "\n"))
            return
        self.count += 1
        extension = mimetypes.guess_extension(ctype) or ""
        filename = safe_file_name(raw_name or "", f"{'inline' if disposition != 'attachment' else 'attachment'}"
                                                  f"-{self.count}{extension}")
        if damaged:
            self._note(Message("mail-note.base64-damaged", part=filename))
        if ctype == "application/ms-tnef" or filename.lower() == "winmail.dat" or payload[:4] == TNEF_SIGNATURE:
            self._tnef(payload, filename, collect_text)
            return
        if not payload:
            self._note(Message("mail-note.attachment-empty", name=filename))
            return
        self.attachments.append(Attachment(filename, ctype, payload, inline=disposition != "attachment"))

    def _tnef(self, payload: bytes, filename: str, collect_text: bool) -> None:
        """Outlook's winmail.dat: take out the files it wraps, or say that it cannot be read."""
        try:
            from tnefparse import TNEF
        except ImportError:  # pragma: no cover - tnefparse is a dependency
            self._note(Message("mail-note.tnef-unavailable", name=filename))
            return
        try:
            tnef = TNEF(payload)
            found = [(a.long_filename() or a.name or "", a.data) for a in tnef.attachments]
            body = getattr(tnef, "body", None) or b""
        except Exception as exc:  # noqa: BLE001  (tnefparse raises many kinds of errors on broken data)
            self._note(Message("mail-note.tnef-unreadable", name=filename, reason=type(exc).__name__))
            return
        if collect_text and body and not self.texts:
            self.texts.append(decode_text(body if isinstance(body, bytes) else str(body).encode(), "cp1252"))
        kept = 0
        for name, data in found:
            if not data:
                continue
            self.count += 1
            self.attachments.append(Attachment(safe_file_name(name, f"attachment-{self.count}"),
                                               "application/octet-stream", bytes(data)))
            kept += 1
        if not kept:
            self._note(Message("mail-note.tnef-empty", name=filename))


def _check_size(data: bytes, file_name: str) -> None:
    if not data.strip():
        raise MailError(file_name, "mail.empty")
    if len(data) > MAX_MESSAGE_SIZE:
        raise MailError(file_name, "mail.too-large", size=round(len(data) / 1_048_576, 1),
                       limit=MAX_MESSAGE_SIZE // 1_048_576)


def _address(raw: str) -> tuple[str, str]:
    """(display name, address) of the first usable address of a raw header, RFC 2047 words decoded."""
    raw = " ".join(raw.split())
    if not raw:
        return "", ""
    try:
        pairs = email.utils.getaddresses([raw])
    except (TypeError, ValueError, IndexError):
        pairs = []
    for display, addr in pairs:
        addr = addr.strip()
        local, _, domain = addr.rpartition("@")
        if local and domain and " " not in addr and "@" not in local:
            return _header_text(display), addr
    return "", ""


def _requester(from_header: str, reply_to_header: str) -> tuple[str, str, str, str]:
    """(from name, from address, requester name, requester address): Reply-To wins when it has an address."""
    from_name, from_email = _address(from_header)
    reply_name, reply_email = _address(reply_to_header)
    if reply_email:
        return from_name, from_email, reply_name or (from_name if reply_email == from_email else ""), reply_email
    return from_name, from_email, from_name, from_email


def _name_or_local_part(name: str, address: str) -> tuple[str, bool]:
    name = name.strip().strip("\"'").strip()
    if name and "@" not in name:
        return name, False
    local = address.split("@")[0]
    words = [w for w in re.split(r"[._\-+]+", local) if w]
    return (" ".join(w.capitalize() for w in words) or local), True


def reserved_domain(address: str) -> bool:
    """Whether an address's domain never reaches the Internet: no dot, or a reserved or local suffix."""
    domain = address.rpartition("@")[2].strip().rstrip(".").lower()
    if domain.startswith("[") or not domain:
        return not domain
    return "." not in domain or any(domain == s or domain.endswith("." + s) for s in RESERVED_SUFFIXES)


_BASE64_DEFECTS = (email.errors.InvalidBase64PaddingDefect, email.errors.InvalidBase64CharactersDefect,
                   email.errors.InvalidBase64LengthDefect)
_TRUNCATION_DEFECTS = (email.errors.CloseBoundaryNotFoundDefect, email.errors.StartBoundaryNotFoundDefect)
_KNOWN_HEADERS = frozenset({"from", "to", "cc", "subject", "date", "message-id", "received", "mime-version",
                            "content-type", "reply-to", "sender", "return-path", "delivered-to"})
# where a sender is looked for when From has no usable address, in this order
_OTHER_SENDERS = ("sender", "return-path")


def parse_eml(data: bytes, file_name: str, *, now: datetime, file_time: datetime | None = None,
              file_source: str = "file") -> ParsedMessage:
    _check_size(data, file_name)
    if data.startswith(OLE_SIGNATURE):
        raise MailError(file_name, "mail.msg-as-eml")
    raw = data  # kept as received; what is parsed is tidied as mail clients do
    data = data.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n\t ")  # a byte-order mark, blank lines before
    if b"\n" not in data[:65536] and b"\r" in data:  # old Mac line endings (CR alone)
        data = data.replace(b"\r", b"\r\n")
    try:
        msg: EmailMessage = email.message_from_bytes(data, policy=policy.default)
        raw_items = list(msg.raw_items())
    except Exception as exc:  # noqa: BLE001  (the parser should not raise; a bug in it must not stop a batch)
        raise MailError(file_name, "mail.unreadable", reason=type(exc).__name__) from None
    notes: list[Message] = []
    # raw header values, parsed with email.utils: the header registry is several times slower
    headers: dict[str, list[str]] = {}
    eight_bit = False
    for key, value in raw_items:
        text, was_8bit = _raw_header_noting(value)
        eight_bit = eight_bit or was_8bit
        headers.setdefault(str(key).lower(), []).append(text)
    known = _KNOWN_HEADERS & headers.keys()
    if not known:
        raise MailError(file_name, "mail.not-mail")
    if any(isinstance(d, email.errors.MissingHeaderBodySeparatorDefect) for d in msg.defects):
        notes.append(Message("mail-note.headers-damaged"))
    if eight_bit:
        notes.append(Message("mail-note.header-8bit"))

    def first_header(name: str) -> str:
        values = headers.get(name)
        return values[0] if values else ""

    from_name, from_email, name, address = _requester(first_header("from"), first_header("reply-to"))
    if not address:
        for other in _OTHER_SENDERS:
            name, address = _address(first_header(other))
            if address:
                from_name, from_email = name, address
                notes.append(Message("mail-note.sender-from-other", header=other.title()))
                break
    if not address:
        raise MailError(file_name, "mail.no-sender" if first_header("from").strip() or known - {"from"}
                        else "mail.not-mail")
    if any(isinstance(d, _TRUNCATION_DEFECTS) for d in _all_defects(msg)):
        notes.append(Message("mail-note.truncated"))
    walker = _Walker()
    walker.walk(msg)
    date_text = " ".join(first_header("date").split())
    try:
        date_value = email.utils.parsedate_to_datetime(date_text) if date_text else None
    except (TypeError, ValueError, IndexError, OverflowError):
        date_value = None
    received_at, source = received_time(date_value, headers.get("received", []), file_time, now,
                                        file_source=file_source)
    if source != "date":
        warning = date_warning(date_text, date_value, now)
        if warning is not None:
            notes.append(warning)
    name, from_address = _name_or_local_part(name, address)
    subject = _header_text(first_header("subject"))
    message_id = normalise_message_id(first_header("message-id"))
    return ParsedMessage(
        file_name=file_name, raw=raw, raw_mime=EML_MIME, from_name=from_name, from_email=from_email,
        requester_name=name, requester_email=address, name_from_address=from_address, subject=subject,
        body="\n".join(t.strip("\n") for t in walker.texts).strip(), received_at=received_at,
        received_source=source, message_id=message_id, date_text=date_text, attachments=walker.attachments,
        notes=notes + walker.notes,
    )


def _raw_header_noting(value) -> tuple[str, bool]:
    """`_raw_header`, and whether the header held raw 8-bit bytes."""
    text = str(value)
    return _raw_header(text), not text.isascii()


def _raw_header(value) -> str:
    """A header as the parser kept it; 8-bit bytes (raw UTF-8 or Windows-1252 in a header) decoded."""
    text = str(value)
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    return text


def _all_defects(msg: EmailMessageBase, depth: int = 0) -> list:
    found = list(msg.defects)
    if msg.is_multipart() and depth < 50:
        for child in msg.get_payload():
            if isinstance(child, EmailMessageBase):
                found += _all_defects(child, depth + 1)
    return found


# -- .msg -------------------------------------------------------------------------------------------


def parse_msg(data: bytes, file_name: str, *, now: datetime, file_time: datetime | None = None,
              file_source: str = "file") -> ParsedMessage:
    """An Outlook .msg file, read with extract-msg (an optional dependency: the `outlook` extra)."""
    _check_size(data, file_name)
    if not data.startswith(OLE_SIGNATURE):
        raise MailError(file_name, "mail.not-msg")
    try:
        import extract_msg
    except ImportError:
        raise MailError(file_name, "mail.msg-needs-extract-msg") from None
    try:
        message = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:  # noqa: BLE001  (extract-msg raises many kinds of errors on broken files)
        raise MailError(file_name, "mail.msg-damaged", reason=type(exc).__name__) from None
    try:
        return _from_msg(message, data, file_name, now, file_time, file_source)
    except MailError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise MailError(file_name, "mail.msg-damaged", reason=type(exc).__name__) from None
    finally:
        with suppress(Exception):  # closing a damaged file may fail too: nothing more to do
            message.close()


def _clean(value) -> str:
    """A string property of a .msg file, without the terminating nulls some writers leave in."""
    if isinstance(value, bytes):
        value = decode_text(value, "utf-8")
    return str(value or "").replace("\x00", "")


def _from_msg(message, data: bytes, file_name: str, now: datetime, file_time: datetime | None,
              file_source: str) -> ParsedMessage:
    headers = message.header if getattr(message, "header", None) is not None else None
    reply_to = headers.get("Reply-To") if headers is not None else None
    sender = _clean(message.sender) or (headers.get("From") if headers is not None else "") or ""
    name, address = email.utils.parseaddr(str(sender))
    if "@" not in address:
        address = _clean(getattr(message, "senderEmailAddress", ""))  # an Exchange sender without SMTP name
    reply_name, reply_address = email.utils.parseaddr(str(reply_to or ""))
    from_name, from_email = _header_text(name), address
    if "@" in reply_address:
        req_name, req_address = _header_text(reply_name) or (from_name if reply_address == address else ""), \
            reply_address
    else:
        req_name, req_address = from_name, address
    if "@" not in req_address:
        raise MailError(file_name, "mail.no-sender")
    body = _clean(message.body)
    if not body.strip():
        html = message.htmlBody
        if html:
            body = html_to_text(decode_text(html, "utf-8") if isinstance(html, bytes) else html)
    attachments: list[Attachment] = []
    notes: list[Message] = []
    for i, att in enumerate(message.attachments, 1):
        payload = getattr(att, "data", None)
        label = safe_file_name(_clean(getattr(att, "longFilename", None) or getattr(att, "shortFilename", None)),
                               f"attachment-{i}")
        if not isinstance(payload, bytes):  # an embedded message or a link: kept inside the .msg
            notes.append(Message("mail-note.msg-embedded", name=label))
            continue
        attachments.append(Attachment(label, _clean(getattr(att, "mimetype", None)) or "application/octet-stream",
                                      payload))
    date_value = message.date if isinstance(message.date, datetime) else None
    received_headers = [str(h) for h in (headers.get_all("Received") or [])] if headers is not None else []
    received_at, source = received_time(date_value, received_headers, file_time, now, file_source=file_source)
    if source != "date" and date_value is not None:
        warning = date_warning(str(date_value), date_value, now)
        if warning is not None:
            notes.append(warning)
    req_name, from_address = _name_or_local_part(req_name, req_address)
    return ParsedMessage(
        file_name=file_name, raw=data, raw_mime=MSG_MIME, from_name=from_name, from_email=from_email,
        requester_name=req_name, requester_email=req_address, name_from_address=from_address,
        subject=_header_text(_clean(message.subject)), body=body.replace("\r\n", "\n").strip(),
        received_at=received_at,
        received_source=source, message_id=normalise_message_id(_clean(getattr(message, "messageId", None))),
        date_text=str(headers.get("Date") or "") if headers is not None else "", attachments=attachments,
        notes=notes,
    )


def parse_message(data: bytes, file_name: str, *, now: datetime, file_time: datetime | None = None,
                  file_source: str = "file") -> ParsedMessage:
    """An .eml or .msg file, told apart by its content (an OLE compound file is a .msg).

    `file_time` is the file's modification time, or with `file_source="server"` the time
    an IMAP server says the message arrived.
    """
    if data.startswith(OLE_SIGNATURE):
        return parse_msg(data, file_name, now=now, file_time=file_time, file_source=file_source)
    return parse_eml(data, file_name, now=now, file_time=file_time, file_source=file_source)


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox file (mboxrd/mboxo: '>From ' quoting undone)."""
    messages: list[bytes] = []
    current: list[bytes] | None = None
    for line in data.splitlines(keepends=True):
        if line.startswith(b"From ") and (current is None or not current or current[-1].strip() == b""):
            if current:
                messages.append(_unquote(current))
            current = []
            continue
        if current is None:
            continue
        current.append(line)
    if current:
        messages.append(_unquote(current))
    return messages


def _unquote(lines: list[bytes]) -> bytes:
    out = [line[1:] if re.match(rb"^>+From ", line) else line for line in lines]
    if out and out[-1].strip() == b"":
        out = out[:-1]
    return b"".join(out)


def is_mbox(data: bytes) -> bool:
    return data.startswith(b"From ") and b"\n" in data[:2000]
