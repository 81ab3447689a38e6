"""Translations: the shipped .ts/.qm are complete and current, they load, and no visible text escapes them.

French holds every message; English only the plural (%n) ones, the other English
texts being the source texts. `make translations` refreshes both from the code.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

import dpo_workbench.errors
import dpo_workbench.ui
from dpo_workbench.core.lifecycle import State
from dpo_workbench.ui.widgets import i18n, labels

I18N_DIR = Path(str(files("dpo_workbench.resources").joinpath("i18n")))
UI_DIR = Path(dpo_workbench.ui.__file__).parent
UI_FILES = sorted(UI_DIR.rglob("*.py"))
ERRORS_FILE = Path(dpo_workbench.errors.__file__)  # the catalogue of messages, marked with QT_TRANSLATE_NOOP
LANGUAGES = ("fr", "en")


def ts_path(language: str) -> Path:
    return I18N_DIR / f"dpo_workbench_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"dpo_workbench_{language}.qm"


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to the running Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found: it comes with PySide6-Essentials"
    return found


def messages(path: Path) -> list[dict]:
    """The messages of a .ts file: context, source, numerus, translation type and text(s)."""
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            texts = ([form.text or "" for form in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            out.append({"context": name, "source": message.findtext("source"), "numerus": numerus,
                        "type": translation.get("type"), "texts": texts})
    return out


def placeholders(text: str) -> Counter:
    """%1, %2, %n, Python's {name} fields (the "Core" rule messages) and the HTML tags, counted."""
    return Counter(re.findall(r"%(?:\d+|n)|\{[A-Za-z_]\w*\}|<[^<>]+>", text))


def test_placeholders_catch_qt_and_python_fields():
    source = "The answer is late: the deadline was {due} (%1, <b>%n</b>)."
    assert placeholders(source) == Counter({"{due}": 1, "%1": 1, "%n": 1, "<b>": 1, "</b>": 1})
    assert placeholders("La réponse est tardive : échéance au {due} (%1, <b>%n</b>).") == placeholders(source)
    for wrong in ("La réponse est tardive (%1, <b>%n</b>).",  # {due} dropped
                  "La réponse est tardive : échéance au {echeance} (%1, <b>%n</b>).",  # renamed
                  "La réponse est tardive : échéance au {due} {due} (%1, <b>%n</b>).",  # doubled
                  "La réponse est tardive : échéance au {due} (%2, <b>%n</b>).",
                  "La réponse est tardive : échéance au {due} (%1, %n)."):
        assert placeholders(wrong) != placeholders(source), wrong


# -- (a) the .ts files: complete, placeholders kept -------------------------------------------------------------


def test_french_ts_is_complete_and_keeps_placeholders():
    root = ET.parse(ts_path("fr")).getroot()
    assert root.get("language", "").startswith("fr") and root.get("sourcelanguage", "en").startswith("en")
    found = messages(ts_path("fr"))
    assert len(found) >= 140, "the French .ts lost messages"
    contexts = {m["context"] for m in found}
    assert {"Labels", "Timeline", "Settings", "MainWindow", "RegisterModel", "RequestPanel"} <= contexts
    problems = []
    for m in found:
        where = f"{m['context']}: {m['source']!r}"
        if m["type"] is not None:
            problems.append(f"{where} is {m['type']}")
        if m["numerus"] and len(m["texts"]) != 2:
            problems.append(f"{where} needs 2 plural forms for French (0-1, then 2+), has {len(m['texts'])}")
        for text in m["texts"]:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif placeholders(text) != placeholders(m["source"]):
                problems.append(f"{where}: placeholders or tags differ in {text!r}")
    assert not problems, "\n".join(problems)
    assert sum(m["numerus"] for m in found) >= 6


