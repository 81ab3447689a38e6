"""The register as a spreadsheet: XLSX (openpyxl), ODS (odfpy) and CSV, in two layouts, both ways.

*rows*: one sheet, a heading row, then one row per processing (the only layout CSV has).
*cnil*: the layout of the CNIL's model register: a first sheet listing the processings,
then one sheet per processing (its "fiche"), a row per field, the French text in column
B and the English one in column C.

Reading is strict, because an import changes the register: a file with merged cells,
formulas, missing or unknown columns, more than `MAX_ROWS` rows, a CSV that is not UTF-8,
the same reference twice or a value that does not fit its field is refused whole, the
message naming the sheet, the cell and the column. What is written reads back to the
same register (the round trip is lossless). The libraries are imported on first use:
start-up and the everyday commands do not load them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dpo_workbench.core import register as reg
from dpo_workbench.core.text import fold
from dpo_workbench.errors import Bilingual, InputError

FORMATS = ("xlsx", "ods", "csv")
LAYOUTS = ("rows", "cnil")
MAX_ROWS = 5_000  # processings in one file: a register, not a data dump
MAX_BYTES = 30_000_000
RECORD_MARK = {"fr": "Fiche de traitement", "en": "Processing record"}  # A1 of a processing's sheet (cnil layout)
LIST_SHEET = {"fr": "Registre", "en": "Register"}
LANG_WORDS = {"fr": {"fr": "français", "en": "anglais"}, "en": {"fr": "French", "en": "English"}}
# the columns beside the fields: the department's contact (read), the date of the last change and the DPIA
# outcome (written for the reader, ignored when read back: the application computes them)
EXTRA = {
    "contact_name": ("Contact du service (nom)", "Department contact (name)"),
    "contact_email": ("Contact du service (e-mail)", "Department contact (e-mail)"),
    "updated_on": ("Date de mise à jour", "Last updated on"),
    "dpia_status": ("AIPD : résultat de l'examen", "DPIA: screening outcome"),
}
DERIVED = ("updated_on", "dpia_status")
CSV_GUARD = ("=", "+", "-", "@", "\t", "\r", "'")  # a CSV cell starting so is prefixed with ' (spreadsheet formulas)


@dataclass(frozen=True)
class Column:
    key: str  # a field of core.register.FIELDS, or a key of EXTRA
    lang: str | None = None  # the language of a localized field's column

    def heading(self, lang: str) -> str:
        if self.key in EXTRA:
            return EXTRA[self.key][0 if lang == "fr" else 1]
        label = reg.FIELD[self.key].label(lang)
        return f"{label} — {LANG_WORDS[lang][self.lang]}" if self.lang else label


def columns() -> list[Column]:
    """The columns of the rows layout, in order."""
    out: list[Column] = []
    for f in reg.FIELDS:
        if f.kind == "localized":
            out += [Column(f.key, "fr"), Column(f.key, "en")]
        else:
            out.append(Column(f.key))
        if f.key == "created_on":
            out.append(Column("updated_on"))
        elif f.key == "department":
            out += [Column("contact_name"), Column("contact_email")]
    out.append(Column("dpia_status"))
    return out


def _headings() -> dict[str, Column]:
    """Every heading a column may have (French, English, or key[.lang]), folded."""
    known: dict[str, Column] = {}
    for column in columns():
        for lang in ("fr", "en"):
            known[fold(column.heading(lang))] = column
        known[fold(column.key + (f".{column.lang}" if column.lang else ""))] = column
    return known


@dataclass
class Entry:
    """One processing as a file has it (what the import compares with the register)."""

    record: reg.Processing
    contact_name: str
    contact_email: str
    sheet: str
    row: int | None = None  # the row of the rows layout (a processing record is a whole sheet)

    def where(self) -> Bilingual:
        """Where it is in the file, for a message in either language."""
        if self.row is None:
            return Bilingual(f"sheet \u201c{self.sheet}\u201d", f"feuille «\u00a0{self.sheet}\u00a0»")
        return Bilingual(f"sheet \u201c{self.sheet}\u201d, row {self.row}",
                         f"feuille «\u00a0{self.sheet}\u00a0», ligne {self.row}")


ExportEntry = reg.Listed


# -- cells as text, and back ------------------------------------------------------------------------


def cell_text(entry: ExportEntry, column: Column, lang: str) -> str:
    """What a cell of the file holds: localized texts per language, codes as their words one per line."""
    if column.key == "contact_name":
        return entry.contact_name
    if column.key == "contact_email":
        return entry.contact_email
    if column.key == "updated_on":
        return entry.updated_on.isoformat() if entry.updated_on else ""
    if column.key == "dpia_status":
        return reg.status_words(entry.dpia_status, lang) if entry.dpia_status else ""
    value = getattr(entry.record, column.key)
    spec = reg.FIELD[column.key]
    if spec.kind == "localized":
        return value.get(column.lang or "fr", "")
    if spec.kind == "codes":
        return "\n".join(reg.code_label(column.key, code, lang) for code in value)
    if spec.kind == "choice":
        return reg.code_label(column.key, value, lang) if value else ""
    if spec.kind == "date":
        return value.isoformat() if value else ""
    return str(value or "")


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _code(key: str, text: str) -> str:
    """The code a cell names (the code itself, or its French or English words); InputError if none."""
    choices = reg.FIELD[key].choices or {}
    wanted = fold(text)
    for code, (fr, en) in choices.items():
        if wanted in (fold(code), fold(fr), fold(en)):
            return code
    raise InputError(key, "processing.code-unknown", codes=text.strip())


def _date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if match:
        try:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except ValueError:
            pass
    raise InputError("created_on", "processing.date-invalid", text=text)


def _apply(record: reg.Processing, column: Column, raw: Any) -> None:
    """Put a cell's value into the record (InputError naming the field if it does not fit)."""
    text = _as_text(raw)
    spec = reg.FIELD[column.key]
    if spec.kind == "localized":
        getattr(record, column.key)[column.lang or "fr"] = text.strip()
    elif spec.kind == "codes":
        items = [t for t in re.split(r"[\n;]", text) if t.strip()]
        codes = [_code(column.key, item) for item in items]
        setattr(record, column.key, tuple(dict.fromkeys(codes)))
    elif spec.kind == "choice":
        setattr(record, column.key, _code(column.key, text) if text.strip() else
                ("" if column.key.startswith("dpia_") else ("controller" if column.key == "role" else "active")))
    elif spec.kind == "date":
        if isinstance(raw, datetime):
            setattr(record, column.key, raw.date())
        elif isinstance(raw, date):
            setattr(record, column.key, raw)
        else:
            try:
                setattr(record, column.key, _date(text))
            except InputError as exc:
                raise exc.for_field(column.key) from None
    else:
        setattr(record, column.key, text.strip())


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- the sheets of a file, as read --------------------------------------------------------------------


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]
    merged: list[str] = field(default_factory=list)  # cell ranges, e.g. "B3:C3"
    formulas: list[str] = field(default_factory=list)  # cells, e.g. "D7"


