"""Postal addresses: read the text a DPO types, check it, and lay it out as French postal norms expect.

An address is kept as the text typed (one line per line of the envelope, or one
line with commas: "12 rue des Lilas, 75011 Paris"); this module reads it into
its parts and writes the recipient block of a letter following NF Z10-011 (the
norm La Poste applies):

- at most 6 lines for France, 7 for abroad, 38 characters per line recommended;
- from the most personal to the most general: name, complement (apartment,
  floor, c/o), building, number and street, locality or post box, then
  postcode + TOWN (in capitals, no punctuation) — "75011 PARIS", "75334 PARIS
  CEDEX 07";
- "France" is not written for a French address; abroad, the last line is the
  country, in capitals.

Why a reader of the free text and not separate fields: addresses arrive as one
text from every channel (typed from an envelope, pasted from an e-mail, given
to `request add --address`), the requests already logged keep theirs, and a
French address is recognised reliably from its last lines (a five-digit
postcode and a town, or a country name). What cannot be read is refused with a
message naming the missing part, so nothing is guessed.

Pure: no Qt, no database, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dpo_workbench.core.text import fold

MAX_LINES_FRANCE = 6  # recipient block, name included
MAX_LINES_ABROAD = 7  # the country adds a line
LINE_LENGTH = 38  # characters per line La Poste recommends

# "75011 Paris", "F-75011 Paris", "75334 Paris Cedex 07", "75011" alone
_POSTCODE_LINE = re.compile(r"(?:F\s*-\s*)?(\d{5})(?:\s+(.*))?", re.IGNORECASE)
_CEDEX = re.compile(r"\s+cedex(?:\s+(\d{1,3}))?\s*$", re.IGNORECASE)
# a line that holds a French-looking postcode somewhere ("Paris 75011", "75 011 Paris" are not read)
_HAS_FIVE_DIGITS = re.compile(r"(?<!\d)\d{5}(?!\d)")

# Countries a French company's customers write from, in French and English (folded: no accents, lower case).
# The value is the country's name as the letter prints it (in French: the French post reads the last line).
_COUNTRIES: dict[str, str] = {}
for _names, _printed in [
    (("france", "republique francaise"), "FRANCE"),
    (("allemagne", "germany", "deutschland"), "ALLEMAGNE"),
    (("autriche", "austria", "osterreich"), "AUTRICHE"),
    (("belgique", "belgium", "belgie"), "BELGIQUE"),
    (("bulgarie", "bulgaria"), "BULGARIE"),
    (("chypre", "cyprus"), "CHYPRE"),
    (("croatie", "croatia"), "CROATIE"),
    (("danemark", "denmark", "danmark"), "DANEMARK"),
    (("espagne", "spain", "espana"), "ESPAGNE"),
    (("estonie", "estonia"), "ESTONIE"),
    (("finlande", "finland", "suomi"), "FINLANDE"),
    (("grece", "greece"), "GRECE"),
    (("hongrie", "hungary"), "HONGRIE"),
    (("irlande", "ireland"), "IRLANDE"),
    (("italie", "italy", "italia"), "ITALIE"),
    (("lettonie", "latvia"), "LETTONIE"),
    (("lituanie", "lithuania"), "LITUANIE"),
    (("luxembourg",), "LUXEMBOURG"),
    (("malte", "malta"), "MALTE"),
    (("pays-bas", "pays bas", "netherlands", "the netherlands", "nederland", "holland"), "PAYS-BAS"),
    (("pologne", "poland", "polska"), "POLOGNE"),
    (("portugal",), "PORTUGAL"),
    (("republique tcheque", "tchequie", "czech republic", "czechia"), "TCHEQUIE"),
    (("roumanie", "romania"), "ROUMANIE"),
    (("slovaquie", "slovakia"), "SLOVAQUIE"),
    (("slovenie", "slovenia"), "SLOVENIE"),
    (("suede", "sweden", "sverige"), "SUEDE"),
    (("islande", "iceland"), "ISLANDE"),
    (("liechtenstein",), "LIECHTENSTEIN"),
    (("norvege", "norway", "norge"), "NORVEGE"),
    (("suisse", "switzerland", "schweiz", "svizzera"), "SUISSE"),
    (("monaco",), "MONACO"),
    (("andorre", "andorra"), "ANDORRE"),
    (("royaume-uni", "royaume uni", "united kingdom", "uk", "great britain", "england", "angleterre", "scotland",
      "ecosse", "wales", "pays de galles", "northern ireland"), "ROYAUME-UNI"),
    (("etats-unis", "etats unis", "united states", "united states of america", "usa", "us"), "ETATS-UNIS"),
    (("canada",), "CANADA"),
    (("maroc", "morocco"), "MAROC"),
    (("algerie", "algeria"), "ALGERIE"),
    (("tunisie", "tunisia"), "TUNISIE"),
    (("senegal",), "SENEGAL"),
    (("cote d'ivoire", "cote divoire", "ivory coast"), "COTE D'IVOIRE"),
    (("chine", "china"), "CHINE"),
    (("japon", "japan"), "JAPON"),
    (("inde", "india"), "INDE"),
    (("bresil", "brazil"), "BRESIL"),
    (("australie", "australia"), "AUSTRALIE"),
    (("turquie", "turkey", "turkiye"), "TURQUIE"),
    (("israel",), "ISRAEL"),
    (("liban", "lebanon"), "LIBAN"),
    (("ukraine",), "UKRAINE"),
]:
    for _name in _names:
        _COUNTRIES[_name] = _printed


@dataclass(frozen=True)
class PostalAddress:
    """An address read into its parts (all as typed, tidied of extra spaces)."""

    lines: tuple[str, ...]  # complement, building, number and street, locality: top to bottom
    postcode: str = ""  # French: five digits
    town: str = ""  # as typed ("Paris"); `town_line` writes it in capitals
    cedex: str = ""  # "" (none), "CEDEX" or "CEDEX 07"
    country: str = ""  # "" for France; abroad, the country as the letter prints it ("BELGIQUE")
    abroad_town: str = ""  # abroad: the line before the country (postcode and town as the country writes them)

    @property
    def french(self) -> bool:
        return not self.country

    @property
    def town_line(self) -> str:
        """The last line of a French address: "75011 PARIS", "75334 PARIS CEDEX 07" (no punctuation)."""
        town = _no_punctuation(self.town).upper()
        return " ".join(part for part in (self.postcode, town, self.cedex) if part)

    def block(self, name: str = "") -> list[str]:
        """The recipient block of a letter, NF Z10-011: name, street lines, postcode and TOWN, country abroad."""
        out = [" ".join(name.split())] if name.strip() else []
        out += list(self.lines)
        if self.french:
            if self.town_line:
                out.append(self.town_line)
        else:
            if self.abroad_town:
                out.append(self.abroad_town)
            out.append(self.country)
        return out


def _no_punctuation(text: str) -> str:
    """The town line carries no punctuation (NF Z10-011): "St-Denis" stays, "Paris," loses its comma."""
    return " ".join(re.sub(r"[.,;:]", " ", text).split())


def address_lines(text: str) -> list[str]:
    """The lines of a typed address: its lines, or, typed on one line, its comma-separated parts."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    lines = [line.strip(" ,;") for line in lines if line.strip(" ,;")]
    if len(lines) == 1 and "," in lines[0]:
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    return lines


