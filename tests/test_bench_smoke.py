"""The benchmark command works on a tiny register: every row comes out with a number.

No timing is asserted: `make bench` measures, it does not judge.
"""

from __future__ import annotations

import math
from datetime import UTC, date, timedelta

import pytest

from benchmarks import bench, fill
from tests import pgserver
from tests.mailservers import DOVECOT

REQUESTS = 300

# every row the benchmark functions promise; a later row is added here too
EXPECTED_KEYS = {
    "startup.app_s", "startup.bare_s", "startup.ratio", "startup.app_inside_s", "startup.bare_inside_s",
    "memory.app_peak_mb", "memory.bare_peak_mb",
    "cli.sqlalchemy_s", "cli.due_s", "cli.due_ratio", "cli.due_all_s", "cli.request_add_s", "cli.request_add_ratio",
    "cli.due_passphrase_s", "cli.scrypt_s",
    *(f"search.{n}.{kind}" for n in range(5) for kind in ("ids_ms", "gui_ms")),
    *(f"filter.{name}.{kind}" for name in ("awaiting", "overdue", "active", "none") for kind in ("ids_ms", "gui_ms")),
    "sort.due_asc_ms", "sort.due_desc_ms", "sort.due_asc_ids_ms", "sort.due_desc_ids_ms",
    "window.build_ms", "window.search_ms", "window.sort_ms",
    "memory.bench_peak_mb",
    "breaches.open_ms", "breaches.filter_ms", "breaches.draft_ms",
    "letters.two_page_ms", "letters.preview_ms", "letters.batch_500_s", "letters.bare_500_s", "letters.batch_ratio",
    "intake.import_ms", "intake.bare_parse_ms", "intake.ratio",
    "reports.dashboard_figures_ms", "reports.dashboard_figures_all_ms", "reports.dashboard_filtered_ms",
    "reports.dashboard_redraw_ms", "reports.annual_json_ms", "reports.annual_pdf_ms", "reports.cells_build_s",
    "register.import_xlsx_s", "register.import_ods_s", "register.import_csv_s",
    *(f"{folder}.{kind}" for folder in ("backup", "backup_scans")
      for kind in ("create_s", "create_mbs", "copy_s", "create_ratio", "verify_s", "verify_mbs", "verify_ratio")),
    # the mail fetch needs Dovecot (started by the benchmark); without it, one row says so
    *(("mail.fetch_s", "mail.bare_s", "mail.ratio", "mail.import_only_s", "mail.fetch_overhead", "mail.fetch_per_s",
       "mail.fetch_peak_mb", "mail.bare_peak_mb") if DOVECOT else ("mail.skipped",)),
    # team mode: the same register on PostgreSQL (the cluster .ci/run started, or one of the benchmark's own)
    *((*(f"team.{key}.{db}_ms" for key in ("list", "list_active", "sort_name", "sort_name_desc", "sort_due",
                                            *(f"search.{n}" for n in range(5))) for db in ("sqlite", "postgresql")),
       "team.fill_s", "team.writers.sqlite_per_s", "team.writers.postgresql_per_s", "team.writers.ratio")
      if pgserver.skip_reason() is None else ("team.skipped",)),
}


@pytest.fixture
def bench_env(monkeypatch):
    for name, value in fill.BENCH_ENVIRONMENT.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def filled(tmp_path, bench_env):
    data_dir = tmp_path / "bench-data"
    # in a child process, as `make bench` does: the folder's keys go to a passphrase file
    # (this test process has an in-memory keyring that the application's process would not see)
    info = fill.ensure_filled(data_dir, REQUESTS, in_subprocess=True, log=lambda message: None)
    assert not info.cached and info.seconds is not None
    return data_dir


def test_fill_stores_what_the_workbench_would(filled):
    from sqlalchemy import func, select

    from dpo_workbench.core.lifecycle import Case, State
    from dpo_workbench.core.rights import Channel, Right
    from dpo_workbench.core.text import fold
    from dpo_workbench.services.requests import NewRequest, RegisterQuery, search_key
    from dpo_workbench.store.models import Request, RequestRight, RequestSearch
    from dpo_workbench.workbench import Workbench

    wb = Workbench.open(filled, actor="test")
    try:
        assert wb.requests.total() == REQUESTS
        with wb.db.reading() as s:
            requests = s.execute(select(Request)).scalars().all()
            per_request = dict(s.execute(select(RequestRight.request_id, func.count())
                                         .group_by(RequestRight.request_id)).all())
            keys = dict(s.execute(select(RequestSearch.request_id, RequestSearch.key)).all())
        today = wb.today()
        states = {r.state for r in requests}
        assert {State.OPEN.value, State.AWAITING_IDENTITY.value, State.CLOSED.value} <= states
        for r in requests:
            assert keys[r.id] == search_key(r.requester_name, r.requester_email, r.reference)
            assert (r.name_key, r.email_key) == (fold(r.requester_name), fold(r.requester_email))
            assert r.last_step_on is not None and r.received_on <= r.last_step_on <= today
            assert r.due_on == Case(received=r.received_on, region=r.region, suspended_days=r.suspended_days,
                                    extended=r.extended).due
            assert today - timedelta(days=3 * 366) <= r.received_on <= today
            assert 1 <= per_request[r.id] <= 3
            assert per_request[r.id] == len(r.rights_text.split(","))
        assert wb.requests.ids(RegisterQuery(urgency="overdue"))
        # the reference counters follow the filled requests: logging one more does not collide
        reference = wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.WEB,
                                                   received_on=today, requester_name="Zoé Test"))
        assert wb.requests.ids(RegisterQuery(text=reference))
    finally:
        wb.close()


def test_the_fill_gives_every_column_of_the_request_table():
    """A column added to the model must be added to the fill too (else it is left NULL or default)."""
    from datetime import datetime

    from dpo_workbench.store.models import Request

    requests, rights, searches, events, counters = fill.generate(
        50, date(2026, 11, 26), datetime(2026, 11, 26, 9, tzinfo=UTC), "FR", fill.DEFAULT_SEED)
    assert len(requests) == 50 and rights and events and counters and len(searches) == 50
    assert set(requests[0]) == set(Request.__table__.c.keys())


def test_a_filled_folder_is_reused_until_the_size_changes(filled):
    assert fill.ensure_filled(filled, REQUESTS, log=lambda message: None).cached
    assert fill.stale_reason(filled, REQUESTS + 1, fill.DEFAULT_SEED, date.today())


def test_a_foreign_folder_is_never_emptied(tmp_path, bench_env):
    precious = tmp_path / "real-data"
    precious.mkdir()
    (precious / "workbench.db").write_bytes(b"not ours")
    with pytest.raises(fill.FillError):
        fill.ensure_filled(precious, REQUESTS, log=lambda message: None)
    assert (precious / "workbench.db").read_bytes() == b"not ours"


@pytest.mark.slow
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform, showing a window
def test_every_benchmark_gives_a_numeric_row(filled, qapp):
    ctx = bench.Context(data_dir=filled, requests=REQUESTS, runs=1, repeats=2, log=lambda message: None)
    rows = bench.run_all(ctx)
    keys = [r.key for r in rows]
    assert len(keys) == len(set(keys)), "row keys must be unique"
    assert set(keys) >= EXPECTED_KEYS
    for r in rows:
        assert isinstance(r.figure, (int, float)) and math.isfinite(r.figure) and r.figure >= 0, r
        assert r.verdict in ("PASS", "MISS", "info")
    table = bench.format_table(rows)
    assert all(r.metric in table for r in rows)