def test_english_ts_holds_only_the_plural_messages_with_both_forms():
    root = ET.parse(ts_path("en")).getroot()
    assert root.get("language", "").startswith("en")
    found = messages(ts_path("en"))
    french_numerus = {(m["context"], m["source"]) for m in messages(ts_path("fr")) if m["numerus"]}
    assert {(m["context"], m["source"]) for m in found} == french_numerus
    for m in found:
        assert m["numerus"] and m["type"] is None, m
        singular, plural = m["texts"]
        assert placeholders(singular) == placeholders(plural) == placeholders(m["source"]), m
        assert "(s)" not in singular + plural, m
        assert singular != plural, m


def test_ts_files_hold_exactly_the_messages_of_the_code(tmp_path):
    """A tr()/translate() added, changed or removed in the code without `make translations` fails here."""
    fresh = tmp_path / "fresh_fr.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-source-language", "en",
                    "-target-language", "fr", *map(str, UI_FILES), str(ERRORS_FILE), "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = {(m["context"], m["source"], m["numerus"]) for m in messages(fresh)}
    shipped = {(m["context"], m["source"], m["numerus"]) for m in messages(ts_path("fr"))}
    assert in_code, "lupdate found no message in the code"
    assert not in_code - shipped, f"not in the .ts yet (run `make translations`): {sorted(in_code - shipped)}"
    assert not shipped - in_code, f"no longer in the code (run `make translations`): {sorted(shipped - in_code)}"


# -- (b) the shipped .qm files are compiled from the current .ts ------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_qm_is_up_to_date(tmp_path, language):
    compiled = tmp_path / f"dpo_workbench_{language}.qm"
    result = subprocess.run([qt_tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(compiled)],
                            check=True, capture_output=True, text=True)
    assert " 0 unfinished" in result.stdout, result.stdout
    assert compiled.read_bytes() == qm_path(language).read_bytes(), "run `make translations`"


# -- (c) choosing the language --------------------------------------------------------------------------------------


def test_resolve_language_follows_the_system_unless_a_language_is_set():
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    belgian = QLocale(QLocale.Language.French, QLocale.Country.Belgium)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.resolve_language("auto", french) == "fr"
    assert i18n.resolve_language("auto", belgian) == "fr"
    assert i18n.resolve_language("auto", english) == "en"
    assert i18n.resolve_language("auto", german) == "en"
    assert i18n.resolve_language("en", french) == "en"
    assert i18n.resolve_language("fr", english) == "fr"


# -- (d) installed translations --------------------------------------------------------------------------------------




