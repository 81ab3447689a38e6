#!/usr/bin/env bash
# macOS: "DPO Workbench.app" (the spec's BUNDLE) and a DMG to drag it into Applications.
#
#     packaging/macos/build-dmg.sh          (on a Mac, from any folder; Python 3.11+ from python.org or Homebrew)
#
# Output: dist/DPO Workbench.app and dist/dpo-workbench-VERSION-macos-ARCH.dmg
# Signing and notarisation (needed for Gatekeeper to open it without a warning) use the company's
# Developer ID: set CODESIGN_IDENTITY (e.g. "Developer ID Application: ...") and NOTARY_PROFILE (a
# profile saved with `xcrun notarytool store-credentials`); without them the image is built unsigned.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "build-dmg.sh: run it on macOS" >&2; exit 1; }

python3 -m venv .venv-macos
.venv-macos/bin/pip install --quiet -e '.[package]'
PYTHON=.venv-macos/bin/python packaging/build.sh --stage-only
DPO_WORKBENCH_STAGE="$PWD/build/package/site" .venv-macos/bin/python -m PyInstaller --noconfirm --clean \
  --distpath dist --workpath build/package/work packaging/dpo-workbench.spec

app="dist/DPO Workbench.app"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' dpo_workbench/__init__.py)
dmg="dist/dpo-workbench-$version-macos-$(uname -m).dmg"

# the command line inside the bundle answers, as on Linux and Windows
"$app/Contents/MacOS/dpo-workbench" --version

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi

staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "DPO Workbench $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [ -n "${CODESIGN_IDENTITY:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  codesign --sign "$CODESIGN_IDENTITY" --timestamp "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "built $app and $dmg"
