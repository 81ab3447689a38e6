"""Which rights a message asks for, and in which language it is written.

Suggestions only: the DPO confirms or changes them. Each suggestion keeps
the spans of the words that matched (in the original text, accents and
case as written) so the request panel can highlight them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from dpo_workbench.core.rights import Language, Right

# Patterns run on the folded text (lower case, no accents, straight apostrophes, spaces unified).
_A = r"(?:d'|de |des |du |a |a l'|aux )?"
_MY = r"(?:mes|toutes mes|l'ensemble de mes|les|my|all my|all of my|our|the)"
_DATA = r"(?:donnees|informations|coordonnees|data|information|details|personal data|donnees personnelles|" \
        r"donnees a caractere personnel|personal information)"
PATTERNS: dict[Right, tuple[str, ...]] = {
    Right.ACCESS: (
        r"droit d'?\s?acces", r"acceder a " + _MY + r" " + _DATA, r"acces a " + _MY + r" " + _DATA,
        r"copie (?:de |des |integrale de )?" + _MY + r" " + _DATA, r"copie des donnees",
        r"quelles (?:donnees|informations)\b", r"article 15\b",
        r"right (?:of|to) access", r"access (?:to )?" + _MY + r" " + _DATA, r"subject access request",
        r"\bdsar\b", r"copy of " + _MY + r" " + _DATA, r"what (?:personal )?(?:data|information) (?:you|do you)",
    ),
    Right.ERASURE: (
        r"supprim\w* " + _A + _MY + r" " + _DATA, r"supprim\w* mon compte", r"suppression (?:de |des |du )?"
        r"(?:mes |mon )?(?:donnees|compte|informations|coordonnees)", r"\beffacement\b", r"\beffac\w+",
        r"droit a l'oubli", r"article 17\b",
        r"delete (?:my|all my|our) (?:account|data|personal data|information|details)", r"\berase\b",
        r"\berasure\b", r"right to be forgotten", r"remove (?:my|all my) (?:data|details|information|personal)",
    ),
    Right.RECTIFICATION: (
        r"\brectifi\w*", r"\bcorrig\w*", r"mettre a jour (?:mes|mon|ma)", r"article 16\b",
        r"\brectification\b", r"correct (?:my|the) ", r"update (?:my|the) (?:address|details|data|information|"
        r"name|e-?mail)", r"\binaccurate\b",
    ),
    Right.PORTABILITY: (
        r"\bportabilite\b", r"article 20\b", r"\bportability\b", r"format (?:structure|lisible|csv|json)",
        r"machine.readable",
    ),
    Right.OBJECTION: (
        r"\bopposition\b", r"\bm'oppose\w*", r"\bje m'oppose", r"article 21\b", r"\bobject to\b",
        r"\bi object\b", r"ne plus (?:recevoir|etre (?:contacte|sollicite|demarche))\w*", r"\bprospection\b",
        r"\bdesabonn\w*", r"\bdesinscri\w*", r"\bunsubscribe\b", r"stop (?:sending|contacting)",
        r"direct marketing", r"no longer (?:receive|be contacted)",
    ),
    Right.RESTRICTION: (
        r"limitation du traitement", r"limiter (?:le traitement|l'utilisation)", r"article 18\b",
        r"restrict(?:ion of)? (?:the )?processing",
    ),
    Right.POST_MORTEM: (
        r"directives? post.?mortem", r"\bpost.?mortem\b", r"apres (?:mon|son) deces", r"\bdecede\w*",
        r"\bdefunt\w*", r"article 85\b", r"after my death", r"\bdeceased\b", r"passed away",
    ),
    Right.CONSENT_WITHDRAWAL: (
        r"retir\w* (?:mon |le )?consentement", r"retrait (?:de |du )?(?:mon )?consentement",
        r"withdraw (?:my )?consent", r"revoke (?:my )?consent",
    ),
    Right.AUTOMATED_DECISION: (
        r"decision (?:entierement |purement )?automatis\w*", r"\bprofilage\b", r"article 22\b",
        r"automated decision", r"\bprofiling\b", r"intervention humaine", r"human (?:intervention|review)",
    ),
}
# Cheap substring tests (at C speed) before a right's patterns run: each pattern contains one of them.
TRIGGERS: dict[Right, tuple[str, ...]] = {
    Right.ACCESS: ("acce", "copie", "copy", "quelles", "what", "article 15", "dsar"),
    Right.ERASURE: ("supprim", "suppression", "effac", "oubli", "article 17", "delete", "eras", "forgotten",
                    "remove"),
    Right.RECTIFICATION: ("rectifi", "corrig", "mettre a jour", "article 16", "correct", "update", "inaccurate"),
    Right.PORTABILITY: ("portabilit", "article 20", "format", "machine"),
    Right.OBJECTION: ("opposition", "oppose", "article 21", "object", "ne plus", "prospection", "desabonn",
                      "desinscri", "unsubscribe", "stop", "marketing", "no longer"),
    Right.RESTRICTION: ("limitation", "limiter", "article 18", "restrict"),
    Right.POST_MORTEM: ("mortem", "deces", "decede", "defunt", "article 85", "death", "deceased", "passed away"),
    Right.CONSENT_WITHDRAWAL: ("consentement", "consent"),
    Right.AUTOMATED_DECISION: ("automatis", "profilage", "article 22", "automated", "profiling", "intervention",
                               "human"),
}

# a space in a pattern stands for any run of spaces (the folded text keeps every character in place)
_COMPILED = {right: re.compile("|".join(f"(?:{p})" for p in patterns).replace(" ", " +"))
             for right, patterns in PATTERNS.items()}

_FRENCH = {
    "le", "la", "les", "des", "de", "du", "je", "vous", "mes", "mon", "ma", "nous", "est", "et", "une", "un",
    "pour", "que", "qui", "pas", "sur", "avec", "dans", "bonjour", "madame", "monsieur", "merci",
    "cordialement", "donnees", "demande", "souhaite", "votre", "vos", "aux", "au", "ces", "ce", "cette", "suis",
    "ai", "mais", "ou", "tres", "par", "plus", "sont", "ne", "veuillez", "salutations", "droit",
}
_ENGLISH = {
    "the", "my", "i", "you", "your", "we", "is", "and", "an", "for", "that", "who", "not", "with", "in",
    "hello", "dear", "thanks", "thank", "regards", "data", "request", "would", "like", "please", "our", "this",
    "these", "am", "have", "but", "or", "very", "by", "more", "are", "to", "of", "kind", "sincerely", "right",
}
_WORDS = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class Match:
    start: int  # in the original text
    end: int
    words: str  # as written


@dataclass(frozen=True)
class Suggestion:
    right: Right
    matches: tuple[Match, ...]


def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).casefold()
    return {"œ": "oe", "æ": "ae"}.get(base, base)


def _one_to_one_table() -> dict[int, str]:
    """Latin letters folded to one character each (so offsets stay the same), quotes and spaces unified."""
    table = {}
    for code in range(0x250):
        ch = chr(code)
        folded = _fold_char(ch)
        table[code] = folded if len(folded) == 1 else (ch.lower() if len(ch.lower()) == 1 else ch)
    for ch in "’‘`´":
        table[ord(ch)] = "'"
    for ch in "\t\n\r\x0b\x0c\xa0\u2007\u2009\u202f":
        table[ord(ch)] = " "
    return table


_TABLE = _one_to_one_table()


@functools.lru_cache(maxsize=8)
def fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """Folded text and, for each of its characters, the index of the original character it came from.

    The map is None when folding kept every character in place (the usual case): then an
    offset in the folded text is the same offset in the original.
    """
    folded = text.translate(_TABLE).lower()
    if len(folded) == len(text):
        return folded, None
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        base = _TABLE.get(ord(ch)) or _fold_char(ch)
        for c in base:
            out.append(c)
            where.append(i)
    return "".join(out), where


def suggest_rights(text: str) -> list[Suggestion]:
    """Rights the text asks for, in order of their first mention, with the words that show it."""
    folded, where = fold_with_map(text)
    found: list[tuple[int, Suggestion]] = []
    squeezed = " ".join(folded.split()) if "  " in folded else folded  # the triggers have single spaces
    for right, pattern in _COMPILED.items():
        if not any(t in squeezed for t in TRIGGERS[right]):
            continue
        matches = []
        for m in pattern.finditer(folded):
            if m.end() == m.start():
                continue
            start, end = (m.start(), m.end()) if where is None else (where[m.start()], where[m.end() - 1] + 1)
            matches.append(Match(start, end, text[start:end]))
        if matches:
            found.append((matches[0].start, Suggestion(right, tuple(matches))))
    found.sort(key=lambda item: item[0])
    return [s for _, s in found]


def detect_language(text: str) -> Language:
    """French or English, by counting common words; French when unsure (the organisation's language)."""
    folded, _ = fold_with_map(text[:20_000])
    words = _WORDS.findall(folded)
    french = sum(1 for w in words if w in _FRENCH or w.startswith(("l'", "d'", "j'", "qu'", "n'", "m'")))
    english = sum(1 for w in words if w in _ENGLISH)
    return Language.EN if english > french else Language.FR


def highlight_spans(suggestions: list[Suggestion]) -> list[tuple[int, int]]:
    """Merged (start, end) spans of every match, for highlighting."""
    spans = sorted((m.start, m.end) for s in suggestions for m in s.matches)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