def translate(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_french_translations_are_used_once_installed(install):
    assert translate("Labels", "Access") == "Access"
    translators = install("fr")
    assert len(translators) == 2, "ours and Qt's own (qtbase_fr) are both expected"
    assert translate("Labels", "Access") == "Accès"
    assert translate("Labels", "Awaiting identity") == "Justificatif demandé"
    # "j" (jour) keeps "45 j de retard" inside the 100-pixel "Jours restants" column
    assert translate("Labels", "%n day(s) late", 1) == "1 j de retard"
    assert translate("Labels", "%n day(s) late", 45) == "45 j de retard"
    assert translate("Labels", "%n day(s)", 1) == "1 jour"
    assert translate("Labels", "%n day(s)", 3) == "3 jours"
    assert translate("MainWindow", "%n request(s)", 0) == "0 demande"  # French: 0 takes the singular
    assert translate("MainWindow", "%n request(s)", 26) == "26 demandes"
    assert labels.days_left_text(-3, State.OPEN) == "3 j de retard"
    assert labels.days_left_text(0, State.OPEN) == "dernier jour"
    assert labels.days_left_text(5, State.OPEN) == "5 jours"
    assert labels.days_left_text(None, State.AWAITING_IDENTITY) == "suspendu"
    assert labels.right_labels()[next(iter(labels.right_labels()))] == "Accès"
    assert translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's standard buttons
    assert QLocale().language() == QLocale.Language.French


def test_english_plurals_are_used_once_installed(install):
    assert translate("Labels", "%n day(s) late", 3) == "3 day(s) late"  # the raw source text
    install("en")
    assert translate("Labels", "Access") == "Access"
    assert translate("Labels", "%n day(s) late", 1) == "1 day late"
    assert translate("Labels", "%n day(s) late", 3) == "3 days late"
    assert translate("Labels", "%n day(s)", 1) == "1 day"
    assert labels.days_left_text(-3, State.OPEN) == "3 days late"
    assert translate("MainWindow", "%n request(s)", 1) == "1 request"
    assert translate("MainWindow", "%n request(s)", 26) == "26 requests"
    assert translate("MainWindow", "%n request(s)", 0) == "0 requests"


def test_french_rule_messages_read_as_french_sentences(install):
    """The words plugged into {what}/{action}/{state} are translated with their templates: no "de le", no "de a"."""
    from datetime import date

    from dpo_workbench.errors import WORDS, Message, TransitionError
    from dpo_workbench.ui.widgets import messages

    # {what}: the steps dated by lifecycle._check_date; {action}: the acts refused by "already-state"
    whats = ("identity-request", "identity-receipt", "extension", "answer", "closing", "withdrawal")
    actions = ("ask-identity", "extend", "answer-request", "close", "withdraw", "record-identity-check")
    vault_words = {"stored key ring", "key ring in the system keyring", "key file", "master key", "data key",
                   "a value is missing", "a value is not base64", "not valid JSON", "keys are missing",
                   "unknown key derivation or cipher", "scrypt parameters", "salt or nonce"}
    # the part of a backup or recovery file found damaged: {detail}
    backup_words = {"header", "content", "not a recovery file", "the key ring does not decrypt",
                    "the escrow does not decrypt", "the escrow is not this key's", "database", "vault file",
                    "template", "key ring", "manifest", "missing entries", "not a folder", "not writable",
                    "unreadable"}
    # what a team database, or a data folder, cannot do: {what} of team.only and team.not-on-server
    team_words = {"list users", "show the signed-in user", "add a user", "remove a user",
                  "change a user's passphrase", "keep a user's key in the keyring",
                  "forget a user's key in the keyring", "rotate the team key", "load the key ring from a key store",
                  "save the key ring to a key store", "give a file path of the vault",
                  "create master keys (the team key is made by init)", "unlock a data folder",
                  "open a SQLite database", "use a SQLCipher key",
                  "re-key a SQLite database (the team key rotates with 'team rotate-key')",
                  "back up a data folder (a team database is backed up with pg_dump)",
                  "make a recovery key (each user unlocks the team key with their own passphrase)",
                  "save master keys", "change a user's role"}
    # the roles and the actions of the roles' policy: {role}, {roles} and {action} of team.not-allowed / not-assigned
    from dpo_workbench.core.roles import POLICY, ROLES

    policy_words = set(ROLES) | {rule.needs() for rule in POLICY.values()} | set(POLICY)
    assert set(whats) | set(actions) | vault_words | backup_words | team_words | policy_words == set(WORDS), \
        "a new word: say where it goes"
    install("fr")
    day = date(2026, 11, 2)
    sentences = []
    for what in whats:
        for code in ("date-before-receipt", "date-before-previous-step", "date-in-future"):
            sentences.append(messages.text(Message(code, what=what, on=day, received=day, previous=day)))
    for state in ("answered", "closed", "withdrawn"):
        sentences += [messages.text(Message("already-state", action=action, state=state)) for action in actions]
        sentences.append(messages.text(Message("id-copy-request-not-open", state=state)))
    for sentence in sentences:
        assert not re.search(r"\b(?:de|à) les?\b|\bde de\b|\bde [aeiouyéèêh]", sentence, re.IGNORECASE), sentence
        assert "{" not in sentence and sentence.startswith(("La ", "Impossible ")), sentence
    assert messages.text(Message("date-in-future", what="withdrawal", on=day)) == (
        "La date du retrait (2\u00a0nov.\u00a02026) est postérieure à la date du jour.")
    assert messages.text(TransitionError("already-state", action="close", state="closed")) == (
        "Impossible de clôturer la demande\u00a0: la demande a déjà le statut «\u00a0clôturée\u00a0».")
    assert messages.text(Message("backup.damaged", path="b.dpobak", detail="header")).startswith(
        "b.dpobak est endommagée (son en-tête a été modifié ou tronqué)\u00a0:")
    assert "(vault file)" not in messages.text(Message("backup.manifest-mismatch", path="b", detail="vault file"))
    for word in team_words:
        for code in ("team.only", "team.not-on-server"):
            sentence = messages.text(Message(code, what=word))
            assert "{" not in sentence and WORDS[word] not in sentence, sentence  # the French words, not the English
    for action, rule in POLICY.items():
        sentence = messages.text(Message("team.not-allowed", login="rita", role="reader", action=action,
                                         roles=rule.needs()))
        assert "{" not in sentence and WORDS[action] not in sentence and sentence.startswith("rita est lecteur"), \
            sentence
    assert messages.text(Message("team.not-allowed", login="rita", role="reader", action="document.open",
                                 roles="dpo or deputy")) == (
        "rita est lecteur\u00a0: seul un DPO ou adjoint peut ouvrir les documents d’une demande. Rien n’a été fait.")
    assert messages.text(Message("team.not-on-server", what="open a SQLite database")) == (
        "Une base d’équipe ne permet pas ceci\u00a0: ouvrir une base SQLite. Cela relève du dossier de données "
        "d’une seule personne.")


def test_removing_the_translators_restores_the_source_texts(qapp):
    translators = i18n.install(qapp, "fr")
    assert translate("Labels", "Access") == "Accès"
    i18n.remove(qapp, translators)
    assert translate("Labels", "Access") == "Access"


def test_widget_tr_contexts_match_the_ts(install, workbench):
    """PySide's self.tr() looks up the class name, which is the context lupdate wrote."""
    from dpo_workbench.ui.main_window import MainWindow

    install("fr")
    window = MainWindow(workbench)
    try:
        header = [window.model.headerData(i, Qt.Orientation.Horizontal) for i in range(window.model.columnCount())]
        assert header[:3] == ["Référence", "Demandeur", "Droits"]
        assert window.new_action.text() == "Nouvelle demande…"
        assert window.result_count.text() == "0 demande"
        assert window.panel.buttons["extend"].text() == "Proroger…"
    finally:
        window.close()
        window.deleteLater()


# -- (e) no visible text bypasses translation -------------------------------------------------------------------------

# Setters whose first argument is shown to the user.
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip", "setWhatsThis", "setTitle",
    "setDetailedText", "setInformativeText", "setHtml", "setLabelText", "showMessage", "addItem", "insertItem",
    "setItemText", "addRow", "insertRow", "addTab", "setTabText", "addAction", "addMenu", "setPrefix",
    "setSuffix", "setSpecialValueText",
}
# Constructors (and project helpers) whose first argument is shown to the user.
TEXT_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolBar", "QMenu",
    "QToolButton", "QCommandLinkButton", "CountCard", "ActionDialog", "_dialog",
}
# Static message boxes: (parent, title, text, ...).
MESSAGE_BOX_FUNCTIONS = {"warning", "information", "critical", "question", "about"}
TEXT_KEYWORDS = {"text", "title", "caption", "label", "reason", "warn_text", "placeholder", "tooltip"}
TRANSLATE_FUNCTIONS = {"tr", "translate"}
# Language names stay in their own language in a language chooser.
ENDONYMS = {"Français", "English"}


