"""Every message the application shows a person, by code, and the errors that carry them.

A message is a code (`"request.name-missing"`), its parameters and, for an
error on bad input, the field it concerns. `str()` of a message or of an error
is its English text (the command line, the logs' tests, the journal never see
anything else); the GUI renders the same code in the DPO's language
(`dpo_workbench.ui.widgets.messages`), never by matching English words.

The English templates below are marked with `QT_TRANSLATE_NOOP` so that
`make translations` extracts them into the French .ts file; a test checks
that every code has its French translation with the same placeholders.

This module is the bottom layer of the package: it imports nothing of the
application, and everything may import it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, NamedTuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark a text for translation without importing Qt: lupdate extracts it, the GUI translates it."""
    return text


class Bilingual(NamedTuple):
    """A parameter that already exists in both languages (a form field's label, say)."""

    en: str
    fr: str

    def __str__(self) -> str:
        return self.en


CONTEXT = "Messages"

TEMPLATES: dict[str, str] = {
    # -- the life cycle of a request (core.lifecycle) -------------------------------------------
    "date-before-receipt": QT_TRANSLATE_NOOP(
        "Messages", "The date of {what} ({on}) is before the request was received ({received})."),
    "date-before-previous-step": QT_TRANSLATE_NOOP(
        "Messages", "The date of {what} ({on}) is before the previous step of the request ({previous}): steps are "
                    "recorded in the order they happened."),
    "date-in-future": QT_TRANSLATE_NOOP("Messages", "The date of {what} ({on}) is in the future."),
    "already-state": QT_TRANSLATE_NOOP("Messages", "Cannot {action}: the request is already {state}."),
    "identity-already-asked": QT_TRANSLATE_NOOP(
        "Messages", "Identity information was already asked for on {since}; record its receipt first."),
    "identity-not-asked": QT_TRANSLATE_NOOP(
        "Messages", "Cannot record identity information received: none was asked for."),
    "identity-before-asked": QT_TRANSLATE_NOOP(
        "Messages", "The information cannot arrive ({on}) before it was asked for ({since})."),
    "already-extended": QT_TRANSLATE_NOOP(
        "Messages", "The deadline was already extended once; the law allows only one extension."),
    "extension-needs-reason": QT_TRANSLATE_NOOP(
        "Messages", "An extension needs a reason: the person must be told why (Art. 12(3))."),
    "identity-still-awaited": QT_TRANSLATE_NOOP(
        "Messages", "Identity information is still awaited: record its receipt first, or refuse the request giving "
                    "the reason."),
    "refusal-needs-reason": QT_TRANSLATE_NOOP(
        "Messages", "A refusal, even partial, must give its reasons, the right to complain to the CNIL and to a "
                    "judicial remedy (Art. 12(4)): enter the reason."),
    "close-needs-answer": QT_TRANSLATE_NOOP("Messages", "Cannot close the request: record the answer first."),
    "extension-late": QT_TRANSLATE_NOOP(
        "Messages", "The extension is decided on {on}, after the one-month deadline ({due}): the person had to be "
                    "told within the first month."),
    "answer-late": QT_TRANSLATE_NOOP("Messages", "The answer is late: the deadline was {due}."),
    "id-copy-request-not-open": QT_TRANSLATE_NOOP(
        "Messages", "The request is {state}: an ID copy is only kept while the request is open."),
    "document-destroyed": QT_TRANSLATE_NOOP("Messages", "This document was destroyed."),
    # -- a new request ---------------------------------------------------------------------------
    "request.not-found": QT_TRANSLATE_NOOP("Messages", "No request {key}."),
    "request.rights-missing": QT_TRANSLATE_NOOP("Messages", "Tick at least one right invoked by the person."),
    "request.right-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown right in {rights}."),
    "request.right-twice": QT_TRANSLATE_NOOP("Messages", "A right is listed twice."),
    "request.channel-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown channel {channel}."),
    "request.relation-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown relation {relation}."),
    "request.name-missing": QT_TRANSLATE_NOOP("Messages", "Enter the requester's name."),
    "request.name-too-long": QT_TRANSLATE_NOOP("Messages", "The name is longer than {limit} characters."),
    "request.received-not-date": QT_TRANSLATE_NOOP("Messages", "The received date must be a date."),
    "request.received-time-future": QT_TRANSLATE_NOOP("Messages", "The received time {at} is in the future."),
    "request.received-future": QT_TRANSLATE_NOOP("Messages", "The received date {on} is in the future."),
    "request.received-before-gdpr": QT_TRANSLATE_NOOP(
        "Messages", "The received date {on} is before the GDPR applied (25/05/2018): check the year."),
    "request.email-needed": QT_TRANSLATE_NOOP("Messages", "A request received by e-mail needs the sender's address."),
    "request.address-needed": QT_TRANSLATE_NOOP(
        "Messages", "A request received by post needs the sender's postal address."),
    "request.registered-not-post": QT_TRANSLATE_NOOP(
        "Messages", "A registered-mail number only goes with a request received by post."),
    "request.postal-not-post": QT_TRANSLATE_NOOP("Messages", "A postal request is received by post."),
    "request.scan-kind": QT_TRANSLATE_NOOP(
        "Messages", "A scan of a postal request is a letter, an envelope or an ID copy, not {kind}."),
    "email.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The e-mail address {address} is not valid: check it (for example name@example.fr)."),
    "register.urgency-unknown": QT_TRANSLATE_NOOP("Messages", "unknown urgency filter {urgency}"),
    "register.sort-unknown": QT_TRANSLATE_NOOP("Messages", "cannot sort by {column}"),
    # -- identity checks and documents -----------------------------------------------------------
    "identity.document-type-missing": QT_TRANSLATE_NOOP(
        "Messages", "Say which document was checked (e.g. identity card, passport)."),
    "identity.document-type-too-long": QT_TRANSLATE_NOOP(
        "Messages", "The document type is longer than {limit} characters."),
    "identity.date-out-of-range": QT_TRANSLATE_NOOP(
        "Messages", "The date of the check ({on}) must be between the receipt ({received}) and today."),
    "document.not-found": QT_TRANSLATE_NOOP("Messages", "No document {document}."),
    "document.destroyed-on": QT_TRANSLATE_NOOP("Messages", "Document {document} was destroyed on {on}."),
    "document.no-key": QT_TRANSLATE_NOOP("Messages", "Document {document} has no key."),
    "document.missing": QT_TRANSLATE_NOOP("Messages", "The file of document {document} is missing from the vault."),
    "document.altered": QT_TRANSLATE_NOOP(
        "Messages", "This file is damaged or was altered; it cannot be shown. Ask the person for a new copy if it "
                    "is still needed."),
    "file.not-found": QT_TRANSLATE_NOOP("Messages", "There is no file {path}."),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read: {reason}."),
    "file.is-folder": QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a file."),
    "file.empty": QT_TRANSLATE_NOOP("Messages", "{name} is empty (0 bytes). Scan the document again."),
    "file.too-large": QT_TRANSLATE_NOOP(
        "Messages", "{name} is {size} MB; the limit is 50 MB. Scan it again at a lower resolution (300 dpi is "
                    "enough) or as JPEG."),
    "file.unknown-type": QT_TRANSLATE_NOOP(
        "Messages", "{name} is not a JPEG, PNG, TIFF or PDF file (its content was checked, not its name). Save or "
                    "export the scan in one of these formats."),
    "file.corrupt-image": QT_TRANSLATE_NOOP(
        "Messages", "{name} looks like a {format} image but cannot be read completely: it is damaged or truncated. "
                    "Scan the document again."),
    "file.too-many-pixels": QT_TRANSLATE_NOOP(
        "Messages", "{name} has too many pixels to be a document scan. Scan it again at a lower resolution (300 dpi "
                    "is enough)."),
    "file.corrupt-pdf": QT_TRANSLATE_NOOP(
        "Messages", "{name} looks like a PDF but cannot be read: it is damaged, truncated or has no page. Export or "
                    "scan the document again."),
    "file.encrypted-pdf": QT_TRANSLATE_NOOP(
        "Messages", "{name} is protected by a password. Save a copy without a password (print it to PDF) and attach "
                    "that copy."),
    # -- settings and the organisation -----------------------------------------------------------
    "setting.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown setting {name}; known settings: {known}"),
    "setting.not-whole-number": QT_TRANSLATE_NOOP("Messages", "{label}: a whole number is expected"),
    "setting.not-whole-number-value": QT_TRANSLATE_NOOP(
        "Messages", "{label}: a whole number is expected, not {value}"),
    "setting.too-small": QT_TRANSLATE_NOOP("Messages", "{label}: at least {minimum}"),
    "setting.too-large": QT_TRANSLATE_NOOP("Messages", "{label}: at most {maximum}"),
    "setting.not-a-choice": QT_TRANSLATE_NOOP("Messages", "{label}: one of {choices}"),
    "organisation.region-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown region {region}; one of {regions}"),
    "organisation.name-missing": QT_TRANSLATE_NOOP("Messages", "The organisation needs a name."),
    "organisation.siren-length": QT_TRANSLATE_NOOP("Messages", "A SIREN has 9 digits."),
    "organisation.siren-check": QT_TRANSLATE_NOOP(
        "Messages", "This SIREN fails its check digit: check it on the Kbis or on annuaire-entreprises.data.gouv.fr."),
    "organisation.logo-unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The logo is not readable; choose the image file again."),
    "organisation.logo-too-large": QT_TRANSLATE_NOOP("Messages", "The logo is {size} MB; use an image under 1 MB."),
    "organisation.logo-format": QT_TRANSLATE_NOOP("Messages", "The logo must be a PNG or JPEG image."),
    "organisation.logo-damaged": QT_TRANSLATE_NOOP("Messages", "The logo file is damaged or is not an image."),
    "organisation.missing": QT_TRANSLATE_NOOP(
        "Messages", "Fill in the organisation profile first (Organisation profile… in the toolbar): letters need "
                    "the controller's name, address and DPO."),
    # -- letters ---------------------------------------------------------------------------------
    "letter.lang-unknown": QT_TRANSLATE_NOOP(
        "Messages", "Letters are written in French (fr) or English (en), not {lang}."),
    "letter.kind-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown letter {kind}; one of: {kinds}."),
    "letter.incomplete": QT_TRANSLATE_NOOP("Messages", "The letter is not finished: complete {names} first."),
    "letter.not-a-letter": QT_TRANSLATE_NOOP(
        "Messages", "Document {document} is not a letter written by the workbench."),
    "letter.not-email": QT_TRANSLATE_NOOP(
        "Messages", "{reference} was not received by e-mail: send the letter by post (the answer goes back through "
                    "the channel used)."),
    "letter.no-email": QT_TRANSLATE_NOOP("Messages", "{reference} has no e-mail address to answer to."),
    "letter.no-dpo-email": QT_TRANSLATE_NOOP(
        "Messages", "The organisation profile has no DPO e-mail address to send from."),
    # -- breaches --------------------------------------------------------------------------------
    "breach.not-found": QT_TRANSLATE_NOOP("Messages", "No breach {key}."),
    "breach.aware-missing": QT_TRANSLATE_NOOP(
        "Messages", "Give the date and time the company became aware of the breach."),
    "breach.aware-no-offset": QT_TRANSLATE_NOOP("Messages", "The awareness time needs its UTC offset (e.g. +01:00)."),
    "breach.aware-future": QT_TRANSLATE_NOOP("Messages", "The awareness time {at} is in the future."),
    "breach.aware-before-gdpr": QT_TRANSLATE_NOOP(
        "Messages", "The awareness time is before the GDPR applied (25/05/2018): check the year."),
    "breach.summary-missing": QT_TRANSLATE_NOOP("Messages", "Say in a few words what happened."),
    "breach.summary-too-long": QT_TRANSLATE_NOOP(
        "Messages", "The summary is longer than {limit} characters: put the details in the description section."),
    "breach.end-before-start": QT_TRANSLATE_NOOP("Messages", "The end of the breach is before its start."),
    "breach.category-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown data category {category}."),
    "breach.adjustment-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown context adjustment {adjustment}."),
    "breach.ei-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown ease of identification {ei}."),
    "breach.assessment-invalid": QT_TRANSLATE_NOOP("Messages", "The assessment is not valid: {reason}"),
    "breach.decision-missing": QT_TRANSLATE_NOOP(
        "Messages", "Choose the decision: register only, notify the CNIL, or notify the CNIL and inform the people."),
    "breach.decision-without-reasoning": QT_TRANSLATE_NOOP(
        "Messages", "Choose the decision this reasoning explains."),
    "breach.reasoning-missing": QT_TRANSLATE_NOOP("Messages", "Write the reasoning of the decision (Art. 33(5))."),
    "breach.reasoning-too-long": QT_TRANSLATE_NOOP("Messages", "The reasoning is longer than 20,000 characters."),
    "breach.notification-type": QT_TRANSLATE_NOOP("Messages", "The type is one of {types}."),
    "breach.sent-missing": QT_TRANSLATE_NOOP("Messages", "Give the date and time the notification was sent."),
    "breach.sent-future": QT_TRANSLATE_NOOP("Messages", "The notification time is in the future."),
    "breach.cnil-reference-too-long": QT_TRANSLATE_NOOP(
        "Messages", "The CNIL reference is longer than 60 characters."),
    "breach.sent-before-aware": QT_TRANSLATE_NOOP(
        "Messages", "The notification cannot be sent before the company became aware of the breach."),
    "breach.complementary-first": QT_TRANSLATE_NOOP(
        "Messages", "A complementary notification follows an initial one: record the initial notification first."),
    "breach.first-already": QT_TRANSLATE_NOOP(
        "Messages", "The first notification is already recorded: later ones are complementary."),
    "breach.close-needs-decision": QT_TRANSLATE_NOOP(
        "Messages", "Record your decision and its reasoning before closing the breach."),
    "breach.close-needs-notification": QT_TRANSLATE_NOOP(
        "Messages", "You decided to notify the CNIL: record the notification sent before closing the breach."),
    "breach.language": QT_TRANSLATE_NOOP("Messages", "The language is fr or en."),
    "breach.export-format": QT_TRANSLATE_NOOP("Messages", "The export format is csv or pdf."),
    "breach.sort-unknown": QT_TRANSLATE_NOOP("Messages", "cannot sort breaches by {column}"),
    "instant.invalid": QT_TRANSLATE_NOOP(
        "Messages", "{text} is not a date and time (e.g. 26/11/2026 14:30, or 2026-11-26T14:30+01:00)"),
    "instant.skipped": QT_TRANSLATE_NOOP(
        "Messages", "{at} does not exist in Paris (the clocks went forward): give the time with its offset"),
    "field.unknown": QT_TRANSLATE_NOOP("Messages", "unknown field {key}"),
    "field.choice-unknown": QT_TRANSLATE_NOOP("Messages", "{label}: unknown choice {choice}"),
    "field.text-expected": QT_TRANSLATE_NOOP("Messages", "{label}: text expected"),
    "field.too-long": QT_TRANSLATE_NOOP("Messages", "{label}: at most {limit} characters ({given} given)"),
    "field.whole-number": QT_TRANSLATE_NOOP("Messages", "{label}: a whole number is expected"),
    "field.not-whole-number": QT_TRANSLATE_NOOP(
        "Messages", "{label}: {value} is not a whole number; write a number, e.g. 1200."),
    "field.negative": QT_TRANSLATE_NOOP("Messages", "{label}: the number cannot be negative"),
    "field.instant": QT_TRANSLATE_NOOP("Messages", "{label}: {reason}"),
    # -- intake (e-mails) ------------------------------------------------------------------------
    "intake.already-separate": QT_TRANSLATE_NOOP("Messages", "This e-mail already has a request of its own."),
    "intake.not-imported": QT_TRANSLATE_NOOP("Messages", "Document {document} is not an imported e-mail."),
    "mail.empty": QT_TRANSLATE_NOOP("Messages", "the file is empty."),
    "mail.too-large": QT_TRANSLATE_NOOP("Messages", "the file is {size} MB; the limit is {limit} MB per message."),
    "mail.msg-as-eml": QT_TRANSLATE_NOOP(
        "Messages", "this is an Outlook .msg file, not a MIME (.eml) message; give it the .msg extension."),
    "mail.unreadable": QT_TRANSLATE_NOOP("Messages", "the message cannot be read ({reason})."),
    "mail.not-mail": QT_TRANSLATE_NOOP("Messages", "this is not an e-mail message: it has no readable headers."),
    "mail.truncated": QT_TRANSLATE_NOOP(
        "Messages", "the message is truncated or damaged: a part of it ends before its closing boundary. Save the "
                    "message again from the mail program."),
    "mail.no-sender": QT_TRANSLATE_NOOP(
        "Messages", "the message has no readable sender address (From, Reply-To, Sender or Return-Path)."),
    "mail.not-msg": QT_TRANSLATE_NOOP(
        "Messages", "this is not an Outlook .msg file (its content was checked, not its name)."),
    "mail.msg-needs-extract-msg": QT_TRANSLATE_NOOP(
        "Messages", "reading Outlook .msg files needs the optional extract-msg package (pip install "
                    "'dpo-workbench[outlook]'); or save the message as .eml from Outlook."),
    "mail.msg-damaged": QT_TRANSLATE_NOOP(
        "Messages", "the Outlook .msg file cannot be read ({reason}): it is damaged or truncated. Save the message "
                    "again from Outlook."),
    "mail.path-missing": QT_TRANSLATE_NOOP("Messages", "there is no such file."),
    "mail.path-unreadable": QT_TRANSLATE_NOOP("Messages", "the file cannot be read ({reason})."),
    "mail.folder-empty": QT_TRANSLATE_NOOP("Messages", "the folder holds no .eml, .msg or .mbox file."),
    "mail.mbox-empty": QT_TRANSLATE_NOOP("Messages", "the mbox file holds no message."),
    "mail.vault-failed": QT_TRANSLATE_NOOP(
        "Messages", "the vault could not store the message ({reason}); nothing was saved for it."),
    "mail.unexpected": QT_TRANSLATE_NOOP(
        "Messages", "unexpected error while importing ({reason}); nothing was saved for this message."),
    # -- the vault and its keys ------------------------------------------------------------------
    "vault.tampered": QT_TRANSLATE_NOOP("Messages", "this file is damaged or was altered"),
    "vault.key-size": QT_TRANSLATE_NOOP("Messages", "the {what} must be {size} bytes long"),
    "vault.blob-missing": QT_TRANSLATE_NOOP(
        "Messages", "The encrypted file {blob} is missing from the vault folder ({folder}). Restore it from a "
                    "backup."),
    "vault.blob-id-invalid": QT_TRANSLATE_NOOP("Messages", "a blob id must be {digits} lowercase hexadecimal digits"),
    "keys.damaged": QT_TRANSLATE_NOOP("Messages", "The {what} is damaged ({detail})."),
    "keys.file-damaged": QT_TRANSLATE_NOOP("Messages", "The key file {path} is damaged ({detail})."),
    "keys.file-damaged-restore": QT_TRANSLATE_NOOP(
        "Messages", "The key file {path} is damaged ({detail}). Restore it from a backup."),
    "keys.file-version": QT_TRANSLATE_NOOP(
        "Messages", "The key file {path} has version {version}; this version of DPO Workbench reads version "
                    "{supported}. Update the application."),
    "keys.not-a-ring": QT_TRANSLATE_NOOP("Messages", "The {what} is not a DPO Workbench key ring."),
    "keys.not-a-key-file": QT_TRANSLATE_NOOP("Messages", "{path} is not a DPO Workbench key file."),
    "keys.version": QT_TRANSLATE_NOOP(
        "Messages", "The {what} has version {version}; this version of DPO Workbench reads version {supported}. "
                    "Update the application."),
    "keys.bad-master-key": QT_TRANSLATE_NOOP("Messages", "Master key {key} is not a {size}-byte key."),
    "keys.id-mismatch": QT_TRANSLATE_NOOP("Messages", "Master key {key} does not match its id."),
    "keys.current-missing": QT_TRANSLATE_NOOP("Messages", "The current master key {key} is not in the key ring."),
    "keys.current-not-removable": QT_TRANSLATE_NOOP(
        "Messages", "The current master key cannot be removed from the key ring."),
    "keys.scrypt-positive": QT_TRANSLATE_NOOP("Messages", "scrypt parameter {name} must be a positive integer"),
    "keys.scrypt-power": QT_TRANSLATE_NOOP("Messages", "scrypt parameter n must be a power of 2"),
    "keys.scrypt-cost": QT_TRANSLATE_NOOP("Messages", "scrypt parameters ask for too much memory or time"),
    "keys.install-id-damaged": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} is damaged: it should hold a hexadecimal id."),
    "keys.already": QT_TRANSLATE_NOOP("Messages", "This data folder already has keys."),
    "keys.lost": QT_TRANSLATE_NOOP(
        "Messages", "The database is encrypted but its keys are missing from this computer's key store. Open it "
                    "with its recovery key (dpo-workbench recovery-key unlock), or restore the data folder from a "
                    "backup."),
    "keys.no-key-opens-database": QT_TRANSLATE_NOOP(
        "Messages", "None of the keys of this data folder opens its database: the database or the key store comes "
                    "from another data folder, or the database is damaged."),
    "keys.not-in-keyring": QT_TRANSLATE_NOOP(
        "Messages", "No master keys for this data folder are in the system keyring."),
    "keys.no-key-file": QT_TRANSLATE_NOOP("Messages", "There is no key file at {path}."),
    "keyring.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The system keyring could not be read ({reason}). Unlock it (log in to your desktop session) "
                    "and try again."),
    "keyring.refused": QT_TRANSLATE_NOOP(
        "Messages", "The system keyring refused to store the master keys ({reason}). Unlock it and try again."),
    "keyring.not-kept": QT_TRANSLATE_NOOP("Messages", "The system keyring did not keep the master keys."),
    "passphrase.empty": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is empty. Choose a passphrase to protect the keys."),
    "passphrase.too-short": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too short: use at least {minimum} characters (a few unrelated words are easy "
                    "to remember and hard to guess)."),
    "passphrase.wrong": QT_TRANSLATE_NOOP("Messages", "The passphrase is wrong."),
    "passphrase.wrong-tries": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is wrong (3 tries); nothing was changed."),
    "passphrase.env-to-create": QT_TRANSLATE_NOOP(
        "Messages", "no system keyring here: set DPO_WORKBENCH_PASSPHRASE to the passphrase that will protect the "
                    "keys of this data folder"),
    "passphrase.env-or-terminal": QT_TRANSLATE_NOOP(
        "Messages", "the keys of this data folder are protected by a passphrase: set DPO_WORKBENCH_PASSPHRASE or "
                    "run in a terminal"),
    "passphrase.locked": QT_TRANSLATE_NOOP("Messages", "The key file is locked: enter the passphrase."),
    "passphrase.choose": QT_TRANSLATE_NOOP(
        "Messages", "Choose a passphrase to protect the keys of this data folder."),
    "passphrase.needed": QT_TRANSLATE_NOOP("Messages", "The keys of this data folder are protected by a passphrase."),
    "passphrase.none-to-change": QT_TRANSLATE_NOOP(
        "Messages", "The keys of this data folder are in the system keyring: there is no passphrase to change."),
    "database.conversion-failed": QT_TRANSLATE_NOOP(
        "Messages", "Encrypting the database failed: table {table} has {copied} rows instead of {count}. The "
                    "original database is unchanged."),
    # -- demo ------------------------------------------------------------------------------------
    "demo.not-empty": QT_TRANSLATE_NOOP(
        "Messages", "the data folder already holds requests; the demo only fills an empty one"),
    # -- reports, exports and case files (services/reports.py, services/casefile.py, exports.py) ----
    "report.period-reversed": QT_TRANSLATE_NOOP(
        "Messages", "The period ends ({end}) before it starts ({start})."),
    "report.year-out-of-range": QT_TRANSLATE_NOOP(
        "Messages", "There is no annual report for {year}: choose a year from 2018 (the GDPR) to {last}."),
    "report.format-unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown format {format}: choose csv, json or xlsx."),
    "report.state-unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown state {state}: choose open, closed or all."),
    "export.folder-missing": QT_TRANSLATE_NOOP(
        "Messages", "The folder {folder} does not exist: nothing was written."),
    "export.not-writable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write {path}: {reason}. Nothing was written."),
    "export.is-folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a folder: give a file name."),
    # -- backups, restore and the recovery key (services.backups, vault.backupfile, vault.recovery) ------------
    "recovery.key-length": QT_TRANSLATE_NOOP(
        "Messages", "A recovery key has {expected} characters in 8 groups of 5; this one has {count}. Copy it "
                    "again from the recovery sheet."),
    "recovery.key-typo": QT_TRANSLATE_NOOP(
        "Messages", "Group {group} of the recovery key has a typing error: check it against the recovery sheet."),
    "recovery.key-wrong": QT_TRANSLATE_NOOP(
        "Messages", "This recovery key does not open this data folder: it was replaced by a newer one, or it belongs "
                    "to another data folder."),
    "recovery.none": QT_TRANSLATE_NOOP(
        "Messages", "This data folder has no recovery key: only its keyring entry or its passphrase opens it."),
    "recovery.file-damaged": QT_TRANSLATE_NOOP(
        "Messages", "The recovery file {path} is damaged ({detail}): create a new recovery key."),
    "recovery.file-version": QT_TRANSLATE_NOOP(
        "Messages", "The recovery file {path} has version {version}; this version of DPO Workbench reads version "
                    "{supported}."),
    "recovery.escrow-key-gone": QT_TRANSLATE_NOOP(
        "Messages", "The recovery key was made under a master key that is no longer in use: create a new recovery "
                    "key."),
    "backup.not-a-backup": QT_TRANSLATE_NOOP("Messages", "{path} is not a DPO Workbench backup."),
    "backup.format-newer": QT_TRANSLATE_NOOP(
        "Messages", "{path} was written by a newer version of DPO Workbench (backup format {version}; this version "
                    "reads format {supported}): install a newer version to open it."),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Messages", "{path} is damaged (its {detail} was altered or cut short): it cannot be restored. Use another "
                    "backup."),
    "backup.truncated": QT_TRANSLATE_NOOP(
        "Messages", "{path} is incomplete: it ends before its last part (an interrupted copy or backup). Use another "
                    "backup."),
    "backup.manifest-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{path} is damaged: its content does not match its manifest ({detail}). Use another backup."),
    "backup.no-key": QT_TRANSLATE_NOOP(
        "Messages", "No key at hand opens {path}: it was made by another data folder, or before its master key was "
                    "replaced. Give its recovery key (DPO_WORKBENCH_RECOVERY_KEY)."),
    "backup.no-recovery-key": QT_TRANSLATE_NOOP(
        "Messages", "{path} was made before the data folder had a recovery key: open it with the folder's keyring "
                    "entry or passphrase."),
    "backup.recovery-key-wrong": QT_TRANSLATE_NOOP(
        "Messages", "This recovery key does not open {path}: the backup was made with another recovery key (an "
                    "earlier or a later one) or by another data folder."),
    "backup.schema-newer": QT_TRANSLATE_NOOP(
        "Messages", "{path} was made by a newer version of DPO Workbench (database version {schema}; this version "
                    "knows up to {head}): install that version or a newer one to restore it. Nothing was changed."),
    "backup.folder-unusable": QT_TRANSLATE_NOOP(
        "Messages", "The backup folder {folder} cannot be used ({reason}): connect it, or choose another one in "
                    "Settings. Older backups were not touched."),
    "backup.write-failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be written to {folder} ({reason}). Nothing was deleted: older backups are "
                    "intact."),
    "backup.out-exists": QT_TRANSLATE_NOOP(
        "Messages", "{path} already exists: choose a new file name (a backup never overwrites a file)."),
    "backup.busy": QT_TRANSLATE_NOOP(
        "Messages", "The master key changed while the backup was being made (a key rotation?): make it again once "
                    "the rotation is finished."),
    "backup.target-not-empty": QT_TRANSLATE_NOOP(
        "Messages", "{path} already holds a data folder: restore into an empty folder, or confirm that it is to be "
                    "replaced (--replace; a backup of it is made first)."),
    "backup.target-not-data-folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} holds other files and is not a DPO Workbench data folder: restore into an empty folder."),
    "backup.passphrase-needed": QT_TRANSLATE_NOOP(
        "Messages", "No system keyring here: the restored data folder keeps its keys in a key file, protected by a "
                    "passphrase. Set DPO_WORKBENCH_PASSPHRASE (or run in a terminal)."),
    "backup.pre-migration-failed": QT_TRANSLATE_NOOP(
        "Messages", "Before its database is upgraded (version {schema} to {head}) the data folder is backed up, and "
                    "the backup failed: {reason} Nothing was changed."),
    "backup.unreadable-member": QT_TRANSLATE_NOOP(
        "Messages", "{path} holds an unexpected entry: it is damaged or was not made by DPO Workbench."),
    # -- daily casework (issue 18): postal addresses, correcting a request, letters that decide each right ------
    "address.empty": QT_TRANSLATE_NOOP("Messages", "Enter the postal address."),
    "address.postcode-missing": QT_TRANSLATE_NOOP(
        "Messages", "The postal address has no postcode: end it with the postcode and the town (e.g. 75011 Paris), "
                    "or, for an address abroad, with the country."),
    "address.postcode-line": QT_TRANSLATE_NOOP(
        "Messages", "Write the postcode before the town, on the last line of the address (e.g. 75011 Paris)."),
    "address.town-missing": QT_TRANSLATE_NOOP(
        "Messages", "The postal address has the postcode {postcode} but no town: write the town after it "
                    "(e.g. {postcode} Paris)."),
    "address.street-missing": QT_TRANSLATE_NOOP(
        "Messages", "The postal address has no street line: add the number and street (or the locality) above the "
                    "postcode and town."),
    "address.abroad-incomplete": QT_TRANSLATE_NOOP(
        "Messages", "An address abroad needs its street and town lines above the country ({country})."),
    "address.too-many-lines": QT_TRANSLATE_NOOP(
        "Messages", "The recipient block has {lines} lines; the post reads at most {limit} (NF Z10-011): join "
                    "the complements of the address."),
    "address.line-too-long": QT_TRANSLATE_NOOP(
        "Messages", "The address line “{line}” is longer than {limit} characters, the most the post "
                    "recommends (NF Z10-011): shorten it."),
    "breach.assessment-incomplete": QT_TRANSLATE_NOOP(
        "Messages", "The severity assessment is not complete: choose {criteria}, or leave every criterion unchosen "
                    "until you can assess it."),
    "breach.addressee-name-missing": QT_TRANSLATE_NOOP(
        "Messages", "Give the name of the person the letter is addressed to, or leave the address empty too."),
    "letter.decides-one-right": QT_TRANSLATE_NOOP(
        "Messages", "{reference} invokes several rights and this letter ({kind}) decides only one of them: answer "
                    "each right in one letter ({combined})."),
    "letter.answer-late": QT_TRANSLATE_NOOP(
        "Messages", "This answer comes after the due date ({due}): it is {days} day(s) late. The letter can "
                    "acknowledge the delay (the first free part, which you may keep, change or clear)."),
    "organisation.profile-not-json": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a profile: it is not valid JSON ({reason})."),
    "organisation.profile-not-a-profile": QT_TRANSLATE_NOOP(
        "Messages", "This file is not an organisation profile: it has no organisation name."),
    "organisation.profile-unknown-keys": QT_TRANSLATE_NOOP(
        "Messages", "This profile has entries the workbench does not know ({keys}); a profile has: {known}."),
    "organisation.profile-wrong-type": QT_TRANSLATE_NOOP(
        "Messages", "This profile is damaged: {keys} should be text (the profile part, a group of entries)."),
    "organisation.profile-too-large": QT_TRANSLATE_NOOP(
        "Messages", "This file is too large to be an organisation profile (over 5 MB)."),
    "request.received-after-step": QT_TRANSLATE_NOOP(
        "Messages", "The request cannot have been received on {on}: a step of it is already recorded on {step}. "
                    "Check the date."),
    # -- the DPO mailbox (issue 16): warnings of the liberal parser, mail accounts, fetch and send ------
    "mail-note.date-before-gdpr": QT_TRANSLATE_NOOP(
        "Messages", "The Date header ({at}) is before the GDPR applied: it was not believed (old or wrong clock); "
                    "the received time was taken from elsewhere. Check it."),
    "mail-note.date-future": QT_TRANSLATE_NOOP(
        "Messages", "The Date header ({at}) is in the future: it was not believed (the sender's clock is wrong); "
                    "the received time was taken from elsewhere. Check it."),
    "mail-note.date-unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The Date header ({text}) cannot be read; the received time was taken from elsewhere. Check it."),
    "mail-note.truncated": QT_TRANSLATE_NOOP(
        "Messages", "The message is truncated or damaged (a part ends before its closing boundary): what could be "
                    "read was imported, and the message is kept as received. Ask the sender again if a part is "
                    "missing."),
    "mail-note.headers-damaged": QT_TRANSLATE_NOOP(
        "Messages", "The headers of the message are damaged: the lines after the damage were read as its text."),
    "mail-note.base64-damaged": QT_TRANSLATE_NOOP(
        "Messages", "The encoded content of {part} is damaged or cut: it was decoded as far as possible and may be "
                    "incomplete."),
    "mail-note.text-base64-damaged": QT_TRANSLATE_NOOP(
        "Messages", "The encoded text of the message is damaged or cut: it was decoded as far as possible and may "
                    "be incomplete."),
    "mail-note.charset-unknown": QT_TRANSLATE_NOOP(
        "Messages", "The text declares an unknown character set ({charset}): it was read as UTF-8 or "
                    "Windows-1252; check the accented letters."),
    "mail-note.charset-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Some characters of the text do not fit its declared character set ({charset}): they are shown "
                    "as \ufffd."),
    "mail-note.header-8bit": QT_TRANSLATE_NOOP(
        "Messages", "Some headers hold raw 8-bit characters (not encoded as the standard asks): they were read as "
                    "UTF-8 or Windows-1252."),
    "mail-note.part-unreadable": QT_TRANSLATE_NOOP(
        "Messages", "A part of the message cannot be read ({reason}); it is kept inside the stored message."),
    "mail-note.nesting": QT_TRANSLATE_NOOP(
        "Messages", "The message nests more than 20 levels deep; the deeper parts were not read."),
    "mail-note.attachment-empty": QT_TRANSLATE_NOOP("Messages", "The attachment {name} is empty; it was left out."),
    "mail-note.tnef-unavailable": QT_TRANSLATE_NOOP(
        "Messages", "{name} is an Outlook TNEF container and this installation cannot read it; ask the sender to "
                    "send the files again as ordinary attachments."),
    "mail-note.tnef-unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{name} is an Outlook TNEF container that cannot be read ({reason}); ask the sender to send the "
                    "files again as ordinary attachments. It is kept inside the stored message."),
    "mail-note.tnef-empty": QT_TRANSLATE_NOOP(
        "Messages", "{name} (Outlook TNEF) holds no file that could be read; it is kept inside the stored message."),
    "mail-note.msg-embedded": QT_TRANSLATE_NOOP(
        "Messages", "The attachment {name} is not a file (an embedded item); it stays inside the stored message."),
    "mail-note.sender-from-other": QT_TRANSLATE_NOOP(
        "Messages", "The message has no usable From address: the sender was taken from its {header} header. "
                    "Check it."),
    "mail-note.address-reserved": QT_TRANSLATE_NOOP(
        "Messages", "The sender's address {address} is on a reserved or local domain (not reachable from the "
                    "Internet): it was kept; check it before answering."),
    "mail-note.address-invalid": QT_TRANSLATE_NOOP(
        "Messages", "The sender's address {address} is not a valid e-mail address: it was kept as written; check "
                    "it before answering."),
    "mail-note.no-right": QT_TRANSLATE_NOOP(
        "Messages", "No right was recognised in the message: 'other' was recorded; choose the right(s) in the "
                    "request panel."),
    "mailbox.connect-failed": QT_TRANSLATE_NOOP(
        "Messages", "Cannot connect to {host} on port {port} ({reason}): check the server name and port, and the "
                    "network."),
    "mailbox.insecure-remote": QT_TRANSLATE_NOOP(
        "Messages", "An unencrypted connection is only allowed to this computer (localhost), not to {host}: choose "
                    "SSL/TLS or STARTTLS."),
    "mailbox.starttls-unsupported": QT_TRANSLATE_NOOP(
        "Messages", "{host} does not offer STARTTLS on this port: choose SSL/TLS (usually port 993 for IMAP, 465 for "
                    "SMTP)."),
    "mailbox.tls-failed": QT_TRANSLATE_NOOP("Messages", "The encrypted connection to {host} failed ({reason})."),
    "mailbox.tls-untrusted": QT_TRANSLATE_NOOP(
        "Messages", "The certificate of {host} is not signed by an authority this computer trusts (a self-signed "
                    "certificate?). Its SHA-256 fingerprint is {fingerprint}. If your administrator confirms it, "
                    "trust this certificate in the account's settings."),
    "mailbox.tls-pin-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The certificate of {host} is not the one trusted for this account (now {fingerprint}): the "
                    "connection was refused. If the server's certificate was renewed, check it with your "
                    "administrator and trust the new one."),
    "mailbox.login-failed": QT_TRANSLATE_NOOP(
        "Messages", "{host} refused the login {login}: check the login and the password."),
    "mailbox.connection-lost": QT_TRANSLATE_NOOP(
        "Messages", "The connection to {host} was lost ({reason}). What was fetched before is kept; the next fetch "
                    "goes on from there."),
    "mailbox.smtp-lost": QT_TRANSLATE_NOOP(
        "Messages", "The connection to {host} was lost ({reason}); the message was not sent."),
    "mailbox.server-refused": QT_TRANSLATE_NOOP("Messages", "{host} refused a command: {reason}"),
    "mailbox.folder-missing": QT_TRANSLATE_NOOP("Messages", "There is no folder {folder} on {host}."),
    "mailbox.smtp-refused": QT_TRANSLATE_NOOP(
        "Messages", "{host} refused the message ({status} {reason}); it was not sent."),
    "mailbox.smtp-sender-refused": QT_TRANSLATE_NOOP(
        "Messages", "{host} refused the sender address ({status} {reason}); the message was not sent. The DPO e-mail "
                    "address of the organisation profile must be one this account may send from."),
    "mailbox.smtp-no-auth": QT_TRANSLATE_NOOP(
        "Messages", "{host} does not accept a login on this connection: choose STARTTLS or SSL/TLS."),
    "mail-account.not-found": QT_TRANSLATE_NOOP("Messages", "No mail account {name}."),
    "mail-account.none": QT_TRANSLATE_NOOP(
        "Messages", "No mail account is set up: add one in Intake › Mail accounts… (or 'mail account add')."),
    "mail-account.name-missing": QT_TRANSLATE_NOOP("Messages", "Give the account a name (e.g. DPO mailbox)."),
    "mail-account.name-too-long": QT_TRANSLATE_NOOP("Messages", "The account name is longer than 80 characters."),
    "mail-account.name-taken": QT_TRANSLATE_NOOP("Messages", "There is already a mail account {name}."),
    "mail-account.host-missing": QT_TRANSLATE_NOOP("Messages", "Give the {what} server's name (e.g. imap.example.fr)."),
    "mail-account.host-invalid": QT_TRANSLATE_NOOP("Messages", "{host} is not a server name."),
    "mail-account.port-invalid": QT_TRANSLATE_NOOP("Messages", "The port is a number from 1 to 65535."),
    "mail-account.security-unknown": QT_TRANSLATE_NOOP(
        "Messages", "The security is one of ssl (SSL/TLS), starttls, none (this computer only)."),
    "mail-account.login-missing": QT_TRANSLATE_NOOP("Messages", "Give the login (often the e-mail address)."),
    "mail-account.password-missing": QT_TRANSLATE_NOOP("Messages", "Give the account's password."),
    "mail-account.folder-missing": QT_TRANSLATE_NOOP("Messages", "Give the folder to fetch (usually INBOX)."),
    "mail-account.move-to-missing": QT_TRANSLATE_NOOP(
        "Messages", "Give the folder imported messages are moved to (e.g. INBOX/Imported)."),
    "mail-account.move-to-same": QT_TRANSLATE_NOOP(
        "Messages", "Imported messages cannot be moved to the folder they are fetched from."),
    "mail-account.after-import-unknown": QT_TRANSLATE_NOOP(
        "Messages", "After the import, a message is flagged (flag) or moved to a folder (move)."),
    "mail-account.pin-invalid": QT_TRANSLATE_NOOP(
        "Messages", "A certificate fingerprint is 64 hexadecimal digits (SHA-256)."),
    "mail-account.password-lost": QT_TRANSLATE_NOOP(
        "Messages", "The password of the mail account {name} cannot be found in the key store any more: enter it "
                    "again in the account's settings."),
    "mail-account.no-smtp": QT_TRANSLATE_NOOP(
        "Messages", "The mail account {name} has no SMTP server to send with: add one in its settings."),
    "mail-account.keyring-failed": QT_TRANSLATE_NOOP(
        "Messages", "The system keyring refused the password ({reason}); nothing was saved."),
    "mail-send.not-email": QT_TRANSLATE_NOOP(
        "Messages", "{reference} was not received by e-mail: its letters are sent by post."),
    "mail-send.already-sent": QT_TRANSLATE_NOOP(
        "Messages", "This letter was already sent by e-mail on {on}."),
    "mail-send.sent-not-recorded": QT_TRANSLATE_NOOP(
        "Messages", "The letter was sent, but its copy could not be stored in the case file ({reason}): note it "
                    "in the request."),
    # -- team mode: a shared database on a PostgreSQL server, its users and its key (issue 13) ---------------
    "team.url-invalid": QT_TRANSLATE_NOOP(
        "Messages", "The database URL cannot be read: give it as postgresql://USER@HOST:PORT/DATABASE (add "
                    "?sslmode=verify-full for a server elsewhere on the network)."),
    "team.url-scheme": QT_TRANSLATE_NOOP(
        "Messages", "A team database is a PostgreSQL one (postgresql://USER@HOST/DATABASE), not {scheme}: the "
                    "register of one person is the data folder's own (--data-dir)."),
    "team.url-no-database": QT_TRANSLATE_NOOP(
        "Messages", "The database URL names no database: end it with /DATABASE (e.g. postgresql://dpo@db.example.fr"
                    "/register)."),
    "team.server-unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The database server {server} does not answer: check its name and port, that it runs, and that "
                    "this computer may reach it (firewall, VPN)."),
    "team.server-password": QT_TRANSLATE_NOOP(
        "Messages", "The database server {server} refused the password of {user}: check the password (in the URL, "
                    "PGPASSWORD or ~/.pgpass) with the server's administrator."),
    "team.server-refused": QT_TRANSLATE_NOOP(
        "Messages", "The database server {server} refused the connection ({reason}): ask its administrator to let "
                    "this user and computer in (pg_hba.conf, TLS certificate)."),
    "team.no-database": QT_TRANSLATE_NOOP(
        "Messages", "There is no database {server}: ask the server's administrator to create it (see the README, "
                    "'Team mode'), then run 'init'."),
    "team.not-initialised": QT_TRANSLATE_NOOP(
        "Messages", "The database {server} is not a team register yet: a dpo creates it with "
                    "'dpo-workbench --database-url URL init --user LOGIN'."),
    "team.already-initialised": QT_TRANSLATE_NOOP(
        "Messages", "The database {server} already holds a team register; nothing was changed. Its dpo adds users "
                    "with 'user add LOGIN --role ROLE'."),
    "team.schema-older": QT_TRANSLATE_NOOP(
        "Messages", "The team database {server} has the schema of an older version ({revision}; this one needs "
                    "{head}): after a pg_dump, a dpo upgrades it with 'dpo-workbench --database-url URL team "
                    "upgrade'. Nothing was changed."),
    "team.schema-newer": QT_TRANSLATE_NOOP(
        "Messages", "The team database {server} was upgraded by a newer version of DPO Workbench (schema "
                    "{revision}): install that version to open it. Nothing was changed."),
    "team.login-invalid": QT_TRANSLATE_NOOP(
        "Messages", "{login} is not a login: lower-case letters, digits, '.', '_' or '-', at most 64 characters "
                    "(e.g. m.durand)."),
    "team.role-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown role {role}: the roles are {roles}."),
    "team.unknown-user": QT_TRANSLATE_NOOP(
        "Messages", "{login} is not a user of the team database {server}: give your own login (--user or "
                    "DPO_WORKBENCH_USER), or ask a dpo to add you with 'user add {login} --role ROLE'."),
    "team.no-such-user": QT_TRANSLATE_NOOP("Messages", "{login} is not a user of this team database."),
    "team.user-removed": QT_TRANSLATE_NOOP(
        "Messages", "{login} was removed from this team database: a dpo adds them again if they are to work in it."),
    "team.user-exists": QT_TRANSLATE_NOOP("Messages", "{login} is already a user of this team database."),
    "team.user-exists-removed": QT_TRANSLATE_NOOP(
        "Messages", "{login} was a user of this team database and was removed; a login is never given to someone "
                    "else (the journal names them): choose another login."),
    "team.passphrase-needed": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase of {login} is needed to open the team key: set DPO_WORKBENCH_PASSPHRASE, or run "
                    "in a terminal."),
    "team.passphrase-to-create": QT_TRANSLATE_NOOP(
        "Messages", "Choose the passphrase of {login} (set DPO_WORKBENCH_PASSPHRASE, or run in a terminal); nothing "
                    "was created."),
    "team.wrong-passphrase": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase does not open this user's key: check it (and the login given with --user)."),
    "team.user-key-damaged": QT_TRANSLATE_NOOP(
        "Messages", "The stored key of {login} is damaged or was altered: a dpo removes the user and adds them "
                    "again."),
    "team.locked": QT_TRANSLATE_NOOP(
        "Messages", "The team key is not unlocked: personal data is never read from or written to the server in "
                    "clear. Sign in first."),
    "team.unknown-key": QT_TRANSLATE_NOOP(
        "Messages", "A value is sealed with a team key ({key}) this user does not hold: sign in again, or ask a dpo "
                    "whether the team key was rotated while you were removed."),
    "team.rotated-meanwhile": QT_TRANSLATE_NOOP(
        "Messages", "Someone else rotated the team key meanwhile; nothing was changed. Run the command again if "
                    "another rotation is still wanted."),
    "team.remove-self": QT_TRANSLATE_NOOP(
        "Messages", "You cannot remove yourself: another dpo removes you."),
    "team.last-dpo": QT_TRANSLATE_NOOP(
        "Messages", "{login} is the last dpo of the team: add another dpo first (someone must manage the users)."),
    "team.name-too-long": QT_TRANSLATE_NOOP("Messages", "The name is longer than {limit} characters."),
    "team.only": QT_TRANSLATE_NOOP(
        "Messages", "Only a team database can {what}: give --database-url (this is a one-person data folder)."),
    "team.not-on-server": QT_TRANSLATE_NOOP(
        "Messages", "A team database cannot {what}: that belongs to a one-person data folder."),
    "team.use-team-rotate": QT_TRANSLATE_NOOP(
        "Messages", "A team database's key is the team key: a dpo rotates it with 'team rotate-key'."),
    "team.use-user-passphrase": QT_TRANSLATE_NOOP(
        "Messages", "In a team database each user has their own passphrase: change yours with 'user passphrase'."),
    "team.keyring-unsafe": QT_TRANSLATE_NOOP(
        "Messages", "This computer has no safe keyring to keep the key in: go on typing the passphrase."),
    "team.keyring-refused": QT_TRANSLATE_NOOP(
        "Messages", "The system keyring refused the key ({reason}); nothing was kept."),
    "database.busy": QT_TRANSLATE_NOOP(
        "Messages", "The register stayed busy for {seconds} seconds (another program writes to it): nothing was "
                    "saved; try again in a moment."),
    # -- the register of processing activities (issue 14): processings, departments, register files ----------
    "processing.not-found": QT_TRANSLATE_NOOP("Messages", "No processing {key} in the register."),
    "processing.version-not-found": QT_TRANSLATE_NOOP("Messages", "Processing {key} has no version {number}."),
    "processing.role-unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown register {role}: a processing is done as controller or as processor."),
    "processing.status-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown status {status}: active or retired."),
    "processing.reference-too-long": QT_TRANSLATE_NOOP(
        "Messages", "The reference is longer than {limit} characters."),
    "processing.reference-characters": QT_TRANSLATE_NOOP(
        "Messages", "The reference {reference} may hold letters, digits, dashes, underscores and dots only."),
    "processing.reference-taken": QT_TRANSLATE_NOOP(
        "Messages", "The reference {reference} is already another processing's: choose another, or leave it empty "
                    "for the next free one."),
    "processing.reference-fixed": QT_TRANSLATE_NOOP(
        "Messages", "The reference of a processing does not change (requests and files refer to it): it stays "
                    "{reference}."),
    "processing.field-missing": QT_TRANSLATE_NOOP("Messages", "This field is needed for the register."),
    "processing.text-too-long": QT_TRANSLATE_NOOP("Messages", "The text is longer than {limit} characters."),
    "processing.code-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown value: {codes}."),
    "processing.date-invalid": QT_TRANSLATE_NOOP(
        "Messages", "{text} is not a date (write 2026-11-26 or 26/11/2026)."),
    "processing.changed-meanwhile": QT_TRANSLATE_NOOP(
        "Messages", "Processing {reference} was changed by someone else since you opened it: nothing was saved. "
                    "Open it again, then make your change."),
    "processing.department-unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no department {name}: add it in the departments first."),
    "department.name-missing": QT_TRANSLATE_NOOP("Messages", "Give the department a name (e.g. Marketing)."),
    "department.name-too-long": QT_TRANSLATE_NOOP("Messages", "The name is longer than {limit} characters."),
    "department.contact-too-long": QT_TRANSLATE_NOOP("Messages", "The name is longer than {limit} characters."),
    "department.name-taken": QT_TRANSLATE_NOOP("Messages", "There is already a department {name}."),
    "department.not-found": QT_TRANSLATE_NOOP("Messages", "No department {key}."),
    "department.in-use": QT_TRANSLATE_NOOP(
        "Messages", "The department {name} owns {count} processing(s): give them another department first."),
    "register-file.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{name} cannot be read as a {format} file ({reason}): is it damaged, or of another kind?"),
    "register-file.not-utf8": QT_TRANSLATE_NOOP(
        "Messages", "{name} is not UTF-8 text (row {row}, column {column}): save it again as \"CSV UTF-8\" and "
                    "import it again. Nothing was imported."),
    "register-file.too-many-rows": QT_TRANSLATE_NOOP(
        "Messages", "Sheet {sheet} has {rows} rows: a register file holds {limit} processings at most. Nothing was "
                    "imported."),
    "register-file.too-large": QT_TRANSLATE_NOOP("Messages", "{name} is larger than {limit} MB: not a register file."),
    "register-file.format-unknown": QT_TRANSLATE_NOOP(
        "Messages", "{name}: a register is imported from an .xlsx, .ods or .csv file."),
    "register-file.merged": QT_TRANSLATE_NOOP(
        "Messages", "Sheet {sheet}: the cells {cells} are merged. Unmerge them (each value in its own cell) and "
                    "import again. Nothing was imported."),
    "register-file.formula": QT_TRANSLATE_NOOP(
        "Messages", "Sheet {sheet}, cell {cell} holds a formula. Replace it by its value (copy, paste values only) "
                    "and import again. Nothing was imported."),
    "register-file.bad-value": QT_TRANSLATE_NOOP(
        "Messages", "Sheet {sheet}, cell {cell} ({column}): {problem} Nothing was imported."),
    "register-file.empty": QT_TRANSLATE_NOOP("Messages", "{name} holds no processing."),
    "register-file.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "The reference {reference} is twice in the file ({first}, and {second}): a reference names one "
                    "processing. Nothing was imported."),
    "register-file.column-twice": QT_TRANSLATE_NOOP(
        "Messages", "Sheet {sheet}, cell {cell}: {column} is there twice. Nothing was imported."),
    "register-file.unknown-columns": QT_TRANSLATE_NOOP(
        "Messages", "Sheet {sheet}: unknown column(s) {columns}. Rename them as in an export of the register, or "
                    "remove them. Nothing was imported."),
    "register-file.missing-columns": QT_TRANSLATE_NOOP(
        "Messages", "Sheet {sheet}: the column(s) {columns} are missing (row 1 holds the headings). Start from an "
                    "export of the register. Nothing was imported."),
    "register-file.unknown-row": QT_TRANSLATE_NOOP(
        "Messages", "Sheet {sheet}, cell {cell}: {label} is not a field of a processing record. Nothing was "
                    "imported."),
    "register-file.missing-rows": QT_TRANSLATE_NOOP(
        "Messages", "Sheet {sheet}: the field(s) {rows} are missing from the processing record. Nothing was "
                    "imported."),
    "register-file.format-choice": QT_TRANSLATE_NOOP("Messages", "Unknown format {format}: xlsx, ods or csv."),
    "register-file.layout-choice": QT_TRANSLATE_NOOP("Messages", "Unknown layout {layout}: rows or cnil."),
    "register-file.csv-cnil": QT_TRANSLATE_NOOP(
        "Messages", "The CNIL layout has one sheet per processing and a CSV file only one: choose XLSX or ODS, or "
                    "the one-row-per-processing layout."),
    "register-file.bad-contact": QT_TRANSLATE_NOOP("Messages", "{where}, department contact: {problem}"),
    "register-file.bad-record": QT_TRANSLATE_NOOP(
        "Messages", "{where}, {column}: {problem} Nothing was imported."),
    "register-file.department-conflict": QT_TRANSLATE_NOOP(
        "Messages", "{where}: the department {department} has another contact higher in the file. One contact per "
                    "department. Nothing was imported."),
    "register-file.role-changed": QT_TRANSLATE_NOOP(
        "Messages", "{where}: {reference} is in the other register (controller or processor) in the application; "
                    "a processing does not move from one to the other by an import."),
    "register-file.changed-meanwhile": QT_TRANSLATE_NOOP(
        "Messages", "The register changed since the file was read ({reference}): nothing was imported. Read the file "
                    "again to see the differences as they are now."),
    # -- the casework the register drives (issue 14, second part): links, internal data requests, retention ------
    "link.processor": QT_TRANSLATE_NOOP(
        "Messages", "{reference} is in the processor register: a request about it is the client controller's to "
                    "answer (Art. 28(3)(e)). Link the organisation's own processings."),
    "link.origin-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown origin of a link {origin}: suggested or added."),
    "link.none-given": QT_TRANSLATE_NOOP(
        "Messages", "Name at least one processing of the register (its reference, for example TRT-001)."),
    "link.no-suggestion": QT_TRANSLATE_NOOP(
        "Messages", "The requester's category suggests no processing that is not linked yet: link the processings "
                    "by their references."),
    "link.not-linked": QT_TRANSLATE_NOOP("Messages", "{reference} is not linked to {request}."),
    "task.not-found": QT_TRANSLATE_NOOP("Messages", "No internal data request {key}."),
    "task.no-links": QT_TRANSLATE_NOOP(
        "Messages", "{reference} is linked to no processing: link the processings that concern the person first; "
                    "their departments are the ones asked."),
    "task.no-department": QT_TRANSLATE_NOOP(
        "Messages", "Processing {reference} has no owner department to ask: set one in the register first."),
    "task.department-unknown": QT_TRANSLATE_NOOP(
        "Messages", "No linked processing of {reference} belongs to the department {department}."),
    "task.already-asked": QT_TRANSLATE_NOOP(
        "Messages", "The department {department} was already asked for {reference} and has not answered yet: "
                    "send it a reminder instead."),
    "task.kinds-missing": QT_TRANSLATE_NOOP(
        "Messages", "Tick what the department is asked to do (find and extract the data, erase, rectify…)."),
    "task.kind-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown action {kind}: one of {kinds}."),
    "task.lang-unknown": QT_TRANSLATE_NOOP("Messages", "The e-mails to a department are in French (fr) or English "
                                                       "(en), not {lang}."),
    "task.due-after-request": QT_TRANSLATE_NOOP(
        "Messages", "The department cannot be given until {due}: the request itself is due on {request_due}, and "
                    "its answer is needed before."),
    "task.due-before-asked": QT_TRANSLATE_NOOP(
        "Messages", "The department's due date ({due}) is before the day it is asked ({asked})."),
    "task.request-finished": QT_TRANSLATE_NOOP(
        "Messages", "{reference} is {state}: no department is asked any more for it."),
    "task.not-open": QT_TRANSLATE_NOOP("Messages", "This internal data request is {state} already."),
    "task.no-contact-email": QT_TRANSLATE_NOOP(
        "Messages", "The department {department} has no contact e-mail: add one in the register's departments, or "
                    "write to it yourself and record its answer."),
    "task.outcome-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown outcome {outcome}: done, no-data or not-done."),
    "task.answer-before-asked": QT_TRANSLATE_NOOP(
        "Messages", "The answer ({on}) cannot come before the department was asked ({asked})."),
    "task.answer-future": QT_TRANSLATE_NOOP("Messages", "The date of the answer ({on}) is in the future."),
    "task.cancel-needs-reason": QT_TRANSLATE_NOOP(
        "Messages", "Say why the department's answer is no longer needed (it is kept in the timeline)."),
    "task.file-empty": QT_TRANSLATE_NOOP("Messages", "{name} is empty."),
    "task.file-too-large": QT_TRANSLATE_NOOP("Messages", "{name} is larger than {limit} MB."),
    "task.file-not-viewable": QT_TRANSLATE_NOOP(
        "Messages", "This file cannot be shown in the application: export a copy to open it with its program."),
    "request.tasks-open": QT_TRANSLATE_NOOP(
        "Messages", "{count} internal data request(s) are still awaited ({departments}): record their answers, or "
                    "say why the request is answered without them."),
    "request.anonymised": QT_TRANSLATE_NOOP(
        "Messages", "The personal data of {reference} were removed on {on}, at the end of its retention period: "
                    "it can no longer be corrected or answered."),
    "retention.nothing-due": QT_TRANSLATE_NOOP("Messages", "Nothing is past its retention period."),
    "retention.changed-meanwhile": QT_TRANSLATE_NOOP(
        "Messages", "What is past its retention period changed since the list was shown: nothing was purged. Look "
                    "at the list again."),
    "retention.not-interactive": QT_TRANSLATE_NOOP(
        "Messages", "Purging cannot be undone: confirm it with --yes (no terminal to ask on). Nothing was purged."),
    # -- team mode in the window: the connection to a team database (issue 13, GUI) ---------------------------
    "connection.host-missing": QT_TRANSLATE_NOOP(
        "Messages", "Give the server's name or address (e.g. db.example.fr)."),
    "connection.host-invalid": QT_TRANSLATE_NOOP(
        "Messages", "{host} is not a server name: give only its name or address, without user, slash or port."),
    "connection.port-invalid": QT_TRANSLATE_NOOP("Messages", "{port} is not a port: 1 to 65535 (usually 5432)."),
    "connection.database-missing": QT_TRANSLATE_NOOP(
        "Messages", "Give the name of the database (e.g. register)."),
    "connection.user-missing": QT_TRANSLATE_NOOP(
        "Messages", "Give the server role the application connects as (e.g. dpo_app): the server's "
                    "administrator created it."),
    "connection.tls-unknown": QT_TRANSLATE_NOOP("Messages", "Unknown TLS mode {mode}: {modes}."),
    "connection.ca-missing": QT_TRANSLATE_NOOP(
        "Messages", "Checking the server's certificate needs the certificate of the authority that signed it "
                    "(a .pem or .crt file from the server's administrator)."),
    "connection.ca-not-found": QT_TRANSLATE_NOOP("Messages", "There is no file {path}."),
    "connection.keyring-unsafe": QT_TRANSLATE_NOOP(
        "Messages", "This computer has no safe keyring: the server's password cannot be kept, it is asked at "
                    "each start."),
    # -- team mode, working together (issue 13, second part): roles, assignment, comments, optimistic locking ----
    "team.not-allowed": QT_TRANSLATE_NOOP(
        "Messages", "{login} is a {role}: only a {roles} may {action}. Nothing was done."),
    "team.not-assigned": QT_TRANSLATE_NOOP(
        "Messages", "{reference} is not assigned to {login}: a {role} can {action} only on what is assigned to them "
                    "(a dpo or deputy assigns it). Nothing was done."),
    "team.user-is-removed": QT_TRANSLATE_NOOP(
        "Messages", "{login} was removed from the team: nothing was done."),
    "team.own-role": QT_TRANSLATE_NOOP("Messages", "You cannot change your own role: another dpo does."),
    "team.same-role": QT_TRANSLATE_NOOP("Messages", "{login} is already a {role}: nothing was changed."),
    "request.changed": QT_TRANSLATE_NOOP(
        "Messages", "{reference} was changed by {by} at {at} (Paris time) since you opened it: nothing was saved. "
                    "Reload it, then make your change again."),
    "breach.changed": QT_TRANSLATE_NOOP(
        "Messages", "{reference} was changed by {by} at {at} (Paris time) since you opened it: nothing was saved. "
                    "Reload it, then make your change again."),
    "record.changed-meanwhile": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved the same record at the same moment: nothing was saved. Reload it, then make "
                    "your change again."),
    "assign.team-only": QT_TRANSLATE_NOOP(
        "Messages", "Requests and breaches are assigned to the users of a team database; a one-person data folder "
                    "has only you."),
    "assign.no-such-user": QT_TRANSLATE_NOOP(
        "Messages", "{login} is not a user of this team database ('user list' shows them)."),
    "assign.removed-user": QT_TRANSLATE_NOOP(
        "Messages", "{login} was removed from the team: assign it to an active user."),
    "comment.empty": QT_TRANSLATE_NOOP("Messages", "Write the text of the comment."),
    "comment.too-long": QT_TRANSLATE_NOOP("Messages", "A comment is at most {limit} characters long."),
}

