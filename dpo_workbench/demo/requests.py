"""Demo requests: about 40 fictional people and requests in every state the register can show.

Dates are placed relative to today so that the register always shows some
overdue requests, some due within the week, some suspended and one extended.
Every request goes through the workbench, so timelines and the journal are
exactly what a DPO's own work would leave.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dpo_workbench.core.rights import Channel, Language, Outcome, Relation, Right
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.workbench import Workbench

# fictional people; their e-mail addresses are in the domains reserved for examples (RFC 2606)
PEOPLE = [
    ("Élodie Lefèvre", "elodie.lefevre@example.org"),
    ("Jean-Baptiste Moreau", "jb.moreau@example.org"),
    ("Chloé Da Silva", "chloe.dasilva@example.com"),
    ("Łucja Wiśniewska", "lucja.wisniewska@example.net"),
    ("François Nguyễn", "f.nguyen@example.org"),
    ("Agnès Ducœur", ""),
    ("Karim Benali", "karim.benali@example.org"),
    ("Søren Østergaard", "soren.ostergaard@example.net"),
    ("Marie-Thérèse Bréchet", ""),
    ("Zbigniew Ząbek", "z.zabek@example.net"),
    ("Inès Haddad", "ines.haddad@example.org"),
    ("Thibault Garçon", "thibault.garcon@example.org"),
    ("Anaïs Perrin", "anais.perrin@example.org"),
    ("Grégoire Lemaître", ""),
    ("Yasmine El Amrani", "yasmine.elamrani@example.org"),
    ("Paul-Émile Rousseau", "pe.rousseau@example.org"),
    ("Margaux Fontaine", "margaux.fontaine@example.org"),
    ("Hélène Sánchez", "helene.sanchez@example.com"),
    ("Noël Vasseur", ""),
    ("Camille Roche", "camille.roche@example.org"),
]
ABROAD = {"Łucja Wiśniewska", "Søren Østergaard", "Zbigniew Ząbek"}  # they write in English

STREETS = ["12 rue des Lilas", "4 avenue Jean-Jaurès", "27 boulevard Voltaire", "8 impasse des Tilleuls",
           "3 place de l'Église", "51 rue du Faubourg Saint-Denis", "19 quai de la Loire"]
TOWNS = ["75011 Paris", "69003 Lyon", "13001 Marseille", "67000 Strasbourg", "44000 Nantes", "59800 Lille",
         "33000 Bordeaux"]

# (days ago received, rights, scenario)
SCENARIOS = [
    # running, within the month
    (2, [Right.ACCESS], "open"), (4, [Right.ERASURE], "open"), (6, [Right.OBJECTION], "open"),
    (9, [Right.RECTIFICATION], "open"), (11, [Right.ACCESS, Right.PORTABILITY], "open"),
    (13, [Right.CONSENT_WITHDRAWAL], "open"), (15, [Right.ERASURE, Right.OBJECTION], "open"),
    (17, [Right.ACCESS], "open"), (19, [Right.AUTOMATED_DECISION], "open"),
    # due within the week
    (24, [Right.ACCESS], "open"), (26, [Right.ERASURE], "open"), (28, [Right.RECTIFICATION], "open"),
    (29, [Right.PORTABILITY], "open"),
    # overdue
    (36, [Right.ACCESS], "open"), (44, [Right.ERASURE], "open"), (52, [Right.OBJECTION, Right.ERASURE], "open"),
    (75, [Right.ACCESS], "open"),
    # suspended while identity information is awaited
    (8, [Right.ACCESS], "awaiting"), (16, [Right.POST_MORTEM], "awaiting"), (22, [Right.ACCESS], "awaiting"),
    (40, [Right.ACCESS, Right.RECTIFICATION], "awaiting"),
    # identity asked then received: the deadline moved
    (30, [Right.ACCESS], "identity-done"), (34, [Right.ERASURE], "identity-done"),
    # extended by two months
    (45, [Right.ACCESS, Right.PORTABILITY], "extended"),
    # answered
    (20, [Right.ACCESS], Outcome.GRANTED), (33, [Right.ERASURE], Outcome.GRANTED),
    (38, [Right.RESTRICTION], Outcome.REFUSED), (41, [Right.ERASURE, Right.ACCESS], Outcome.PARTLY),
    (27, [Right.OBJECTION], Outcome.NO_DATA), (58, [Right.RECTIFICATION], Outcome.GRANTED),
    # closed
    (90, [Right.ACCESS], "closed"), (120, [Right.ERASURE], "closed"), (160, [Right.OBJECTION], "closed"),
    (200, [Right.CONSENT_WITHDRAWAL], "closed"), (240, [Right.ACCESS], "closed"),
    # withdrawn
    (12, [Right.ERASURE], "withdrawn"), (50, [Right.ACCESS], "withdrawn"),
    # the same person again for the same right: a repeat the DPO must see
    (300, [Right.ACCESS], "closed-repeat"), (5, [Right.ACCESS], "repeat"),
    (3, [Right.OTHER], "open"),
]

REFUSAL_REASONS = {
    Outcome.REFUSED: "Le traitement est licite et nécessaire à l'exécution du contrat ; aucune des conditions "
                     "de l'article 18 du RGPD n'est remplie.",
    Outcome.PARTLY: "Les factures doivent être conservées dix ans (obligation légale, art. L123-22 du Code de "
                    "commerce) ; les autres données ont été effacées.",
}


def load_requests(wb: Workbench, seed: int) -> int:
    """Register the demo requests and play their scenarios; returns how many were created."""
    rng = random.Random(seed)
    today = wb.today()
    count = 0
    repeat_person = PEOPLE[0]
    for i, (days_ago, rights, scenario) in enumerate(SCENARIOS):
        person = repeat_person if scenario in ("repeat", "closed-repeat") else PEOPLE[i % len(PEOPLE)]
        name, email = person
        received = today - timedelta(days=days_ago)
        channel = Channel.POST if not email or rng.random() < 0.35 else Channel.EMAIL
        address = f"{rng.choice(STREETS)}\n{rng.choice(TOWNS)}"
        # drawn in this order (relation, then the registered number) so the seed gives the same data as before
        relation = rng.choice([Relation.CUSTOMER, Relation.CUSTOMER, Relation.PROSPECT, Relation.OTHER])
        registered = (f"1A {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)} "
                      f"{rng.randint(1, 9)}") if channel is Channel.POST else ""
        reference = wb.requests.register(NewRequest(
            rights=rights, channel=channel, received_on=received, requester_name=name, relation=relation,
            requester_email=email, requester_address=address, registered_number=registered,
            notes=("Courrier simple, sans copie de pièce d'identité : la politique en demande une pour l'accès."
                   if Right.ACCESS in rights and channel is Channel.POST else ""),
            language=Language.EN if name in ABROAD else Language.FR,
        ))
        count += 1
        _play(wb, reference, received, scenario, rng)
    return count


def _play(wb: Workbench, reference: str, received: date, scenario: str | Outcome,
          rng: random.Random) -> None:
    today = wb.today()

    def day(offset: int) -> date:
        return min(received + timedelta(days=offset), today)

    if scenario == "awaiting":
        wb.requests.ask_identity(reference, day(2))
    elif scenario == "identity-done":
        wb.requests.ask_identity(reference, day(1))
        wb.requests.identity_received(reference, day(9))
    elif scenario == "extended":
        wb.requests.extend(reference, "Demande portant sur plusieurs services (Exemple Docs et Exemple Coffre) et sur "
                             "six années d'historique : recherche complexe dans les sauvegardes.", day(20))
    elif isinstance(scenario, Outcome):
        reason = REFUSAL_REASONS.get(scenario, "")
        wb.requests.answer(reference, scenario, reason, day(rng.randint(5, 19)))
    elif scenario in ("closed", "closed-repeat"):
        wb.requests.answer(reference, Outcome.GRANTED, "", day(rng.randint(5, 25)))
        wb.requests.close(reference, day(30))
    elif scenario == "withdrawn":
        wb.requests.withdraw(reference, day(3))
