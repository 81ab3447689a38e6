"""Who may do what in a team database: the one table of the roles' permissions.

Every service method that reads or changes the register names its action here (`services.policy.requires`);
`allowed` is the whole rule. A one-person data folder has no roles: its user may do everything (a dpo).

* dpo: everything, the users and the team key included;
* deputy: everything but the users and the team key;
* contributor: logs requests and breaches, attaches documents, comments; changes, answers, opens the
  documents of and writes the letters of only the requests (and breaches) assigned to them; sees the
  register and the statistics;
* reader: sees the register of requests, the breach register, the register of processings and the
  statistics; never a document, a letter, a case file or an export of personal data.
"""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("dpo", "deputy", "contributor", "reader")
DPO, DEPUTY, CONTRIBUTOR, READER = ROLES


@dataclass(frozen=True)
class Rule:
    """The roles that may do an action anywhere, and those that may do it only on what is assigned to them."""

    roles: frozenset[str]
    assigned: frozenset[str] = frozenset()

    def needs(self) -> str:
        """The roles an action needs, as the refusal names them ("dpo or deputy", "dpo, deputy or contributor")."""
        names = [r for r in ROLES if r in self.roles]
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


_EVERYONE = frozenset(ROLES)
_STAFF = frozenset({DPO, DEPUTY})
_WRITERS = frozenset({DPO, DEPUTY, CONTRIBUTOR})
_ON_ASSIGNED = frozenset({CONTRIBUTOR})

# action -> who may do it. The action's English words (for the refusal) are errors.WORDS[action].
POLICY: dict[str, Rule] = {
    # the request register
    "request.view": Rule(_EVERYONE),  # the register, a request's details, timeline and comments, the due list
    "request.create": Rule(_WRITERS),
    "request.change": Rule(_STAFF, _ON_ASSIGNED),  # correct, steps of the life cycle, rights, identity checks
    "request.assign": Rule(_STAFF),
    "request.comment": Rule(_WRITERS),
    # documents and letters (personal data in files)
    "document.add": Rule(_WRITERS),
    "document.open": Rule(_STAFF, _ON_ASSIGNED),  # list, decrypt, the incoming e-mail
    "document.change": Rule(_STAFF, _ON_ASSIGNED),  # re-kind, destroy, separate a follow-up
    "letter.make": Rule(_STAFF, _ON_ASSIGNED),  # preview, save, export, send
    "export.personal": Rule(_STAFF),  # registers with names, case files
    # the breach register
    "breach.view": Rule(_EVERYONE),
    "breach.create": Rule(_WRITERS),
    "breach.change": Rule(_STAFF, _ON_ASSIGNED),
    "breach.assign": Rule(_STAFF),
    "breach.comment": Rule(_WRITERS),
    "breach.letter": Rule(_STAFF, _ON_ASSIGNED),  # the CNIL draft and the communication to the people
    # mail intake
    "intake.import": Rule(_WRITERS),
    "mail.manage": Rule(_STAFF),
    # the register of processing activities, the organisation, the settings
    "processing.view": Rule(_EVERYONE),
    "processing.change": Rule(_STAFF),
    "organisation.change": Rule(_STAFF),
    "settings.change": Rule(_STAFF),
    # figures, journal, vault
    "statistics.view": Rule(_EVERYONE),
    "journal.verify": Rule(_STAFF),
    "vault.check": Rule(_STAFF),
    # the end of the retention periods: personal data erased for good (requests, breaches, files, journal)
    "records.purge": Rule(frozenset({DPO})),
    # the team itself
    "users.manage": Rule(frozenset({DPO})),  # add, remove, change a role, rotate the team key
}


def rule(action: str) -> Rule:
    try:
        return POLICY[action]
    except KeyError:
        raise KeyError(f"no such action in the policy: {action}") from None


def allowed(role: str, action: str, *, assigned_to_them: bool = False) -> bool:
    """Whether `role` may do `action` (on an object assigned to the user, or not)."""
    r = rule(action)
    return role in r.roles or (assigned_to_them and role in r.assigned)


def only_on_assigned(role: str, action: str) -> bool:
    """`role` may do `action` only on what is assigned to the user (so the object's assignee decides)."""
    r = rule(action)
    return role not in r.roles and role in r.assigned
