"""A corpus of malformed mail, as real clients and old archives write it: `python -m tests.intake.corpus.malformed`
rewrites the files of `malformed/`.

Each message is built here byte by byte (no network, no real person) and has its expected
outcome in `EXPECTED`: imported with the warnings named (codes of `errors.TEMPLATES`), or
refused with the reason. `tests/intake/test_malformed.py` checks each one, and that the
committed files are what this script builds.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from tests.intake.corpus.build import crlf, pdf_bytes

HERE = Path(__file__).parent / "malformed"

ACCESS_FR = "Bonjour,\nJe souhaite exercer mon droit d'accès à mes données personnelles.\nCordialement\n"
ERASE_EN = "Hello,\nPlease delete my personal data.\nRegards\n"
RECEIVED = b"Received: from mx.example.net by mail.example-company.fr; Tue, 24 Nov 2026 10:15:00 +0100\n"


def _simple(frm: bytes, *, date: bytes = b"Tue, 24 Nov 2026 10:00:00 +0100", extra: bytes = b"",
            body: str = ACCESS_FR, charset: bytes = b"utf-8", encoded: bytes | None = None,
            msgid: bytes = b"") -> bytes:
    head = b""
    if frm:
        head += b"From: " + frm + b"\n"
    head += b"To: dpo@example-company.fr\nSubject: Demande RGPD\n"
    if date:
        head += b"Date: " + date + b"\n"
    unique = hashlib.sha256(frm + date + extra + charset + (encoded or b"")).hexdigest()[:16].encode()
    head += b"Message-ID: <" + (msgid or unique) + b".m@example.net>\n"
    head += extra
    head += b"MIME-Version: 1.0\nContent-Type: text/plain; charset=" + charset + b"\n"
    head += b"Content-Transfer-Encoding: 8bit\n\n"
    return crlf(head + (encoded if encoded is not None else body.encode("utf-8")))


def messages() -> dict[str, bytes]:
    m: dict[str, bytes] = {}
    # -- dates a message cannot have been received at ------------------------------------------
    m["mal_date_2000.eml"] = _simple(b"Old Archive <old.archive@example.fr>", date=b"Sat, 01 Jan 2000 10:00:00 +0100",
                                     extra=RECEIVED)
    m["mal_date_1970_no_received.eml"] = _simple(b"Epoch Clock <epoch@example.fr>",
                                                 date=b"Thu, 01 Jan 1970 00:00:00 +0000")
    m["mal_date_future.eml"] = _simple(b"Future Clock <future@example.fr>", date=b"Mon, 03 Mar 2031 09:00:00 +0100",
                                       extra=RECEIVED)
    m["mal_date_garbage.eml"] = _simple(b"Garbage Date <garbage.date@example.fr>", date=b"next tuesday, maybe")
    m["mal_date_year_zero.eml"] = _simple(b"Zero Year <zero.year@example.fr>", date=b"Mon, 00 Jan 0000 00:00:00 +0000",
                                          extra=RECEIVED)
    m["mal_date_two_digit_year.eml"] = _simple(b"Two Digits <two.digits@example.fr>",
                                               date=b"Tue, 24 Nov 26 10:00:00 +0100")
    m["mal_date_no_zone.eml"] = _simple(b"No Zone <no.zone@example.fr>", date=b"24 Nov 2026 10:00:00")
    m["mal_received_old_too.eml"] = _simple(
        b"Both Old <both.old@example.fr>", date=b"Fri, 05 Mar 2004 10:00:00 +0100",
        extra=b"Received: from a by b; Fri, 05 Mar 2004 10:00:05 +0100\n")
    # -- truncated and damaged MIME --------------------------------------------------------------
    multipart = crlf(
        b"From: Cut Boundary <cut.boundary@example.fr>\nTo: dpo@example-company.fr\nSubject: Acces\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=\"B1\"\n\n--B1\nContent-Type: text/plain; charset=utf-8\n\n" +
        ACCESS_FR.encode() + b"\n--B1\nContent-Type: application/pdf; name=\"scan.pdf\"\n"
        b"Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"scan.pdf\"\n\n" +
        base64.encodebytes(pdf_bytes()) + b"\n")  # no closing --B1--
    m["mal_truncated_boundary.eml"] = multipart
    m["mal_truncated_mid_attachment.eml"] = multipart[: len(multipart) - 200]
    text64 = base64.encodebytes(ACCESS_FR.encode())
    m["mal_cut_base64_text.eml"] = crlf(
        b"From: Cut Text <cut.text@example.fr>\nTo: dpo@example-company.fr\nSubject: Acces\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: base64\n\n" + text64[: len(text64) - 7] + b"\n")
    m["mal_base64_garbage_chars.eml"] = crlf(
        b"From: Garbage Base64 <garbage.b64@example.fr>\nTo: dpo@example-company.fr\nSubject: Acces\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: base64\n\n" + text64[:20] + b"!!**%%" + text64[20:] + b"\n")
    m["mal_no_boundary_param.eml"] = crlf(
        b"From: No Boundary <no.boundary@example.fr>\nTo: dpo@example-company.fr\nSubject: Acces\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\n" +
        ACCESS_FR.encode())
    m["mal_forward_truncated.eml"] = crlf(
        b"From: Forwarder <forwarder@example.fr>\nTo: dpo@example-company.fr\nSubject: Fwd: demande\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=F\n\n"
        b"--F\nContent-Type: text/plain\n\nVoir ci-dessous.\n--F\nContent-Type: message/rfc822\n\n"
        b"From: Inner <inner@example.fr>\nSubject: Droit d'acces\nContent-Type: multipart/alternative; boundary=G\n\n"
        b"--G\nContent-Type: text/plain\n\nJe demande l'acces a mes donnees")
    nested = b"Content-Type: text/plain\n\n" + ACCESS_FR.encode()
    for level in range(30):
        nested = (b"Content-Type: multipart/mixed; boundary=N%d\n\n--N%d\n" % (level, level) + nested +
                  b"\n--N%d--\n" % level)
    m["mal_nested_30_levels.eml"] = crlf(
        b"From: Deep Nest <deep.nest@example.fr>\nTo: dpo@example-company.fr\nSubject: Acces\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\nMIME-Version: 1.0\n" + nested)
    m["mal_unknown_transfer_encoding.eml"] = _simple(
        b"Odd Encoding <odd.encoding@example.fr>", extra=b"").replace(b"Content-Transfer-Encoding: 8bit",
                                                                      b"Content-Transfer-Encoding: x-bogus")
    m["mal_qp_broken.eml"] = _simple(
        b"Broken QP <broken.qp@example.fr>",
        encoded=b"Je souhaite exercer mon droit d'acc=E8s =ZZ et =\n=E0 mes donn=E9es=").replace(
        b"Content-Transfer-Encoding: 8bit", b"Content-Transfer-Encoding: quoted-printable")
    m["mal_content_type_garbage.eml"] = _simple(b"Garbage Type <garbage.type@example.fr>").replace(
        b"Content-Type: text/plain; charset=utf-8", b"Content-Type: ;;;=;; charset")
    m["mal_html_broken.eml"] = _simple(
        b"Broken Html <broken.html@example.fr>",
        encoded=b"<html><body><p>Je souhaite exercer mon <b>droit d'acc\xc3\xa8s<p><div><table><tr><td>merci"
    ).replace(b"text/plain", b"text/html")
    m["mal_null_bytes.eml"] = _simple(b"Null Bytes <null.bytes@example.fr>",
                                      encoded=b"Je souhaite\x00 exercer mon droit d'acc\xc3\xa8s\x00\x00.\n")
    # -- charsets and 8-bit headers -----------------------------------------------------------------
    m["mal_unknown_charset.eml"] = _simple(b"Unknown Charset <unknown.charset@example.fr>", charset=b"x-klingon-42",
                                           encoded="Je souhaite exercer mon droit d'accès.\n".encode("cp1252"))
    m["mal_utf8_label_cp1252_bytes.eml"] = _simple(
        b"Wrong Label <wrong.label@example.fr>",
        encoded="Je souhaite exercer mon droit d'accès à mes données.\n".encode("cp1252"))
    m["mal_8bit_headers_utf8.eml"] = _simple("Élodie Brûlé <elodie.brule@example.fr>".encode(),
                                             extra="X-Note: été\n".encode())
    m["mal_8bit_headers_cp1252.eml"] = _simple("François Pérec <francois.perec@example.fr>".encode("cp1252"))
    m["mal_rfc2047_broken.eml"] = _simple(b"=?UTF-8?B?broken*base64?= <broken.word@example.fr>",
                                          extra=b"X-Subject-2: =?x-unknown?Q?abc?=\n")
    m["mal_bom_start.eml"] = b"\xef\xbb\xbf" + _simple(b"Bom Start <bom.start@example.fr>")
    m["mal_leading_blank_lines.eml"] = b"\r\n\r\n" + _simple(b"Blank Lines <blank.lines@example.fr>")
    m["mal_lf_only.eml"] = _simple(b"Lf Only <lf.only@example.fr>").replace(b"\r\n", b"\n")
    m["mal_cr_only.eml"] = _simple(b"Cr Only <cr.only@example.fr>").replace(b"\r\n", b"\r")
    m["mal_missing_blank_line.eml"] = crlf(
        b"From: No Separator <no.separator@example.fr>\nTo: dpo@example-company.fr\nSubject: Acces\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\n" + ACCESS_FR.encode())
    m["mal_headers_only.eml"] = crlf(b"From: Headers Only <headers.only@example.fr>\nSubject: RGPD\n"
                                     b"Date: Tue, 24 Nov 2026 10:00:00 +0100")
    m["mal_long_header.eml"] = _simple(b"Long Header <long.header@example.fr>", extra=b"X-Long: " + b"a" * 20000 +
                                       b"\n")
    m["mal_mbox_from_line.eml"] = b"From long.header@example.fr Tue Nov 24 10:00:00 2026\n" + _simple(
        b"Mbox Line <mbox.line@example.fr>")
    m["mal_duplicate_headers.eml"] = _simple(b"First From <first.from@example.fr>",
                                             extra=b"From: Second From <second.from@example.fr>\n"
                                                   b"Date: Wed, 25 Nov 2026 10:00:00 +0100\n")
    # -- addresses ----------------------------------------------------------------------------------------
    m["mal_domain_local.eml"] = _simple(b"Printer Scan <scanner@printer.local>")
    m["mal_domain_invalid.eml"] = _simple(b"Test Person <someone@example.invalid>")
    m["mal_domain_no_dot.eml"] = _simple(b"Intranet User <jdupont@intranet>")
    m["mal_domain_localhost.eml"] = _simple(b"root@localhost")
    m["mal_address_double_dot.eml"] = _simple(b"Double Dot <jean..dupont@example.fr>")
    m["mal_address_idn.eml"] = _simple("Zoé <zoé@exämple.fr>".encode())
    m["mal_no_from_sender.eml"] = _simple(b"", extra=b"Sender: Secretariat <secretariat@example.fr>\n")
    m["mal_no_from_return_path.eml"] = _simple(b"", extra=b"Return-Path: <bounce.me@example.fr>\n")
    m["mal_from_reply_to_only.eml"] = _simple(b"", extra=b"Reply-To: Reply Only <reply.only@example.fr>\n")
    # -- truly unusable: refused with the reason ----------------------------------------------
    m["mal_no_from_at_all.eml"] = _simple(b"")
    m["mal_from_name_only.eml"] = _simple(b"Jean Dupont")
    m["mal_from_empty.eml"] = _simple(b"<>")
    m["mal_binary_garbage.eml"] = bytes((i * 37 + 11) % 256 for i in range(3000))
    m["mal_only_blank_lines.eml"] = b"\r\n\r\n\r\n"
    m["mal_text_not_mail.eml"] = "Ceci est une lettre tapée dans un traitement de texte.\nDroit d'accès.\n".encode()
    return m


# file: ("created", [warning codes it must carry]) or ("failed", error code)
EXPECTED: dict[str, tuple[str, object]] = {
    "mal_date_2000.eml": ("created", ["mail-note.date-before-gdpr"]),
    "mal_date_1970_no_received.eml": ("created", ["mail-note.date-before-gdpr"]),
    "mal_date_future.eml": ("created", ["mail-note.date-future"]),
    "mal_date_garbage.eml": ("created", ["mail-note.date-unreadable"]),
    "mal_date_year_zero.eml": ("created", ["mail-note.date-unreadable"]),
    "mal_date_two_digit_year.eml": ("created", []),
    "mal_date_no_zone.eml": ("created", []),
    "mal_received_old_too.eml": ("created", ["mail-note.date-before-gdpr"]),
    "mal_truncated_boundary.eml": ("created", ["mail-note.truncated"]),
    "mal_truncated_mid_attachment.eml": ("created", ["mail-note.truncated"]),
    "mal_cut_base64_text.eml": ("created", ["mail-note.text-base64-damaged"]),
    "mal_base64_garbage_chars.eml": ("created", ["mail-note.text-base64-damaged"]),
    "mal_no_boundary_param.eml": ("created", []),
    "mal_forward_truncated.eml": ("created", ["mail-note.truncated"]),
    "mal_nested_30_levels.eml": ("created", ["mail-note.nesting"]),
    "mal_unknown_transfer_encoding.eml": ("created", []),
    "mal_qp_broken.eml": ("created", ["mail-note.charset-mismatch"]),
    "mal_content_type_garbage.eml": ("created", []),
    "mal_html_broken.eml": ("created", []),
    "mal_null_bytes.eml": ("created", []),
    "mal_unknown_charset.eml": ("created", ["mail-note.charset-unknown"]),
    "mal_utf8_label_cp1252_bytes.eml": ("created", ["mail-note.charset-mismatch"]),
    "mal_8bit_headers_utf8.eml": ("created", ["mail-note.header-8bit"]),
    "mal_8bit_headers_cp1252.eml": ("created", ["mail-note.header-8bit"]),
    "mal_rfc2047_broken.eml": ("created", []),
    "mal_bom_start.eml": ("created", []),
    "mal_leading_blank_lines.eml": ("created", []),
    "mal_lf_only.eml": ("created", []),
    "mal_cr_only.eml": ("created", []),
    "mal_missing_blank_line.eml": ("created", ["mail-note.headers-damaged"]),
    "mal_headers_only.eml": ("created", ["mail-note.no-right"]),
    "mal_long_header.eml": ("created", []),
    "mal_mbox_from_line.eml": ("created", []),
    "mal_duplicate_headers.eml": ("created", []),
    "mal_domain_local.eml": ("created", ["mail-note.address-reserved"]),
    "mal_domain_invalid.eml": ("created", ["mail-note.address-reserved"]),
    "mal_domain_no_dot.eml": ("created", ["mail-note.address-reserved"]),
    "mal_domain_localhost.eml": ("created", ["mail-note.address-reserved"]),
    "mal_address_double_dot.eml": ("created", ["mail-note.address-invalid"]),
    "mal_address_idn.eml": ("created", ["mail-note.header-8bit"]),
    "mal_no_from_sender.eml": ("created", ["mail-note.sender-from-other"]),
    "mal_no_from_return_path.eml": ("created", ["mail-note.sender-from-other"]),
    "mal_from_reply_to_only.eml": ("created", []),
    "mal_no_from_at_all.eml": ("failed", "mail.no-sender"),
    "mal_from_name_only.eml": ("failed", "mail.no-sender"),
    "mal_from_empty.eml": ("failed", "mail.no-sender"),
    "mal_binary_garbage.eml": ("failed", "mail.not-mail"),
    "mal_only_blank_lines.eml": ("failed", "mail.empty"),
    "mal_text_not_mail.eml": ("failed", "mail.not-mail"),
}


def write(folder: Path = HERE) -> list[Path]:
    folder.mkdir(exist_ok=True)
    written = []
    for name, data in messages().items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(path.name)
