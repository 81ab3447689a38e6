"""`register list|show|export|print|import` from the command line."""

from __future__ import annotations

import json
import os
import stat

import pytest

from dpo_workbench.demo import load_register


@pytest.fixture
def filled(data_dir, clock):
    from dpo_workbench.workbench import Workbench

    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    load_register(wb)
    wb.close()


def test_list_and_show(run, filled):
    code, out, _ = run("register", "list")
    assert code == 0 and "TRT-003" in out and "DPIA required" in out and "SST-001" not in out
    code, out, _ = run("register", "list", "--processor", "--format", "json")
    assert [r["reference"] for r in json.loads(out)] == ["SST-001"]
    code, out, _ = run("register", "show", "TRT-003", "--lang", "en")
    assert code == 0 and "DPIA required" in out and "Profiling using data from external sources" in out
    code, out, _ = run("register", "show", "TRT-003", "--format", "json")
    assert json.loads(out)["dpia_screening"]["status"] == "required"
    code, _, err = run("register", "show", "TRT-404")
    assert code == 2 and "No processing TRT-404" in err


def test_export_then_import_is_a_round_trip_and_files_are_private(run, filled, tmp_path):
    for fmt, layout in (("xlsx", "cnil"), ("ods", "rows"), ("csv", "rows")):
        out = tmp_path / f"register.{fmt}"
        code, text, err = run("register", "export", "--format", fmt, "--layout", layout, "--out", str(out))
        assert code == 0, err
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
        code, text, _ = run("register", "import", str(out))
        assert code == 0 and "0 to add, 0 to change, 7 unchanged" in text and "Nothing to import" in text
    code, _, err = run("register", "export", "--format", "csv", "--layout", "cnil", "--out", str(tmp_path / "x.csv"))
    assert code == 2 and "CNIL layout" in err and not (tmp_path / "x.csv").exists()
    code, text, _ = run("register", "print", "--out", str(tmp_path / "r.pdf"), "--lang", "en")
    assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_import_dry_run_prints_the_changes_and_a_bad_file_exits_2_naming_the_place(run, filled, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "register.xlsx"
    run("register", "export", "--format", "xlsx", "--out", str(out))
    book = load_workbook(out)
    ws = book.active
    heading = [c.value for c in ws[1]]
    ws.cell(row=2, column=heading.index("Durées de conservation — français") + 1).value = "Dix ans"
    book.save(out)
    code, text, _ = run("register", "import", str(out), "--dry-run")
    assert code == 0 and "~ TRT-001" in text and "Retention periods (fr)" in text and "-> Dix ans" in text
    assert "Dry run: nothing imported." in text
    code, text, _ = run("register", "show", "TRT-001")
    assert "Dix ans" not in text
    ws["D3"] = "=A1"
    book.save(out)
    code, _, err = run("register", "import", str(out))
    assert code == 2 and "cell D3 holds a formula" in err and err.count("\n") == 1
    code, text, _ = run("register", "show", "TRT-001")
    assert "Dix ans" not in text