def _too_many(sheet: str, rows: int) -> InputError:
    return InputError("file", "register-file.too-many-rows", sheet=sheet, rows=rows, limit=MAX_ROWS)


def read_xlsx(data: bytes, name: str) -> list[Sheet]:
    import zipfile

    from openpyxl import load_workbook

    try:
        probe = load_workbook(io.BytesIO(data), read_only=True)  # the declared size first: a huge sheet is not parsed
        for ws in probe.worksheets:
            if (ws.max_row or 0) > MAX_ROWS + 1:
                raise _too_many(ws.title, (ws.max_row or 0))
        probe.close()
        book = load_workbook(io.BytesIO(data), data_only=False)
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise InputError("file", "register-file.unreadable", name=name, format="XLSX",
                         reason=type(exc).__name__) from None
    sheets = []
    for ws in book.worksheets:
        sheet = Sheet(ws.title, [], merged=[str(r) for r in ws.merged_cells.ranges])
        for row in ws.iter_rows():
            values = []
            for cell in row:
                if cell.data_type == "f" or type(cell.value).__name__ in ("ArrayFormula", "DataTableFormula"):
                    sheet.formulas.append(cell.coordinate)
                values.append(cell.value)
            sheet.rows.append(values)
            if len(sheet.rows) > MAX_ROWS + 1:
                raise _too_many(ws.title, ws.max_row or len(sheet.rows))
        sheets.append(sheet)
    return sheets


