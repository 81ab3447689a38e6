"""Every public method of every service is either marked with its action of the roles' policy or listed here as
open to every role, with the reason: a new method cannot slip past the roles unnoticed."""

from __future__ import annotations

import inspect

from dpo_workbench.core.roles import POLICY
from dpo_workbench.workbench import Workbench

# service -> methods open to everyone, and why
OPEN = {
    "requests": {"check_new": "checks input, reads nothing", "insert": "in the caller's checked transaction",
                 "step": "in the caller's checked transaction", "lock": "in the caller's checked transaction",
                 "refresh_suspended_deadlines": "the daily upkeep, at start-up"},
    "documents": {"store": "in the caller's checked transaction", "shred": "in the caller's checked transaction",
                  "shred_id_copies": "in the caller's checked transaction",
                  "mark_id_copies_for_purge": "in the caller's checked transaction",
                  "delete_blobs": "after the caller's checked transaction", "purge_time": "a setting",
                  "purge_due": "the law's purge, at start-up",
                  "erase_for_retention": "in the caller's checked transaction (the retention purge)"},
    "breaches": {"draft_values": "on a record already read", "lock": "in the caller's checked transaction"},
    "reports": {"refresh_cells": "upkeep of the figures", "live_counts": "in the caller's session",
                "due_today": "in the caller's session"},
    "organisation": {"get": "the letterhead every letter and screen shows", "check": "checks input",
                     "read_file": "reads a file, stores nothing", "letterhead": "the letterhead",
                     "region": "the holidays' region"},
    "register": {"check": "checks input", "add_activities": "in the caller's checked transaction",
                 "organisation_name": "the organisation's name", "empty": "whether there is a register"},
    "settings": {"values": "the settings every screen reads",
                 "set": "checks settings.change itself: one's own language needs no role"},
    "mail": {"keyring_is_safe": "about this computer"},
    "users": {"all": "who is in the team", "me": "the signed-in user", "in_team": "what kind of database",
              "change_passphrase": "one's own key", "keep_key_in_keyring": "one's own key",
              "forget_key_in_keyring": "one's own key", "check_passphrase": "one's own key"},
    "vault": {"key_store_description": "where the keys are", "rotate_master_key": "one seat only (refused in a team)",
              "change_passphrase": "one seat only (refused in a team)"},
    "backups": "one seat only: a team database refuses every backup command before opening anything",
    "tasks": {"follow_request": "in the caller's checked transaction", "open_tasks": "in the caller's session",
              "can_send": "whether a mail account can send", "computed_due": "a computation on dates"},
    "retention": {"periods": "the settings every screen reads", "anonymised_on": "in the caller's session"},
    "changes": "what changed, by reference: the register every role sees",
}


def services():
    init = inspect.getsource(Workbench.__init__)
    for line in init.splitlines():
        line = line.strip()
        if line.startswith("self.") and "Service(" in line:
            yield line.split("=")[0].strip().removeprefix("self.")


def test_every_public_method_of_a_service_names_its_action_or_says_why_it_is_open(workbench):
    unmarked, checked = [], []
    for name in services():
        service = getattr(workbench, name)
        allowed = OPEN.get(name, {})
        for method, member in inspect.getmembers(type(service)):
            if method.startswith("_") or not callable(member) and not isinstance(member, property):
                continue
            action = getattr(member, "policy_action", None)
            if action is not None:
                assert action in POLICY, f"{name}.{method}: unknown action {action}"
            elif not isinstance(allowed, str) and method not in allowed:
                unmarked.append(f"{name}.{method}")
            checked.append(action)
    assert unmarked == [], unmarked
    assert len(list(services())) >= 17 and len([a for a in checked if a]) > 100  # the walk saw the services
