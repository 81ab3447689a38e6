"""The register on a team database: the same answers as on one seat, from sealed values and blind indexes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import psycopg
import pytest

from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.services.breaches import BreachQuery
from dpo_workbench.services.requests import NewRequest, RegisterQuery, RequestChanges
from tests.team.conftest import BOB, BOB_PASSPHRASE

D = date.fromisoformat


def new(name, email="", *, rights=(Right.ACCESS,), received="2026-11-02", address="4 avenue Jean-Jaurès\n69003 Lyon"):
    return NewRequest(rights=list(rights), channel=Channel.EMAIL if email else Channel.POST, received_on=D(received),
                      requester_name=name, requester_email=email, requester_address=address)


def refs(wb, query: RegisterQuery) -> list[str]:
    return [row.reference for row in wb.requests.rows(wb.requests.ids(query))]


@pytest.fixture
def people(team_wb):
    wb = team_wb
    return {
        "elodie": wb.requests.register(new("Élodie Lefèvre", "elodie.lefevre@exemple.fr")),
        "jean": wb.requests.register(new("Jean Dupont", "jean.dupont@exemple.fr")),
        "paul": wb.requests.register(new("Paul Martin", "p_martin@exemple.fr")),
        "pierre": wb.requests.register(new("Pierre Martin", "pxmartin@exemple.com")),
        "soren": wb.requests.register(new("Søren Østergaard")),
        "marc": wb.requests.register(new("Marc Tartine", "marc.tartine@exemple.fr")),
    }


@pytest.mark.parametrize("term, expected", [
    ("lefevre", ["elodie"]), ("LEFÈVRE", ["elodie"]), ("évre", ["elodie"]),  # case, accents, inside a word
    ("jean.dupont@exemple.fr", ["jean"]), ("exemple.com", ["pierre"]), ("p_martin", ["paul"]),
    ("martin paul", ["paul"]), ("søren", ["soren"]), ("ergaa", ["soren"]),
    ("artin", ["paul", "pierre", "marc"]), ("mart", ["paul", "pierre"]),  # m-a-r, a-r-t in "Marc Tartine"
    ("j", ["jean"]), ("du", ["jean"]), ("ta", ["marc"]),  # one or two letters: the start of a word
    ("jean lefevre", []), ("zzz", []), ("%", []),
])
def test_search_by_name_email_and_part_of_them(team_wb, people, term, expected):
    assert sorted(refs(team_wb, RegisterQuery(text=term))) == sorted(people[k] for k in expected)


def test_search_by_reference(team_wb, people):
    assert refs(team_wb, RegisterQuery(text=people["jean"])) == [people["jean"]]
    assert refs(team_wb, RegisterQuery(text=people["jean"].lower()[4:])) == [people["jean"]]


def test_sort_by_name_opens_the_names(team_wb, people):
    ascending = [row.requester_name for row in team_wb.requests.rows(team_wb.requests.ids(
        RegisterQuery(sort="requester")))]
    assert ascending == ["Élodie Lefèvre", "Jean Dupont", "Marc Tartine", "Paul Martin", "Pierre Martin",
                         "Søren Østergaard"]
    descending = team_wb.requests.ids(RegisterQuery(sort="requester", descending=True))
    assert [r.requester_name for r in team_wb.requests.rows(descending)] == ascending[::-1]
    assert refs(team_wb, RegisterQuery(text="martin", sort="requester")) == [people["paul"], people["pierre"]]


def test_a_correction_moves_the_search_and_the_repeats(team_wb, people):
    team_wb.requests.edit(people["jean"], RequestChanges(requester_name="Jeanne Durand",
                                                         requester_email="jeanne.durand@exemple.fr"))
    assert refs(team_wb, RegisterQuery(text="dupont")) == []
    assert refs(team_wb, RegisterQuery(text="durand")) == [people["jean"]]
    again = team_wb.requests.register(new("Jeanne DURAND", "Jeanne.Durand@exemple.fr", received="2026-11-20"))
    assert [hit.reference for hit in team_wb.requests.detail(again).repeats] == [people["jean"]]


def test_repeats_are_found_by_keyed_hashes(team_wb, people):
    again = team_wb.requests.register(new("Elodie LEFEVRE", "elodie.lefevre@exemple.fr", received="2026-11-20"))
    assert [hit.reference for hit in team_wb.requests.detail(again).repeats] == [people["elodie"]]
    no_email = team_wb.requests.register(new("søren østergaard", received="2026-11-21"))
    assert [hit.reference for hit in team_wb.requests.detail(no_email).repeats] == [people["soren"]]
    with psycopg.connect(team_wb.db.url.replace("+psycopg", "")) as conn:
        keys = conn.execute("SELECT name_key, email_key FROM request").fetchall()
    assert not any("lefevre" in name or "lefevre" in email for name, email in keys)


def test_what_one_user_writes_the_other_reads(open_team, team_wb, people):
    team_wb.users.add(BOB, "deputy", BOB_PASSPHRASE, "Bob Durand")
    bob = open_team(BOB, BOB_PASSPHRASE)
    assert bob.requests.detail(people["elodie"]).requester_email == "elodie.lefevre@exemple.fr"
    reference = bob.requests.register(new("Inès Haddad", "ines.haddad@exemple.org"))
    assert refs(team_wb, RegisterQuery(text="haddad")) == [reference]
    assert team_wb.requests.detail(reference).timeline[0].actor == BOB


def test_scans_are_kept_sealed_in_the_database_not_on_a_disk(team_wb, people, tmp_path):
    from tests.vault.test_filetypes import _pdf

    PDF = _pdf(1)
    info = team_wb.documents.attach(people["jean"], PDF, "carte-identite-jean-dupont.pdf", id_copy=True)
    assert team_wb.documents.read(info.id) == PDF
    assert team_wb.documents.of_request(people["jean"])[0].label == "carte-identite-jean-dupont.pdf"
    assert not any(p.is_file() for p in tmp_path.rglob("*") if "vault" in p.parts)
    with psycopg.connect(team_wb.db.url.replace("+psycopg", "")) as conn:
        blobs = conn.execute("SELECT data FROM vault_blob").fetchall()
        labels = conn.execute("SELECT label FROM document").fetchall()
    assert len(blobs) == 1 and PDF not in bytes(blobs[0][0]) and b"%PDF" not in bytes(blobs[0][0])
    assert b"dupont" not in bytes(labels[0][0])
    report = team_wb.vault.check()
    assert report.ok and report.checked == 1
    team_wb.documents.destroy(info.id)
    with psycopg.connect(team_wb.db.url.replace("+psycopg", "")) as conn:
        assert conn.execute("SELECT count(*) FROM vault_blob").fetchone()[0] == 0


def test_breaches_search_and_sort_by_summary(team_wb):
    aware = datetime(2026, 11, 20, 9, tzinfo=UTC)
    stolen = team_wb.breaches.open(aware, "Laptop stolen from a sales rep")
    misaddressed = team_wb.breaches.open(aware, "Payslips sent to the wrong employees")

    def found(query: BreachQuery) -> list[str]:
        return [row.reference for row in team_wb.breaches.rows(team_wb.breaches.ids(query))]

    assert found(BreachQuery(text="laptop")) == [stolen]
    assert found(BreachQuery(text="payslip wrong")) == [misaddressed]
    assert found(BreachQuery(text="aptop stolen")) == [stolen]
    assert found(BreachQuery(sort="summary", descending=False)) == sorted([stolen, misaddressed])
    assert found(BreachQuery(sort="summary", descending=True)) == sorted([stolen, misaddressed])[::-1]


def test_a_team_mail_password_is_sealed_with_the_team_key(team_wb):
    from dpo_workbench.services.mail import AccountSettings

    info = team_wb.mail.add_account(AccountSettings(name="DPO mailbox", imap_host="imap.example.org",
                                                    login="dpo@example.org"), "mailbox password")
    assert info.login == "dpo@example.org"
    with psycopg.connect(team_wb.db.url.replace("+psycopg", "")) as conn:
        row = conn.execute("SELECT password_store, password_sealed, login FROM mail_account").fetchone()
    assert row[0] == "database" and b"mailbox password" not in bytes(row[1]) and b"dpo@" not in bytes(row[2])
