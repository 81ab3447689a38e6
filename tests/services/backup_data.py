"""A realistic data folder for the backup tests: the demo, scans, letters, e-mails, a custom template."""

from __future__ import annotations

import io
import resource
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

from PIL import Image
from sqlalchemy import text

from dpo_workbench.core.lifecycle import State
from dpo_workbench.demo import load_demo
from dpo_workbench.services.requests import RegisterQuery
from dpo_workbench.workbench import Workbench

CORPUS = Path(__file__).resolve().parent.parent / "intake" / "corpus"
MAILS = ("fr_acces_utf8_qp.eml", "en_forwarded.eml", "fr_attachments_nonascii.eml", "fr_latin1_effacement.eml")
TEMPLATE = "acknowledgement.fr.txt"
PEOPLE_IN_DEMO = ("Lefèvre", "Lefevre")  # a demo surname: must never appear in clear in a backup


def png(seed: int, side: int = 300) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), bytes((seed * 7 + i) % 256 for i in range(side * side * 3))).save(
        out, format="PNG")
    return out.getvalue()


def noise_png(seed: int, side: int = 300) -> bytes:
    """A scan that does not compress (noise): its size is about side * side * 3 bytes."""
    import random

    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), random.Random(seed).randbytes(side * side * 3)).save(out, format="PNG")
    return out.getvalue()


def pdf(pages: int = 2) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for page in range(pages):
        c.drawString(72, 720, f"Scanned letter, page {page + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def fill(wb: Workbench) -> None:
    """Requests, breaches and the organisation (demo), ID copies and scans, letters, imported e-mails,
    a document destroyed, a custom letter template, settings."""
    load_demo(wb)
    open_ids = wb.requests.ids(RegisterQuery(state=State.OPEN))
    for n, request_id in enumerate(open_ids[:4]):
        wb.documents.attach(request_id, png(n), f"scan-{n}.png", id_copy=n % 2 == 0)
    wb.documents.attach(open_ids[4], pdf(), "courrier.pdf")
    destroyed = wb.documents.attach(open_ids[5], png(9), "to-destroy.png")
    wb.documents.destroy(destroyed.id)
    for request_id in open_ids[:3]:
        wb.letters.save(request_id, "acknowledgement")
    wb.intake.import_mail([CORPUS / name for name in MAILS])
    shipped = files("dpo_workbench.resources").joinpath(f"letters/{TEMPLATE}").read_text("utf-8")
    (wb.data_dir / "letters").mkdir(exist_ok=True)
    (wb.data_dir / "letters" / TEMPLATE).write_text(shipped + "\nModèle personnalisé.\n", encoding="utf-8")
    wb.settings.set("repeat_window_months", 18)


def tables(wb: Workbench) -> dict[str, list[tuple]]:
    """Every row of every table (plain SQL), for comparing two folders."""
    with wb.db.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))]
        return {n: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{n}" ORDER BY rowid'))] for n in names}


def documents(wb: Workbench) -> dict[int, bytes]:
    """Every live document, decrypted."""
    with wb.db.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM document WHERE destroyed_at IS NULL ORDER BY id"))]
    return {i: wb.documents.read(i) for i in ids}


def fill_more(wb: Workbench) -> None:
    """Work done after a backup: two more requests."""
    from datetime import date

    from dpo_workbench.core.rights import Channel, Right
    from dpo_workbench.services.requests import NewRequest

    for name in ("Camille Apresbackup", "Dominique Ensuite"):
        wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=date(2026, 11, 25),
                                        requester_name=name, requester_email="x@exemple.fr"))


@contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """No file may grow past `limit` bytes (RLIMIT_FSIZE): a disk that is full, for the code under test."""
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails (EFBIG) instead of killing us
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)
