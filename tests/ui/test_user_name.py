"""Who acts: on first start the DPO's name is asked once; the timeline and the journal then use it."""

from __future__ import annotations

import getpass

import pytest
from sqlalchemy import select

from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.store.models import AuditEntry
from dpo_workbench.ui.settings.user_name import UserNameDialog, needs_user_name, offer_user_name
from dpo_workbench.workbench import Workbench

from .conftest import RUNNING

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: a dialog shown


@pytest.fixture
def unnamed(data_dir, clock):
    """A workbench as the GUI opens it: nobody named at the keyboard."""
    wb = Workbench.open(data_dir, clock=clock)
    yield wb
    wb.close()


def test_the_name_is_asked_on_first_start_and_then_recorded_as_the_actor(qtbot, unnamed):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.add_widget(window)
    assert needs_user_name(unnamed) and unnamed.actor == getpass.getuser()
    dialog = offer_user_name(unnamed, window)
    assert isinstance(dialog, UserNameDialog) and dialog.isVisible()
    dialog.name.setText("  Claire   Martin ")
    dialog.save()
    assert dialog.result() == UserNameDialog.DialogCode.Accepted
    assert unnamed.settings.values()["user_name"] == "Claire Martin" and not needs_user_name(unnamed)
    reference = unnamed.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.WEB,
                                                     received_on=RUNNING, requester_name="Jean Dupont"))
    assert unnamed.requests.detail(reference).timeline[0].actor == "Claire Martin"
    with unnamed.db.reading() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
    assert last.actor == "Claire Martin"
    assert offer_user_name(unnamed, window) is None  # asked once


def test_an_empty_name_is_refused_and_later_leaves_the_question_for_next_time(qtbot, unnamed):
    dialog = UserNameDialog(unnamed)
    qtbot.add_widget(dialog)
    dialog.name.setText("   ")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text() == "Enter your name, or choose Later."
    assert dialog.result() != UserNameDialog.DialogCode.Accepted
    dialog.later_button.click()
    assert needs_user_name(unnamed) and unnamed.settings.values()["user_name"] == ""


def test_the_question_waits_for_the_key_notice_to_close(qtbot, unnamed):
    from PySide6.QtWidgets import QMessageBox, QWidget

    window = QWidget()
    qtbot.add_widget(window)
    notice = QMessageBox(window)
    notice.open()
    dialog = offer_user_name(unnamed, window, after=notice)
    assert dialog is not None and not dialog.isVisible()
    notice.accept()
    assert dialog.isVisible()
    dialog.reject()
