"""ENISA severity of a personal data breach (ENISA 2013, cited by EDPB Guidelines 9/2022).

    SE = DPC × EI + CB

DPC (data processing context, 1-4) says how harmful the data are in their
context, EI (ease of identification) how easily the people can be
identified from them, CB (circumstances) adds the loss of confidentiality,
integrity or availability and malicious intent. The score is a decision aid
(register only / notify the CNIL / also inform the people), never a
substitute for the DPO's recorded reasoning.

Pure: no Qt, no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "Level",
    "DPC_CATEGORIES",
    "DPC_ADJUSTMENTS",
    "EASE_OF_IDENTIFICATION",
    "CIRCUMSTANCE_VALUES",
    "LEVELS",
    "Severity",
    "dpc_score",
    "level_of",
    "enisa_severity",
    "suggested_decision",
    "DECISIONS",
]

#: Basic DPC score of each data category (ENISA 2013, §3.1).
DPC_CATEGORIES: dict[str, float] = {
    "simple": 1.0,  # identity, contact, education, family life, professional experience
    "behavioural": 2.0,  # location, traffic data, habits, preferences
    "financial": 3.0,  # income, transactions, bank statements, investments, credit cards
    "sensitive": 4.0,  # health, political affiliation, sexual life, criminal records
}

#: Context adjustments of the basic score (volume, vulnerable people, data already public,
#: invalid or encrypted data...): ENISA raises or lowers the score by up to a point or two.
DPC_ADJUSTMENTS: tuple[float, ...] = (-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0)

#: Ease of identification: negligible, limited, significant, maximum.
EASE_OF_IDENTIFICATION: dict[str, float] = {
    "negligible": 0.25,
    "limited": 0.5,
    "significant": 0.75,
    "maximum": 1.0,
}

#: Allowed values of each circumstance (loss of confidentiality, integrity, availability).
CIRCUMSTANCE_VALUES: tuple[float, ...] = (0.0, 0.25, 0.5)

MALICIOUS_BONUS = 0.5


class Level(StrEnum):
    """The severity levels, from the lowest; bands are low < 2 <= medium < 3 <= high < 4 <= very high."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very high"


LEVELS: tuple[Level, ...] = tuple(Level)
_BANDS = ((2.0, Level.LOW), (3.0, Level.MEDIUM), (4.0, Level.HIGH))

#: What the score suggests the DPO does (Art. 33 and 34).
DECISIONS: tuple[str, ...] = ("register-only", "notify", "notify-and-inform")


@dataclass(frozen=True)
class Severity:
    score: float
    level: Level


def dpc_score(category: str, adjustment: float = 0.0) -> float:
    """The DPC of a data category after the context adjustment, kept within 1..4."""
    if category not in DPC_CATEGORIES:
        raise ValueError(f"category must be one of {', '.join(DPC_CATEGORIES)}, got {category!r}")
    if adjustment not in DPC_ADJUSTMENTS:
        raise ValueError(f"adjustment must be one of {DPC_ADJUSTMENTS}, got {adjustment!r}")
    return min(4.0, max(1.0, DPC_CATEGORIES[category] + adjustment))


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number, got {type(value).__name__}")
    return float(value)


def enisa_severity(dpc: float, ei: float, *, confidentiality: float = 0, integrity: float = 0,
                   availability: float = 0, malicious: bool = False) -> Severity:
    """SE = DPC × EI + CB, with its level. A value outside the method raises ValueError naming it."""
    dpc = _number(dpc, "dpc")
    if not 1.0 <= dpc <= 4.0:
        raise ValueError(f"dpc must be between 1 and 4, got {dpc:g}")
    ei = _number(ei, "ei")
    if ei not in EASE_OF_IDENTIFICATION.values():
        raise ValueError(f"ei must be one of 0.25, 0.5, 0.75 or 1, got {ei:g}")
    circumstances = 0.0
    for name, value in (("confidentiality", confidentiality), ("integrity", integrity),
                        ("availability", availability)):
        value = _number(value, name)
        if value not in CIRCUMSTANCE_VALUES:
            raise ValueError(f"{name} must be 0, 0.25 or 0.5, got {value:g}")
        circumstances += value
    if not isinstance(malicious, bool):
        raise ValueError(f"malicious must be True or False, got {malicious!r}")
    if malicious:
        circumstances += MALICIOUS_BONUS
    score = round(dpc * ei + circumstances, 4)
    return Severity(score=score, level=level_of(score))


def level_of(score: float) -> Level:
    for limit, level in _BANDS:
        if score < limit:
            return level
    return Level.VERY_HIGH


def suggested_decision(level: str) -> str:
    """low → register only; medium → notify the CNIL; high or very high → also inform the people."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, got {level!r}")
    if level == "low":
        return "register-only"
    if level == "medium":
        return "notify"
    return "notify-and-inform"
