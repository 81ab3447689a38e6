"""Builds the e-mail corpus of the intake tests: `python -m tests.intake.corpus.build` rewrites the files.

Every message is made here byte by byte (no network, no real person):
French and English requests in the shapes real clients send, and broken
files. `tests/intake/test_corpus.py` imports each one and checks the
request or the error it gives; a test also checks the committed files are
what this script builds.
"""

from __future__ import annotations

import base64
import io
import quopri
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).parent


def png_bytes(width: int = 40, height: int = 24, seed: int = 0) -> bytes:
    """A small valid PNG (grey gradient), written without any library so it is byte-stable."""
    raw = b"".join(b"\x00" + bytes(((x * 5 + y * 3 + seed) % 256) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + \
        chunk(b"IEND", b"")


def pdf_bytes() -> bytes:
    """A one-page PDF with a drawn rectangle (no text, so no font), byte-stable."""
    content = b"0.5 g 72 600 300 150 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def tnef_bytes(files: list[tuple[str, bytes]], body: bytes = b"") -> bytes:
    """A minimal Outlook TNEF stream (winmail.dat) wrapping `files`."""

    def attribute(level: int, attr_id: int, attr_type: int, data: bytes) -> bytes:
        return struct.pack("<BHHI", level, attr_id, attr_type, len(data)) + data + \
            struct.pack("<H", sum(data) & 0xFFFF)

    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += attribute(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))  # TNEF version
    if body:
        out += attribute(1, 0x800C, 0x0002, body)  # attBody
    for name, data in files:
        out += attribute(2, 0x9002, 0x0006, b"\x01\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00")
        out += attribute(2, 0x8010, 0x0001, name.encode("cp1252") + b"\x00")
        out += attribute(2, 0x800F, 0x0006, data)
    return out


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data)


def qp(text: str, charset: str) -> bytes:
    return quopri.encodestring(text.encode(charset))


def crlf(message: bytes) -> bytes:
    return message.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


FR_ACCESS = ("Bonjour,\n\nJe souhaite exercer mon droit d'accès (article 15 du RGPD) et obtenir une copie de "
             "mes données personnelles que vous détenez.\n\nMerci de me répondre à cette adresse.\n\n"
             "Cordialement,\nÉlodie Lefèvre\n")
EN_DELETE = ("Hello,\n\nPlease delete my account and all the personal data you hold about me. "
             "I also object to direct marketing.\n\nKind regards,\nJohn Smith\n")


