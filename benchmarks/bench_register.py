"""Benchmark rows of the register of processing activities: importing 1,000 processings from a spreadsheet.

A register of 1,000 processings (every field filled, in French and in English, spread over
twenty departments) is exported to XLSX, ODS and CSV from one folder, then each file is
imported into a fresh folder: read, checked, compared (the preview), then written (a
processing and its first version each, one transaction, journaled). The figure is the whole
import, preview plus apply, of the XLSX file; the ODS and CSV ones are information.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import Context, Row, benchmark

PROCESSINGS = 1000


def fill_register(wb, n: int) -> None:
    from dpo_workbench.core import register as reg

    for d in range(20):
        wb.register.save_department(None, f"Service {d:02d}", f"Contact {d:02d}", f"service{d:02d}@example.org")
    criteria = list(reg.DPIA_CRITERIA)
    for i in range(n):
        text = lambda fr, en: {"fr": fr, "en": en}  # noqa: E731
        wb.register.save(reg.Processing(
            name=text(f"Traitement {i:04d} — gestion des dossiers", f"Processing {i:04d} — case files"),
            department=f"Service {i % 20:02d}", controller="Exemple SAS, 12 rue de l'Exemple, 75002 Paris",
            purposes=text("Gestion des dossiers\nSuivi de la relation\nStatistiques",
                          "Case files\nRelationship\nStats"),
            legal_basis=text("Exécution du contrat (art. 6.1.b)", "Contract (Art. 6(1)(b))"),
            subjects=("customer", "prospect") if i % 2 else ("employee",),
            data_categories=text("Identité\nCoordonnées\nDonnées de connexion", "Identity\nContact\nLogs"),
            recipients=text("Service client\nHébergeur (sous-traitant)", "Customer service\nHosting (processor)"),
            retention=text("Trois ans à compter du dernier contact", "Three years from the last contact"),
            security=text("Habilitations\nChiffrement TLS\nJournalisation", "Access rights\nTLS\nLogging"),
            dpia_criteria=tuple(criteria[i % 9: i % 9 + (i % 3)])))


@benchmark
def bench_register(ctx: Context) -> list[Row]:
    """Import of a register of 1,000 processings (XLSX, ODS, CSV) into an empty folder: preview + apply."""
    from dpo_workbench.workbench import Workbench

    folder = Path(tempfile.mkdtemp(prefix="dpo-bench-register-"))
    figures: dict[str, tuple[float, float]] = {}
    try:
        source = Workbench.open(folder / "source", actor="benchmark")
        try:
            fill_register(source, PROCESSINGS)
            files = {fmt: source.register.export(fmt, "rows") for fmt in ("xlsx", "ods", "csv")}
        finally:
            source.close()
        for fmt, data in files.items():
            target = Workbench.open(folder / f"target-{fmt}", actor="benchmark")
            try:
                t0 = time.perf_counter()
                preview = target.register.read_import(data=data, name=f"register.{fmt}")
                t1 = time.perf_counter()
                result = target.register.apply_import(preview)
                t2 = time.perf_counter()
                assert len(result.added) == PROCESSINGS, (fmt, len(result.added))
                figures[fmt] = (t1 - t0, t2 - t0)
            finally:
                target.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    read, whole = figures["xlsx"]
    return [
        Row("register.import_xlsx_s", f"register import of {PROCESSINGS:,} processings (XLSX): preview + apply",
            whole, "s", target=10.0, note=f"reading and preview {read:.2f} s"),
        *[Row(f"register.import_{fmt}_s", f"register import of {PROCESSINGS:,} processings ({fmt.upper()})",
              figures[fmt][1], "s", note=f"reading and preview {figures[fmt][0]:.2f} s") for fmt in ("ods", "csv")],
    ]
