"""Team mode benchmark: the register of 100,000 requests on PostgreSQL (sealed) beside the same one on SQLite.

- list, search and sort times (`wb.requests.ids` and the rows of a first screen), the same queries on both
  registers, filled with the same generated requests (the fill's seed): on PostgreSQL every name is sealed,
  the search goes through the blind index and a sort by name opens the names of the whole register;
- the throughput of 4 writer processes logging requests at the same time, on each database (on SQLite a copy
  of the filled folder, on PostgreSQL the filled team database);
- the cost of one poll of the live refresh (`wb.changes.since`), with nothing new and after 5 changes by
  another writer, the journal grown to one entry per request.

PostgreSQL is the one `.ci/run` started (DPO_WORKBENCH_TEST_POSTGRES_URL) or a throw-away cluster of our own
(tests/pgserver.py); without either, one row says why. The team database is filled in a child process
(`python -m benchmarks.bench_team --fill URL N`), through the application's own column types: what is
inserted is sealed as the workbench seals it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks import fill
from benchmarks.common import PAGE_ROWS, Context, Row, _notes, benchmark, timed

LOGIN, PASSPHRASE = "bench", "team benchmark passphrase, not a secret"
WRITERS = 4
WRITES_EACH = 50
SEARCH_TARGET_MS = 150.0


def fill_team(url: str, requests: int, seed: int = fill.DEFAULT_SEED) -> None:
    """Create the team on `url` and insert the generated requests (sealed by the column types)."""
    from datetime import UTC, datetime

    from sqlalchemy import insert, text

    from dpo_workbench.services.organisation import OrganisationProfile
    from dpo_workbench.store.models import Event, ReferenceCounter, Request, RequestRight, RequestSearch
    from dpo_workbench.team import initialise
    from dpo_workbench.workbench import Workbench

    initialise(url, LOGIN, PASSPHRASE, datetime.now(UTC))
    wb = Workbench.open_team(url, LOGIN, data_dir=Path(tempfile.gettempdir()) / "dpo-bench-team",
                             passphrase=PASSPHRASE)
    try:
        wb.organisation.save(OrganisationProfile(
            name="Exemple Distribution SAS", address="27 boulevard Voltaire\n75011 Paris", siren="000000000",
            dpo_name="Marion Durand", dpo_email="dpo@exemple.fr", region="FR"))
        request_rows, right_rows, search_rows, event_rows, counters = fill.generate(
            requests, wb.today(), wb.now(), wb.organisation.region, seed)
        with wb.db.engine.begin() as conn:
            for table, rows in ((Request.__table__, request_rows), (RequestRight.__table__, right_rows),
                                (RequestSearch.__table__, search_rows), (Event.__table__, event_rows)):
                for i in range(0, len(rows), fill.CHUNK):
                    conn.execute(insert(table), rows[i:i + fill.CHUNK])
            if counters:
                conn.execute(insert(ReferenceCounter.__table__),
                             [{"year": y, "last": last} for y, last in sorted(counters.items())])
            for table in ("request", "event"):  # the rows came with their ids: the sequences follow them
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"))
        with wb.db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
    finally:
        wb.close()


# -- the journal behind the live refresh -------------------------------------------------------------------


def grow_journal(db, entries: int) -> None:
    """Add `entries` journal entries (one per request, as the register's own history would have), chained."""
    from datetime import UTC, datetime

    from sqlalchemy import insert, select, update

    from dpo_workbench.audit.journal import GENESIS, canonical, entry_hash
    from dpo_workbench.store.models import AuditEntry, AuditHead

    with db.engine.begin() as conn:
        head = conn.execute(select(AuditHead.last_id, AuditHead.last_hash).where(AuditHead.id == 1)).one_or_none()
        last_id, prev = head if head is not None else (0, GENESIS)
        stamp, details = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).isoformat(timespec="microseconds"), canonical({})
        rows = []
        for n in range(last_id + 1, last_id + entries + 1):
            ref = f"DSR-2025-{n:05d}"
            digest = entry_hash(n, stamp, "bench", "request.create", "request", ref, details, prev)
            rows.append({"id": n, "at": stamp, "actor": "bench", "action": "request.create", "object_type": "request",
                         "object_id": ref, "details": details, "prev_hash": prev, "hash": digest})
            prev = digest
        for i in range(0, len(rows), fill.CHUNK):
            conn.execute(insert(AuditEntry.__table__), rows[i:i + fill.CHUNK])
        if head is None:
            conn.execute(insert(AuditHead.__table__).values(id=1, last_id=last_id + entries, last_hash=prev))
        else:
            conn.execute(update(AuditHead.__table__).where(AuditHead.id == 1).values(last_id=last_id + entries,
                                                                                     last_hash=prev))


