"""Postal addresses: read as typed, checked, laid out per NF Z10-011."""

from __future__ import annotations

import pytest

from dpo_workbench.core import address as postal


@pytest.mark.parametrize(("typed", "block"), [
    ("12 rue des Lilas\n75011 Paris", ["Jean Dupont", "12 rue des Lilas", "75011 PARIS"]),
    # typed on one line: the commas separate the envelope's lines
    ("4 avenue Jean-Jaurès, 69003 Lyon", ["Jean Dupont", "4 avenue Jean-Jaurès", "69003 LYON"]),
    ("3 place de Fontenoy\nTSA 80715\n75334 Paris Cedex 07",
     ["Jean Dupont", "3 place de Fontenoy", "TSA 80715", "75334 PARIS CEDEX 07"]),
    # "France" is not written for a French address; the F- prefix goes
    ("Appartement 12\n8 impasse des Tilleuls\nF-44000 nantes\nFrance",
     ["Jean Dupont", "Appartement 12", "8 impasse des Tilleuls", "44000 NANTES"]),
    # the postcode and the town on two lines are one line of the block
    ("12 rue des Lilas\n75011\nParis", ["Jean Dupont", "12 rue des Lilas", "75011 PARIS"]),
    # no punctuation on the town line
    ("1 rue Haute\n93200 Saint-Denis.", ["Jean Dupont", "1 rue Haute", "93200 SAINT-DENIS"]),
    # abroad: the country last, in capitals and in French; its postcode as the country writes it
    ("Rue de la Loi 16\n1000 Bruxelles\nBelgium", ["Jean Dupont", "Rue de la Loi 16", "1000 Bruxelles", "BELGIQUE"]),
    ("ul. Długa 5, 00-001 Warszawa, Pologne", ["Jean Dupont", "ul. Długa 5", "00-001 Warszawa", "POLOGNE"]),
])
def test_the_recipient_block_follows_the_postal_norm(typed, block):
    assert postal.problem(typed) is None
    assert postal.parse(typed).block("  Jean   Dupont ") == block


@pytest.mark.parametrize(("typed", "code"), [
    ("12 rue des Lilas\nParis", "address.postcode-missing"),
    ("12 rue des Lilas", "address.postcode-missing"),
    ("12 rue des Lilas\nParis 75011", "address.postcode-line"),
    ("12 rue des Lilas\n75011", "address.town-missing"),
    ("75011 Paris", "address.street-missing"),
    ("Belgique", "address.abroad-incomplete"),
    ("  \n ", "address.empty"),
])
def test_a_french_address_needs_a_postcode_a_town_and_a_street(typed, code):
    found = postal.problem(typed)
    assert found is not None and found[0] == code


def test_the_town_missing_message_repeats_the_postcode_given():
    assert postal.problem("12 rue des Lilas\n75011") == ("address.town-missing", {"postcode": "75011"})


def test_an_address_typed_on_one_line_is_kept_one_envelope_line_per_line():
    assert postal.tidy(" 4 avenue  Jean-Jaurès ,69003 Lyon ") == "4 avenue Jean-Jaurès\n69003 Lyon"
    assert postal.tidy("12 rue des Lilas\n\n75011 Paris\n") == "12 rue des Lilas\n75011 Paris"


def test_the_post_is_warned_of_long_lines_and_too_many_lines():
    assert postal.warnings("Jean Dupont", "12 rue des Lilas\n75011 Paris") == []
    long_line = "Résidence des Grands Chênes, bâtiment C, escalier 4"
    codes = [code for code, _ in postal.warnings("Jean Dupont", f"{long_line}\n75011 Paris")]
    assert codes == ["address.line-too-long"]
    many = "\n".join(["Appt 1", "Étage 2", "Bâtiment 3", "Résidence 4", "5 rue Six", "BP 7", "75011 Paris"])
    assert [code for code, _ in postal.warnings("Jean Dupont", many)] == ["address.too-many-lines"]
