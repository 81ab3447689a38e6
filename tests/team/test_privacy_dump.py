"""A dump of a team database holds nothing personal: every name, address, message and free text is sealed.

`pg_dump` is what a server administrator (or a stolen backup) has. The demo register goes in, with a
scan, a letter, an imported e-mail and the users' names; then the dump is searched for each of them, as
text and as the hexadecimal a BYTEA column would show in clear.
"""

from __future__ import annotations

import shutil
import subprocess
from email.message import EmailMessage

import pytest

from dpo_workbench.core.text import fold
from dpo_workbench.demo import load_demo
from dpo_workbench.demo.requests import PEOPLE, REFUSAL_REASONS, STREETS
from tests import pgserver
from tests.team.conftest import BOB, BOB_PASSPHRASE


def pg_dump() -> str | None:
    programs = pgserver.server_programs()
    if programs is not None and (programs / "pg_dump").exists():
        return str(programs / "pg_dump")
    return shutil.which("pg_dump")


def test_a_dump_of_the_demo_team_database_reveals_no_personal_data(team_wb, team_url, tmp_path):
    from tests.vault.test_filetypes import _pdf

    dump_program = pg_dump()
    if dump_program is None:
        pytest.skip("pg_dump is not installed (apt-get install postgresql-client)")
    wb = team_wb
    wb.users.add(BOB, "deputy", BOB_PASSPHRASE, "Bertrand Oudinot-Brisset")
    load_demo(wb)
    first = wb.requests.detail("DSR-" + str(wb.today().year) + "-0001")
    wb.documents.attach(first.reference, _pdf(1), "passeport-zephyrine-quenouille.pdf", id_copy=True)
    wb.letters.save(first.reference, "acknowledgement")
    message = EmailMessage()
    message["From"] = "Zéphyrine Quenouille <zephyrine.quenouille@example.net>"
    message["To"] = "dpo@example.org"
    message["Subject"] = "Demande d'accès de Mme Quenouille"
    message["Date"] = "Tue, 24 Nov 2026 09:12:00 +0100"
    message["Message-ID"] = "<witness-1@example.net>"
    message.set_content("Bonjour, je souhaite accéder à mes données. J'habite au 7 chemin des Érables-Témoins.")
    outcome = wb.intake.import_message(message.as_bytes(), "quenouille.eml")
    assert outcome.reference

    dump = subprocess.run([dump_program, "--no-owner", pgserver_url(team_url)], capture_output=True, text=True,
                          check=True).stdout
    assert "COPY public.request " in dump and "COPY public.vault_blob " in dump  # the data is there, sealed

    personal = {
        *(name for name, _ in PEOPLE), *(email for _, email in PEOPLE if email),
        *(fold(name) for name, _ in PEOPLE), *STREETS, *REFUSAL_REASONS.values(),
        "Dominique Exemple", "dpo@example.org", "01 99 00 12 34", "12 rue de l'Exemple",  # the DPO, the address
        "Bertrand Oudinot-Brisset", "Alice Martin",  # the users' names
        "newsletter avec les adresses", "Clé USB chiffrée perdue", "Rançongiciel", "hameçonnage",  # breaches
        "six années d'historique", "Courrier simple, sans copie",  # an extension's reason, a note
        "passeport-zephyrine-quenouille", "Demande d'accès de Mme Quenouille", "Quenouille", "quenouille",
        "zephyrine.quenouille@example.net", "chemin des Érables-Témoins",  # the scan's name, the e-mail
        "Nous accusons réception", "accusé de réception",  # the letter
        "%PDF",  # no file stored in clear
    }
    lowered = dump.lower()
    found = sorted(w for w in personal if w.lower() in lowered or w.encode().hex() in lowered)
    assert found == []


def pgserver_url(url: str) -> str:
    """pg_dump takes the libpq form of the URL."""
    return url.replace("postgresql+psycopg://", "postgresql://")
