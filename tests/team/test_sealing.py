"""Sealing personal values and their blind index (store.sealing), without a server."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpo_workbench.core.text import fold
from dpo_workbench.errors import TamperedError, TeamError
from dpo_workbench.store.sealing import Sealer, query_grams, trigrams
from dpo_workbench.vault.keystore import MasterKeys


@pytest.fixture(scope="module")
def sealer():
    return Sealer(MasterKeys.generate())


def test_a_sealed_value_opens_in_its_column_only(sealer):
    sealed = sealer.seal("Élodie Lefèvre", "request.requester_name")
    assert "Lefèvre".encode() not in sealed and b"Lef" not in sealed
    assert sealer.open(sealed, "request.requester_name") == "Élodie Lefèvre"
    with pytest.raises(TamperedError):  # copied into another column, it does not open
        sealer.open(sealed, "request.notes")


def test_the_same_value_seals_differently_each_time(sealer):
    assert sealer.seal("Karim Benali", "request.requester_name") != sealer.seal("Karim Benali",
                                                                                "request.requester_name")


def test_one_altered_byte_is_refused(sealer):
    sealed = bytearray(sealer.seal("12 rue de l'Exemple", "request.requester_address"))
    for position in (0, 3, 12, len(sealed) // 2, len(sealed) - 1):
        altered = bytearray(sealed)
        altered[position] ^= 0x01
        with pytest.raises((TamperedError, TeamError)):
            sealer.open(bytes(altered), "request.requester_address")


def test_lengths_show_only_to_sixteen_bytes(sealer):
    assert len({len(sealer.seal("x" * n, "c")) for n in range(0, 16)}) == 1
    assert len({len(sealer.seal("x" * n, "c")) for n in range(16, 32)}) == 1
    assert len(sealer.seal("x" * 16, "c")) == len(sealer.seal("x" * 15, "c")) + 16
    assert sealer.open(sealer.seal("", "c"), "c") == ""


def test_another_team_key_does_not_open_it(sealer):
    other = Sealer(MasterKeys.generate())
    with pytest.raises(TeamError) as caught:
        other.open(sealer.seal("Inès Haddad", "c"), "c")
    assert caught.value.code == "team.unknown-key"


def test_a_rotated_ring_opens_both_and_seals_with_the_new_key():
    old = MasterKeys.generate()
    both, new_id = old.with_new_key()
    before = Sealer(old).seal("Anaïs Perrin", "c")
    rotated = Sealer(both)
    after = rotated.seal("Anaïs Perrin", "c")
    assert rotated.open(before, "c") == rotated.open(after, "c") == "Anaïs Perrin"
    assert after[1:9] == bytes.fromhex(new_id)


def test_exact_tokens_are_keyed_and_per_column(sealer):
    a = sealer.exact_token("jean.dupont@example.org", "request.email_key")
    assert a == sealer.exact_token("jean.dupont@example.org", "request.email_key")
    assert a != sealer.exact_token("jean.dupont@example.org", "request.name_key")
    assert a != Sealer(MasterKeys.generate()).exact_token("jean.dupont@example.org", "request.email_key")
    assert "dupont" not in a


def test_trigrams_mark_the_start_of_a_word():
    assert trigrams("jean") == {"  j", " je", "jea", "ean"}
    assert query_grams("ea") == [" ea"]
    assert query_grams("j") == ["  j"]
    assert query_grams("jean") == ["ean", "jea"]


words = st.text(alphabet="abcdeéfghijklmnopqrstuvwxyz.-@0123456789", min_size=1, max_size=14)


@settings(max_examples=300, deadline=None)
@given(st.lists(words, min_size=1, max_size=4), st.data())
def test_every_substring_of_three_letters_or_more_and_every_word_start_is_found(sealer, text_words, data):
    """What the blind index promises: no search for a part of a name, an address or a reference misses it."""
    text = fold(" ".join(text_words))
    tokens = set(sealer.search_tokens(text, "request_search.key"))
    word = data.draw(st.sampled_from(text.split()))
    if len(word) >= 3:
        start = data.draw(st.integers(0, len(word) - 3))
        end = data.draw(st.integers(start + 3, len(word)))
        term = word[start:end]
    else:
        term = word[:data.draw(st.integers(1, len(word)))]
    assert set(sealer.query_tokens(term, "request_search.key")) <= tokens
