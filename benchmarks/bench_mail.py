"""Mail benchmark: fetch 1,000 messages from a local Dovecot, our fetch against a bare IMAPClient loop.

The benchmark starts its own Dovecot (tests/mailservers.py: a throw-away configuration on
loopback, IMAPS with a self-signed certificate) and puts in it the messages of the intake
benchmark (a mix of sizes, 10 % with a 2 MB PDF). Then, each in a process of its own (so
that its peak RSS is its own):

- ours: `wb.mail.fetch()` into a fresh data folder: download, parse, import (encrypted
  vault, database, journal), record each UID in the import's transaction, flag the
  messages on the server;
- bare: IMAPClient alone, logged in on the same server, `BODY.PEEK[]` of the same UIDs in
  the same chunks, keeping only their sizes;
- import alone: the same messages downloaded first (not timed), then imported as the
  fetch imports them, into another fresh folder: the share of the import in the fetch.

The bare loop runs before and after ours (their mean is the reference). Without Dovecot
(`apt-get install dovecot-imapd`) the benchmark gives one row saying so.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import fill
from benchmarks.common import Context, Row, benchmark

MESSAGES = 1000
CHILD_TIMEOUT = 1800  # seconds before a contender is killed


@dataclass
class Child:
    result: dict
    wall_s: float

    @property
    def peak_mb(self) -> float:
        return float(self.result.get("peak_mb", float("nan")))


def _environment() -> dict[str, str]:
    env = fill.apply_bench_environment(dict(os.environ))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(fill.REPO_ROOT), env.get("PYTHONPATH")]))
    return env


def run_child(kind: str, config: dict) -> Child:
    """`python -m benchmarks.bench_mail KIND CONFIG` in a process of its own; its JSON answer."""
    argv = [sys.executable, "-m", "benchmarks.bench_mail", kind, json.dumps(config)]
    t0 = time.perf_counter()
    done = subprocess.run(argv, env=_environment(), cwd=fill.REPO_ROOT, capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"{kind} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return Child(json.loads(done.stdout.strip().splitlines()[-1]), time.perf_counter() - t0)


def peak_rss_mb() -> float:
    """This process's own peak resident memory.

    VmHWM of /proc (Linux), not ru_maxrss: across the exec that started this process Linux
    keeps the parent's high-water mark in ru_maxrss, which would report the parent's memory.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024 if sys.platform == "darwin" else 1024)


# -- the two contenders, each in its own process ----------------------------------------------------------


def ours(config: dict) -> dict:
    """Our fetch into a fresh data folder (the folder's keys are made before the clock starts)."""
    from dpo_workbench.services.mail import AccountSettings
    from dpo_workbench.workbench import Workbench

    fill.apply_bench_environment()
    wb = Workbench.open(Path(config["data_dir"]), actor="benchmark")
    try:
        wb.mail.add_account(AccountSettings(
            name="Benchmark", imap_host="127.0.0.1", imap_port=config["port"], imap_security="ssl",
            login=config["login"], imap_pin=config["pin"]), config["password"])
        t0, c0 = time.perf_counter(), time.process_time()
        [report] = wb.mail.fetch("Benchmark")
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        statuses = [o.status for o in report.outcomes]
        return {"seconds": seconds, "cpu": cpu, "found": report.found, "acted": report.acted,
                "created": statuses.count("created"), "failed": statuses.count("failed"),
                "stored": sum(len(o.kept) for o in report.outcomes),
                "error": report.error.code if report.error else None, "peak_mb": peak_rss_mb()}
    finally:
        wb.close()


def bare(config: dict) -> dict:
    """IMAPClient alone: log in, list the UIDs, download every message in the same chunks; keep the sizes."""
    import imapclient

    from dpo_workbench.intake.mailbox import FETCH_CHUNK

    t0, c0 = time.perf_counter(), time.process_time()
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the pinned self-signed certificate, as our fetch trusts it
    client = imapclient.IMAPClient("127.0.0.1", port=config["port"], ssl=True, ssl_context=context, timeout=30)
    client.login(config["login"], config["password"])
    client.select_folder("INBOX", readonly=True)
    uids = sorted(client.search("ALL"))
    size = count = 0
    for start in range(0, len(uids), FETCH_CHUNK):
        answer = client.fetch(uids[start:start + FETCH_CHUNK], ["BODY.PEEK[]", "INTERNALDATE"])
        for item in answer.values():
            size += len(item[b"BODY[]"])
            count += 1
    client.logout()
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "messages": count,
            "bytes": size, "peak_mb": peak_rss_mb()}