def poll_costs(wb, other, repeats: int) -> tuple[float, float]:
    """(ms of an idle poll: `since(token)` with nothing new; ms of a poll after another user's 5 changes)."""
    from dpo_workbench.core.rights import Channel, Right
    from dpo_workbench.services.requests import NewRequest

    token = wb.changes.token()
    idle = timed(lambda: wb.changes.since(token), repeats).wall_ms
    for n in range(5):
        other.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.WEB, received_on=wb.today(),
                                           requester_name=f"Poll Person {n}"))
    changes = wb.changes.since(token)
    assert len(changes.requests) == 5, changes
    after = timed(lambda: wb.changes.since(token), repeats).wall_ms
    return idle, after


# -- the writers --------------------------------------------------------------------------------------------


def _writer(where: dict, number: int, barrier, results) -> None:
    os.environ.update(fill.BENCH_ENVIRONMENT)
    from dpo_workbench.core.rights import Channel, Right
    from dpo_workbench.services.requests import NewRequest
    from dpo_workbench.workbench import Workbench

    try:
        if where["url"]:
            wb = Workbench.open_team(where["url"], LOGIN, data_dir=Path(where["data_dir"]), passphrase=PASSPHRASE)
        else:
            wb = Workbench.open(Path(where["data_dir"]), actor=f"writer-{number}")
        try:
            barrier.wait(timeout=300)
            t0 = time.perf_counter()
            for i in range(WRITES_EACH):
                wb.requests.register(NewRequest(
                    rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=date.today(),
                    requester_name=f"Writer{number} Person{i}", requester_email=f"w{number}.p{i}@example.org"))
            results.put((number, t0, time.perf_counter(), None))
        finally:
            wb.close()
    except BaseException as exc:
        results.put((number, 0.0, 0.0, f"{type(exc).__name__}: {str(exc)[:300]}"))
        raise


def writers_throughput(where: dict) -> float:
    """Requests logged per second by WRITERS processes at once (from the first start to the last end)."""
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(WRITERS), ctx.Queue()
    processes = [ctx.Process(target=_writer, args=(where, n, barrier, results)) for n in range(WRITERS)]
    for p in processes:
        p.start()
    spans = [results.get(timeout=900) for _ in processes]
    for p in processes:
        p.join(timeout=120)
    failed = [f"writer {n}: {error}" for n, _, _, error in spans if error]
    if failed or any(p.exitcode for p in processes):
        raise RuntimeError("a writer process failed: " + "; ".join(failed))
    start, end = min(s[1] for s in spans), max(s[2] for s in spans)
    return WRITERS * WRITES_EACH / (end - start)


# -- the queries --------------------------------------------------------------------------------------------


def search_terms(wb) -> list[tuple[str, str]]:
    """What a DPO types, taken from the (same) data so that they match on both registers."""
    from sqlalchemy import func, select

    from dpo_workbench.store.models import Request

    with wb.db.reading() as s:
        count = s.execute(select(func.count(Request.id))).scalar_one()

        def at(column, fraction: float):
            stmt = select(column).order_by(Request.id).offset(int(count * fraction)).limit(1)
            return s.execute(stmt).scalar_one_or_none() or ""

        email = next((e for e in (at(Request.requester_email, f / 100) for f in range(50, 60)) if e), "")
        reference, full_name = at(Request.reference, 0.33), at(Request.requester_name, 0.25)
    return [("a surname", "Lefèvre"), ("first name and surname", full_name),
            ("part of an e-mail", email.split("@")[0]), ("a reference", reference), ("no match", "Quetzalcoatl")]


def measure(wb, repeats: int, terms: list[tuple[str, str]]) -> dict[str, tuple[float, str]]:
    """key -> (median ms, note) for the list, the searches and the sorts, on one register."""
    from dpo_workbench.services.requests import RegisterQuery

    def page(query: RegisterQuery):
        ids = wb.requests.ids(query)
        wb.requests.rows(ids[:PAGE_ROWS])
        return ids

    figures = {}
    for key, query in (("list", RegisterQuery()), ("list_active", RegisterQuery(urgency="active")),
                       ("sort_name", RegisterQuery(sort="requester")),
                       ("sort_name_desc", RegisterQuery(sort="requester", descending=True)),
                       ("sort_due", RegisterQuery(sort="due_on", descending=True))):
        n = len(page(query))
        t = timed(lambda q=query: page(q), repeats)
        figures[key] = (t.wall_ms, _notes(t.note, f"{n:,} rows"))
    for n, (_label, text) in enumerate(terms):
        matches = len(page(RegisterQuery(text=text)))
        t = timed(lambda q=RegisterQuery(text=text): page(q), repeats)
        figures[f"search.{n}"] = (t.wall_ms, _notes(t.note, f"{matches:,} match{'es' if matches != 1 else ''}"))
    return figures


@benchmark
def bench_team(ctx: Context) -> list[Row]:
    """The register on PostgreSQL (team mode, sealed) beside SQLite: list, search, sort, 4 writers."""
    from tests import pgserver

    reason = pgserver.skip_reason()
    if reason is not None:
        return [Row("team.skipped", f"team mode on PostgreSQL: not measured ({reason})", 0, "")]
    url = os.environ.get(pgserver.URL_VARIABLE)
    cluster = None
    if not url:
        ctx.log("starting a throw-away PostgreSQL cluster…")
        cluster = pgserver.Cluster()
        cluster.start()
        url = cluster.url
    server = pgserver.Server(url)
    team_url = server.fresh_database(migrated=False)
    try:
        return _measure_both(ctx, team_url)
    finally:
        server.drop(team_url)
        if cluster is not None:
            cluster.stop()


