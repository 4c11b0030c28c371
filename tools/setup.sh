#!/bin/sh
# tools/setup.sh: set up renshe on a fresh Debian 12 machine, in a clone of this repository.
#
# Usage:  tools/setup.sh              install the Debian packages, build dist/renshe.so, run the demo
#         tools/setup.sh --packages   install the packages only (.ci/run uses this)
#
# Works as root without sudo (containers, CI images) and as a user with sudo: sudo is used only
# when not root. Packages already installed are not asked for again, so a user without sudo on
# a machine that has them all can still run it. The package list below is the one place that
# names them (README.md "Set up" and .ci/run point here).
set -eu
cd "$(dirname "$0")/.."
PACKAGES="build-essential sqlite3 libsqlite3-dev liblua5.4-dev libcsv-dev libb64-dev libjansson-dev clang libclang-rt-14-dev valgrind libdqlite-dev go-dqlite"

only_packages=0
case "${1:-}" in
  --packages) only_packages=1 ;;
  "") ;;
  *) echo "tools/setup.sh: unknown option '$1' (usage: tools/setup.sh [--packages])" >&2; exit 2 ;;
esac

missing=""
for p in $PACKAGES; do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "tools/setup.sh: apt-get not found: this script is for Debian 12; install the equivalents of:$missing" >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "tools/setup.sh: not root and no sudo: run it as root, or install these packages first:$missing" >&2
      exit 1
    fi
  fi
  echo "tools/setup.sh: installing$missing"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y $missing
else
  echo "tools/setup.sh: every package is installed"
fi
[ "$only_packages" -eq 1 ] && exit 0
make demo
