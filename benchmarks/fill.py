"""Fill a data folder with many realistic, fictional requests, fast.

The folder is opened with `Workbench.open`, so the schema (and whatever the
application does on opening: migrations, later encryption) is the
application's own. The requests then go in by SQLAlchemy Core `insert()`
executemany on `wb.db.engine`, with every derived column computed by the
functions `Workbench.register_request` uses: `Case(...).due` for `due_on`,
`fold` for `name_key` and `email_key`, `search_key` for the search table.

Each request also gets the timeline events its state implies (received,
identity asked/received, extended, answered, closed, withdrawn), and the
per-year reference counters are set, so the application can go on logging
requests in a filled folder. The audit journal is not filled (one
organisation entry only).

A filled folder holds `bench-fill.json`; `ensure_filled` reuses it while the
number of requests, the seed, the generator and the schema revision match,
and refills it otherwise. A folder without that marker is never deleted.

    python -m benchmarks.fill --requests 100000 --data-dir bench-data
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT / "bench-data"
DEFAULT_REQUESTS = 100_000
DEFAULT_SEED = 20261126
MARKER = "bench-fill.json"
# Bump when the generator changes what it writes: cached folders are then refilled.
FILL_VERSION = 7  # 5: answered date, refusal and extension grounds, figure cells (migration 0011)
# A filled folder ages (open requests become overdue); refill after this many days.
MAX_AGE_DAYS = 7
YEARS = 3
ACTOR = "m.durand"
CHUNK = 10_000
# The benchmark folders' keys: a passphrase file (never the OS keyring, which would
# collect one entry per refill), unlocked from the environment as scripts do.
BENCH_PASSPHRASE = "benchmark passphrase, not a secret"
BENCH_ENVIRONMENT = {
    "DPO_WORKBENCH_PASSPHRASE": BENCH_PASSPHRASE,
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
}


def apply_bench_environment(env: dict | None = None) -> dict:
    """Set the benchmark's key-store variables (unless already set) in `env` (default os.environ)."""
    env = os.environ if env is None else env
    for name, value in BENCH_ENVIRONMENT.items():
        env.setdefault(name, value)
    return env


class FillError(RuntimeError):
    pass


@dataclass
class FillInfo:
    data_dir: str
    requests: int
    seed: int
    filled_on: str
    cached: bool
    reason: str
    seconds: float | None = None  # the fill's wall-clock time; None when the folder was reused
    generate_seconds: float | None = None
    insert_seconds: float | None = None
    events: int | None = None
    database_mb: float | None = None


# -- fictional people ------------------------------------------------------------

FIRST_NAMES = [
    "Marie", "Jean", "Pierre", "Nicolas", "Julien", "Camille", "Lucas", "Emma", "Hugo", "Manon", "Thomas",
    "Sarah", "Léa", "Chloé", "Élodie", "Hélène", "Anaïs", "Inès", "Noël", "Jérôme", "François", "Frédéric",
    "Sébastien", "Cédric", "Gaëlle", "Maëlle", "Joël", "Raphaël", "Mathéo", "Zoé", "Clément", "Théo",
    "Léon", "Agnès", "Béatrice", "Cécile", "Émilie", "Géraldine", "Jérémie", "Loïc", "Aurélie", "Stéphane",
    "Thérèse", "Benoît", "Maïwenn", "Gaël", "Anne-Sophie", "Jean-François", "Marie-Hélène", "Pierre-Étienne",
    "Paul-Émile", "Karim", "Yasmine", "Mohamed", "Fatima", "Ségolène", "Bérénice", "Héloïse", "Timothée",
    "Valérie", "Sandrine", "Nathalie", "Isabelle", "Sylvie", "Christophe", "Olivier", "Laurent", "Éric",
    "Adèle", "Capucine", "Océane", "Célia", "Aïcha", "Søren", "Łucja", "Zbigniew", "Ngọc Anh", "José",
]