def read_ods(data: bytes, name: str) -> list[Sheet]:
    import zipfile
    from xml.parsers.expat import ExpatError

    from odf import teletype
    from odf.namespaces import TABLENS, TEXTNS
    from odf.opendocument import load
    from odf.table import Table, TableRow

    try:
        doc = load(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, ExpatError, OSError, AttributeError) as exc:
        raise InputError("file", "register-file.unreadable", name=name, format="ODS",
                         reason=type(exc).__name__) from None
    if doc.spreadsheet is None:
        raise InputError("file", "register-file.unreadable", name=name, format="ODS", reason="not a spreadsheet")
    sheets = []
    for table in doc.spreadsheet.getElementsByType(Table):
        title = table.getAttribute("name") or ""
        sheet = Sheet(title, [])
        pending_rows = 0  # empty rows seen: counted only if a row with content follows (trailing ones are padding)
        for row in table.getElementsByType(TableRow):
            repeat = int(row.getAttribute("numberrowsrepeated") or 1)
            values: list[Any] = []
            pending_cells = 0
            for cell in row.childNodes:
                if cell.qname not in ((TABLENS, "table-cell"), (TABLENS, "covered-table-cell")):
                    continue
                cell_repeat = int(cell.getAttribute("numbercolumnsrepeated") or 1)
                value = _ods_value(cell, teletype, TEXTNS)
                at = f"{column_letter(len(values) + pending_cells)}{len(sheet.rows) + pending_rows + 1}"
                if cell.qname == (TABLENS, "table-cell"):
                    spans = (int(cell.getAttribute("numbercolumnsspanned") or 1),
                             int(cell.getAttribute("numberrowsspanned") or 1))
                    if spans != (1, 1):
                        col = len(values) + pending_cells
                        row_no = len(sheet.rows) + pending_rows + 1
                        sheet.merged.append(f"{at}:{column_letter(col + spans[0] - 1)}{row_no + spans[1] - 1}")
                    if cell.getAttribute("formula"):
                        sheet.formulas.append(at)
                if value in (None, ""):
                    pending_cells += cell_repeat
                    continue
                values += [None] * pending_cells + [value] * cell_repeat
                pending_cells = 0
            if not values:
                pending_rows += repeat
                continue
            sheet.rows += [[]] * pending_rows + [values] * repeat
            pending_rows = 0
            if len(sheet.rows) > MAX_ROWS + 1:
                raise _too_many(title, len(sheet.rows))
        sheets.append(sheet)
    return sheets


def _ods_value(cell: Any, teletype: Any, textns: str) -> Any:
    kind = cell.getAttribute("valuetype")
    if kind == "date":
        raw = cell.getAttribute("datevalue") or ""
        try:
            return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
        except ValueError:
            return raw
    if kind in ("float", "percentage", "currency"):
        raw = cell.getAttribute("value")
        try:
            number = float(raw)
        except (TypeError, ValueError):
            return raw
        return int(number) if number.is_integer() else number
    if kind == "boolean":
        return cell.getAttribute("booleanvalue") == "true"
    paragraphs = [teletype.extractText(p) for p in cell.childNodes if p.qname == (textns, "p")]
    return "\n".join(paragraphs)


def read_csv(data: bytes, name: str) -> list[Sheet]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[:exc.start]
        line_number = before.count(b"\n") + 1
        line = before[before.rfind(b"\n") + 1:]
        column = len(line.split(b";" if b";" in data[:4096] else b",")) if line else 1
        raise InputError("file", "register-file.not-utf8", name=name, row=line_number,
                         column=column_letter(column - 1)) from None
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        rows = []
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            rows.append([_unguard(v) for v in row])
            if len(rows) > MAX_ROWS + 1:
                raise _too_many(name, text.count("\n"))
    except csv.Error as exc:
        raise InputError("file", "register-file.unreadable", name=name, format="CSV", reason=str(exc)) from None
    return [Sheet(name, rows)]


def _guard(text: str) -> str:
    return "'" + text if text.startswith(CSV_GUARD) else text