def import_only(config: dict) -> dict:
    """The same messages, downloaded first (not timed), then imported as the fetch imports them."""
    from dpo_workbench.intake.mailbox import ImapMailbox, Server
    from dpo_workbench.services.intake import MailSource
    from dpo_workbench.workbench import Workbench

    server = Server("127.0.0.1", config["port"], "ssl", config["login"], config["password"], config["pin"])
    with ImapMailbox(server) as box:
        box.select("INBOX")
        messages = [m for chunk in box.fetch(box.uids_after(0)) for m in chunk]
    sources = [MailSource(name=f"Benchmark #{m.uid}", path=Path(f"message-{m.uid}.eml"), data=m.data,
                          file_time=m.arrived, time_source="server", label=f"message-{m.uid}.eml", key=m.uid)
               for m in messages]
    fill.apply_bench_environment()
    wb = Workbench.open(Path(config["data_dir"] + "-import"), actor="benchmark")
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        created = sum(o.status == "created" for _d, _t, outcomes in wb.intake.iter_import_sources(sources)
                      for o in outcomes)
        return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "created": created}
    finally:
        wb.close()


# -- the benchmark -------------------------------------------------------------------------------------------


@benchmark
def bench_mail(ctx: Context) -> list[Row]:
    """Fetch 1,000 messages from a local Dovecot: our fetch (import included) against a bare IMAPClient loop."""
    from tests.mailservers import DOVECOT, PASSWORD, SKIP_REASON, USER, Dovecot

    if DOVECOT is None:
        return [Row("mail.skipped", f"mail fetch: not measured, {SKIP_REASON}", 0.0, "rows")]
    from benchmarks.bench_intake import LARGE_EVERY, make_messages

    wanted = MESSAGES if ctx.requests >= 2000 else MESSAGES // 10  # the smoke test's tiny register: a tenth
    work = Path(tempfile.mkdtemp(prefix="dpo-bench-mail-"))
    try:
        with Dovecot() as server:
            mail = work / "mail"
            mail.mkdir()
            count, size = make_messages(mail, wanted)
            ctx.log(f"  putting {count} messages ({size / 1e6:.0f} MB, {count // LARGE_EVERY} with a 2 MB PDF) "
                    f"in a local Dovecot…")
            t0 = time.perf_counter()
            files = sorted(mail.iterdir())
            for start in range(0, len(files), 50):  # a few MB at a time: this process's memory stays small
                server.append([path.read_bytes() for path in files[start:start + 50]])
            ctx.log(f"  ({time.perf_counter() - t0:.1f} s); bare IMAPClient loop…")
            config = {"port": server.imaps_port, "login": USER, "password": PASSWORD,
                      "pin": server.certificate.fingerprint, "data_dir": str(work / "data")}
            before = run_child("bare", config)
            ctx.log(f"  bare {before.result['seconds']:.2f} s; our fetch into a fresh data folder…")
            fetched = run_child("ours", config)
            ctx.log(f"  ours {fetched.result['seconds']:.2f} s; bare again…")
            after = run_child("bare", config)
            ctx.log(f"  bare {after.result['seconds']:.2f} s; the import alone of the same messages…")
            alone = run_child("import", config)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = fetched.result
    if result["error"] or result["found"] != count or result["created"] != count:
        ctx.log(f"  WARNING: found {result['found']}, created {result['created']} of {count}, "
                f"error {result['error']}")
    ours_s = result["seconds"]
    bare_s = statistics.mean((before.result["seconds"], after.result["seconds"]))
    megabytes = before.result["bytes"] / 1e6
    return [
        Row("mail.fetch_s", f"mail fetch: {count:,} messages from a local Dovecot, imported (ours)", ours_s, "s",
            note=f"cpu {result['cpu']:.1f} s; {result['created']} created, {result['stored']} PDFs stored, "
                 f"{result['acted']} flagged on the server; {megabytes:.0f} MB of mail"),
        Row("mail.bare_s", "bare IMAPClient loop downloading the same messages", bare_s, "s",
            note=f"{before.result['seconds']:.2f} s before, {after.result['seconds']:.2f} s after ours; "
                 f"cpu {before.result['cpu']:.1f} s"),
        Row("mail.ratio", "mail fetch / bare download of the same messages", ours_s / bare_s, "x", target=3.0),
        Row("mail.import_only_s", "import alone of the same messages (downloaded beforehand)",
            alone.result["seconds"], "s", note=f"cpu {alone.result['cpu']:.1f} s; bare download + import alone = "
                                               f"{bare_s + alone.result['seconds']:.2f} s"),
        Row("mail.fetch_overhead", "mail fetch / (bare download + import alone)",
            ours_s / (bare_s + alone.result["seconds"]), "x",
            note="what the fetch adds: UIDs kept, flags, progress, one connection"),
        Row("mail.fetch_per_s", "mail fetch: messages per second (ours)", count / ours_s, "msg/s",
            higher_is_better=True, note=f"bare: {count / bare_s:.0f} msg/s"),
        Row("mail.fetch_peak_mb", "peak RSS: the process of our fetch", fetched.peak_mb, "MB",
            note="its own process (VmHWM), the workbench opened in it"),
        Row("mail.bare_peak_mb", "peak RSS: the process of the bare loop", max(before.peak_mb, after.peak_mb), "MB"),
    ]


if __name__ == "__main__":  # a contender, started by run_child: `python -m benchmarks.bench_mail ours|bare CONFIG`
    kind, config_json = sys.argv[1], sys.argv[2]
    answer = {"ours": ours, "bare": bare, "import": import_only}[kind](json.loads(config_json))
    print(json.dumps(answer))