SURNAMES = [  # roughly by frequency, the most common first
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
    "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
    "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
    "Masson", "Sánchez", "Gérard", "Nguyễn", "Boyer", "Denis", "Lemaître", "Duménil", "Bréchet", "Ducœur",
    "Garçon", "Hébert", "Lévêque", "Pérez", "Benoît", "Chénier", "Bénard", "Léger", "Brûlé", "Hérault",
    "Théron", "Cordier", "Noël", "Aubé", "Bélanger", "Côté", "Gagné", "Joly", "Rivière", "Daniel", "Benali",
    "Haddad", "El Amrani", "Da Silva", "Østergaard", "Wiśniewska", "Ząbek", "Le Gall", "Le Goff", "Kerjean",
    "Ménard", "Prévost", "Régnier", "Séguin", "Tessier", "Vallée", "Étienne", "Évrard", "Écuyer", "Ollivier",
    "Poirier", "Lemoine", "Renaud", "Barbier", "Arnaud", "Brun", "Roy", "Colin", "Aubert", "Lacroix",
]
SURNAME_WEIGHTS = [1 / (rank + 1) ** 0.7 for rank in range(len(SURNAMES))]

DOMAINS = ["exemple.fr", "example.com", "exemple.net", "courriel.example", "boite.example", "example.org",
           "messagerie.example", "poste.example", "entreprise.example"]
DOMAIN_WEIGHTS = [30, 18, 12, 10, 8, 7, 6, 5, 4]

STREETS = ["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "impasse des Tilleuls", "place de l'Église",
           "rue du Faubourg Saint-Denis", "quai de la Loire", "chemin des Écoliers", "allée des Châtaigniers",
           "rue de la Gare", "route de Lyon", "rue Émile-Zola"]
TOWNS = ["75011 Paris", "69003 Lyon", "13001 Marseille", "67000 Strasbourg", "44000 Nantes", "59800 Lille",
         "33000 Bordeaux", "31000 Toulouse", "57000 Metz", "35000 Rennes", "06000 Nice", "34000 Montpellier"]
NOTES = [
    "Copie de pièce d'identité jointe.",
    "Relance du demandeur par téléphone.",
    "Demande transmise par le service client.",
    "Le demandeur agit pour le compte de sa mère (mandat joint).",
    "Ancien salarié : voir avec les RH.",
    "Courrier recommandé avec accusé de réception.",
]
REASONS = {
    "refused": "Le traitement est licite et nécessaire à l'exécution du contrat ; aucune des conditions "
               "de l'article 18 du RGPD n'est remplie.",
    "partly": "Les factures doivent être conservées dix ans (obligation légale, art. L123-22 du Code de "
              "commerce) ; les autres données ont été effacées.",
}
EXTENSION_REASON = "Demande portant sur plusieurs services et sur six années d'historique : recherche complexe."

_ASCII = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "ß": "ss", "đ": "d"})


def _email(first: str, last: str, rng: random.Random) -> str:
    from dpo_workbench.core.text import fold

    f = fold(first).translate(_ASCII).replace(" ", "").replace("'", "")
    l_ = fold(last).translate(_ASCII).replace(" ", "").replace("'", "")
    pattern = rng.random()
    if pattern < 0.55:
        local = f"{f}.{l_}"
    elif pattern < 0.75:
        local = f"{f[0]}{l_}"
    elif pattern < 0.9:
        local = f"{f}.{l_}{rng.randint(1, 99)}"
    else:
        local = f"{f}_{l_}{rng.randint(1960, 2005)}"
    return f"{local}@{rng.choices(DOMAINS, DOMAIN_WEIGHTS)[0]}"


# -- generation ---------------------------------------------------------------------


def _received_day(today: date, rng: random.Random) -> date:
    """Three years up to today, more requests lately (volume grows over time)."""
    span = YEARS * 365
    x = rng.random() if rng.random() < 0.6 else 1 - rng.random() ** 0.5
    return today - timedelta(days=int(x * span))


