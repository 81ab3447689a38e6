"""The register's files: export -> import round trips (XLSX, ODS, CSV; both layouts; through LibreOffice when it is
installed), the preview, and malformed files refused whole with the place named."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from dpo_workbench.core import register as reg
from dpo_workbench.demo import load_register
from dpo_workbench.errors import InputError


@pytest.fixture
def demo_register(workbench):
    load_register(workbench)
    # texts a spreadsheet could mistake for formulas, spaces, tabs and blank lines inside a cell
    p = workbench.register.get("TRT-001").record
    workbench.register.save(p.copy(joint_controllers="=SUM(A1) is a text\n  indented\tline",
                                   sensitive_details={"fr": "- tiret en tête\n\nligne après une ligne vide",
                                                      "en": "@handle + 'quote'"}), key="TRT-001")
    return workbench


def records(workbench) -> dict[str, reg.Processing]:
    return {p.reference: p for p, _at in workbench.register.as_of()}


CASES = [("xlsx", "rows"), ("ods", "rows"), ("csv", "rows"), ("xlsx", "cnil"), ("ods", "cnil")]


@pytest.mark.parametrize("fmt, layout", CASES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_export_reads_back_as_the_same_register(demo_register, fmt, layout, lang):
    data = demo_register.register.export(fmt, layout, lang=lang)
    preview = demo_register.register.read_import(data=data, name=f"register.{fmt}")
    assert (preview.format, preview.layout) == (fmt, layout)
    assert preview.added == [] and preview.changed == [] and preview.departments_changed == []
    assert sorted(preview.unchanged) == sorted(records(demo_register))


@pytest.mark.parametrize("fmt, layout", CASES)
def test_an_export_imported_into_an_empty_folder_rebuilds_the_register(demo_register, fmt, layout, tmp_path, clock):
    from dpo_workbench.workbench import Workbench

    data = demo_register.register.export(fmt, layout)
    fresh = Workbench.open(tmp_path / "other", clock=clock, actor="dpo-test")
    try:
        preview = fresh.register.read_import(data=data, name=f"register.{fmt}")
        assert len(preview.added) == len(records(demo_register)) and len(preview.departments_added) == 5
        result = fresh.register.apply_import(preview)
        assert set(result.added) == set(records(demo_register))
        assert records(fresh) == records(demo_register)
        assert {(d.name, d.contact_name, d.contact_email) for d in fresh.register.departments()} == {
            (d.name, d.contact_name, d.contact_email) for d in demo_register.register.departments()}
        assert fresh.register.history("TRT-003")[0].change == "imported"
    finally:
        fresh.close()


def test_the_preview_shows_each_change_and_the_import_applies_them_in_one_go(demo_register):
    from openpyxl import load_workbook

    data = demo_register.register.export("xlsx", "rows")
    book = load_workbook(io.BytesIO(data))
    ws = book.active
    heading = [c.value for c in ws[1]]
    ws.cell(row=2, column=heading.index("Durées de conservation — anglais") + 1).value = "Five years"
    ws.cell(row=3, column=heading.index("Catégories de personnes concernées") + 1).value = "Clients\nSalariés"
    new_row = [c.value for c in ws[2]]
    new_row[heading.index("Référence")] = ""
    new_row[heading.index("Nom du traitement — français")] = "Nouveau traitement"
    new_row[heading.index("Service responsable")] = "Juridique"
    new_row[heading.index("Contact du service (e-mail)")] = "juridique@example.org"
    ws.append(new_row)
    for cell in ws[ws.max_row]:
        cell.data_type = "s"  # openpyxl takes a copied "=SUM(A1) is a text" for a formula otherwise
    out = io.BytesIO()
    book.save(out)
    preview = demo_register.register.read_import(data=out.getvalue(), name="edited.xlsx")
    assert [i.entry.record.reference for i in preview.added] == ["TRT-007"]
    assert {i.entry.record.reference: i.fields for i in preview.changed} == {
        "TRT-001": ("retention",), "TRT-002": ("subjects",)}
    assert [d[0] for d in preview.departments_added] == ["Juridique"]
    before = len(demo_register.register.history("TRT-001"))
    demo_register.register.apply_import(preview)
    assert demo_register.register.get("TRT-001").record.retention["en"] == "Five years"
    assert demo_register.register.get("TRT-002").record.subjects == ("customer", "employee")
    assert demo_register.register.get("TRT-007").department.name == "Juridique"
    assert len(demo_register.register.history("TRT-001")) == before + 1
    # the same preview again: the register moved since, nothing more is written
    with pytest.raises(InputError) as moved:
        demo_register.register.apply_import(preview)
    assert moved.value.code == "register-file.changed-meanwhile"
    assert demo_register.register.count() == 7


# -- malformed files: refused whole, the place named -------------------------------------------------------


def refused(workbench, data: bytes, name: str) -> InputError:
    before = records(workbench)
    with pytest.raises(InputError) as caught:
        workbench.register.read_import(data=data, name=name)
    assert records(workbench) == before
    return caught.value


def edited_xlsx(workbench, change) -> bytes:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(workbench.register.export("xlsx", "rows")))
    change(book.active)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_missing_columns_are_named(demo_register):
    error = refused(demo_register, edited_xlsx(demo_register, lambda ws: ws.delete_cols(12, 2)), "r.xlsx")
    assert error.code == "register-file.missing-columns" and "Responsables conjoints" in str(error)


def test_merged_cells_are_named(demo_register):
    error = refused(demo_register, edited_xlsx(demo_register, lambda ws: ws.merge_cells("C3:D3")), "r.xlsx")
    assert error.code == "register-file.merged" and "C3:D3" in str(error) and "Registre" in str(error)


def test_a_formula_is_named_by_its_cell(demo_register):
    def formula(ws):
        ws["E4"] = "=1+1"
    error = refused(demo_register, edited_xlsx(demo_register, formula), "r.xlsx")
    assert error.code == "register-file.formula" and "E4" in str(error)


def test_ten_thousand_rows_are_refused_before_anything_is_compared(demo_register):
    def grow(ws):
        row = [c.value for c in ws[2]]
        for i in range(10_000):
            row[0] = f"TRT-{i + 100:05d}"
            ws.append(row)
    error = refused(demo_register, edited_xlsx(demo_register, grow), "r.xlsx")
    assert error.code == "register-file.too-many-rows" and "5000" in str(error).replace(",", "")


def test_a_duplicate_reference_names_both_rows(demo_register):
    def duplicate(ws):
        ws.append([c.value for c in ws[3]])
    error = refused(demo_register, edited_xlsx(demo_register, duplicate), "r.xlsx")
    assert error.code == "register-file.duplicate" and "row 3" in str(error) and "row 9" in str(error)


def test_a_value_that_does_not_fit_names_its_cell_and_column(demo_register):
    def bad(ws):
        heading = [c.value for c in ws[1]]
        ws.cell(row=5, column=heading.index("Données sensibles") + 1).value = "Horoscope"
    error = refused(demo_register, edited_xlsx(demo_register, bad), "r.xlsx")
    assert error.code == "register-file.bad-value"
    assert "Données sensibles" in str(error) and "Horoscope" in str(error) and "5" in str(error)


def test_an_unknown_column_is_named(demo_register):
    def extra(ws):
        ws.cell(row=1, column=ws.max_column + 1).value = "Commentaire"
    error = refused(demo_register, edited_xlsx(demo_register, extra), "r.xlsx")
    assert error.code == "register-file.unknown-columns" and "Commentaire" in str(error)


def test_a_csv_that_is_not_utf8_names_the_row(demo_register):
    text = demo_register.register.export("csv").decode("utf-8-sig")
    error = refused(demo_register, text.encode("cp1252", errors="replace"), "r.csv")
    assert error.code == "register-file.not-utf8" and "row 1, column A" in str(error) and "CSV UTF-8" in str(error)


def test_a_french_excel_csv_with_semicolons_reads(demo_register):
    import csv

    rows = list(csv.reader(io.StringIO(demo_register.register.export("csv").decode("utf-8-sig"))))
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    preview = demo_register.register.read_import(data=out.getvalue().encode("utf-8"), name="excel.csv")
    assert len(preview.unchanged) == len(records(demo_register)) and not preview.changed


def test_damaged_and_foreign_files_are_refused(demo_register):
    assert refused(demo_register, b"PK\x03\x04 not a zip", "r.xlsx").code == "register-file.unreadable"
    assert refused(demo_register, b"hello", "r.ods").code == "register-file.unreadable"
    assert refused(demo_register, b"hello", "r.pdf").code == "register-file.format-unknown"
    assert refused(demo_register, "\ufeff".encode(), "r.csv").code == "register-file.empty"


def test_an_ods_with_merged_cells_or_a_formula_is_refused(demo_register):
    data = demo_register.register.export("ods", "rows")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        content = z.read("content.xml").decode()
        parts = {n: z.read(n) for n in z.namelist()}
    merged = content.replace('<table:table-cell office:value-type="string"',
                             '<table:table-cell table:number-columns-spanned="2" office:value-type="string"', 1)
    formula = content.replace('<table:table-cell office:value-type="string"',
                              '<table:table-cell table:formula="of:=1+1" office:value-type="string"', 1)
    for changed, code in ((merged, "register-file.merged"), (formula, "register-file.formula")):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            z.writestr("mimetype", parts["mimetype"], compress_type=zipfile.ZIP_STORED)
            for name, body in parts.items():
                if name != "mimetype":
                    z.writestr(name, changed if name == "content.xml" else body)
        assert refused(demo_register, out.getvalue(), "r.ods").code == code


def test_csv_has_no_cnil_layout(demo_register):
    with pytest.raises(InputError) as caught:
        demo_register.register.export("csv", "cnil")
    assert caught.value.code == "register-file.csv-cnil"


def test_an_export_is_journaled_without_personal_data(demo_register):
    from sqlalchemy import select

    from dpo_workbench.store.models import AuditEntry

    demo_register.register.export("ods", "cnil", lang="en")
    with demo_register.db.reading() as s:
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
    assert entry.action == "register.export" and '"layout":"cnil"' in entry.details
    assert "Exemple" not in entry.details


# -- through LibreOffice ---------------------------------------------------------------------------------

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc)")
@pytest.mark.parametrize("source, target, layout", [("xlsx", "ods", "rows"), ("ods", "xlsx", "rows"),
                                                    ("xlsx", "ods", "cnil"), ("ods", "xlsx", "cnil")])
def test_a_round_trip_through_libreoffice_keeps_the_register(demo_register, tmp_path, source, target, layout):
    exported = tmp_path / f"register.{source}"
    exported.write_bytes(demo_register.register.export(source, layout))
    out = tmp_path / "converted"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([str(LIBREOFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                    "--outdir", str(out), str(exported)], check=True, capture_output=True, timeout=240)
    converted = Path(out / f"register.{target}")
    preview = demo_register.register.read_import(converted)
    assert preview.added == [] and preview.departments_added == [] and preview.departments_changed == []
    # LibreOffice keeps every field, line breaks, blank lines, leading spaces, texts starting with = + - @ and
    # both languages; it drops one thing: a tab character inside a cell
    [changed] = preview.changed
    assert changed.entry.record.reference == "TRT-001" and changed.fields == ("joint_controllers",)
    assert changed.entry.record.joint_controllers == "=SUM(A1) is a text\n  indentedline"
    assert sorted(preview.unchanged) == sorted(set(records(demo_register)) - {"TRT-001"})