def country_of(line: str) -> str | None:
    """The printed name of the country a line names ("Belgium" -> "BELGIQUE"), or None."""
    return _COUNTRIES.get(fold(line).strip(" .").replace("’", "'"))


def parse(text: str) -> PostalAddress:
    """Read a typed address; what is missing stays empty (`problem` says what)."""
    lines = address_lines(text)
    country = ""
    if lines:
        named = country_of(lines[-1])
        if named is not None:
            lines = lines[:-1]
            country = "" if named == "FRANCE" else named
    if country:
        abroad_town = lines[-1] if len(lines) > 1 else ""
        return PostalAddress(lines=tuple(lines[:-1] if abroad_town else lines), country=country,
                             abroad_town=abroad_town)
    for index in range(len(lines) - 1, -1, -1):
        match = _POSTCODE_LINE.fullmatch(lines[index])
        if not match:
            continue
        postcode, town = match.group(1), (match.group(2) or "").strip()
        cedex = ""
        found = _CEDEX.search(town)
        if found:
            cedex = "CEDEX" + (f" {found.group(1)}" if found.group(1) else "")
            town = town[: found.start()].strip()
        before, after = lines[:index], lines[index + 1:]
        if not town and after and not _HAS_FIVE_DIGITS.search(after[0]):  # "75011" then "Paris" on the next line
            town, after = after[0], after[1:]
        return PostalAddress(lines=tuple([*before, *after]), postcode=postcode, town=town, cedex=cedex)
    return PostalAddress(lines=tuple(lines))


def problem(text: str) -> tuple[str, dict[str, object]] | None:
    """Why a French postal address cannot carry a letter (a message code and its parameters), or None.

    Abroad (the last line names a country) only a street line and a town line are needed:
    each country writes its postcodes its own way.
    """
    lines = address_lines(text)
    if not lines:
        return ("address.empty", {})
    address = parse(text)
    if not address.french:
        if not address.lines and not address.abroad_town:
            return ("address.abroad-incomplete", {"country": address.country})
        return None
    if not address.postcode:
        if any(_HAS_FIVE_DIGITS.search(line) for line in lines):
            return ("address.postcode-line", {})
        return ("address.postcode-missing", {})
    if not address.town:
        return ("address.town-missing", {"postcode": address.postcode})
    if not address.lines:
        return ("address.street-missing", {})
    return None


def warnings(name: str, text: str) -> list[tuple[str, dict[str, object]]]:
    """What the post would rather not see in a recipient block: too many lines, lines over 38 characters."""
    address = parse(text)
    block = address.block(name)
    out: list[tuple[str, dict[str, object]]] = []
    limit = MAX_LINES_FRANCE if address.french else MAX_LINES_ABROAD
    if len(block) > limit:
        out.append(("address.too-many-lines", {"lines": len(block), "limit": limit}))
    long = [line for line in block if len(line) > LINE_LENGTH]
    if long:
        out.append(("address.line-too-long", {"line": long[0], "limit": LINE_LENGTH}))
    return out


def tidy(text: str) -> str:
    """The address as it is kept: one envelope line per line (a one-line address split at its commas)."""
    return "\n".join(address_lines(text))
