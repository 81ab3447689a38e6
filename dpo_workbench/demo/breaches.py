"""Demo breaches: one late, one notified in phases, one kept in the register only, one whose clock runs.

Times are placed relative to now, through the workbench like a DPO's own work,
so the register, the countdown and the journal show what real use leaves.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from dpo_workbench.core.clock import PARIS
from dpo_workbench.services.breaches import Assessment
from dpo_workbench.workbench import Workbench


def _at(wb: Workbench, hours_ago: float) -> datetime:
    return (wb.now() - timedelta(hours=hours_ago)).astimezone(PARIS).replace(second=0, microsecond=0)


def load_breaches(wb: Workbench) -> int:
    """Create the demo breaches; returns how many."""
    # notified in phases (initial within 72 hours, then complementary), people informed
    ref = wb.breaches.open(_at(wb, 24 * 12), "Envoi de la newsletter avec les adresses des destinataires en copie "
                                           "visible (liste « Clients Exemple Coffre »).")
    wb.breaches.update(ref, fields={
        "started_at": _at(wb, 24 * 12 + 2), "ongoing": "no", "ended_at": _at(wb, 24 * 12 + 2),
        "discovery": "Réponses de clients signalant qu'ils voyaient les autres adresses.",
        "nature": ["confidentiality"], "origin": ["wrong-recipient"], "cause": "internal-accidental",
        "description": "Un envoi de la newsletter a été fait avec les 2 340 adresses en copie visible (Cc) au lieu "
                       "de copie cachée.",
        "data_categories": ["contact"], "records_count": 2340, "people_count": 2340,
        "people_categories": ["customers"], "vulnerable": "no",
        "measures_before": "Procédure d'envoi par l'outil de routage ; envoi manuel exceptionnel.",
        "consequences": "Les adresses électroniques des clients sont connues des autres destinataires : risque de "
                        "pourriels et d'hameçonnage ciblé.",
        "harm": "Gêne, risque d'hameçonnage.", "harm_severity": "limited",
        "measures_after": "Message de rappel demandant la suppression ; envois manuels interdits ; formation.",
        "people_informed": "yes", "informed_on": _at(wb, 24 * 10), "informed_channel": "courriel",
        "cross_border": "yes", "org_sector": "Édition de logiciels (SaaS)", "org_headcount": "50 à 249",
        "legal_representative": "La Présidente d'Exemple SAS",
    })
    wb.breaches.assess(ref, Assessment("simple", 1.0, 1.0, 0.5, 0.0, 0.0, False))
    wb.breaches.decide(ref, "notify-and-inform", "Adresses de 2 340 clients exposées : risque d'hameçonnage "
                                                 "ciblé ; notification et information des personnes.")
    wb.breaches.record_notification(ref, _at(wb, 24 * 11), "initial", "2026-DEMO-0417")
    wb.breaches.record_notification(ref, _at(wb, 24 * 9), "complementary", "2026-DEMO-0417")

    # register only: a lost encrypted USB key, closed
    ref = wb.breaches.open(_at(wb, 24 * 30), "Clé USB chiffrée perdue par un commercial (export prospects).")
    wb.breaches.update(ref, fields={
        "nature": ["availability"], "origin": ["device-lost"], "cause": "internal-accidental",
        "description": "Clé USB chiffrée (AES-256, mot de passe conservé à part) perdue lors d'un salon.",
        "data_categories": ["identity", "contact"], "records_count": 120, "people_count": 120,
        "people_categories": ["prospects"], "vulnerable": "no",
        "measures_before": "Chiffrement intégral imposé sur les supports amovibles.",
        "people_informed": "exception", "exception": "a",
        "exception_reason": "Données chiffrées, clé non compromise : inintelligibles pour un tiers.",
    })
    wb.breaches.assess(ref, Assessment("simple", -0.5, 0.25, 0.0, 0.0, 0.25, False))
    wb.breaches.decide(ref, "register-only", "Données chiffrées, clé préservée, copie disponible : risque "
                                             "improbable (art. 33(1)). Inscription au registre seulement.")
    wb.breaches.close(ref)

    # late: aware five days ago, nothing sent yet
    ref = wb.breaches.open(_at(wb, 24 * 5), "Rançongiciel sur le serveur de fichiers du support (tickets clients).")
    wb.breaches.update(ref, fields={
        "nature": ["availability", "confidentiality"], "origin": ["hacking"], "cause": "external-malicious",
        "ongoing": "unknown", "discovery": "Alerte de l'antivirus puis fichiers inaccessibles.",
        "data_categories": ["identity", "contact", "connection"], "people_categories": ["customers", "users"],
    })
    wb.breaches.assess(ref, Assessment("behavioural", 0.0, 0.75, 0.5, 0.25, 0.5, True))

    # running: aware this morning
    wb.breaches.open(_at(wb, 20), "Ordinateur portable volé dans le train (non chiffré, export CRM).")
    return 4