def _measure_both(ctx: Context, team_url: str) -> list[Row]:
    from dpo_workbench.workbench import Workbench

    ctx.log(f"filling a team database with {ctx.requests:,} sealed requests…")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "benchmarks.bench_team", "--fill", team_url, str(ctx.requests)],
                   check=True, cwd=fill.REPO_ROOT, env=fill.apply_bench_environment(dict(os.environ)))
    fill_s = time.perf_counter() - t0
    local = Path(tempfile.mkdtemp(prefix="dpo-bench-team-"))
    try:
        sqlite_wb = ctx.workbench()
        team_wb = Workbench.open_team(team_url, LOGIN, data_dir=local / "team", passphrase=PASSPHRASE)
        try:
            terms = search_terms(sqlite_wb)
            on_sqlite = measure(sqlite_wb, ctx.repeats, terms)
            on_team = measure(team_wb, ctx.repeats, terms)
        finally:
            team_wb.close()
        rows = [Row("team.fill_s", f"team: fill {ctx.requests:,} requests on PostgreSQL (sealed, child process)",
                    fill_s, "s")]
        labels = {"list": "list (no filter) + first screen", "list_active": "list (open requests) + first screen",
                  "sort_name": "sort by requester name ↑ + first screen",
                  "sort_name_desc": "sort by requester name ↓ + first screen",
                  "sort_due": "sort by due date ↓ + first screen"}
        labels.update({f"search.{n}": f"search {label} '{text}'" for n, (label, text) in enumerate(terms)})
        for key, label in labels.items():
            sqlite_ms, sqlite_note = on_sqlite[key]
            team_ms, team_note = on_team[key]
            target = SEARCH_TARGET_MS if key.startswith("search.") else None
            rows.append(Row(f"team.{key}.sqlite_ms", f"{label}: SQLite", sqlite_ms, "ms", target=target,
                            note=sqlite_note))
            rows.append(Row(f"team.{key}.postgresql_ms", f"{label}: PostgreSQL", team_ms, "ms", target=target,
                            note=team_note))
        ctx.log(f"{WRITERS} writer processes on each database…")
        copy = local / "sqlite-copy"
        shutil.copytree(ctx.data_dir, copy, ignore=shutil.ignore_patterns(fill.MARKER))
        sqlite_rate = writers_throughput({"url": None, "data_dir": str(copy)})
        team_rate = writers_throughput({"url": team_url, "data_dir": str(local / "writers")})
        note = f"{WRITERS} processes × {WRITES_EACH} requests, on the {ctx.requests:,}-request register"
        ctx.log("live refresh: one poll, with a journal of the register's size…")
        rows += _poll_rows(ctx, copy, team_url, local)
        rows += [Row("team.writers.sqlite_per_s", "4 concurrent writers: SQLite", sqlite_rate, "requests/s",
                     note=note),
                 Row("team.writers.postgresql_per_s", "4 concurrent writers: PostgreSQL", team_rate, "requests/s",
                     note=note),
                 Row("team.writers.ratio", "4 concurrent writers: PostgreSQL / SQLite", team_rate / sqlite_rate,
                     "x", note="throughput ratio")]
        return rows
    finally:
        shutil.rmtree(local, ignore_errors=True)


def _poll_rows(ctx: Context, sqlite_folder: Path, team_url: str, local: Path) -> list[Row]:
    from dpo_workbench.workbench import Workbench

    rows = []
    opened = [Workbench.open(sqlite_folder, actor="bench"), Workbench.open(sqlite_folder, actor="other"),
              Workbench.open_team(team_url, LOGIN, data_dir=local / "poll", passphrase=PASSPHRASE)]
    try:
        opened.append(Workbench.open_team(team_url, LOGIN, data_dir=local / "poll2", passphrase=PASSPHRASE))
        for name, (wb, other) in (("sqlite", opened[0:2]), ("postgresql", opened[2:4])):
            grow_journal(wb.db, ctx.requests)
            idle, after = poll_costs(wb, other, ctx.repeats * 10)
            note = f"wb.changes.since(token), journal of {wb.changes.token():,} entries"
            label = "SQLite" if name == "sqlite" else "PostgreSQL"
            rows += [Row(f"team.poll.{name}_ms", f"live refresh, one poll, nothing new: {label}", idle, "ms",
                         note=note),
                     Row(f"team.poll_changes.{name}_ms", f"live refresh, one poll after 5 changes: {label}", after,
                         "ms", note=note)]
    finally:
        for wb in opened:
            wb.close()
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="fill a team database for the benchmark")
    parser.add_argument("--fill", nargs=2, metavar=("URL", "REQUESTS"), required=True)
    args = parser.parse_args()
    fill_team(args.fill[0], int(args.fill[1]))
