"""A real PostgreSQL for the tests and the benchmark: the one `.ci/run` started, or a throw-away cluster of our own.

`.ci/run` starts a cluster and exports its URL in DPO_WORKBENCH_TEST_POSTGRES_URL; without it, a cluster
is made here in a temporary folder when the server programs are installed (Debian's `postgresql`
package: /usr/lib/postgresql/<version>/bin), on a free loopback port, with a password; it runs as the
`postgres` user when we are root (initdb refuses root) and dies with the process that started it. Else
the PostgreSQL tests are skipped, saying why.

Each test gets a database of its own (`fresh_database`), copied from a template migrated once.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

URL_VARIABLE = "DPO_WORKBENCH_TEST_POSTGRES_URL"
SETPRIV = shutil.which("setpriv")


def server_programs() -> Path | None:
    """The folder of initdb and postgres (the newest installed version), or None."""
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name)
                            if p.parent.name.isdigit() else 0, reverse=True):
        if (candidate / "initdb").exists() and (candidate / "postgres").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("postgres") else None


def skip_reason() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when they can."""
    if os.environ.get(URL_VARIABLE):
        return None
    if server_programs() is None:
        return (f"PostgreSQL is not installed (apt-get install postgresql) and {URL_VARIABLE} is not set: "
                ".ci/run installs and starts one")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a postgres user to run the server (initdb refuses root)"
        if SETPRIV is None:
            return "running as root without setpriv (util-linux) to start the server as postgres"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def with_database(url: str, name: str) -> str:
    """The same server URL, naming another database."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


class Cluster:
    """A throw-away PostgreSQL cluster: `with Cluster() as c:` then `c.url` (superuser, password auth)."""

    def __init__(self) -> None:
        self.url = ""
        self.port = 0
        self.process: subprocess.Popen | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None

    def __enter__(self) -> Cluster:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _as_owner(self, argv: list[str]) -> list[str]:
        if os.geteuid() != 0:
            return argv
        assert SETPRIV is not None
        return [SETPRIV, "--reuid=postgres", "--regid=postgres", "--clear-groups", "--", *argv]

    def start(self) -> None:
        programs = server_programs()
        reason = skip_reason()
        if programs is None or reason is not None:
            raise RuntimeError(reason or "no PostgreSQL")
        self._tmp = tempfile.TemporaryDirectory(prefix="dpo-postgres-")
        root = Path(self._tmp.name)
        password = secrets.token_urlsafe(18)
        (root / "pw").write_text(password + "\n")
        (root / "socket").mkdir()
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            for path in (root, root / "pw", root / "socket"):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        os.chmod(root, 0o700)
        done = subprocess.run(self._as_owner([
            str(programs / "initdb"), "-D", str(root / "data"), "-U", "postgres", "--pwfile", str(root / "pw"),
            "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
            capture_output=True, text=True, check=False)
        (root / "pw").unlink()
        if done.returncode != 0:
            raise RuntimeError("initdb failed: " + done.stderr[-2000:])
        self.port = free_port()
        # a throw-away cluster: no fsync (a crash loses it anyway); the server dies with its starter. Its log
        # goes to a file: a pipe nobody reads would fill up and stop the server mid-query
        die_with_us = [SETPRIV, "--pdeathsig", "KILL", "--"] if SETPRIV else []
        self._log = open(root / "postgres.log", "wb")  # noqa: SIM115  (closed in stop)
        self.process = subprocess.Popen(
            [*die_with_us, *self._as_owner([
                str(programs / "postgres"), "-D", str(root / "data"), "-p", str(self.port), "-h", "127.0.0.1",
                "-k", str(root / "socket"), "-c", "fsync=off", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off", "-c", "max_connections=200", "-c", "shared_buffers=128MB"])],
            start_new_session=True, stdout=subprocess.DEVNULL, stderr=self._log)
        self.url = f"postgresql://postgres:{password}@127.0.0.1:{self.port}/postgres"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = (root / "postgres.log").read_text(errors="replace")
                self.stop()
                raise RuntimeError("postgres did not start: " + error[-2000:])
            if self._accepts():
                return
            time.sleep(0.05)  # waiting for the server to accept connections, not for time to pass
        self.stop()
        raise RuntimeError("postgres did not accept connections within 60 s")

    def _accepts(self) -> bool:
        import psycopg

        try:
            psycopg.connect(self.url, connect_timeout=2).close()
            return True
        except psycopg.OperationalError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # fast shutdown
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None
        if getattr(self, "_log", None) is not None:
            self._log.close()
            self._log = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


class Server:
    """Databases on a server: the migrated template is made once, each test gets a copy of it."""

    TEMPLATE = "dpo_workbench_template"

    def __init__(self, url: str) -> None:
        self.url = url
        self._template_ready = False
        self._counter = 0

    def admin(self):
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def _template(self) -> None:
        if self._template_ready:
            return
        from dpo_workbench.store.db import Database

        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.TEMPLATE}"')
            conn.execute(f'CREATE DATABASE "{self.TEMPLATE}"')
        db = Database(with_database(self.url, self.TEMPLATE))
        try:
            db.upgrade()
        finally:
            db.dispose()
        self._template_ready = True

    def fresh_database(self, *, migrated: bool = True) -> str:
        """The URL of a new database (at the head schema, or empty)."""
        self._counter += 1
        name = f"dpo_test_{os.getpid()}_{self._counter}_{secrets.token_hex(3)}"
        if migrated:
            self._template()
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{self.TEMPLATE}"' if migrated else ""))
        return with_database(self.url, name)

    def drop(self, url: str) -> None:
        name = urlsplit(url).path.lstrip("/")
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
