"""The retention periods of the workbench's own records in words: their names, their legal grounds, what a purge
keeps. Shared by Settings (where the periods are set) and the purge dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PERIODS = ("requests", "breaches", "messages", "journal")


def period_labels() -> dict[str, str]:
    """The settings' labels (`retention_<name>_years`)."""
    return {
        "requests": QCoreApplication.translate("Retention", "Closed requests"),
        "breaches": QCoreApplication.translate("Retention", "Closed breach records"),
        "messages": QCoreApplication.translate("Retention", "E-mails of closed requests"),
        "journal": QCoreApplication.translate("Retention", "Journal entries"),
    }


def period_grounds() -> dict[str, str]:
    """Why the default period, and what is kept once it is over."""
    return {
        "requests": QCoreApplication.translate(
            "Retention", "Default 5 years after closing: the file proves how each right was answered, and a claim "
                         "about it can be brought for 5 years (art. 2224 Code civil). Proof is kept in intermediate "
                         "archive no longer than needed, then anonymised for statistics (customer-data policy § 9). "
                         "Past it, the person's identity, the DPO's words, the letters and documents go; the "
                         "reference, dates, rights, channel and outcome stay, so the figures do not change."),
        "breaches": QCoreApplication.translate(
            "Retention", "Default 5 years after closing: the breach register lets the CNIL check compliance "
                         "(Art. 33(5) GDPR), and the people affected may claim damages (Art. 82) for 5 years. Past "
                         "it, the free texts (circumstances, consequences, contacts) go; dates, nature, categories, "
                         "counts, severity and notifications stay in the register."),
        "messages": QCoreApplication.translate(
            "Retention", "Default 1 year after closing: the request keeps when and how it arrived and what was "
                         "asked; the e-mail as received (its full text, attachments, addresses in copy) serves the "
                         "follow-ups and complaints of the year after the answer. Past it, it is destroyed."),
        "journal": QCoreApplication.translate(
            "Retention", "Default 6 years: journal entries prove what was done with the records, so they are kept as "
                         "long as those (a request's life and its 5 years after closing). An entry that still proves "
                         "a record kept is never purged, nor any after it; a checkpoint keeps the chain verifiable."),
    }


def unit_suffix(name: str) -> str:
    """The spin box's suffix: years after closing, or years (journal entries)."""
    if name == "journal":
        return QCoreApplication.translate("Retention", " year(s)")
    return QCoreApplication.translate("Retention", " year(s) after closing")
