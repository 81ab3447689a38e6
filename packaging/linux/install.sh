#!/bin/sh
# Install DPO Workbench from this unpacked tarball, for you (default) or for every user (--system).
#
#     ./install.sh                      into ~/.local/lib/dpo-workbench, links in ~/.local (no administrator rights)
#     sudo ./install.sh --system        into /opt/dpo-workbench, with links in /usr/local
#     ./install.sh --prefix DIR         the application in DIR/lib/dpo-workbench, links in DIR/bin, DIR/share
#     ./install.sh --uninstall [--system | --prefix DIR]
#
# What it installs is listed in the application folder (installed-files.txt), which --uninstall reads.
# The data folder (~/.local/share/dpo-workbench, or --data-dir) is never touched.
set -eu

APP_ID=fr.dpo_workbench.DPOWorkbench
HERE=$(cd "$(dirname "$0")" && pwd)
mode=user
action=install
prefix=

usage() {
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit "$1"
}

choose() {
  if [ "$mode" != user ] && [ "$mode" != "$1" ]; then
    echo "install.sh: choose one of --system and --prefix" >&2
    exit 2
  fi
  mode=$1
}

while [ $# -gt 0 ]; do
  case "$1" in
    --system) choose system ;;
    --user) ;;
    --prefix) [ $# -ge 2 ] || usage 2; choose prefix; prefix=$2; shift ;;
    --uninstall) action=uninstall ;;
    -h|--help) usage 0 ;;
    *) echo "install.sh: unknown option $1" >&2; usage 2 ;;
  esac
  shift
done

case "$mode" in
  user)
    data_home=${XDG_DATA_HOME:-$HOME/.local/share}
    app_dir="$HOME/.local/lib/dpo-workbench"  # never under the data folder (~/.local/share/dpo-workbench)
    bin_dir="$HOME/.local/bin"
    share="$data_home"
    ;;
  system)
    if [ "$(id -u)" != 0 ]; then
      echo "install.sh: --system installs for every user: run it as root (sudo ./install.sh --system)" >&2
      exit 1
    fi
    app_dir=/opt/dpo-workbench
    bin_dir=/usr/local/bin
    share=/usr/local/share
    ;;
  prefix)
    prefix=$(mkdir -p "$prefix" && cd "$prefix" && pwd)
    app_dir="$prefix/lib/dpo-workbench"
    bin_dir="$prefix/bin"
    share="$prefix/share"
    ;;
esac
manifest="$app_dir/installed-files.txt"

refresh_caches() {
  # only a theme that has an icon cache already (a system one): a new cache in ~/.local would go stale
  if [ -f "$share/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q "$share/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "$action" = uninstall ]; then
  if [ ! -f "$manifest" ]; then
    echo "install.sh: DPO Workbench is not installed in $app_dir" >&2
    exit 1
  fi
  while IFS= read -r path; do
    [ -n "$path" ] && rm -f "$path"
  done <"$manifest"
  rm -rf "$app_dir"
  refresh_caches
  echo "DPO Workbench removed from $app_dir (your data folder was left as it is)."
  exit 0
fi

[ -x "$HERE/app/dpo-workbench" ] || { echo "install.sh: run it from the unpacked tarball (app/ is missing)" >&2; exit 1; }

# a new version replaces the old one whole: no file of the old one is left behind
if [ -f "$manifest" ]; then
  while IFS= read -r path; do [ -n "$path" ] && rm -f "$path"; done <"$manifest"
fi
rm -rf "$app_dir.new"
mkdir -p "$(dirname "$app_dir")"
cp -R "$HERE/app" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"

mkdir -p "$bin_dir" "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
ln -sf "$app_dir/dpo-workbench" "$bin_dir/dpo-workbench"
# the menu entry starts this installation, whether or not bin_dir is on the PATH
sed -e "s|^Exec=dpo-workbench|Exec=$app_dir/dpo-workbench|" -e "s|^TryExec=dpo-workbench|TryExec=$app_dir/dpo-workbench|" \
  "$HERE/share/applications/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$share/icons/hicolor/scalable/apps/"
cat >"$manifest" <<EOF
$bin_dir/dpo-workbench
$share/applications/$APP_ID.desktop
$share/metainfo/$APP_ID.metainfo.xml
$share/icons/hicolor/scalable/apps/$APP_ID.svg
EOF
refresh_caches

echo "DPO Workbench $("$app_dir/dpo-workbench" --version | cut -d' ' -f2) installed in $app_dir."
echo "Start it from the applications menu (DPO Workbench), or run: $bin_dir/dpo-workbench"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "Note: $bin_dir is not on your PATH; the menu entry works all the same." ;;
esac