def has_words(text: str) -> bool:
    """Words need translating; '—', '•', ' (', ': ', '\\n' and '#e7f1ff'-like data do not."""
    return bool(re.search(r"[^\W\d_]{2,}", text)) and not re.fullmatch(r"#[0-9a-fA-F]{3,8}", text)


class Scan(ast.NodeVisitor):
    """Finds visible-text arguments that are not built from translated parts."""

    def __init__(self, filename: str):
        self.filename = filename
        self.sites = 0  # calls whose visible text was checked
        self.translated = 0  # calls with a tr()/translate() in their visible text
        self.problems: list[str] = []
        self._function: list[str] = []
        self._saw_translation = False

    def problem(self, node: ast.AST, message: str) -> None:
        self.problems.append(f"{self.filename}:{node.lineno}: {message}")

    # -- what is a translated text ---------------------------------------------------------------------

    def is_translate_call(self, node: ast.AST) -> bool:
        if not isinstance(node, ast.Call):
            return False
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return name in TRANSLATE_FUNCTIONS

    def check_translate_call(self, node: ast.Call) -> None:
        """lupdate extracts only literal texts: tr("..."), translate("Context", "...").

        The one exception: the catalogue of `dpo_workbench.errors`, translated by code in its own
        contexts (CONTEXT, WORD_CONTEXT), whose texts lupdate finds where they are written.
        """
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
        needed = 1 if name == "tr" else 2
        literal = len(node.args) >= needed and all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:needed])
        catalogue = (name == "translate" and len(node.args) >= 2 and isinstance(node.args[0], ast.Name)
                     and node.args[0].id in ("CONTEXT", "WORD_CONTEXT") and not isinstance(node.args[1], ast.Constant))
        if not (literal or catalogue):
            self.problem(node, f"{name}() needs literal context/text for lupdate")

    def text_ok(self, node: ast.AST | None, site: ast.AST) -> bool:
        """True if `node` is translated, dynamic, or a literal without words; reports literal words."""
        if node is None:
            return True
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str) and has_words(node.value):
                self.problem(site, f"visible literal {node.value!r} is not translated")
                return False
            return True
        if isinstance(node, ast.JoinedStr):  # f-string: the literal parts must be wordless
            return all(self.text_ok(v.value if isinstance(v, ast.FormattedValue) else v, site) for v in node.values)
        if isinstance(node, ast.BinOp):
            return self.text_ok(node.left, site) & self.text_ok(node.right, site)
        if isinstance(node, ast.IfExp):
            return self.text_ok(node.body, site) & self.text_ok(node.orelse, site)
        if isinstance(node, ast.BoolOp):
            return all([self.text_ok(v, site) for v in node.values])
        if isinstance(node, ast.Call):
            if self.is_translate_call(node):
                self._saw_translation = True
                return True
            if isinstance(node.func, ast.Attribute):  # "sep".join(...), tr(...).replace(...): the receiver decides
                return self.text_ok(node.func.value, site)
            return True  # a function's result: checked where that function builds it
        return True  # names, attributes, subscripts: values built elsewhere

    def check_site(self, node: ast.Call, args: list[ast.AST]) -> None:
        args = [a for a in args if a is not None]
        if not args:
            return
        self.sites += 1
        self._saw_translation = False
        for arg in args:
            self.text_ok(arg, node)
        self.translated += self._saw_translation

    # -- where visible texts go ----------------------------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function.append(node.name)
        self.generic_visit(node)
        self._function.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if isinstance(value, ast.Attribute) and value.attr in TRANSLATE_FUNCTIONS:
            self.problem(node, "an alias of translate() hides the texts from lupdate: call it by its name")
        self.generic_visit(node)

    def visit_Return(self, node: ast.Return) -> None:
        """The `*_labels()` dictionaries: every label translated (language names excepted)."""
        if self._function and self._function[-1].endswith("_labels") and isinstance(node.value, ast.Dict):
            for value in node.value.values:
                if isinstance(value, ast.Constant) and value.value in ENDONYMS:
                    continue
                self.sites += 1
                if self.is_translate_call(value):
                    self.translated += 1
                elif self.text_ok(value, node):
                    self.problem(node, f"label {ast.unparse(value)} is not translated")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in TRANSLATE_FUNCTIONS:
            self.check_translate_call(node)
        keywords = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        if name in TEXT_SETTERS or name in TEXT_CONSTRUCTORS:
            first = node.args[0] if node.args else None
            # addAction(QAction) / addRow(widget) / addTab(widget, text): only texts are checked
            if name in ("addTab", "insertItem", "setItemText", "setTabText") and len(node.args) > 1:
                first = node.args[1]
            self.check_site(node, [first, *keywords])
        elif name == "QMessageBox" or (isinstance(func, ast.Attribute) and name in MESSAGE_BOX_FUNCTIONS
                                       and isinstance(func.value, ast.Name) and func.value.id == "QMessageBox"):
            self.check_site(node, [*node.args[1:3], *keywords])
        elif keywords:
            self.check_site(node, keywords)
        self.generic_visit(node)


