"""Several writers at once, as real processes: no reference twice, no request lost, one journal chain.

N processes each log M requests (and identity requests, breaches, views: every kind of write the
journal chains) on the same register, all released at the same instant: on the data folder's SQLite
(a few local processes, waiting for each other's write lock) and on a team database on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing
import os
from datetime import UTC, date, datetime, timedelta

import pytest

WRITERS = 4
REQUESTS_EACH = 25
PASSPHRASE = "concurrency test passphrase"


def writer(where: dict, number: int, barrier, results) -> None:
    """One process: open the register, wait for the others, then log its requests as fast as it can."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ["DPO_WORKBENCH_PASSPHRASE"] = PASSPHRASE
    from dpo_workbench.core.rights import Channel, Right
    from dpo_workbench.services.requests import NewRequest
    from dpo_workbench.workbench import Workbench

    try:
        if where["url"]:
            wb = Workbench.open_team(where["url"], where["login"], data_dir=where["data_dir"])
        else:
            wb = Workbench.open(where["data_dir"], actor=f"writer-{number}")
        try:
            barrier.wait(timeout=120)
            made = []
            for i in range(REQUESTS_EACH):
                reference = wb.requests.register(NewRequest(
                    rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=date(2026, 11, 2),
                    requester_name=f"Writer{number} Person{i}", requester_email=f"w{number}.p{i}@example.org"))
                made.append(reference)
                if i % 3 == 0:
                    wb.requests.ask_identity(reference, date(2026, 11, 3))
                if i % 10 == 0:
                    wb.breaches.open(datetime.now(UTC) - timedelta(hours=1), f"Breach of writer {number}, {i}")
                wb.requests.detail(reference)  # a view: journaled too
            results.put((number, made, None))
        finally:
            wb.close()
    except BaseException as exc:  # the parent reports it
        results.put((number, [], f"{type(exc).__name__}: {exc}"))
        raise


def run_writers(where: dict) -> dict[int, list[str]]:
    ctx = multiprocessing.get_context("spawn")  # fresh processes: nothing inherited but the arguments
    barrier, results = ctx.Barrier(WRITERS), ctx.Queue()
    processes = [ctx.Process(target=writer, args=(where, n, barrier, results)) for n in range(WRITERS)]
    for p in processes:
        p.start()
    made: dict[int, list[str]] = {}
    errors = []
    for _ in processes:
        number, references, error = results.get(timeout=600)
        made[number] = references
        if error:
            errors.append(f"writer {number}: {error}")
    for p in processes:
        p.join(timeout=120)
    assert not errors, errors
    assert all(p.exitcode == 0 for p in processes)
    return made


def check(wb, made: dict[int, list[str]]) -> None:
    from dpo_workbench.services.breaches import BreachQuery

    references = [r for refs in made.values() for r in refs]
    total = WRITERS * REQUESTS_EACH
    assert len(references) == total
    assert len(set(references)) == total, "a reference was given twice"
    assert sorted(references) == [f"DSR-2026-{n:04d}" for n in range(1, total + 1)]  # none skipped either
    assert wb.requests.total() == total
    for number, refs in made.items():  # every write is there, with what its writer wrote
        for i, reference in enumerate(refs):
            detail = wb.requests.detail(reference)
            assert (detail.requester_name, detail.state.value) == (
                f"Writer{number} Person{i}", "awaiting-identity" if i % 3 == 0 else "open")
    breaches = wb.breaches.rows(wb.breaches.ids(BreachQuery()))
    assert len({b.reference for b in breaches}) == len(breaches) == WRITERS * 3
    verification = wb.audit.verify()
    assert verification.ok, verification.message()
    # each request: created, viewed, and every third one suspended; each breach: created; plus the folder's own
    assert verification.entries >= total * 2 + total // 3 + WRITERS * 3


@pytest.mark.slow
def test_concurrent_writers_on_sqlite(tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    from dpo_workbench.workbench import Workbench

    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", PASSPHRASE)
    keyring.set_keyring(fail.Keyring())  # a key file, which the writers' processes open too
    data_dir = tmp_path / "data"
    Workbench.open(data_dir).close()
    made = run_writers({"url": None, "login": None, "data_dir": data_dir})
    wb = Workbench.open(data_dir, actor="checker")
    try:
        check(wb, made)
    finally:
        wb.close()


@pytest.mark.slow
def test_concurrent_writers_on_postgresql(postgres_url, tmp_path, monkeypatch):
    from dpo_workbench.team import initialise
    from dpo_workbench.workbench import Workbench

    initialise(postgres_url, "alice", PASSPHRASE, datetime.now(UTC))
    made = run_writers({"url": postgres_url, "login": "alice", "data_dir": tmp_path / "local"})
    wb = Workbench.open_team(postgres_url, "alice", data_dir=tmp_path / "local", passphrase=PASSPHRASE)
    try:
        check(wb, made)
    finally:
        wb.close()
