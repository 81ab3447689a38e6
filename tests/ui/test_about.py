"""Help > About: the version, this installation, and every bundled component with its licence."""

from __future__ import annotations

from email.message import Message

import pytest
from PySide6.QtGui import QGuiApplication

from dpo_workbench import __version__
from dpo_workbench.ui import about_dialog as about
from dpo_workbench.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def metadata(**fields: str | list[str]) -> Message:
    meta = Message()
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            meta[name.replace("_", "-")] = item
    return meta


def test_the_licence_comes_from_the_expression_then_the_field_then_the_classifiers():
    assert about.licence_of(metadata(License_Expression="MIT", License="ignored")) == "MIT"
    assert about.licence_of(metadata(License="LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only")) == (
        "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only")
    long_text = "BSD license (see license.txt for details),\nCopyright (c) 2000-2024, ReportLab Inc."
    assert about.licence_of(metadata(License=long_text, Classifier=[
        "Programming Language :: Python", "License :: OSI Approved :: BSD License"])) == "BSD License"
    dual = metadata(License="Dual License", Classifier=["License :: OSI Approved :: BSD License",
                                                        "License :: OSI Approved :: Apache Software License"])
    assert about.licence_of(dual) == "BSD License / Apache Software License"
    assert about.licence_of(metadata(License="MIT License")) == "MIT License"  # no classifier to say better
    assert about.licence_of(metadata()) == ""


def by_name() -> dict[str, about.Component]:
    return {c.name.lower().replace("_", "-"): c for c in about.components()}


def test_the_components_are_the_installed_dependencies_of_the_application():
    components = by_name()
    # from their metadata: what pyproject.toml requires, and what those require in turn
    assert components["sqlalchemy"].licence == "MIT"
    assert components["cryptography"].licence == "Apache-2.0 OR BSD-3-Clause"
    assert components["pyside6-essentials"].licence.startswith("LGPL-3.0-only")
    assert "BSD" in components["reportlab"].licence
    assert {"jinja2", "markupsafe", "keyring", "alembic", "pypdf", "babel"} <= set(components)
    # optional extras and test tools are not part of the application
    assert not {"extract-msg", "pytest", "ruff", "mypy", "dpo-workbench"} & set(components)
    # described here, their versions asked of the running libraries
    assert components["qt"].licence == "LGPL-3.0-only" and components["qt"].version.startswith("6.")
    assert "community" in components["sqlcipher"].version
    assert components["python"].licence == "PSF-2.0"
    assert components["openssl"].version[0].isdigit()


def test_every_component_shows_a_licence_text_or_where_to_read_it():
    components = by_name()
    qt = about.licence_text(components["qt"])
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt and "GNU GENERAL PUBLIC LICENSE" in qt
    assert "Permission is hereby granted" in about.licence_text(components["sqlalchemy"])
    assert "Bitstream" in about.licence_text(components["dejavu sans"])
    assert "https://www.zetetic.net/sqlcipher/license/" in about.licence_text(components["sqlcipher"])
    assert "Apache License" in about.licence_text(components["openssl"])
    for component in components.values():
        assert component.licence, component.name
        assert about.licence_text(component).strip(), component.name


@pytest.fixture
def window(qtbot, workbench):
    w = MainWindow(workbench)
    qtbot.addWidget(w)
    return w


def test_help_about_shows_the_version_the_installation_and_the_licences(window, workbench, qtbot, data_dir):
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    dialog = window.findChild(about.AboutDialog)
    assert dialog is not None and dialog.isVisible()
    facts = dict(dialog.facts)
    assert facts["Data folder"] == str(data_dir)
    assert facts["Keys"].startswith("System keyring")  # the tests' in-memory keyring
    assert "Python package" in facts["Application"]

    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert names[0] == "Qt"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    dialog.table.selectRow(names.index("SQLAlchemy"))
    assert "Permission is hereby granted" in dialog.text.toPlainText()

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"DPO Workbench {__version__}\n")
    assert f"Data folder: {data_dir}" in copied and "SQLAlchemy" in copied
    dialog.close()


def test_a_licence_declared_nowhere_but_its_text_is_recognised(tmp_path):
    """IMAPClient declares no licence in its metadata; its COPYING is the BSD 3-clause text."""
    bsd = tmp_path / "COPYING"
    bsd.write_text("Redistribution and use in source and binary forms, with or without modification, are\n"
                   "permitted provided that ... Neither the name of the copyright holder nor ...", encoding="utf-8")
    mit = tmp_path / "LICENSE"
    mit.write_text("Permission is hereby granted, free of charge, to any person obtaining a copy", encoding="utf-8")
    unknown = tmp_path / "NOTICE"
    unknown.write_text("All rights reserved.", encoding="utf-8")
    assert about.licence_in_texts((bsd,)) == "BSD-3-Clause"
    assert about.licence_in_texts((unknown, mit)) == "MIT"
    assert about.licence_in_texts((unknown,)) == ""
    assert by_name()["imapclient"].licence == "BSD-3-Clause"
