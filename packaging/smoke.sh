#!/usr/bin/env bash
# Smoke test of the frozen Linux application, as a person would use it (`make smoke`; CI runs it after
# `make package`). It needs the bundle, the tarball and a few command-line tools (pdffonts:
# poppler-utils; desktop-file-validate: desktop-file-utils; appstreamcli: appstream); the system's
# python3 only reads a JSON answer.
#
#     packaging/smoke.sh [dist]
#
# Checks: the desktop file and AppStream metadata validate; `--version`; `about` lists every bundled
# component with its licence and licence text; `demo` on a new data folder
# (so the migrations run from the bundle); `due --format json`; a letter whose PDF embeds its fonts and
# is readable by its owner only; `audit verify`; the GUI starting offscreen in French and in English with
# its translations and quitting by itself; the tarball's install.sh installing, validating and removing.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
APP="$DIST/dpo-workbench/dpo-workbench"
APP_ID=fr.dpo_workbench.DPOWorkbench
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' dpo_workbench/__init__.py)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "smoke: $*"; }
for tool in pdffonts desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install poppler-utils desktop-file-utils appstream)"
done
[ -x "$APP" ] || fail "$APP is missing: run 'make package' first"

# no display, no keyring, no data folder from the caller: the passphrase file, from the environment
export QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
export DPO_WORKBENCH_PASSPHRASE="smoke test passphrase, long enough"
unset DPO_WORKBENCH_HOME DPO_WORKBENCH_BENCH_EXIT DISPLAY WAYLAND_DISPLAY
export LC_ALL=C.UTF-8 LANG=C.UTF-8

step "desktop file and AppStream metadata"
desktop-file-validate "packaging/linux/$APP_ID.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "packaging/linux/$APP_ID.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "packaging/linux/$APP_ID.metainfo.xml" \
  || fail "the metainfo has no <release> entry for version $version"

step "--version"
[ "$("$APP" --version)" = "dpo-workbench $version" ] || fail "--version says '$("$APP" --version)'"

data="$work/data"
step "demo"
"$APP" --data-dir "$data" demo | grep -q "requests created" || fail "demo"
[ -s "$data/workbench.db" ] || fail "no database after demo"

step "due --format json"
"$APP" --data-dir "$data" due --format json >"$work/due.json"
reference=$(grep -o '"DSR-[0-9]*-[0-9]*"' "$work/due.json" | head -1 | tr -d '"')
[ -n "$reference" ] || fail "due --format json lists no request: $(head -c 300 "$work/due.json")"

step "letter $reference acknowledgement"
"$APP" --data-dir "$data" letter "$reference" acknowledgement --lang fr --out "$work/letter.pdf" >/dev/null
[ -s "$work/letter.pdf" ] || fail "no PDF written"
[ "$(stat -c %a "$work/letter.pdf")" = 600 ] || fail "the PDF is readable by others ($(stat -c %a "$work/letter.pdf"))"
pdffonts "$work/letter.pdf" >"$work/fonts.txt"
grep -q "DejaVuSans" "$work/fonts.txt" || fail "the letter does not use DejaVu Sans: $(cat "$work/fonts.txt")"
# columns: name type encoding emb sub uni object ID; every font embedded
awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' "$work/fonts.txt" || fail "a font is not embedded: $(cat "$work/fonts.txt")"

step "audit verify"
"$APP" --data-dir "$data" audit verify >/dev/null || fail "audit verify"

for language in fr en; do
  step "GUI offscreen ($language): first window, then quit"
  locale=$([ "$language" = fr ] && echo fr_FR.UTF-8 || echo en_GB.UTF-8)
  : >"$data/logs/dpo-workbench.log"
  out=$(LANG=$locale LC_ALL=$locale DPO_WORKBENCH_BENCH_EXIT=1 timeout 120 "$APP" --data-dir "$data" 2>"$work/gui.err") \
    || fail "the GUI exited with an error: $(tail -5 "$work/gui.err")"
  grep -q "^first-page-shown " <<<"$out" || fail "the GUI never showed its first page: $out $(tail -5 "$work/gui.err")"
  grep -q "frozen; language $language, translations qtbase_$language.qm, dpo_workbench_$language.qm" \
    "$data/logs/dpo-workbench.log" || fail "translations ($language): $(cat "$data/logs/dpo-workbench.log")"
  ! grep -q "Traceback" "$work/gui.err" || fail "a traceback: $(cat "$work/gui.err")"