def messages() -> dict[str, bytes]:
    m: dict[str, bytes] = {}
    m["fr_acces_utf8_qp.eml"] = crlf(
        b"Return-Path: <elodie.lefevre@example.fr>\n"
        b"Received: from mx.example.fr by mail.example-company.fr; Tue, 24 Nov 2026 09:15:02 +0100\n"
        b"From: =?UTF-8?Q?=C3=89lodie_Lef=C3=A8vre?= <elodie.lefevre@example.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: =?UTF-8?Q?Demande_d'acc=C3=A8s_=C3=A0_mes_donn=C3=A9es?=\n"
        b"Date: Tue, 24 Nov 2026 09:14:31 +0100\n"
        b"Message-ID: <20261124091431.A1@example.fr>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=UTF-8\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n" + qp(FR_ACCESS, "utf-8"))
    m["en_delete_base64.eml"] = crlf(
        b"From: John Smith <john.smith@example.com>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Delete my account\n"
        b"Date: Mon, 23 Nov 2026 16:40:00 -0500\n"
        b"Message-ID: <CAF=delete-1@mail.example.com>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=\"utf-8\"\n"
        b"Content-Transfer-Encoding: base64\n\n" + b64(EN_DELETE.encode()))
    m["fr_latin1_effacement.eml"] = (
        b"From: =?ISO-8859-1?Q?Fran=E7ois_B=E9rang=E8re?= <f.berangere@example.net>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: =?ISO-8859-1?Q?Effacement_de_mes_donn=E9es?=\n"
        b"Date: Wed, 25 Nov 2026 08:02:10 +0100\n"
        b"Message-ID: <latin1-effacement@example.net>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=ISO-8859-1\n"
        b"Content-Transfer-Encoding: 8bit\n\n" +
        "Madame, Monsieur,\n\nJe demande l'effacement de mes données : mon abonnement à 9 € est résilié.\n"
        "Veuillez agréer mes salutations.\n".encode("cp1252"))
    m["fr_iso885915_opposition.eml"] = (
        b"From: =?ISO-8859-15?Q?Zo=E9_C=BDur?= <zoe.coeur@example.org>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Opposition\n"
        b"Date: Wed, 25 Nov 2026 11:20:00 +0100\n"
        b"Message-ID: <iso15@example.org>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=ISO-8859-15\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n" +
        qp("Bonjour,\nJe m'oppose à toute prospection commerciale : je ne veux plus recevoir vos offres "
           "(même à 5 €). Mon cœur n'y est plus.\nZoé\n", "iso-8859-15"))
    m["fr_cp1252_rectifier.eml"] = (
        b"From: \"Martin, Paul\" <paul.martin@example.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Adresse =?windows-1252?Q?=E0_rectifier?=\n"
        b"Date: Thu, 26 Nov 2026 07:30:00 +0100\n"
        b"Message-ID: <cp1252@example.fr>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=windows-1252\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n" +
        qp("Bonjour,\nMerci de rectifier mon adresse postale : j’ai déménagé au 12 rue des Lilas, 69003 Lyon.\n"
           "« Merci » d’avance.\n", "cp1252"))
    html = ("<html><head><style>p{color:red}</style><script>alert('x')</script><title>t</title></head>"
            "<body><p>Dear DPO,</p><p>Under the GDPR I request <b>access to my personal data</b> and a copy "
            "in a portable format (data portability).</p><ul><li>Account: 4421</li><li>Since 2019</li></ul>"
            "<p>Thanks &amp; regards,<br>Amelia Brown</p></body></html>")
    m["en_html_only.eml"] = crlf(
        b"From: Amelia Brown <amelia.brown@example.co.uk>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Subject access request\n"
        b"Date: Tue, 24 Nov 2026 14:00:00 +0000\n"
        b"Message-ID: <html-only@example.co.uk>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/html; charset=utf-8\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n" + qp(html, "utf-8"))
    logo = png_bytes(16, 16, seed=7)
    m["fr_alternative_inline_image.eml"] = crlf(
        b"From: Camille Roux <camille.roux@example.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: =?UTF-8?B?UG9ydGFiaWxpdMOp?=\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\n"
        b"Message-ID: <alt-inline@example.fr>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: multipart/alternative; boundary=\"ALT\"\n\n"
        b"--ALT\n"
        b"Content-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: 8bit\n\n" +
        "Bonjour,\nJe demande la portabilité de mes données vers un autre fournisseur.\nCamille\n".encode() +
        b"\n--ALT\n"
        b"Content-Type: multipart/related; boundary=\"REL\"\n\n"
        b"--REL\n"
        b"Content-Type: text/html; charset=utf-8\n\n" +
        "<p>Bonjour,</p><p>Je demande la <b>portabilité</b> de mes données.</p><img src=\"cid:logo\">".encode() +
        b"\n--REL\n"
        b"Content-Type: image/png\n"
        b"Content-ID: <logo>\n"
        b"Content-Disposition: inline\n"
        b"Content-Transfer-Encoding: base64\n\n" + b64(logo) +
        b"--REL--\n"
        b"--ALT--\n")
    m["fr_attachments_nonascii.eml"] = crlf(
        b"From: =?UTF-8?Q?Ana=C3=AFs_N=27Diaye?= <anais.ndiaye@example.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Droit d'acces - pieces jointes\n"
        b"Date: Mon, 23 Nov 2026 18:05:00 +0100\n"
        b"Message-ID: <attachments@example.fr>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=\"MIX\"\n\n"
        b"--MIX\n"
        b"Content-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: 8bit\n\n" +
        "Bonjour,\nJe souhaite exercer mon droit d’accès. Vous trouverez ci-joint ma pièce d’identité.\n".encode() +
        b"\n--MIX\n"
        b"Content-Type: application/pdf\n"
        b"Content-Disposition: attachment; filename*=UTF-8''pi%C3%A8ce%20d%E2%80%99identit%C3%A9.pdf\n"
        b"Content-Transfer-Encoding: base64\n\n" + b64(pdf_bytes()) +
        b"--MIX\n"
        b"Content-Type: image/png; name=\"=?UTF-8?B?Y2FydGVfaWRlbnRpdMOpX3ZlcnNvLnBuZw==?=\"\n"
        b"Content-Disposition: attachment; filename=\"=?UTF-8?B?Y2FydGVfaWRlbnRpdMOpX3ZlcnNvLnBuZw==?=\"\n"
        b"Content-Transfer-Encoding: base64\n\n" + b64(png_bytes(seed=3)) +
        b"--MIX\n"
        b"Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\n"
        b"Content-Disposition: attachment; filename=\"lettre.docx\"\n"
        b"Content-Transfer-Encoding: base64\n\n" + b64(b"PK\x03\x04 not really a docx, but not a scan either") +
        b"--MIX--\n")
    inner = crlf(
        b"From: Sarah Connor <sarah.connor@example.com>\n"
        b"To: support@example-company.fr\n"
        b"Subject: Right to be forgotten\n"
        b"Date: Fri, 20 Nov 2026 12:00:00 +0000\n"
        b"Message-ID: <inner@example.com>\n"
        b"Content-Type: text/plain; charset=us-ascii\n\n"
        b"Hi, I invoke my right to be forgotten: erase everything about me.\nSarah\n")
    m["en_forwarded.eml"] = crlf(
        b"From: Support Team <support@example-company.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Fwd: Right to be forgotten\n"
        b"Date: Fri, 20 Nov 2026 15:30:00 +0100\n"
        b"Message-ID: <forward@example-company.fr>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=\"FWD\"\n\n"
        b"--FWD\n"
        b"Content-Type: text/plain; charset=us-ascii\n\n"
        b"Forwarding this customer's message for you.\n"
        b"--FWD\n"
        b"Content-Type: message/rfc822\n"
        b"Content-Disposition: inline\n\n" + inner +
        b"\n--FWD--\n")
    m["fr_no_date_received.eml"] = crlf(
        b"Received: from relay.example.fr (relay.example.fr [192.0.2.10])\n"
        b"\tby mail.example-company.fr with ESMTPS; Wed, 25 Nov 2026 22:47:13 +0100\n"
        b"Received: from client by relay.example.fr; Wed, 25 Nov 2026 22:47:10 +0100\n"
        b"From: Louis Garnier <louis.garnier@example.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Suppression de mon compte\n"
        b"Message-ID: <nodate@example.fr>\n"
        b"Content-Type: text/plain; charset=utf-8\n\n" +
        "Bonjour, merci de supprimer mon compte et mes données.\n".encode())
    m["fr_bad_date.eml"] = crlf(
        b"From: Chantal Petit <chantal.petit@example.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Rectification\n"
        b"Date: le 32 novembre, vers midi\n"
        b"Message-ID: <baddate@example.fr>\n"
        b"Content-Type: text/plain; charset=utf-8\n\n" +
        "Bonjour, je souhaite corriger mon nom de famille.\n".encode())
    m["en_no_message_id.eml"] = crlf(
        b"From: Oliver Twist <oliver@example.com>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Restriction of processing\n"
        b"Date: Thu, 26 Nov 2026 08:00:00 +0000\n"
        b"Content-Type: text/plain; charset=us-ascii\n\n"
        b"Please restrict the processing of my data while you check its accuracy.\n")
    long_line = ("Je demande l'accès à mes données. " * 3000).strip()
    m["fr_long_lines.eml"] = (
        b"From: Long Line <long.line@example.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Une tres longue ligne\n"
        b"Date: Thu, 26 Nov 2026 08:30:00 +0100\n"
        b"Message-ID: <longline@example.fr>\n"
        b"Content-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: 8bit\n\n" + long_line.encode() + b"\n")
    winmail = tnef_bytes([("scan_carte.png", png_bytes(seed=11))])
    m["fr_winmail.eml"] = crlf(
        b"From: Outlook User <outlook.user@example.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Directives post-mortem\n"
        b"Date: Wed, 25 Nov 2026 09:00:00 +0100\n"
        b"Message-ID: <winmail@example.fr>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=\"TN\"\n\n"
        b"--TN\n"
        b"Content-Type: text/plain; charset=utf-8\n\n" +
        "Bonjour, je vous transmets mes directives post-mortem concernant mes données.\n".encode() +
        b"\n--TN\n"
        b"Content-Type: application/ms-tnef; name=\"winmail.dat\"\n"
        b"Content-Disposition: attachment; filename=\"winmail.dat\"\n"
        b"Content-Transfer-Encoding: base64\n\n" + b64(winmail) +
        b"--TN--\n")
    m["fr_winmail_broken.eml"] = crlf(
        b"From: Outlook Broken <outlook.broken@example.fr>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Retrait du consentement\n"
        b"Date: Wed, 25 Nov 2026 09:30:00 +0100\n"
        b"Message-ID: <winmail-broken@example.fr>\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=\"TN\"\n\n"
        b"--TN\n"
        b"Content-Type: text/plain; charset=utf-8\n\n" +
        "Je retire mon consentement à l'utilisation de mes données.\n".encode() +
        b"\n--TN\n"
        b"Content-Type: application/ms-tnef; name=\"winmail.dat\"\n"
        b"Content-Disposition: attachment; filename=\"winmail.dat\"\n"
        b"Content-Transfer-Encoding: base64\n\n" + b64(b"\x78\x9f\x3e\x22\x01\x00\x02\x10\x80") +
        b"--TN--\n")
    m["en_reply_to_webform.eml"] = crlf(
        b"From: Website form <no-reply@example-company.fr>\n"
        b"Reply-To: Priya Patel <priya.patel@example.com>\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: Privacy request from the website\n"
        b"Date: Tue, 24 Nov 2026 20:10:00 +0000\n"
        b"Message-ID: <webform-77@example-company.fr>\n"
        b"Content-Type: text/plain; charset=utf-8\n\n"
        b"Request type: I want to withdraw my consent to profiling and to automated decision-making.\n")
    m["fr_no_display_name.eml"] = crlf(
        b"From: jean-pierre.dupont@example.fr\n"
        b"To: dpo@example-company.fr\n"
        b"Subject: portabilite\n"
        b"Date: Tue, 24 Nov 2026 11:11:00 +0100\n"
        b"Message-ID: <noname@example.fr>\n"
        b"Content-Type: text/plain; charset=utf-8\n\n" +
        "Bonjour, je veux la portabilité de mes données, merci.\n".encode())
    # -- a truncated message: imported with what could be read, and a warning --
    whole = m["fr_attachments_nonascii.eml"]
    m["warn_truncated.eml"] = whole[: len(whole) // 2]
    # -- broken files: each gives a clear error, nothing is created --
    m["bad_no_sender.eml"] = crlf(
        b"To: dpo@example-company.fr\n"
        b"Subject: Sans expediteur\n"
        b"Date: Tue, 24 Nov 2026 11:11:00 +0100\n\n"
        b"Droit d'acces.\n")
    m["bad_not_mail.eml"] = bytes(range(256)) * 4
    m["bad_empty.eml"] = b""
    return m


def outlook_messages() -> dict[str, bytes]:
    """Outlook .msg files (written by tests/intake/corpus/msgfile.py)."""
    from datetime import datetime, timezone

    from tests.intake.corpus.msgfile import msg_file

    good = msg_file(
        subject="Demande de suppression de mes données", sender_name="Hélène Dubois",
        sender_email="helene.dubois@example.fr", sent=datetime(2026, 11, 24, 8, 30, tzinfo=timezone.utc),
        body="Bonjour,\r\nMerci de supprimer mes données personnelles et de fermer mon compte.\r\n"
             "Vous trouverez ma carte d'identité en pièce jointe.\r\nHélène Dubois\r\n",
        headers="Received: from outlook.example.fr by mail.example-company.fr; Tue, 24 Nov 2026 09:30:05 +0100\r\n"
                "From: =?utf-8?q?H=C3=A9l=C3=A8ne_Dubois?= <helene.dubois@example.fr>\r\n"
                "Date: Tue, 24 Nov 2026 09:30:00 +0100\r\nMessage-ID: <outlook-1@example.fr>\r\n"
                "Subject: Demande de suppression de mes donnees\r\n\r\n",
        attachments=[("carte d'identité.png", "image/png", png_bytes(seed=21)),
                     ("formulaire.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      b"PK\x03\x04 not a scan")],
    )
    return {"fr_outlook.msg": good, "bad_truncated.msg": good[: len(good) // 3]}


def mbox() -> bytes:
    """Three messages of the corpus in one mbox file (mboxrd quoting of a 'From ' line)."""
    all_messages = messages()
    parts = []
    for name in ("fr_acces_utf8_qp.eml", "en_delete_base64.eml", "en_no_message_id.eml"):
        body = all_messages[name].replace(b"\r\n", b"\n")
        body = body.replace(b"\nFrom ", b"\n>From ")
        parts.append(b"From MAILER-DAEMON Thu Nov 26 08:00:00 2026\n" + body.rstrip(b"\n") + b"\n\n")
    return b"".join(parts)


def write(folder: Path = HERE) -> list[Path]:
    written = []
    for name, data in {**messages(), **outlook_messages(), "three.mbox": mbox()}.items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(path.name)