# The words passed as {what}, {action} and {state}: codes in the parameters, words in the text.
WORDS: dict[str, str] = {
    "identity-request": QT_TRANSLATE_NOOP("Words", "the identity request"),
    "identity-receipt": QT_TRANSLATE_NOOP("Words", "receipt of the identity information"),
    "extension": QT_TRANSLATE_NOOP("Words", "the extension"),
    "answer": QT_TRANSLATE_NOOP("Words", "the answer"),
    "closing": QT_TRANSLATE_NOOP("Words", "closing"),
    "withdrawal": QT_TRANSLATE_NOOP("Words", "the withdrawal"),
    "ask-identity": QT_TRANSLATE_NOOP("Words", "ask for identity information"),
    "extend": QT_TRANSLATE_NOOP("Words", "extend the deadline"),
    "answer-request": QT_TRANSLATE_NOOP("Words", "answer the request"),
    "close": QT_TRANSLATE_NOOP("Words", "close the request"),
    "withdraw": QT_TRANSLATE_NOOP("Words", "withdraw the request"),
    "record-identity-check": QT_TRANSLATE_NOOP("Words", "record an identity check"),
    "stored key ring": QT_TRANSLATE_NOOP("Words", "stored key ring"),
    "key ring in the system keyring": QT_TRANSLATE_NOOP("Words", "key ring in the system keyring"),
    "key file": QT_TRANSLATE_NOOP("Words", "key file"),
    "master key": QT_TRANSLATE_NOOP("Words", "master key"),
    "data key": QT_TRANSLATE_NOOP("Words", "data key"),
    "a value is missing": QT_TRANSLATE_NOOP("Words", "a value is missing"),
    "a value is not base64": QT_TRANSLATE_NOOP("Words", "a value is not base64"),
    "not valid JSON": QT_TRANSLATE_NOOP("Words", "not valid JSON"),
    "keys are missing": QT_TRANSLATE_NOOP("Words", "keys are missing"),
    "unknown key derivation or cipher": QT_TRANSLATE_NOOP("Words", "unknown key derivation or cipher"),
    "scrypt parameters": QT_TRANSLATE_NOOP("Words", "scrypt parameters"),
    "salt or nonce": QT_TRANSLATE_NOOP("Words", "salt or nonce"),
    "header": QT_TRANSLATE_NOOP("Words", "header"),
    "content": QT_TRANSLATE_NOOP("Words", "content"),
    "not a recovery file": QT_TRANSLATE_NOOP("Words", "not a recovery file"),
    "the key ring does not decrypt": QT_TRANSLATE_NOOP("Words", "the key ring does not decrypt"),
    "the escrow does not decrypt": QT_TRANSLATE_NOOP("Words", "the escrow does not decrypt"),
    "the escrow is not this key's": QT_TRANSLATE_NOOP("Words", "the escrow is not this key's"),
    "database": QT_TRANSLATE_NOOP("Words", "database"),
    "vault file": QT_TRANSLATE_NOOP("Words", "vault file"),
    "template": QT_TRANSLATE_NOOP("Words", "template"),
    "key ring": QT_TRANSLATE_NOOP("Words", "key ring"),
    "manifest": QT_TRANSLATE_NOOP("Words", "manifest"),
    "missing entries": QT_TRANSLATE_NOOP("Words", "missing entries"),
    "not a folder": QT_TRANSLATE_NOOP("Words", "not a folder"),
    "not writable": QT_TRANSLATE_NOOP("Words", "not writable"),
    "unreadable": QT_TRANSLATE_NOOP("Words", "unreadable"),
    # team mode (issue 13): what a team database or a data folder cannot do
    "list users": QT_TRANSLATE_NOOP("Words", "list users"),
    "show the signed-in user": QT_TRANSLATE_NOOP("Words", "show the signed-in user"),
    "add a user": QT_TRANSLATE_NOOP("Words", "add a user"),
    "remove a user": QT_TRANSLATE_NOOP("Words", "remove a user"),
    "change a user's passphrase": QT_TRANSLATE_NOOP("Words", "change a user's passphrase"),
    "keep a user's key in the keyring": QT_TRANSLATE_NOOP("Words", "keep a user's key in the keyring"),
    "forget a user's key in the keyring": QT_TRANSLATE_NOOP("Words", "forget a user's key in the keyring"),
    "rotate the team key": QT_TRANSLATE_NOOP("Words", "rotate the team key"),
    "load the key ring from a key store": QT_TRANSLATE_NOOP("Words", "load the key ring from a key store"),
    "save the key ring to a key store": QT_TRANSLATE_NOOP("Words", "save the key ring to a key store"),
    "give a file path of the vault": QT_TRANSLATE_NOOP("Words", "give a file path of the vault"),
    "create master keys (the team key is made by init)":
        QT_TRANSLATE_NOOP("Words", "create master keys (the team key is made by init)"),
    "unlock a data folder": QT_TRANSLATE_NOOP("Words", "unlock a data folder"),
    "open a SQLite database": QT_TRANSLATE_NOOP("Words", "open a SQLite database"),
    "use a SQLCipher key": QT_TRANSLATE_NOOP("Words", "use a SQLCipher key"),
    "re-key a SQLite database (the team key rotates with 'team rotate-key')":
        QT_TRANSLATE_NOOP("Words", "re-key a SQLite database (the team key rotates with 'team rotate-key')"),
    "back up a data folder (a team database is backed up with pg_dump)":
        QT_TRANSLATE_NOOP("Words", "back up a data folder (a team database is backed up with pg_dump)"),
    "make a recovery key (each user unlocks the team key with their own passphrase)":
        QT_TRANSLATE_NOOP("Words", "make a recovery key (each user unlocks the team key with their own passphrase)"),
    "save master keys": QT_TRANSLATE_NOOP("Words", "save master keys"),
    # team mode, working together (issue 13): the roles, and the actions of the roles' policy (core.roles)
    "change a user's role": QT_TRANSLATE_NOOP("Words", "change a user's role"),
    "dpo": QT_TRANSLATE_NOOP("Words", "dpo"),
    "deputy": QT_TRANSLATE_NOOP("Words", "deputy"),
    "contributor": QT_TRANSLATE_NOOP("Words", "contributor"),
    "reader": QT_TRANSLATE_NOOP("Words", "reader"),
    "dpo or deputy": QT_TRANSLATE_NOOP("Words", "dpo or deputy"),
    "dpo, deputy or contributor": QT_TRANSLATE_NOOP("Words", "dpo, deputy or contributor"),
    "dpo, deputy, contributor or reader": QT_TRANSLATE_NOOP("Words", "dpo, deputy, contributor or reader"),
    "request.view": QT_TRANSLATE_NOOP("Words", "see the register of requests"),
    "request.create": QT_TRANSLATE_NOOP("Words", "log a request"),
    "request.change": QT_TRANSLATE_NOOP("Words", "change or answer a request"),
    "request.assign": QT_TRANSLATE_NOOP("Words", "assign a request"),
    "request.comment": QT_TRANSLATE_NOOP("Words", "comment on a request"),
    "document.add": QT_TRANSLATE_NOOP("Words", "attach a document"),
    "document.open": QT_TRANSLATE_NOOP("Words", "open the documents of a request"),
    "document.change": QT_TRANSLATE_NOOP("Words", "change or destroy a document"),
    "letter.make": QT_TRANSLATE_NOOP("Words", "write or send a letter to the requester"),
    "export.personal": QT_TRANSLATE_NOOP("Words", "export personal data"),
    "breach.view": QT_TRANSLATE_NOOP("Words", "see the breach register"),
    "breach.create": QT_TRANSLATE_NOOP("Words", "record a breach"),
    "breach.change": QT_TRANSLATE_NOOP("Words", "change a breach"),
    "breach.assign": QT_TRANSLATE_NOOP("Words", "assign a breach"),
    "breach.comment": QT_TRANSLATE_NOOP("Words", "comment on a breach"),
    "breach.letter": QT_TRANSLATE_NOOP("Words", "draft the notification or the communication of a breach"),
    "intake.import": QT_TRANSLATE_NOOP("Words", "import e-mails and letters"),
    "mail.manage": QT_TRANSLATE_NOOP("Words", "manage the mail accounts"),
    "processing.view": QT_TRANSLATE_NOOP("Words", "see the register of processing activities"),
    "processing.change": QT_TRANSLATE_NOOP("Words", "change the register of processing activities"),
    "organisation.change": QT_TRANSLATE_NOOP("Words", "change the organisation's profile"),
    "settings.change": QT_TRANSLATE_NOOP("Words", "change the settings"),
    "statistics.view": QT_TRANSLATE_NOOP("Words", "see the statistics"),
    "journal.verify": QT_TRANSLATE_NOOP("Words", "verify the journal"),
    "vault.check": QT_TRANSLATE_NOOP("Words", "check the vault"),
    "users.manage": QT_TRANSLATE_NOOP("Words", "manage the users and the team key"),
    "records.purge": QT_TRANSLATE_NOOP("Words", "purge the records past their retention period"),
}
WORD_CONTEXT = "Words"


