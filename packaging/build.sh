#!/usr/bin/env bash
# Build the Linux desktop bundle: the wheel, staged; PyInstaller's one-folder application; the tarball.
#
#     packaging/build.sh [--stage-only]        (`make package` runs it with the project's venv)
#
# Output (dist/):
#   dpo-workbench/                                  the one-folder application (run dpo-workbench/dpo-workbench)
#   dpo-workbench-VERSION-linux-ARCH.tar.gz         that folder, the desktop files and install.sh
# --stage-only stops after staging the wheel (what the Windows and macOS builds start from).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
STAGE=build/package/site
WHEELS=build/package/wheel
APP_ID=fr.dpo_workbench.DPOWorkbench
started=$(date +%s)

version=$("$PYTHON" -c 'import re, pathlib; print(re.search(r"__version__ = \"(.+)\"", pathlib.Path("dpo_workbench/__init__.py").read_text()).group(1))')
arch=$(uname -m)

echo "== wheel"
rm -rf "$WHEELS" "$STAGE"
mkdir -p build/package
# no isolation: the build backend (setuptools) comes from the venv, so this works offline
"$PYTHON" -m build --wheel --no-isolation --outdir "$WHEELS" . >build/package/wheel.log 2>&1 \
  || { cat build/package/wheel.log; exit 1; }
wheel=$(ls "$WHEELS"/dpo_workbench-"$version"-*.whl)
echo "== staging $wheel"
"$PYTHON" -m pip install --quiet --no-deps --no-compile --target "$STAGE" "$wheel"
[ "${1:-}" = "--stage-only" ] && exit 0

echo "== PyInstaller"
DPO_WORKBENCH_STAGE="$PWD/$STAGE" "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/package/work packaging/dpo-workbench.spec

# every library the display plugins need must be in the bundle, or be one of the desktop's own that the
# spec leaves to the system (SYSTEM_LIBRARIES there: X11, xcb, Wayland, fonts, GL, D-Bus)
system='lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|xcb|xkbcommon|xkbcommon-x11|fontconfig|freetype|harfbuzz|graphite2|GL|EGL|GLX|OpenGL|GLdispatch|drm|gbm|wayland-[a-z]+|dbus-1|systemd|udev)[.]so'
missing=$(for plugin in dist/dpo-workbench/_internal/PySide6/Qt/plugins/platforms/lib{qxcb,qwayland}.so; do
  LD_LIBRARY_PATH=dist/dpo-workbench/_internal ldd "$plugin" | grep "not found" | grep -vE "^\s*$system" || true
done | sort -u)
if [ -n "$missing" ]; then
  echo "packaging/build.sh: the display plugins need libraries this build machine lacks, so they were not bundled:" >&2
  echo "$missing" >&2
  echo "install them (Debian: see packaging/README.md) and build again" >&2
  exit 1
fi

echo "== tarball"
name="dpo-workbench-$version-linux-$arch"
tree="build/package/$name"
rm -rf "$tree"
mkdir -p "$tree/share/applications" "$tree/share/metainfo" "$tree/share/icons/hicolor/scalable/apps"
cp -a dist/dpo-workbench "$tree/app"
cp packaging/linux/install.sh "$tree/install.sh"
cp packaging/linux/$APP_ID.desktop "$tree/share/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$tree/share/metainfo/"
cp resources/icons/dpo-workbench.svg "$tree/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cp LICENSE "$tree/LICENSE"
cat >"$tree/README.txt" <<EOF
DPO Workbench $version for Linux ($arch)

Install for yourself (into ~/.local, no administrator rights needed):
    ./install.sh
Install for every user of this computer (into /opt/dpo-workbench, as root):
    sudo ./install.sh --system
Remove it again:
    ./install.sh --uninstall        (or: sudo ./install.sh --system --uninstall)

Then start "DPO Workbench" from the applications menu, or run: dpo-workbench --help
Your data folder is never touched by installing or removing the application.
Or run it without installing: ./app/dpo-workbench
EOF
tar -C build/package -czf "dist/$name.tar.gz" "$name"
rm -rf "$tree"

bundle_mb=$(du -sm dist/dpo-workbench | cut -f1)
tar_mb=$(du -sm "dist/$name.tar.gz" | cut -f1)
echo "built dist/dpo-workbench ($bundle_mb MB) and dist/$name.tar.gz ($tar_mb MB) in $(( $(date +%s) - started )) s"
