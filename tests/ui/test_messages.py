"""Every message and error reaches the GUI by its code, translated, with the same placeholders."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from datetime import date
from importlib.resources import files

import pytest

from dpo_workbench.core import lifecycle
from dpo_workbench.core.lifecycle import Case, State
from dpo_workbench.errors import (
    CONTEXT,
    TEMPLATES,
    WORD_CONTEXT,
    WORDS,
    Bilingual,
    InputError,
    Message,
    TransitionError,
)
from dpo_workbench.ui.widgets import messages


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def french_catalogue() -> dict[tuple[str, str], str]:
    path = files("dpo_workbench.resources").joinpath("i18n/dpo_workbench_fr.ts")
    root = ET.fromstring(path.read_bytes())
    out = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished" and translation.text:
                out[(context.findtext("name"), message.findtext("source"))] = translation.text
    return out


def test_every_code_has_an_english_and_a_french_text_with_the_same_placeholders():
    french = french_catalogue()
    for code, english in TEMPLATES.items():
        assert english.strip(), code
        translated = french.get((CONTEXT, english))
        assert translated, f"{code} has no French translation (run `make translations`, then translate it)"
        assert fields(translated) == fields(english), code
    for code, english in WORDS.items():
        assert french.get((WORD_CONTEXT, english)), f"the word {code!r} has no French translation"


def test_the_catalogue_check_can_fail():
    """A code whose text has no French entry is reported (the test above means something)."""
    french = french_catalogue()
    assert (CONTEXT, "A message nobody translated, {x}.") not in french


def test_untranslated_the_gui_shows_the_english_text(qapp):
    gui = messages.templates()
    assert set(gui) == set(TEMPLATES)
    assert all(gui[code] == english for code, english in TEMPLATES.items())


def test_a_refused_transition_reads_the_same_in_english(qapp):
    with pytest.raises(TransitionError) as info:
        lifecycle.ask_identity(Case(received=date(2026, 1, 5), state=State.CLOSED), date(2026, 1, 6), date(2026, 2, 1))
    assert str(info.value) == "Cannot ask for identity information: the request is already closed."
    assert messages.text(info.value) == str(info.value)


def test_dates_are_shown_in_words_in_the_gui(qapp):
    message = Message("answer-late", due=date(2026, 10, 1))
    assert str(message) == "The answer is late: the deadline was 01/10/2026."
    assert "2026" in messages.text(message) and "01/10/2026" not in messages.text(message)


def test_an_error_is_rendered_by_its_code_not_its_words(install):
    error = InputError("received", "request.received-future", on=date(2026, 12, 24))
    assert error.field == "received" and error.code == "request.received-future"
    install("fr")
    assert messages.text(error) == "La date de réception (24\u00a0déc.\u00a02026) est dans le futur."


def test_bilingual_parameters_and_numbers_follow_the_language(install):
    error = InputError("people_count", "field.negative", label=Bilingual("Number of people", "Nombre de personnes"))
    assert str(error) == "Number of people: the number cannot be negative"
    install("fr")
    assert messages.text(error) == "Nombre de personnes\u00a0: le nombre ne peut pas être négatif"
    assert "1,2\u00a0Mo" in messages.text(InputError("logo", "organisation.logo-too-large", size=1.2))


def test_plain_text_passes_through(qapp):
    assert messages.text("anything") == "anything"
