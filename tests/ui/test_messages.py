"""The rules' messages reach the GUI translatable, with the same placeholders."""

from __future__ import annotations

import string
from datetime import date

import pytest

from dpo_workbench.core import lifecycle
from dpo_workbench.core.lifecycle import Case, State, TransitionError
from dpo_workbench.core.messages import TEMPLATES, WORDS, Message
from dpo_workbench.ui import messages


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_core_message_has_a_gui_template_with_the_same_placeholders(qapp):
    gui = messages.templates()
    assert set(gui) == set(TEMPLATES)
    for code, english in TEMPLATES.items():
        assert fields(gui[code]) == fields(english), code
        assert gui[code] == english  # untranslated, the GUI shows the rules' own English


def test_every_word_of_the_core_has_a_gui_word(qapp):
    assert set(messages.words()) == set(WORDS)


def test_a_refused_transition_reads_the_same_in_english(qapp):
    with pytest.raises(TransitionError) as info:
        lifecycle.ask_identity(Case(received=date(2026, 1, 5), state=State.CLOSED), date(2026, 1, 6), date(2026, 2, 1))
    assert str(info.value) == "Cannot ask for identity information: the request is already closed."
    assert messages.text(info.value) == str(info.value)


def test_dates_are_shown_in_words_in_the_gui(qapp):
    message = Message("answer-late", due=date(2026, 10, 1))
    assert str(message) == "The answer is late: the deadline was 01/10/2026."
    assert "2026" in messages.text(message) and "01/10/2026" not in messages.text(message)


def test_plain_text_passes_through(qapp):
    assert messages.text("anything") == "anything"
