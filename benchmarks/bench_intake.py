"""Intake benchmark: import 1,000 e-mails (a mix of sizes, 10 % with a 2 MB PDF) into a fresh data folder.

The figure to judge is the ratio to parsing the same files with the bare
standard library (`email.message_from_binary_file`, `policy.default`) in
the same run: the difference is the walk of the message, the suggestions,
the check of the attachments, the encryption and the database.
The messages are generated in a temporary folder, never in the repository.
"""

from __future__ import annotations

import email
import random
import shutil
import statistics
import tempfile
import time
from email import policy
from pathlib import Path

from benchmarks import fill
from benchmarks.common import Context, Row, benchmark

MESSAGES = 1000
LARGE_EVERY = 10  # one message in ten carries a 2 MB attachment
LARGE_BYTES = 2 * 1024 * 1024
BODIES = [
    "Bonjour,\nJe souhaite exercer mon droit d'accès et obtenir une copie de mes données.\nCordialement,\n",
    "Hello,\nPlease delete my account and all the personal data you hold about me.\nRegards,\n",
    "Madame, Monsieur,\nJe m'oppose à la prospection commerciale et demande l'effacement de mes données.\n",
    "Dear DPO,\nI would like to receive my data in a portable format (data portability).\nThanks,\n",
]


def big_pdf(size: int, seed: int) -> bytes:
    """A valid one-page PDF of about `size` bytes (its content stream is incompressible noise)."""
    noise = random.Random(seed).randbytes(size)
    stream = b"<< /Length %d >>\nstream\n" % len(noise) + noise + b"\nendstream"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>", stream]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_messages(folder: Path, count: int = MESSAGES) -> tuple[int, int]:
    """Write `count` .eml files (each from its own sender); returns (files, bytes)."""
    from email.message import EmailMessage

    rng = random.Random(1182)
    pdf = big_pdf(LARGE_BYTES, 71)
    total = 0
    for i in range(count):
        msg = EmailMessage()
        msg["From"] = f"Personne {i} <personne.{i}@example.org>"
        msg["To"] = "dpo@example-company.fr"
        msg["Subject"] = f"Demande RGPD {i}"
        msg["Date"] = f"Mon, 23 Nov 2026 {8 + i % 10:02d}:{i % 60:02d}:00 +0100"
        msg["Message-ID"] = f"<bench-{i}@example.org>"
        body = BODIES[i % len(BODIES)] * rng.choice((1, 5, 40, 200))  # 0.1 KB to 20 KB
        if i % 3 == 0:
            msg.set_content(body)
            msg.add_alternative("<html><body><p>" + body.replace("\n", "<br>") + "</p></body></html>",
                                subtype="html")
        else:
            msg.set_content(body)
        if i % LARGE_EVERY == 0:
            msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"piece-{i}.pdf")
        data = msg.as_bytes(policy=policy.SMTP)
        (folder / f"m{i:04d}.eml").write_bytes(data)
        total += len(data)
    return count, total


def bare_parse(files: list[Path]) -> float:
    t0 = time.perf_counter()
    for path in files:
        with path.open("rb") as f:
            email.message_from_binary_file(f, policy=policy.default)
    return time.perf_counter() - t0


@benchmark
def bench_intake(ctx: Context) -> list[Row]:
    """1,000 messages: time per message of the import, and its ratio to bare parsing of the same files."""
    from dpo_workbench.workbench import Workbench

    # the benchmark's own tiny registers (the smoke test) get a tenth of the messages
    wanted = MESSAGES if ctx.requests >= 2000 else MESSAGES // 10
    work = Path(tempfile.mkdtemp(prefix="dpo-bench-intake-"))
    try:
        mail = work / "mail"
        mail.mkdir()
        ctx.log(f"  writing {wanted} messages ({wanted // LARGE_EVERY} with a 2 MB PDF) in {work}…")
        count, size = make_messages(mail, wanted)
        files = sorted(mail.iterdir())
        for path in files:  # warm the page cache for both contenders
            path.read_bytes()
        bare_before = bare_parse(files)
        fill.apply_bench_environment()
        wb = Workbench.open(work / "data", actor="benchmark")
        try:
            ctx.log("  importing…")
            t0, c0 = time.perf_counter(), time.process_time()
            outcomes = wb.intake.import_mail([mail])
            import_s, import_cpu = time.perf_counter() - t0, time.process_time() - c0
            created = sum(o.status == "created" for o in outcomes)
            stored = sum(len(o.kept) for o in outcomes)
        finally:
            wb.close()
        bare_after = bare_parse(files)
        bare_s = statistics.mean((bare_before, bare_after))
        if created != count or stored != count // LARGE_EVERY:
            ctx.log(f"  WARNING: {created} of {count} created, {stored} attachments stored")
        per_message = import_s / count * 1000
        return [
            Row("intake.import_ms", f"import-mail: {count:,} messages, 10 % with a 2 MB PDF (per message)",
                per_message, "ms", note=f"{import_s:.1f} s in all ({size / 1e6:.0f} MB of mail), cpu "
                                         f"{import_cpu / count * 1000:.1f} ms per message; {created} created, "
                                         f"{stored} PDFs stored"),
            Row("intake.bare_parse_ms", "bare email.message_from_binary_file (policy.default), same files",
                bare_s / count * 1000, "ms", note=f"{bare_before:.2f} s before, {bare_after:.2f} s after the import"),
            Row("intake.ratio", "import / bare parsing of the same messages", import_s / bare_s, "x", target=4),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)
