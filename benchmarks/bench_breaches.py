"""Benchmark rows of the breach register: 10,000 breaches open and filter, a CNIL draft builds.

The breaches go in a folder of their own (a temporary one next to the request
folder, removed afterwards), filled through SQLAlchemy Core with the columns
`Workbench.open_breach` and `update_breach` write, and a record of realistic
size (every section of the CNIL form) in `breach_detail`.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from benchmarks.common import Context, Row, benchmark, read_first_page, timed

BREACHES = 10_000

SUMMARIES = [
    "Ordinateur portable volé dans le train", "Envoi de la newsletter en copie visible",
    "Rançongiciel sur le serveur de fichiers", "Courrier envoyé à un mauvais destinataire",
    "Clé USB perdue lors d'un salon", "Accès non autorisé au CRM par un ancien salarié",
    "Hameçonnage d'un compte de messagerie", "Export clients publié par erreur sur un espace partagé",
]


def fill_breaches(wb, n: int, seed: int = 20261126) -> None:
    from sqlalchemy import insert

    from dpo_workbench.core.clock import PARIS
    from dpo_workbench.core.deadlines import breach_deadline
    from dpo_workbench.core.severity import level_of
    from dpo_workbench.core.text import fold
    from dpo_workbench.store.models import Breach, BreachCounter, BreachDetail, BreachNotification

    rng = random.Random(seed)
    now = wb.now()
    breaches, details, notifications, counters = [], [], [], {}
    for i in range(1, n + 1):
        aware = (now - timedelta(minutes=rng.randint(60, 3 * 365 * 24 * 60))).astimezone(PARIS)
        year = aware.year
        counters[year] = counters.get(year, 0) + 1
        reference = f"BRE-{year}-{counters[year]:04d}"
        summary = f"{rng.choice(SUMMARIES)} ({rng.randint(2, 5000)} personnes)"
        score = round(rng.choice([1, 2, 3, 4]) * rng.choice([0.25, 0.5, 0.75, 1]) + rng.choice([0, 0.25, 0.5, 1]), 4)
        deadline = breach_deadline(aware)
        notified = rng.random() < 0.5
        first = aware + timedelta(hours=rng.randint(2, 96)) if notified else None
        closed = aware < now - timedelta(days=30) and rng.random() < 0.9
        decision = rng.choice(["register-only", "notify", "notify-and-inform"]) if closed or notified else ""
        breaches.append(dict(id=i, reference=reference, aware_at=aware, aware_offset=int(
            aware.utcoffset().total_seconds() // 60), deadline=deadline, summary=summary,
            search_key=fold(f"{reference} {summary}"), state="closed" if closed else "open", severity_score=score,
            severity_level=level_of(score), notified=notified, first_notified_at=first,
            people_informed=rng.choice(["yes", "no", "later", "exception", ""]), decision=decision,
            decision_reason="Analyse du risque : " + summary if decision else "", created_at=aware,
            updated_at=aware, closed_at=aware + timedelta(days=20) if closed else None))
        fields = {
            "description": summary + ". " + "Circonstances détaillées de l'incident. " * 8,
            "nature": ["confidentiality"], "origin": ["device-lost"], "cause": "external-malicious",
            "people_count": rng.randint(1, 5000), "records_count": rng.randint(1, 9000),
            "data_categories": ["identity", "contact"], "people_categories": ["customers"], "vulnerable": "no",
            "consequences": "Risque d'hameçonnage ciblé. " * 4, "measures_after": "Mots de passe changés. " * 4,
        }
        details.append(dict(breach_id=i, fields=json.dumps(fields, ensure_ascii=False),
                            assessment=json.dumps({"category": "simple", "adjustment": 0.0, "ei": 0.75,
                                                   "confidentiality": 0.5, "integrity": 0.0, "availability": 0.0,
                                                   "malicious": True})))
        if notified:
            notifications.append(dict(breach_id=i, sent_at=first, kind="initial", cnil_reference=f"CNIL-{i}",
                                      recorded_at=first, recorded_by="benchmark"))
    with wb.db.engine.begin() as conn:
        for table, rows in ((Breach.__table__, breaches), (BreachDetail.__table__, details),
                            (BreachNotification.__table__, notifications)):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[start:start + 5000])
        conn.execute(insert(BreachCounter.__table__), [{"year": y, "last": c} for y, c in sorted(counters.items())])


@benchmark
def bench_breaches(ctx: Context) -> list[Row]:
    """Breach register of 10,000 breaches: open (first page + alert), filter; CNIL draft build."""
    from dpo_workbench.services.breaches import BreachQuery
    from dpo_workbench.ui.breaches.model import BreachModel
    from dpo_workbench.workbench import Workbench

    ctx.qt_app()
    folder = Path(tempfile.mkdtemp(prefix="dpo-bench-breaches-"))
    try:
        wb = Workbench.open(folder / "data", actor="benchmark")
        try:
            fill_breaches(wb, BREACHES)
            reference = wb.breaches.register(BreachQuery(state="open"))[0].reference

            def open_register() -> None:
                model = BreachModel(wb)
                model.set_query(BreachQuery())
                read_first_page(model)
                wb.breaches.alert()

            def filter_register() -> None:
                model = BreachModel(wb)
                model.set_query(BreachQuery(text="portable", level="high", state="open"))
                read_first_page(model)

            def draft() -> None:
                wb.breaches.draft(reference, "initial")

            open_register()
            draft()  # fonts registered, templates loaded: the steady state
            opened = timed(open_register, ctx.repeats)
            filtered = timed(filter_register, ctx.repeats)
            built = timed(draft, ctx.repeats)
        finally:
            wb.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [
        Row("breaches.open_ms", f"breach register ({BREACHES:,} breaches) opens: first page + nearest limit",
            opened.wall_ms, "ms", target=100.0, note=opened.note),
        Row("breaches.filter_ms", "breach register: text + severity + state filter, first page", filtered.wall_ms,
            "ms", target=100.0, note=filtered.note),
        Row("breaches.draft_ms", "CNIL notification draft builds (PDF, 4 pages)", built.wall_ms, "ms",
            target=100.0, note=built.note),
    ]