done

step "about: every bundled component with its licence (from the bundled metadata)"
"$APP" about --format json >"$work/about.json"
python3 - "$work/about.json" "$version" <<'PY' || fail "about --format json: $(head -c 600 "$work/about.json")"
import json, sys
about = json.load(open(sys.argv[1]))
assert about["version"] == sys.argv[2] and about["frozen"] is True, about
parts = {c["name"].lower(): c for c in about["components"]}
for name in ("qt", "pyside6_essentials", "sqlalchemy", "reportlab", "cryptography", "keyring", "sqlcipher",
             "openssl", "python", "dejavu sans"):
    assert name in parts, name
assert all(c["licence"] for c in about["components"]), [c for c in about["components"] if not c["licence"]]
assert parts["sqlalchemy"]["licence"] == "MIT" and "LICENSE" in parts["sqlalchemy"]["licence_texts"]
assert parts["qt"]["licence_texts"] == ["LGPL-3.0.txt", "GPL-3.0.txt"]
assert "community" in parts["sqlcipher"]["version"]
assert parts["python"]["licence_texts"], "Python's licence text is not bundled"
assert parts["dejavu sans"]["licence_texts"] == ["LICENSE-DejaVu.txt"]
assert "extract-msg" not in parts
PY

step "what the bundle holds"
internal="$DIST/dpo-workbench/_internal"
for dist in dpo_workbench pyside6_essentials sqlalchemy reportlab cryptography keyring; do
  compgen -G "$internal/${dist}-*.dist-info" >/dev/null || compgen -G "$internal/${dist^}-*.dist-info" >/dev/null \
    || ls "$internal" | grep -qi "^${dist}-.*\.dist-info$" || fail "no metadata of $dist (the About dialog lists it)"
done
for unwanted in extract_msg PySide6/QtWebEngineCore.abi3.so libQt6Quick.so.6 libQt6WebEngineCore.so.6 libgtk-3.so.0; do
  [ ! -e "$internal/$unwanted" ] || fail "$unwanted should not be bundled"
done

step "tarball: install.sh into a prefix, validate, uninstall"
tarball="$DIST/dpo-workbench-$version-linux-$(uname -m).tar.gz"
[ -f "$tarball" ] || fail "$tarball is missing"
tar -C "$work" -xzf "$tarball"
prefix="$work/prefix"
"$work/dpo-workbench-$version-linux-$(uname -m)/install.sh" --prefix "$prefix" >/dev/null
[ "$("$prefix/bin/dpo-workbench" --version)" = "dpo-workbench $version" ] || fail "the installed command"
desktop-file-validate "$prefix/share/applications/$APP_ID.desktop" || fail "installed desktop file"
grep -q "^Exec=$prefix/lib/dpo-workbench/dpo-workbench" "$prefix/share/applications/$APP_ID.desktop" \
  || fail "the installed desktop file does not start the installed application"
appstreamcli validate --no-net "$prefix/share/metainfo/$APP_ID.metainfo.xml" >/dev/null || fail "installed metainfo"
[ -f "$prefix/share/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "icon not installed"
"$work/dpo-workbench-$version-linux-$(uname -m)/install.sh" --prefix "$prefix" --uninstall >/dev/null
left=$(find "$prefix" -type f)
[ -z "$left" ] || fail "uninstall left files behind: $left"
[ -s "$data/workbench.db" ] || fail "the data folder was touched"

echo "smoke: all passed in $(( $(date +%s) - started )) s (bundle $(du -sm "$DIST/dpo-workbench" | cut -f1) MB, tarball $(du -sm "$tarball" | cut -f1) MB)"
