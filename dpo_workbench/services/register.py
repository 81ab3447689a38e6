"""The register of processing activities (GDPR Art. 30) and the processor register, with their history.

Every save of a processing is one transaction that writes the processing, a new version
(the whole record, who, when, which fields) and its journal entry; a save that changes
nothing writes nothing. The register "as of" a day is the last version of each processing
recorded by the end of that day (Paris time), so it can be printed and exported as it
stood. Departments own processings; their contact (a person's name and e-mail) is
personal data: its viewing and its export are journaled, never its value.

The spreadsheet formats are in `register_files`; the PDF in `letters.register`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_workbench.core import register as reg
from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.profile import ProcessingActivity
from dpo_workbench.core.text import fold
from dpo_workbench.errors import InputError, NotFound
from dpo_workbench.services import register_files as files
from dpo_workbench.services.common import checked_email, like_terms
from dpo_workbench.services.context import Context
from dpo_workbench.services.policy import requires
from dpo_workbench.store.models import Organisation
from dpo_workbench.store.register_models import Department, Processing, ProcessingVersion

MAX_DEPARTMENT = 120
MAX_CONTACT = 200


# -- plain data handed to the GUI and the CLI -----------------------------------------------------


@dataclass(frozen=True)
class DepartmentInfo:
    id: int
    name: str
    contact_name: str
    contact_email: str
    processings: int = 0


@dataclass(frozen=True)
class RegisterQuery:
    text: str = ""
    role: str | None = "controller"  # None: both registers
    department_id: int | None = None
    dpia: str | None = None  # a core.register.DPIA_STATUSES value
    include_retired: bool = False


@dataclass(frozen=True)
class ProcessingRow:
    id: int
    reference: str
    role: str
    status: str
    name: str
    department: str
    dpia_status: str
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class ProcessingDetail:
    id: int
    record: reg.Processing
    department: DepartmentInfo | None
    version: int
    updated_at: datetime
    screening: reg.Screening


@dataclass(frozen=True)
class VersionInfo:
    number: int
    at: datetime
    actor: str
    change: str  # created | changed | imported | retired | restored | migrated
    fields: tuple[str, ...]


@dataclass(frozen=True)
class VersionDiff:
    number: int
    previous: reg.Processing | None
    current: reg.Processing
    fields: tuple[str, ...]


@dataclass
class ImportedProcessing:
    entry: files.Entry
    old: reg.Processing | None
    fields: tuple[str, ...]
    version: int | None  # the version read, for a change: the import refuses if it moved since


@dataclass
class ImportPreview:
    """What an import would do, shown before it is done: nothing is written until `apply_import`."""

    file_name: str
    format: str
    layout: str
    added: list[ImportedProcessing] = field(default_factory=list)
    changed: list[ImportedProcessing] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    departments_added: list[tuple[str, str, str]] = field(default_factory=list)  # name, contact, e-mail
    departments_changed: list[tuple[str, str, str]] = field(default_factory=list)
    untouched: int = 0  # processings of the register that the file does not hold: left as they are

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.departments_added or self.departments_changed)


@dataclass(frozen=True)
class ImportResult:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: int
    departments: int


def _end_of(day: date) -> datetime:
    """The first instant after `day` in Paris, as an aware datetime: versions before it make the register of the day."""
    return datetime.combine(day + timedelta(days=1), time(0), PARIS)


def _load(s: Session, key: int | str) -> Processing:
    if isinstance(key, str):
        row = s.execute(select(Processing).where(func.upper(Processing.reference) == key.strip().upper())
                        ).scalar_one_or_none()
    else:
        row = s.get(Processing, key)
    if row is None:
        raise NotFound("processing.not-found", key=str(key))
    return row


def _record(row: Processing, department: str | None = None) -> reg.Processing:
    record = reg.Processing.from_dict(json.loads(row.record))
    if department is not None:
        record.department = department
    return record


def _tidy(p: reg.Processing) -> reg.Processing:
    """Texts stripped (what the file round trip and the diff compare), codes without repeats."""
    out = p.copy()
    for key in reg.LOCALIZED_FIELDS:
        setattr(out, key, {lang: (text or "").strip() for lang, text in getattr(out, key).items()})
    for f in reg.FIELDS:
        value = getattr(out, f.key)
        if f.kind in ("text", "department", "choice") and isinstance(value, str):
            setattr(out, f.key, value.strip())
        elif f.kind == "codes":
            setattr(out, f.key, tuple(dict.fromkeys(value)))
    out.reference = out.reference.upper()
    return out


def _search_key(p: reg.Processing) -> str:
    return fold(" ".join([p.reference, *p.name.values(), *p.purposes.values(), p.client]))


class RegisterService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- departments --------------------------------------------------------------------------------

    @requires("processing.view")
    def departments(self, *, viewing: bool = True) -> list[DepartmentInfo]:
        """The departments with their contacts and their number of processings (a viewing of the contacts)."""
        with self.ctx.db.transaction() as s:
            counts = dict(s.execute(select(Processing.department_id, func.count()).where(
                Processing.status == "active").group_by(Processing.department_id)).all())
            rows = s.execute(select(Department).order_by(Department.name_key)).scalars().all()
            if viewing and rows:
                self.ctx.journal_view(s, "department.view", "department", "*", count=len(rows))
            return [DepartmentInfo(d.id, d.name, d.contact_name, d.contact_email, counts.get(d.id, 0)) for d in rows]

    @requires("processing.view")
    def department_names(self) -> list[tuple[int, str]]:
        """(id, name) of each department: what a filter or a choice needs, without the contacts."""
        with self.ctx.db.reading() as s:
            return [(i, n) for i, n in s.execute(select(Department.id, Department.name).order_by(Department.name_key))]

    @staticmethod
    def _check_department(name: str, contact_name: str, contact_email: str) -> tuple[str, str, str]:
        name, contact_name, contact_email = name.strip(), contact_name.strip(), contact_email.strip()
        if not name:
            raise InputError("name", "department.name-missing")
        if len(name) > MAX_DEPARTMENT:
            raise InputError("name", "department.name-too-long", limit=MAX_DEPARTMENT)
        if len(contact_name) > MAX_CONTACT:
            raise InputError("contact_name", "department.contact-too-long", limit=MAX_CONTACT)
        if contact_email:
            contact_email = checked_email(contact_email, "contact_email")
        return name, contact_name, contact_email

    @requires("processing.change")
    def save_department(self, department_id: int | None, name: str, contact_name: str = "",
                        contact_email: str = "") -> int:
        """Create (id None) or change a department; InputError naming the field. Journaled without the contact."""
        name, contact_name, contact_email = self._check_department(name, contact_name, contact_email)
        with self.ctx.db.transaction() as s:
            same = s.execute(select(Department).where(Department.name_key == fold(name))).scalar_one_or_none()
            if same is not None and same.id != department_id:
                raise InputError("name", "department.name-taken", name=name)
            now = self.ctx.now()
            if department_id is None:
                d = Department(name=name, name_key=fold(name), contact_name=contact_name,
                               contact_email=contact_email, created_at=now, updated_at=now)
                s.add(d)
                s.flush()
                self.ctx.journal(s, "department.create", "department", str(d.id), name=name)
                return d.id
            existing = s.get(Department, department_id)
            if existing is None:
                raise NotFound("department.not-found", key=str(department_id))
            changed = [k for k, v in (("name", name), ("contact_name", contact_name),
                                      ("contact_email", contact_email)) if getattr(existing, k) != v]
            if changed:
                existing.name, existing.name_key = name, fold(name)
                existing.contact_name, existing.contact_email = contact_name, contact_email
                existing.updated_at = now
                self.ctx.journal(s, "department.change", "department", str(existing.id), fields=changed)
            return existing.id

    @requires("processing.change")
    def delete_department(self, department_id: int) -> None:
        """Remove a department no active processing belongs to (InputError naming how many do)."""
        with self.ctx.db.transaction() as s:
            d = s.get(Department, department_id)
            if d is None:
                raise NotFound("department.not-found", key=str(department_id))
            owned = s.execute(select(func.count()).select_from(Processing).where(
                Processing.department_id == department_id, Processing.status == "active")).scalar_one()
            if owned:
                raise InputError("department", "department.in-use", name=d.name, count=owned)
            s.delete(d)
            self.ctx.journal(s, "department.delete", "department", str(department_id))

    def _department(self, s: Session, name: str, field_name: str = "department") -> Department | None:
        if not name.strip():
            return None
        d = s.execute(select(Department).where(Department.name_key == fold(name))).scalar_one_or_none()
        if d is None:
            raise InputError(field_name, "processing.department-unknown", name=name.strip())
        return d

    # -- the list -----------------------------------------------------------------------------------

    def _filters(self, query: RegisterQuery) -> list:
        where = []
        if query.role:
            where.append(Processing.role == query.role)
        if not query.include_retired:
            where.append(Processing.status == "active")
        if query.department_id is not None:
            where.append(Processing.department_id == query.department_id)
        if query.dpia:
            where.append(Processing.dpia_status == query.dpia)
        for pattern in like_terms(query.text):
            where.append(Processing.search_key.like(pattern, escape="\\"))
        return where

    @requires("processing.view")
    def ids(self, query: RegisterQuery = RegisterQuery()) -> list[int]:
        """The ids of the processings the query selects, in the order of their references."""
        with self.ctx.db.reading() as s:
            found = s.execute(select(Processing.id, Processing.reference, Processing.role).where(
                *self._filters(query))).all()
        return [r[0] for r in sorted(found, key=lambda r: (r[2] != "controller", reg.reference_key(r[1])))]

    @requires("processing.view")
    def rows(self, ids: Sequence[int]) -> list[ProcessingRow]:
        """The list rows of these processings, in the order given (the table fetches them by pages)."""
        if not ids:
            return []
        with self.ctx.db.reading() as s:
            found = {r.id: r for r in s.execute(
                select(Processing.id, Processing.reference, Processing.role, Processing.status, Processing.name,
                       Department.name.label("department"), Processing.dpia_status, Processing.updated_at,
                       Processing.version)
                .outerjoin(Department, Department.id == Processing.department_id)
                .where(Processing.id.in_(list(ids))))}
        return [ProcessingRow(r.id, r.reference, r.role, r.status, r.name, r.department or "", r.dpia_status,
                              r.updated_at, r.version) for i in ids if (r := found.get(i)) is not None]

    @requires("processing.view")
    def processings(self, query: RegisterQuery = RegisterQuery()) -> list[ProcessingRow]:
        return self.rows(self.ids(query))

    @requires("processing.view")
    def count(self, role: str = "controller") -> int:
        with self.ctx.db.reading() as s:
            return s.execute(select(func.count()).select_from(Processing).where(
                Processing.role == role, Processing.status == "active")).scalar_one()

    # -- one processing -----------------------------------------------------------------------------

    @requires("processing.view")
    def get(self, key: int | str) -> ProcessingDetail:
        with self.ctx.db.reading() as s:
            row = _load(s, key)
            d = s.get(Department, row.department_id) if row.department_id else None
            info = DepartmentInfo(d.id, d.name, d.contact_name, d.contact_email) if d else None
            record = _record(row, d.name if d else "")
            return ProcessingDetail(row.id, record, info, row.version, row.updated_at, reg.screen(record))

    def check(self, record: reg.Processing) -> reg.Processing:
        """The record tidied, or InputError naming its first wrong field."""
        record = _tidy(record)
        found = reg.problems(record)
        if found:
            key, code, params = found[0]
            raise InputError(key, code, **params)
        return record

    @requires("processing.change")
    def save(self, record: reg.Processing, *, key: int | str | None = None, expected_version: int | None = None,
             change: str | None = None) -> str:
        """Create (key None) or change a processing in one transaction; returns its reference.

        `expected_version` is the version the editor showed: a save over someone else's newer
        version is refused. Nothing changed, nothing written."""
        record = self.check(record)
        with self.ctx.db.transaction() as s:
            reference = self._save_in(s, record, key=key, expected_version=expected_version, change=change)
        return reference

    def _save_in(self, s: Session, record: reg.Processing, *, key: int | str | None, expected_version: int | None,
                 change: str | None, department: Department | None = None, resolve: bool = True) -> str:
        now, today = self.ctx.now(), self.ctx.today()
        if resolve:
            department = self._department(s, record.department)
        assert department is None or isinstance(department, Department)
        record.department = department.name if department else ""
        if key is None:
            if record.reference:
                taken = s.execute(select(Processing.id).where(
                    func.upper(Processing.reference) == record.reference)).first()
                if taken:
                    raise InputError("reference", "processing.reference-taken", reference=record.reference)
            else:
                record.reference = self._next_reference(s, record.role)
            record.created_on = record.created_on or today
            if record.dpia_criteria or record.dpia_listed or record.dpia_exempt:
                record.dpia_screened_on = record.dpia_screened_on or today
            row = Processing(reference=record.reference, version=0, created_on=record.created_on)
            s.add(row)
            old = None
        else:
            row = _load(s, key)
            if expected_version is not None and row.version != expected_version:
                raise InputError(None, "processing.changed-meanwhile", reference=row.reference)
            old = _record(row, _department_name(s, row.department_id))
            if record.reference and record.reference != row.reference:
                raise InputError("reference", "processing.reference-fixed", reference=row.reference)
            record.reference = row.reference
            record.created_on = record.created_on or old.created_on or row.created_on
            dpia = ("dpia_criteria", "dpia_listed", "dpia_exempt")
            if any(reg.normalized(getattr(old, k)) != reg.normalized(getattr(record, k)) for k in dpia) \
                    and record.dpia_screened_on is None:
                record.dpia_screened_on = today
        fields = reg.changed_fields(old, record)
        if old is not None and not fields:
            return row.reference
        if change is None:
            change = "created" if old is None else ("retired" if fields == ["status"] and record.status == "retired"
                                                    else "restored" if fields == ["status"] else "changed")
        self._write(s, row, record, department, now)
        s.flush()
        s.add(ProcessingVersion(processing_id=row.id, number=row.version, at=now, actor=self.ctx.actor,
                                change=change, fields=",".join(fields), record=row.record))
        action = "register.create" if old is None else "register.change"
        self.ctx.journal(s, action, "processing", row.reference, change=change, fields=fields)
        return row.reference

    @staticmethod
    def _write(s: Session, row: Processing, record: reg.Processing, department: Department | None,
               now: datetime) -> None:
        row.role, row.status = record.role, record.status
        row.name = (record.name.get("fr") or record.name.get("en") or record.reference)[:200]
        row.search_key = _search_key(record)
        row.department_id = department.id if department else None
        row.subjects = "," + ",".join(record.subjects) + "," if record.subjects else ""
        row.dpia_status = reg.screen(record).status
        row.created_on = record.created_on or row.created_on
        row.updated_at = now
        row.version = (row.version or 0) + 1
        row.record = json.dumps(record.to_dict(), ensure_ascii=False)

    @staticmethod
    def _next_reference(s: Session, role: str) -> str:
        prefix = reg.REFERENCE_PREFIX[role] + "-"
        taken = s.execute(select(Processing.reference).where(Processing.reference.like(prefix + "%"))).scalars()
        return reg.next_reference(role, list(taken))

    @requires("processing.change")
    def retire(self, key: int | str) -> None:
        """The processing has ended: it leaves the current register, stays in its history and in past registers."""
        detail = self.get(key)
        self.save(detail.record.copy(status="retired"), key=detail.id)

    @requires("processing.change")
    def restore(self, key: int | str) -> None:
        detail = self.get(key)
        self.save(detail.record.copy(status="active"), key=detail.id)

    # -- history ------------------------------------------------------------------------------------

    @requires("processing.view")
    def history(self, key: int | str) -> list[VersionInfo]:
        """Every version of a processing, newest first."""
        with self.ctx.db.reading() as s:
            row = _load(s, key)
            versions = s.execute(select(ProcessingVersion.number, ProcessingVersion.at, ProcessingVersion.actor,
                                        ProcessingVersion.change, ProcessingVersion.fields)
                                 .where(ProcessingVersion.processing_id == row.id)
                                 .order_by(ProcessingVersion.number.desc())).all()
        return [VersionInfo(n, at, actor, change, tuple(f for f in fields.split(",") if f))
                for n, at, actor, change, fields in versions]

    @requires("processing.view")
    def version(self, key: int | str, number: int) -> reg.Processing:
        with self.ctx.db.reading() as s:
            row = _load(s, key)
            text = s.execute(select(ProcessingVersion.record).where(
                ProcessingVersion.processing_id == row.id, ProcessingVersion.number == number)).scalar_one_or_none()
        if text is None:
            raise NotFound("processing.version-not-found", key=str(key), number=number)
        return reg.Processing.from_dict(json.loads(text))

    @requires("processing.view")
    def diff(self, key: int | str, number: int) -> VersionDiff:
        """A version beside the one before it (None for the first)."""
        current = self.version(key, number)
        previous = self.version(key, number - 1) if number > 1 else None
        return VersionDiff(number, previous, current, tuple(reg.changed_fields(previous, current)))

    @requires("processing.view")
    def as_of(self, day: date | None = None, role: str | None = None) -> list[tuple[reg.Processing, datetime]]:
        """The register as it stood at the end of `day` (today's when None): each processing's last version then,
        with the time of that version; retired ones left out. In the order of the references."""
        end = _end_of(day or self.ctx.today())
        with self.ctx.db.reading() as s:
            last = (select(ProcessingVersion.processing_id, func.max(ProcessingVersion.number).label("number"))
                    .where(ProcessingVersion.at < end).group_by(ProcessingVersion.processing_id).subquery())
            found = s.execute(select(ProcessingVersion.record, ProcessingVersion.at).join(
                last, (last.c.processing_id == ProcessingVersion.processing_id)
                & (last.c.number == ProcessingVersion.number))).all()
        out = []
        for text, at in found:
            record = reg.Processing.from_dict(json.loads(text))
            if record.status == "active" and (role is None or record.role == role):
                out.append((record, at))
        return sorted(out, key=lambda item: (item[0].role != "controller", reg.reference_key(item[0].reference)))

    # -- what other areas use -----------------------------------------------------------------------

    @requires("processing.view")
    def access_activities(self) -> list[ProcessingActivity]:
        """What an access reply describes: the current processings done as controller, in reference order."""
        with self.ctx.db.reading() as s:
            rows = s.execute(select(Processing.reference, Processing.record).where(
                Processing.role == "controller", Processing.status == "active")).all()
        rows = sorted(rows, key=lambda r: reg.reference_key(r[0]))
        return [reg.Processing.from_dict(json.loads(text)).activity() for _ref, text in rows]

    def add_activities(self, s: Session, activities: Sequence[ProcessingActivity]) -> list[str]:
        """Activities of an imported organisation profile, added to the register in the caller's transaction
        (an activity whose name is already a current processing's is not added twice)."""
        names = {fold(n) for n in s.execute(select(Processing.name).where(Processing.status == "active")).scalars()}
        added = []
        for activity in activities:
            record = _tidy(reg.Processing.from_activity(activity))
            name = record.name.get("fr") or record.name.get("en") or ""
            if not name or fold(name) in names:
                continue
            names.add(fold(name))
            added.append(self._save_in(s, record, key=None, expected_version=None, change="created"))
        return added

    def organisation_name(self) -> str:
        with self.ctx.db.reading() as s:
            org = s.get(Organisation, 1)
            return org.name if org else ""

    # -- files --------------------------------------------------------------------------------------

    @requires("processing.view")
    def export_entries(self, day: date | None = None, role: str | None = None) -> list[files.ExportEntry]:
        """The register (as of a day) with what the files print beside each processing."""
        contacts = {d.name: d for d in self.departments(viewing=False)}
        out = []
        for record, at in self.as_of(day, role):
            d = contacts.get(record.department)
            out.append(files.ExportEntry(record, d.contact_name if d else "", d.contact_email if d else "",
                                         at.astimezone(PARIS).date(), reg.screen(record).status))
        return out

    @requires("processing.view")
    def export(self, fmt: str, layout: str = "rows", *, day: date | None = None, lang: str = "fr",
               role: str | None = None) -> bytes:
        """The register (as of `day`) as an XLSX, ODS or CSV file; journaled as an export (department contacts
        are in it)."""
        if fmt not in files.FORMATS:
            raise InputError("format", "register-file.format-choice", format=fmt)
        if layout not in files.LAYOUTS:
            raise InputError("layout", "register-file.layout-choice", layout=layout)
        if fmt == "csv" and layout == "cnil":
            raise InputError("layout", "register-file.csv-cnil")
        items = self.export_entries(day, role)
        data = files.write(items, fmt, layout, lang)
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "register.export", "register", "processings", format=fmt, layout=layout,
                             as_of=(day or self.ctx.today()).isoformat(), processings=len(items))
        return data

    @requires("processing.view")
    def pdf(self, *, day: date | None = None, lang: str = "fr") -> bytes:
        """The register as of a day as a PDF (both registers, the DPIA screening with its reasoning); journaled."""
        from dpo_workbench.letters import register as register_pdf

        day = day or self.ctx.today()
        items = self.export_entries(day)
        with self.ctx.db.reading() as s:
            org = s.get(Organisation, 1)
            org_name, org_address = (org.name, org.address) if org else ("", "")
            details = json.loads(org.profile or "{}") if org else {}
        data = register_pdf.build(items, organisation=org_name, address=org_address,
                                  legal_mention=str(details.get("legal_mention", "") or ""),
                                  as_of=day, printed=self.ctx.now(), lang=lang)
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "register.print", "register", "processings", as_of=day.isoformat(),
                             processings=len(items), lang=lang)
        return data

    @requires("processing.change")
    def read_import(self, path: Path | str | None = None, *, data: bytes | None = None,
                    name: str = "") -> ImportPreview:
        """Read a register file and compare it with the register: what would be added, changed, left as it is.

        A malformed file raises InputError naming the sheet, the cell and the column; nothing is written."""
        if data is None:
            if path is None:
                raise InputError("file", "register-file.format-unknown", name="")
            path = Path(path)
            name = name or path.name
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                raise InputError("file", "file.not-found", path=str(path)) from None
            except IsADirectoryError:
                raise InputError("file", "file.is-folder", path=str(path)) from None
            except OSError as exc:
                raise InputError("file", "file.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
        fmt, sheets = files.read(data, name)
        layout, found = files.entries(fmt, sheets, name)
        return self._compare(name, fmt, layout, found)

    def _compare(self, name: str, fmt: str, layout: str, found: list[files.Entry]) -> ImportPreview:
        preview = ImportPreview(name, fmt, layout)
        with self.ctx.db.reading() as s:
            departments = {d.name_key: d for d in s.execute(select(Department)).scalars()}
            rows = {r.reference.upper(): r for r in s.execute(select(Processing)).scalars()}
            names = {d.id: d.name for d in departments.values()}
        contacts: dict[str, tuple[str, str, str]] = {}
        taken = list(rows)
        for entry in found:
            record = entry.record
            if entry.contact_email:
                try:
                    entry.contact_email = checked_email(entry.contact_email, "contact_email")
                except InputError as exc:
                    raise InputError("file", "register-file.bad-contact", where=entry.where(),
                                     problem=exc.message) from None
            try:
                record = self.check(record)
            except InputError as exc:
                label = reg.FIELD[exc.field].fr if exc.field in reg.FIELD else (exc.field or "")
                raise InputError("file", "register-file.bad-record", where=entry.where(), column=label,
                                 problem=exc.message) from None
            if record.department:
                key = fold(record.department)
                given = (record.department, entry.contact_name, entry.contact_email)
                if key in contacts and entry.contact_name + entry.contact_email and \
                        contacts[key][1:] != given[1:] and any(contacts[key][1:]):
                    raise InputError("file", "register-file.department-conflict", department=record.department,
                                     where=entry.where())
                if key not in contacts or (not any(contacts[key][1:]) and any(given[1:])):
                    contacts[key] = given
            if not record.reference:
                record.reference = reg.next_reference(record.role, taken)
            taken.append(record.reference)
            entry.record = record
            row = rows.get(record.reference)
            if row is None:
                record.created_on = record.created_on or self.ctx.today()
                preview.added.append(ImportedProcessing(entry, None, tuple(reg.changed_fields(None, record)), None))
                continue
            old = _record(row, names.get(row.department_id, "") if row.department_id else "")
            if old.role != record.role:
                raise InputError("file", "register-file.role-changed", where=entry.where(), reference=row.reference)
            record.created_on = record.created_on or old.created_on
            if record.dpia_screened_on is None:
                record.dpia_screened_on = old.dpia_screened_on
            changed = reg.changed_fields(old, record)
            if changed:
                preview.changed.append(ImportedProcessing(entry, old, tuple(changed), row.version))
            else:
                preview.unchanged.append(record.reference)
        for key, (dept, contact_name, contact_email) in contacts.items():
            existing = departments.get(key)
            if existing is None:
                preview.departments_added.append((dept, contact_name, contact_email))
            elif (contact_name or contact_email) and (existing.contact_name, existing.contact_email) != (
                    contact_name or existing.contact_name, contact_email or existing.contact_email):
                preview.departments_changed.append((existing.name, contact_name or existing.contact_name,
                                                    contact_email or existing.contact_email))
        in_file = {i.entry.record.reference for i in preview.added + preview.changed} | set(preview.unchanged)
        preview.untouched = sum(1 for ref, r in rows.items() if ref not in in_file and r.status == "active")
        return preview

    @requires("processing.change")
    def apply_import(self, preview: ImportPreview) -> ImportResult:
        """Do what the preview showed, all in one transaction (nothing if anything moved since it was read)."""
        with self.ctx.db.transaction() as s:
            now = self.ctx.now()
            for name, contact_name, contact_email in preview.departments_added:
                if s.execute(select(Department.id).where(Department.name_key == fold(name))).first():
                    raise InputError("file", "register-file.changed-meanwhile", reference=name)
                d = Department(name=name[:MAX_DEPARTMENT], name_key=fold(name)[:MAX_DEPARTMENT],
                               contact_name=contact_name, contact_email=contact_email, created_at=now, updated_at=now)
                s.add(d)
                s.flush()
                self.ctx.journal(s, "department.create", "department", str(d.id), name=d.name, imported=True)
            for name, contact_name, contact_email in preview.departments_changed:
                d = s.execute(select(Department).where(Department.name_key == fold(name))).scalar_one()
                d.contact_name, d.contact_email, d.updated_at = contact_name, contact_email, now
                self.ctx.journal(s, "department.change", "department", str(d.id), fields=["contact"], imported=True)
            s.flush()
            for item in preview.added:
                record = item.entry.record.copy()
                if s.execute(select(Processing.id).where(func.upper(Processing.reference) == record.reference)).first():
                    raise InputError("file", "register-file.changed-meanwhile", reference=record.reference)
                self._save_in(s, record, key=None, expected_version=None, change="imported")
            for item in preview.changed:
                record = item.entry.record.copy()
                row = _load(s, record.reference)
                if row.version != item.version:
                    raise InputError("file", "register-file.changed-meanwhile", reference=record.reference)
                self._save_in(s, record, key=row.id, expected_version=item.version, change="imported")
            added = tuple(i.entry.record.reference for i in preview.added)
            changed = tuple(i.entry.record.reference for i in preview.changed)
            self.ctx.journal(s, "register.import", "register", "processings", format=preview.format,
                             layout=preview.layout, added=len(added), changed=len(changed),
                             unchanged=len(preview.unchanged),
                             departments=len(preview.departments_added) + len(preview.departments_changed))
        return ImportResult(added, changed, len(preview.unchanged),
                            len(preview.departments_added) + len(preview.departments_changed))


def _department_name(s: Session, department_id: int | None) -> str:
    if department_id is None:
        return ""
    d = s.get(Department, department_id)
    return d.name if d else ""