def _unguard(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def read(data: bytes, name: str) -> tuple[str, list[Sheet]]:
    """(format, sheets) of a file, by its name's extension (else its first bytes)."""
    if len(data) > MAX_BYTES:
        raise InputError("file", "register-file.too-large", name=name, limit=MAX_BYTES // 1_000_000)
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if suffix not in FORMATS:
        if data[:2] == b"PK":
            suffix = "ods" if b"application/vnd.oasis.opendocument.spreadsheet" in data[:200] else "xlsx"
        else:
            raise InputError("file", "register-file.format-unknown", name=name)
    reader = {"xlsx": read_xlsx, "ods": read_ods, "csv": read_csv}[suffix]
    return suffix, reader(data, name)


# -- the layouts: sheets -> entries --------------------------------------------------------------------


def _check_sheet(sheet: Sheet) -> None:
    if sheet.merged:
        raise InputError("file", "register-file.merged", sheet=sheet.name, cells=", ".join(sheet.merged[:5]))
    if sheet.formulas:
        raise InputError("file", "register-file.formula", sheet=sheet.name, cell=sheet.formulas[0])


def _bad_value(sheet: str, cell: str, column: str, exc: InputError) -> InputError:
    return InputError("file", "register-file.bad-value", sheet=sheet, cell=cell, column=column, problem=exc.message)


def entries(fmt: str, sheets: list[Sheet], name: str) -> tuple[str, list[Entry]]:
    """(layout, entries) of the sheets of a file: a processing record sheet (A1) makes it the CNIL layout."""
    records = [s for s in sheets if s.rows and s.rows[0] and fold(_as_text(s.rows[0][0])) in
               {fold(m) for m in RECORD_MARK.values()}]
    if records:
        found = [_record_sheet(s) for s in records]
        layout = "cnil"
    else:
        listed = [s for s in sheets if any(_as_text(v).strip() for row in s.rows[:1] for v in row)]
        if not listed:
            raise InputError("file", "register-file.empty", name=name)
        found = _rows_sheet(listed[0])
        layout = "rows"
    if not found:
        raise InputError("file", "register-file.empty", name=name)
    seen: dict[str, Entry] = {}
    for entry in found:
        ref = entry.record.reference.strip().upper()
        if not ref:
            continue
        if ref in seen:
            raise InputError("file", "register-file.duplicate", reference=entry.record.reference,
                             first=seen[ref].where(), second=entry.where())
        seen[ref] = entry
    return layout, found


def _rows_sheet(sheet: Sheet) -> list[Entry]:
    _check_sheet(sheet)
    known = _headings()
    header = [_as_text(v).strip() for v in sheet.rows[0]]
    while header and not header[-1]:
        header.pop()
    mapping: dict[int, Column] = {}
    unknown = []
    for i, heading in enumerate(header):
        column = known.get(fold(heading))
        if column is None:
            unknown.append(f"{column_letter(i)} « {heading} »" if heading else column_letter(i))
        elif column in mapping.values():
            raise InputError("file", "register-file.column-twice", sheet=sheet.name, column=heading,
                             cell=f"{column_letter(i)}1")
        else:
            mapping[i] = column
    if unknown:
        raise InputError("file", "register-file.unknown-columns", sheet=sheet.name, columns=", ".join(unknown))
    missing = [c.heading("fr") for c in columns() if c.key not in DERIVED and c not in mapping.values()]
    if missing:
        raise InputError("file", "register-file.missing-columns", sheet=sheet.name, columns=", ".join(missing))
    body = sheet.rows[1:]
    if len(body) > MAX_ROWS:
        raise _too_many(sheet.name, len(sheet.rows))
    found = []
    for number, row in enumerate(body, 2):
        if not any(_as_text(v).strip() for v in row):
            continue
        record = reg.Processing()
        contact = {"contact_name": "", "contact_email": ""}
        for i, column in mapping.items():
            value = row[i] if i < len(row) else None
            if column.key in contact:
                contact[column.key] = _as_text(value).strip()
            elif column.key not in DERIVED:
                try:
                    _apply(record, column, value)
                except InputError as exc:
                    raise _bad_value(sheet.name, f"{column_letter(i)}{number}", header[i], exc) from None
        extra = [v for v in row[len(header):] if _as_text(v).strip()]
        if extra:
            raise InputError("file", "register-file.unknown-columns", sheet=sheet.name,
                             columns=column_letter(len(header)))
        found.append(Entry(record, contact["contact_name"], contact["contact_email"], sheet.name, number))
    return found


def _record_rows() -> list[tuple[str, Column | None]]:
    """The rows of a processing record (cnil layout): section headings (None) and fields."""
    out: list[tuple[str, Column | None]] = []
    for section in reg.SECTIONS:
        out.append((section, None))
        for f in reg.FIELDS:
            if f.section != section:
                continue
            out.append((f.key, Column(f.key)))
            if f.key == "created_on":
                out.append(("updated_on", Column("updated_on")))
            elif f.key == "department":
                out += [("contact_name", Column("contact_name")), ("contact_email", Column("contact_email"))]
        if section == "dpia":
            out.append(("dpia_status", Column("dpia_status")))
    return out


def _record_sheet(sheet: Sheet) -> Entry:
    _check_sheet(sheet)
    labels: dict[str, Column] = {}
    for key, column in _record_rows():
        if column is not None:
            for lang in ("fr", "en"):
                labels[fold(column.heading(lang))] = column
            labels[fold(key)] = column
    sections = {fold(_section_heading(key, lang)) for key in reg.SECTIONS for lang in ("fr", "en")}
    record = reg.Processing()
    contact = {"contact_name": "", "contact_email": ""}
    seen: set[str] = set()
    for number, row in enumerate(sheet.rows[2:], 3):  # row 1: the mark and the title; row 2: the headings
        label = _as_text(row[0] if row else "").strip()
        if not label or fold(label) in sections:
            continue
        column = labels.get(fold(label))
        if column is None:
            raise InputError("file", "register-file.unknown-row", sheet=sheet.name, cell=f"A{number}", label=label)
        if column.key in seen:
            raise InputError("file", "register-file.column-twice", sheet=sheet.name, column=label, cell=f"A{number}")
        seen.add(column.key)
        if column.key in DERIVED:
            continue
        first = row[1] if len(row) > 1 else None
        if column.key in contact:
            contact[column.key] = _as_text(first).strip()
            continue
        targets = [Column(column.key, "fr"), Column(column.key, "en")] if reg.FIELD[column.key].kind == "localized" \
            else [column]
        for offset, target in enumerate(targets, 1):
            value = row[offset] if len(row) > offset else None
            try:
                _apply(record, target, value)
            except InputError as exc:
                raise _bad_value(sheet.name, f"{column_letter(offset)}{number}", label, exc) from None
    missing = [reg.FIELD[k].fr if k in reg.FIELD else EXTRA[k][0] for k, c in _record_rows()
               if c is not None and k not in DERIVED and k not in seen]
    if missing:
        raise InputError("file", "register-file.missing-rows", sheet=sheet.name, rows=", ".join(missing))
    return Entry(record, contact["contact_name"], contact["contact_email"], sheet.name)


# -- writing ------------------------------------------------------------------------------------------


@dataclass
class Grid:
    """A sheet to write: its name, its rows of texts, the rows set in bold, the widths of its columns."""

    name: str
    rows: list[list[str]]
    bold_rows: set[int] = field(default_factory=set)
    widths: Sequence[int] = ()


def grids(items: Sequence[ExportEntry], layout: str, lang: str) -> list[Grid]:
    if layout == "rows":
        cols = columns()
        rows = [[c.heading(lang) for c in cols]]
        rows += [[cell_text(item, c, lang) for c in cols] for item in items]
        widths = [14 if reg.FIELD.get(c.key) and reg.FIELD[c.key].kind in ("date", "choice") else 36 for c in cols]
        return [Grid(LIST_SHEET[lang], rows, {0}, widths)]
    summary = [[reg.FIELD["reference"].label(lang), reg.FIELD["name"].label(lang), reg.FIELD["role"].label(lang),
                reg.FIELD["department"].label(lang), EXTRA["updated_on"][0 if lang == "fr" else 1],
                EXTRA["dpia_status"][0 if lang == "fr" else 1]]]
    sheets = []
    for item in items:
        p = item.record
        summary.append([p.reference, p.title(lang), cell_text(item, Column("role"), lang), p.department,
                        cell_text(item, Column("updated_on"), lang), cell_text(item, Column("dpia_status"), lang)])
        words = LANG_WORDS[lang]
        rows = [[RECORD_MARK[lang], p.title(lang)],
                ["Champ" if lang == "fr" else "Field", words["fr"].capitalize(), words["en"].capitalize()]]
        bold = {0, 1}
        for key, column in _record_rows():
            if column is None:
                bold.add(len(rows))
                rows.append([_section_heading(key, lang)])
            elif column.key in reg.FIELD and reg.FIELD[column.key].kind == "localized":
                rows.append([column.heading(lang), cell_text(item, Column(column.key, "fr"), lang),
                             cell_text(item, Column(column.key, "en"), lang)])
            else:
                rows.append([column.heading(lang), cell_text(item, column, lang)])
        sheets.append(Grid(_sheet_name(p.reference), rows, bold, (44, 60, 60)))
    return [Grid(LIST_SHEET[lang], summary, {0}, (14, 50, 24, 28, 16, 28)), *sheets]


def _section_heading(section: str, lang: str) -> str:
    """A section's heading row in a processing record: numbered, so that it is never a field's label."""
    number = list(reg.SECTIONS).index(section) + 1
    return f"{number}. {reg.SECTIONS[section][0 if lang == 'fr' else 1]}"


def _sheet_name(reference: str) -> str:
    """A sheet's name from a reference (31 characters at most, none of []:*?/\\)."""
    return re.sub(r"[\[\]:*?/\\]", "_", reference)[:31] or "-"


def write_xlsx(sheets: Sequence[Grid]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    for grid in sheets:
        ws = book.create_sheet(grid.name)
        for r, row in enumerate(grid.rows, 1):
            for c, text in enumerate(row, 1):
                cell = ws.cell(row=r, column=c)
                cell.value = text
                cell.data_type = "s"  # a text starting with "=" stays a text, never a formula
                cell.alignment = wrap
                if r - 1 in grid.bold_rows:
                    cell.font = bold
        for i, width in enumerate(grid.widths):
            ws.column_dimensions[column_letter(i)].width = width
        ws.freeze_panes = "A2" if grid.name in LIST_SHEET.values() else "B3"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_ods(sheets: Sequence[Grid]) -> bytes:
    from odf import teletype
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import ParagraphProperties, Style, TableCellProperties, TableColumnProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    plain = Style(name="cell", family="table-cell")
    plain.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
    heading = Style(name="heading", family="table-cell")
    heading.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
    heading.addElement(TextProperties(fontweight="bold"))
    heading.addElement(ParagraphProperties())
    doc.automaticstyles.addElement(plain)
    doc.automaticstyles.addElement(heading)
    width_styles: dict[int, Style] = {}
    for grid in sheets:
        table = Table(name=grid.name)
        for width in grid.widths:
            if width not in width_styles:
                style = Style(name=f"col{width}", family="table-column")
                style.addElement(TableColumnProperties(columnwidth=f"{width * 0.19:.2f}cm"))
                doc.automaticstyles.addElement(style)
                width_styles[width] = style
            table.addElement(TableColumn(stylename=width_styles[width]))
        for r, row in enumerate(grid.rows):
            tr = TableRow()
            for text in row:
                cell = TableCell(valuetype="string", stylename=heading if r in grid.bold_rows else plain)
                for line in text.split("\n") if text else []:
                    paragraph = P()
                    teletype.addTextToElement(paragraph, line)
                    cell.addElement(paragraph)
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def write_csv(sheets: Sequence[Grid]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in sheets[0].rows:
        writer.writerow([_guard(text) for text in row])
    return out.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheet programs read the accents


def write(items: Sequence[ExportEntry], fmt: str, layout: str, lang: str) -> bytes:
    if fmt not in FORMATS:
        raise InputError("format", "register-file.format-choice", format=fmt)
    if layout not in LAYOUTS:
        raise InputError("layout", "register-file.layout-choice", layout=layout)
    if fmt == "csv" and layout == "cnil":
        raise InputError("layout", "register-file.csv-cnil")
    sheets = grids(items, layout, lang)
    return {"xlsx": write_xlsx, "ods": write_ods, "csv": write_csv}[fmt](sheets)
