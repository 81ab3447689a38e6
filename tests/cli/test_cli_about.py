"""`about`: the version, the data folder and the bundled components with their licences."""

from __future__ import annotations

import json

from dpo_workbench import __version__


def test_about_lists_the_components_without_opening_the_data_folder(run, data_dir):
    code, out, err = run("about", "--format", "json")
    assert (code, err) == (0, "")
    about = json.loads(out)
    assert about["version"] == __version__ and about["data_folder"] == str(data_dir)
    components = {c["name"]: c for c in about["components"]}
    assert components["Qt"]["licence"] == "LGPL-3.0-only"
    assert components["SQLAlchemy"]["licence"] == "MIT" and components["SQLAlchemy"]["licence_texts"]
    assert "extract-msg" not in components  # optional (GPL-3.0): never part of the application
    assert not data_dir.exists()  # nothing was created


def test_about_as_a_table(run):
    code, out, _ = run("about")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"DPO Workbench {__version__}")
    assert any(line.split()[:1] == ["SQLAlchemy"] and line.endswith("MIT") for line in lines)