def generate(n: int, today: date, now: datetime, region: str, seed: int):
    """Rows for the request, request_right, event and reference_counter tables."""
    from dpo_workbench.core.clock import PARIS
    from dpo_workbench.core.lifecycle import Case, State
    from dpo_workbench.core.rights import Channel, Outcome, Relation, Right
    from dpo_workbench.core.text import fold
    from dpo_workbench.services.requests import search_key

    @functools.cache
    def due(received: date, extended: bool, suspended_days: int) -> date:
        # the same property register_request and the transitions store
        return Case(received=received, region=region, suspended_days=suspended_days, extended=extended).due

    def stamp(day: date, hour: int, minute: int) -> datetime:
        at = datetime.combine(day, dtime(hour, minute), tzinfo=PARIS).astimezone(UTC)
        return min(at, now)

    rng = random.Random(seed)
    rights_all = list(Right)
    right_weights = [40, 8, 25, 3, 5, 10, 1, 1, 5, 2]  # in Right's order
    channels = [Channel.EMAIL, Channel.WEB, Channel.POST, Channel.IN_PERSON]
    relations = [Relation.CUSTOMER, Relation.PROSPECT, Relation.EMPLOYEE, Relation.OTHER]
    outcomes = [Outcome.GRANTED, Outcome.PARTLY, Outcome.REFUSED, Outcome.NO_DATA]

    drafts = []
    for _ in range(n):
        received = _received_day(today, rng)
        drafts.append((received, rng.randint(8 * 60, 19 * 60)))  # minute of the day it was logged
    drafts.sort()

    requests, rights_rows, search_rows, events, counters = [], [], [], [], {}
    for request_id, (received, minute) in enumerate(drafts, start=1):
        age = (today - received).days

        def day(offset: int, received: date = received) -> date:
            return min(received + timedelta(days=offset), today)

        # who
        first = rng.choice(FIRST_NAMES)
        last = rng.choices(SURNAMES, SURNAME_WEIGHTS)[0]
        if rng.random() < 0.03:
            last = f"{last}-{rng.choices(SURNAMES, SURNAME_WEIGHTS)[0]}"
        name = f"{first} {last.upper()}" if rng.random() < 0.05 else f"{first} {last}"
        channel = rng.choices(channels, [55, 25, 16, 4])[0]
        has_email = {Channel.EMAIL: True, Channel.WEB: rng.random() < 0.95,
                     Channel.POST: rng.random() < 0.4, Channel.IN_PERSON: rng.random() < 0.5}[channel]
        email = _email(first, last, rng) if has_email else ""
        address = ""
        if channel is Channel.POST or rng.random() < 0.2:
            address = f"{rng.randint(1, 120)} {rng.choice(STREETS)}\n{rng.choice(TOWNS)}"
        phone = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}" \
            if rng.random() < 0.3 else ""
        registered = ""
        if channel is Channel.POST and rng.random() < 0.6:
            registered = (f"1A {rng.randint(100, 999)} {rng.randint(100, 999)} "
                          f"{rng.randint(1000, 9999)} {rng.randint(1, 9)}")
        k = rng.choices([1, 2, 3], [70, 22, 8])[0]
        rights: list[Right] = []
        while len(rights) < k:
            r = rng.choices(rights_all, right_weights)[0]
            if r not in rights:
                rights.append(r)

        # when it arrived and was logged
        received_at = None
        if channel is Channel.EMAIL:
            at = datetime.combine(received, dtime(rng.randint(6, 23), rng.randint(0, 59)), tzinfo=PARIS)
            if at.astimezone(UTC) <= now:
                received_at = at.astimezone(UTC)
        created = stamp(received, minute // 60, minute % 60)
        if received_at is not None and created < received_at:
            created = min(received_at + timedelta(minutes=rng.randint(1, 90)), now)

        # what became of it
        u = rng.random()
        if u < 0.05:
            scenario = "awaiting"
        elif age <= 31:
            scenario = rng.choices(["open", "answered", "closed", "withdrawn"], [88, 7, 2, 3])[0]
        elif age <= 92:
            scenario = rng.choices(["open", "answered", "closed", "withdrawn"], [10, 40, 45, 5])[0]
        else:
            scenario = rng.choices(["open", "answered", "closed", "withdrawn"], [0.7, 3.5, 91.8, 4])[0]

        initial_due = due(received, False, 0)
        timeline = [(received, created, "received", {"channel": channel.value, "due": initial_due.isoformat()})]
        suspended_days, suspended_since, extended, outcome = 0, None, False, None
        answered_on, refusal_ground, extension_ground = None, None, None
        outcome_reason = extension_reason = ""
        last_on = received
        if scenario != "awaiting" and age > 2 and rng.random() < 0.04:  # identity asked, then received
            asked = day(1)
            waited = min(rng.randint(1, 21), (today - asked).days)
            if waited > 0:
                suspended_days = waited
                timeline.append((asked, None, "identity-requested", {"due": due(received, False, 0).isoformat()}))
                last_on = asked + timedelta(days=waited)
                timeline.append((last_on, None, "identity-received",
                                 {"due": due(received, False, waited).isoformat(), "suspended_days": waited}))
        extend_p = 0.0
        if scenario == "open" and age > 25:
            extend_p = 0.35
        elif scenario in ("answered", "closed") and age > 40:
            extend_p = 0.06
        if rng.random() < extend_p:
            on = max(day(rng.randint(10, 28)), last_on)
            extended, extension_reason = True, EXTENSION_REASON
            extension_ground = rng.choices(["complexity", "number-of-requests", "other"], [70, 20, 10])[0]
            last_on = on
            timeline.append((on, None, "extended", {"reason": EXTENSION_REASON,
                                                     "due": due(received, True, suspended_days).isoformat()}))
        state = State.OPEN
        if scenario == "awaiting":
            state, suspended_since = State.AWAITING_IDENTITY, day(rng.randint(0, 6))
            last_on = suspended_since
            timeline.append((suspended_since, None, "identity-requested", {"due": initial_due.isoformat()}))
        elif scenario in ("answered", "closed"):
            deadline = due(received, extended, suspended_days)
            answer_on = received + timedelta(days=rng.randint(3, max(4, (deadline - received).days)))
            if rng.random() < 0.07:  # late answers happen
                answer_on = deadline + timedelta(days=rng.randint(1, 30))
            answer_on = max(min(answer_on, today), last_on)
            outcome = rng.choices(outcomes, [68, 10, 8, 14])[0]
            answered_on = answer_on
            if outcome in (Outcome.REFUSED, Outcome.PARTLY):
                refusal_ground = rng.choices(["unfounded-excessive", "identity-not-proven", "legal-exception",
                                              "third-party-rights", "other"], [25, 15, 45, 10, 5])[0]
            outcome_reason = REASONS.get(outcome.value, "")
            detail = {"outcome": outcome.value, "due": deadline.isoformat()}
            if outcome_reason:
                detail["reason"] = outcome_reason
            timeline.append((answer_on, None, "answered", detail))
            state, last_on = State.ANSWERED, answer_on
            if scenario == "closed":
                close_on = min(answer_on + timedelta(days=rng.randint(1, 20)), today)
                timeline.append((close_on, None, "closed", {"due": deadline.isoformat()}))
                state, last_on = State.CLOSED, close_on
        elif scenario == "withdrawn":
            on = max(day(rng.randint(1, 20)), last_on)
            timeline.append((on, None, "withdrawn", {"due": due(received, extended, suspended_days).isoformat()}))
            state, last_on = State.WITHDRAWN, on

        year = received.year
        counters[year] = counters.get(year, 0) + 1
        reference = f"DSR-{year}-{counters[year]:04d}"
        updated = created
        for on, at, kind, detail in timeline:
            at = at or max(stamp(on, rng.randint(9, 18), rng.randint(0, 59)), created)
            updated = max(updated, at)
            events.append({"request_id": request_id, "at": at, "on": on, "actor": ACTOR, "kind": kind,
                           "detail": json.dumps(detail, ensure_ascii=False)})
        requests.append({
            "id": request_id,
            "reference": reference,
            "requester_name": name,
            "requester_email": email,
            "requester_phone": phone,
            "requester_address": address,
            "relation": rng.choices(relations, [70, 10, 12, 8])[0].value,
            "channel": channel.value,
            "received_on": received,
            "received_at": received_at,
            "registered_number": registered,
            "rights_text": ",".join(r.value for r in rights),
            "notes": rng.choice(NOTES) if rng.random() < 0.1 else "",
            "language": "fr",  # of the letters answering it (the register's figures do not depend on it)
            "state": state.value,
            "suspended_days": suspended_days,
            "suspended_since": suspended_since,
            "extended": extended,
            "extension_reason": extension_reason,
            "extension_ground": extension_ground,
            "answered_on": answered_on,
            "refusal_ground": refusal_ground,
            "outcome": outcome.value if outcome else None,
            "outcome_reason": outcome_reason,
            "region": region,
            "due_on": due(received, extended, suspended_days),
            "last_step_on": max(on for on, _, _, _ in timeline),  # as migration 0003 and the transitions set it
            # exactly what Workbench.register_request stores
            "name_key": fold(name),
            "email_key": fold(email),
            "created_at": created,
            "updated_at": updated,
            # working together (migration 0016): changed by the one DPO, assigned to nobody, one version per step
            "updated_by": "dpo",
            "assigned_to": None,
            "version": len(timeline),
        })
        rights_rows.extend({"request_id": request_id, "right": r.value} for r in rights)
        search_rows.append({"request_id": request_id, "key": search_key(name, email, reference)})
    return requests, rights_rows, search_rows, events, counters


# -- the folder ---------------------------------------------------------------------


def _marker(data_dir: Path) -> dict | None:
    try:
        return json.loads((data_dir / MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def _write_marker(data_dir: Path, **values) -> None:
    (data_dir / MARKER).write_text(json.dumps(values, indent=2), "utf-8")


def stale_reason(data_dir: Path, requests: int, seed: int, today: date) -> str | None:
    """Why the folder must be (re)filled, or None when it can be reused."""
    from dpo_workbench.store.db import HEAD_REVISION

    marker = _marker(data_dir)
    if marker is None:
        return "no filled folder yet"
    if not marker.get("complete"):
        return "the last fill did not finish"
    if marker.get("requests") != requests:
        return f"it holds {marker.get('requests')} requests, {requests} asked"
    if marker.get("seed") != seed or marker.get("version") != FILL_VERSION:
        return "the generator changed"
    if marker.get("revision") != HEAD_REVISION:
        return f"the schema moved from revision {marker.get('revision')} to {HEAD_REVISION}"
    filled_on = date.fromisoformat(marker["filled_on"])
    if (today - filled_on).days > MAX_AGE_DAYS:
        return f"filled on {filled_on}, more than {MAX_AGE_DAYS} days ago"
    if not (data_dir / "workbench.db").exists():
        return "the database file is missing"
    return None


def _refuse_foreign(data_dir: Path) -> None:
    """Raise FillError for a non-empty folder that this module did not fill."""
    if data_dir.exists() and not (data_dir / MARKER).exists() and any(data_dir.iterdir()):
        raise FillError(f"{data_dir} is not empty and was not filled by the benchmark (no {MARKER}): "
                        "it is left untouched. Choose another --data-dir, or use --keep to measure it as it is.")


def _clear(data_dir: Path) -> None:
    """Empty a folder this module filled; refuse any other non-empty folder."""
    _refuse_foreign(data_dir)
    if data_dir.exists():
        shutil.rmtree(data_dir)


def fill(data_dir: Path, requests: int, seed: int = DEFAULT_SEED, *, log=print) -> FillInfo:
    """Empty `data_dir` (if it is a benchmark folder) and fill it with `requests` requests."""
    from sqlalchemy import insert

    from dpo_workbench.services.organisation import OrganisationProfile
    from dpo_workbench.store.db import HEAD_REVISION
    from dpo_workbench.store.models import Event, ReferenceCounter, Request, RequestRight, RequestSearch
    from dpo_workbench.workbench import Workbench

    apply_bench_environment()
    data_dir = Path(data_dir)
    _clear(data_dir)
    started = time.perf_counter()
    data_dir.mkdir(parents=True, mode=0o700)
    _write_marker(data_dir, complete=False)
    wb = Workbench.open(data_dir, actor=ACTOR)
    try:
        wb.organisation.save(OrganisationProfile(
            name="Exemple Distribution SAS", address="27 boulevard Voltaire\n75011 Paris", siren="000000000",
            dpo_name="Marion Durand", dpo_email="dpo@exemple.fr", region="FR"))
        today, now = wb.today(), wb.now()
        log(f"generating {requests:,} requests (received {YEARS} years up to {today})…")
        t0 = time.perf_counter()
        request_rows, right_rows, search_rows, event_rows, counters = generate(
            requests, today, now, wb.organisation.region, seed)
        t1 = time.perf_counter()
        log(f"  generated in {t1 - t0:.1f} s; inserting…")
        engine = wb.db.engine
        with engine.begin() as conn:
            for table, rows in ((Request.__table__, request_rows), (RequestRight.__table__, right_rows),
                                (RequestSearch.__table__, search_rows), (Event.__table__, event_rows)):
                for i in range(0, len(rows), CHUNK):
                    conn.execute(insert(table), rows[i:i + CHUNK])
            if counters:
                conn.execute(insert(ReferenceCounter.__table__),
                             [{"year": y, "last": last} for y, last in sorted(counters.items())])
        t2 = time.perf_counter()
    finally:
        wb.close()  # closes the connections: SQLite checkpoints the WAL into the database file
    seconds = time.perf_counter() - started
    db_mb = (data_dir / "workbench.db").stat().st_size / 1e6
    _write_marker(data_dir, complete=True, requests=requests, seed=seed, version=FILL_VERSION,
                  revision=HEAD_REVISION, filled_on=today.isoformat(), seconds=round(seconds, 2),
                  events=len(event_rows))
    log(f"  inserted in {t2 - t1:.1f} s; filled in {seconds:.1f} s ({db_mb:.0f} MB)")
    return FillInfo(str(data_dir), requests, seed, today.isoformat(), cached=False, reason="",
                    seconds=seconds, generate_seconds=t1 - t0, insert_seconds=t2 - t1,
                    events=len(event_rows), database_mb=db_mb)


def ensure_filled(data_dir: Path, requests: int = DEFAULT_REQUESTS, *, seed: int = DEFAULT_SEED,
                  in_subprocess: bool = False, log=print) -> FillInfo:
    """Reuse the folder when it matches, else fill it.

    `in_subprocess` fills in a child process, so the caller's peak memory does
    not include the generated rows.
    """
    from dpo_workbench.core.clock import SystemClock, local_today

    apply_bench_environment()
    data_dir = Path(data_dir)
    reason = stale_reason(data_dir, requests, seed, local_today(SystemClock()))
    if reason is None:
        marker = _marker(data_dir) or {}
        db = data_dir / "workbench.db"
        return FillInfo(str(data_dir), requests, seed, marker.get("filled_on", "?"), cached=True,
                        reason="reused", seconds=None, events=marker.get("events"),
                        database_mb=db.stat().st_size / 1e6 if db.exists() else None)
    _refuse_foreign(data_dir)
    log(f"filling {data_dir}: {reason}")
    if not in_subprocess:
        info = fill(data_dir, requests, seed, log=log)
    else:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.fill", "--data-dir", str(data_dir), "--requests", str(requests),
             "--seed", str(seed), "--json"],
            cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, text=True, check=False)
        if done.returncode != 0:
            raise FillError(f"filling {data_dir} failed (exit code {done.returncode})")
        info = FillInfo(**json.loads(done.stdout.strip().splitlines()[-1]))
    info.reason = reason
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fill", description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=DEFAULT_REQUESTS)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--json", action="store_true", help="print the result as one JSON line on stdout")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        info = fill(args.data_dir, args.requests, args.seed, log=log)
    except FillError as exc:
        log(f"benchmarks.fill: {exc}")
        return 2
    if args.json:
        print(json.dumps(asdict(info)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
