"""The window's local choice (data folder or team database) and the connection to a team database."""

from __future__ import annotations

import stat

import pytest

from dpo_workbench import connections
from dpo_workbench.connections import LocalChoice, TeamConnection, load_choice, save_choice
from dpo_workbench.errors import InputError, TeamError

SERVER = TeamConnection(host="db.example.fr", port=5432, database="register", user="dpo_app", tls="require")


def test_a_connection_becomes_a_url_with_the_password_only_when_given():
    url = SERVER.url()
    assert url.startswith("postgresql+psycopg://dpo_app@db.example.fr:5432/register?")
    assert "sslmode=require" in url and "connect_timeout=10" in url
    with_password = SERVER.url("s3cret p@ss")
    assert "s3cret" in with_password
    again, password = TeamConnection.from_url(with_password)
    assert password == "s3cret p@ss" and again == SERVER
    assert SERVER.where == "register@db.example.fr"
    assert TeamConnection(host="h", port=6432, database="d").where == "d@h:6432"


def test_verify_full_needs_the_authority_s_certificate(tmp_path):
    ca = tmp_path / "ca.pem"
    full = TeamConnection(host="db", database="register", user="dpo_app", tls="verify-full")
    for connection, field, code in (
            (full, "ca_file", "connection.ca-missing"),
            (TeamConnection(**{**full.as_dict(), "ca_file": str(ca)}), "ca_file", "connection.ca-not-found"),
            (TeamConnection(host=" ", database="r", user="u"), "host", "connection.host-missing"),
            (TeamConnection(host="u@db", database="r", user="u"), "host", "connection.host-invalid"),
            (TeamConnection(host="db", port=0, database="r", user="u"), "port", "connection.port-invalid"),
            (TeamConnection(host="db", database="", user="u"), "database", "connection.database-missing"),
            (TeamConnection(host="db", database="r", user=""), "user", "connection.user-missing"),
            (TeamConnection(host="db", database="r", user="u", tls="prefer"), "tls", "connection.tls-unknown")):
        with pytest.raises(InputError) as caught:
            connection.checked()
        assert (caught.value.field, caught.value.code) == (field, code)
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    checked = TeamConnection(host=" db ", database="register ", user="dpo_app", tls="verify-full",
                             ca_file=str(ca)).checked()
    assert (checked.host, checked.database) == ("db", "register")
    assert f"sslrootcert={ca}".replace("/", "%2F") in checked.url() or f"sslrootcert={ca}" in checked.url()


def test_the_local_choice_is_kept_for_the_user_only_and_never_holds_the_password(tmp_path):
    assert load_choice(tmp_path) == LocalChoice()  # nothing chosen: the data folder
    save_choice(tmp_path, LocalChoice("team", SERVER, "alice"))
    path = tmp_path / connections.FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_choice(tmp_path) == LocalChoice("team", SERVER, "alice")
    connections.keep_server_password(SERVER, "s3cret")
    assert "s3cret" not in path.read_text()
    assert connections.server_password(SERVER) == "s3cret"
    assert connections.forget_server_password(SERVER) and connections.server_password(SERVER) is None
    path.write_text("{not json")
    assert load_choice(tmp_path) == LocalChoice()


def test_without_a_safe_keyring_the_password_is_not_kept(tmp_path):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())  # the autouse fixture puts the test keyring back
    assert not connections.keyring_is_safe()
    with pytest.raises(TeamError) as caught:
        connections.keep_server_password(SERVER, "s3cret")
    assert caught.value.code == "connection.keyring-unsafe"
    assert connections.server_password(SERVER) is None


def test_testing_a_connection_says_what_is_wrong(empty_postgres_url, team_url):
    from sqlalchemy.engine import make_url

    from tests.pgserver import free_port, with_database

    found = connections.probe(team_url)
    assert found.users == 1
    parsed = make_url(team_url)
    for url, code in ((empty_postgres_url, "team.not-initialised"),
                      (with_database(team_url, "no_such_database"), "team.no-database"),
                      (parsed.set(password="not-the-password").render_as_string(False), "team.server-password"),
                      (parsed.set(port=free_port()).render_as_string(False), "team.server-unreachable")):
        with pytest.raises(TeamError) as caught:
            connections.probe(url)
        assert caught.value.code == code