def english(value: object) -> str:
    """A parameter as the English text shows it: dates as DD/MM/YYYY, codes as words."""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, Bilingual):
        return value.en
    if isinstance(value, float):
        return f"{value:.1f}"
    return WORDS.get(str(value), str(value))


class Message(str):
    """English text that remembers how it was made: its code and parameters."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Message:
        text = TEMPLATES[code].format(**{k: english(v) for k, v in params.items()})
        obj = super().__new__(cls, text)
        obj.code = code
        obj.params = params
        return obj


# -- the errors ---------------------------------------------------------------------------------------


class ServiceError(Exception):
    """An error a person can act on: a code, its parameters and the field concerned (or None).

    `message` is the `Message` (English text with its code); the GUI translates it by code.
    """

    def __init__(self, code: str, /, *, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.params = params
        self.field = field
        self.message = Message(code, **params)
        super().__init__(self.message)


class InputError(ServiceError, ValueError):
    """Bad input from a person: names the field and says what to do. Nothing was saved."""

    def __init__(self, field: str | None, code: str, /, **params: Any) -> None:
        super().__init__(code, field=field, **params)

    def for_field(self, field: str) -> InputError:
        """The same error, about another field (a parser's error given to the field it read)."""
        return InputError(field, self.code, **self.params)


class NotFound(ServiceError, LookupError):
    """No request, breach or document by that reference or id."""


class TransitionError(ServiceError, ValueError):
    """An action that the request's current state does not allow; says why."""


class DocumentDamaged(ServiceError):
    """A stored file failed authentication ("document.altered") or is gone from the vault ("document.missing")."""

    @property
    def problem(self) -> str:
        return "missing" if self.code == "document.missing" else "altered"


class LetterIncomplete(ServiceError, ValueError):
    """The letter still holds placeholders; `missing` names them (in the letter's language)."""

    def __init__(self, missing: tuple[str, ...] | list[str], kind: object = None) -> None:
        self.missing = tuple(missing)
        self.kind = kind
        super().__init__("letter.incomplete", names=", ".join(self.missing))


class DemoError(ServiceError):
    """The demo only fills an empty data folder."""


class MailError(ServiceError, ValueError):
    """A file that is not a usable message. `problem` is the reason without the file name."""

    def __init__(self, file_name: str, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.file_name = file_name
        self.problem = str(self.message)
        self.args = (f"{file_name}: {self.problem}",)

    def __str__(self) -> str:
        return self.args[0]


class MailServerError(ServiceError):
    """A mail server could not be reached, trusted, logged in to, or refused something; the code says which.

    Never holds a password. `params["fingerprint_hex"]`, when present, is the certificate the
    account may choose to trust (pin).
    """


class VaultError(ServiceError):
    """Base of every error the vault raises on purpose; never holds plaintext or keys."""


class TamperedError(VaultError):
    """Authentication failed: wrong key, wrong document, or altered bytes."""

    def __init__(self) -> None:
        super().__init__("vault.tampered")


class WrongPassphrase(VaultError):
    """The passphrase does not open the key file (nothing was changed)."""

    def __init__(self, code: str = "passphrase.wrong") -> None:
        super().__init__(code)


class PassphraseRequired(VaultError):
    """The key file is locked: the passphrase is needed first."""


class MissingKeys(VaultError):
    """No master keys were saved in this store yet."""


class MissingBlob(VaultError):
    """The database refers to a file that is not in the vault folder."""


class InvalidBlobId(VaultError, ValueError):
    """A blob id that is not 32 lowercase hex digits (it could escape the folder)."""


class RecoveryKeyError(VaultError, ValueError):
    """A recovery key mistyped (a group fails its check) or not the one of this folder or backup."""


class BackupError(ServiceError):
    """A backup cannot be made, read or restored as asked; nothing was changed or deleted."""


class BackupDamaged(BackupError):
    """A backup file is cut short or altered (the command line exits with 1)."""


class TeamError(ServiceError):
    """A team database (PostgreSQL) cannot be opened or used as asked: the message says what to do."""


class PermissionDenied(TeamError):
    """The signed-in user's role does not allow this (team mode): `action` (core.roles), their `role`, the roles it
    needs; nothing was done. The refusal is journaled (`access.refused`)."""

    def __init__(self, code: str, /, *, action: str, role: str, **params: Any) -> None:
        super().__init__(code, action=action, role=role, **params)
        self.action = action
        self.role = role


class ChangedMeanwhile(ServiceError):
    """Someone else saved the request or breach since the caller read it (optimistic locking): nothing was written.

    `changed_by` and `changed_at` (aware) say who and when; the message gives the time in Paris (HH:MM, with the
    day when it is not today's). The caller keeps its own edits and reloads.
    """

    def __init__(self, code: str, /, *, reference: str, by: str, at: datetime, today: date, **params: Any) -> None:
        from zoneinfo import ZoneInfo

        local = at.astimezone(ZoneInfo("Europe/Paris"))
        shown = f"{local:%H:%M}" if local.date() == today else f"{local:%d/%m/%Y %H:%M}"
        super().__init__(code, reference=reference, by=by or "?", at=shown, **params)
        self.reference = reference
        self.changed_by = by
        self.changed_at = at


class DatabaseKeyError(VaultError):
    """None of the master keys opens the database."""


class UnsupportedFile(VaultError):
    """A file that cannot be stored as a scan; `reason` is its short code (empty, too_large, ...).

    `file_name` may be personal: it is shown to the DPO, never logged.
    """

    def __init__(self, code: str, /, *, file_name: str | None = None, size: int = 0, **params: Any) -> None:
        self.file_name = file_name
        self.size = size
        name = (Bilingual(f"\u201c{file_name}\u201d", f"\u00ab\u00a0{file_name}\u00a0\u00bb") if file_name
                else Bilingual("This file", "Ce fichier"))
        if code == "file.too-large":  # in MB, rounded up: 50 MB and one byte is not "50.0 MB"
            params["size"] = math.ceil(size / 1_048_576 * 10) / 10
        super().__init__(code, name=name, **params)

    @property
    def reason(self) -> str:
        return self.code.removeprefix("file.").replace("-", "_")

    def named(self, file_name: str | None, size: int) -> UnsupportedFile:
        """The same refusal, naming the file (the check itself only sees bytes)."""
        params = {k: v for k, v in self.params.items() if k not in ("name", "size")}
        return UnsupportedFile(self.code, file_name=file_name, size=size, **params)


def render(code: str, params: Mapping[str, Any], value: Any = english) -> str:
    """A message's text with `value` turning each parameter into text (English by default)."""
    return TEMPLATES[code].format(**{k: value(v) for k, v in params.items()})