def scan(source: str, filename: str = "<test>") -> Scan:
    visitor = Scan(filename)
    visitor.visit(ast.parse(source, filename))
    return visitor


def test_the_scan_catches_untranslated_texts():
    """The checker itself: each bad line is reported, each good one is not."""
    bad = [
        'QLabel("Hello")',
        'w.setText("Save the request")',
        'w.setText(f"Total: {n}")',
        'w.setWindowTitle("Settings" if x else self.tr("Settings"))',
        'QMessageBox.warning(self, "Oops", text)',
        'QMessageBox(QMessageBox.Icon.Critical, "DPO Workbench", text)',
        'combo.addItem("All states", None)',
        'edit.setPlaceholderText("Search".upper())',
        'w.setText(self.tr(text))',
        't = QCoreApplication.translate',
        'QCoreApplication.translate(CONTEXT, "Access")',
        'self._dialog(self.tr("Extend"), reason="Why?")',
        'form.addRow("Notes", self.notes)',
        'def right_labels():\n    return {1: QCoreApplication.translate("Labels", "Access"), 2: "Erasure"}',
    ]
    for line in bad:
        assert scan(line).problems, f"not caught: {line}"
    good = [
        'QLabel(self.tr("Hello"))',
        'w.setText(self.tr("Due date was %1.").replace("%1", day))',
        'w.setText(f"{count}\\n{self.caption}")',
        'w.setText(value or "—")',
        'w.setText("\\n".join(lines))',
        'w.setWindowTitle(f"{title} — {org.name}" if org else title)',
        'QMessageBox.warning(self, self.tr("Not possible"), str(exc))',
        'QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "DPO Workbench"), text)',
        'combo.addItem(label, state)',
        'w.setDisplayFormat("dd/MM/yyyy")',
        'CountCard(self.tr("open"), "#e7f1ff", "#9ec5fe", "#084298")',
        'def choice_labels():\n    return {"auto": QCoreApplication.translate("Settings", "Auto"), "fr": "Français"}',
    ]
    for line in good:
        assert not scan(line).problems, f"wrongly reported: {line}: {scan(line).problems}"


def test_no_visible_text_bypasses_translation():
    names = {p.relative_to(UI_DIR).as_posix() for p in UI_FILES}
    assert {"main_window.py", "requests/panel.py", "requests/new_request.py", "settings/dialog.py",
            "widgets/labels.py", "requests/register_model.py", "app.py"} <= names
    sites = translated = 0
    problems = []
    for path in UI_FILES:
        result = scan(path.read_text(encoding="utf-8"), path.relative_to(UI_DIR).as_posix())
        sites += result.sites
        translated += result.translated
        problems += result.problems
    assert not problems, "\n".join(problems)
    # the scan really looked: the UI has well over a hundred places where a text is shown
    assert sites >= 100, sites
    assert translated >= 60, translated
