#!/bin/sh
# tests/sh/setup_script.sh: tools/setup.sh, the README's first command, on the machines it meets.
#
# Runs tools/setup.sh with stand-ins for id, sudo, apt-get, dpkg-query and make on a PATH of its
# own (nothing is installed or built; each stand-in logs its call), as root without sudo, as a
# user with sudo, as a user without sudo, and with every package already installed; checks the
# commands it ran and its exit status.
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
check() { # $1 name, $2 expected, $3 got
  if [ "$2" = "$3" ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "not ok - $1"; echo "    expected: $2" | head -c 600; echo; echo "    got:      $3" | head -c 600; echo; fi
}
# stand-ins: $T/<case>/bin; FAKE_UID, FAKE_INSTALLED (1: every package installed), LOG
mkbin() { # $1 dir, $2 with sudo (1/0)
  mkdir -p "$1"
  for t in dirname env cat; do ln -s "$(command -v $t)" "$1/$t"; done
  printf '#!/bin/sh\necho "${FAKE_UID:-0}"\n' > "$1/id"
  printf '#!/bin/sh\n[ "${FAKE_INSTALLED:-0}" = 1 ] && printf "install ok installed" || exit 1\n' > "$1/dpkg-query"
  printf '#!/bin/sh\necho "apt-get $1" >> "$LOG"\n' > "$1/apt-get"
  printf '#!/bin/sh\necho "make $*" >> "$LOG"\n' > "$1/make"
  [ "$2" = 1 ] && printf '#!/bin/sh\necho "sudo" >> "$LOG"\nexec "$@"\n' > "$1/sudo"
  chmod +x "$1"/*
}
mkbin "$T/nosudo" 0
mkbin "$T/sudo" 1
run() { # $1 bin dir, $2 uid, $3 installed, $4... args; sets LOGTXT and RC
  LOG="$T/log"; : > "$LOG"
  b=$1 u=$2 i=$3; shift 3
  FAKE_UID=$u FAKE_INSTALLED=$i LOG=$LOG PATH="$b" /bin/sh "$ROOT/tools/setup.sh" "$@" > "$T/out" 2>&1
  RC=$?
  LOGTXT=$(tr '\n' ';' < "$LOG")
}
run "$T/nosudo" 0 0
check "root without sudo: apt-get without sudo, then make demo" "0 apt-get update;apt-get install;make demo;" "$RC $LOGTXT"
run "$T/sudo" 1000 0
check "user with sudo: apt-get through sudo, then make demo" "0 sudo;apt-get update;sudo;apt-get install;make demo;" "$RC $LOGTXT"
run "$T/nosudo" 1000 0
check "user without sudo, packages missing: exit 1, nothing run" "1 " "$RC $LOGTXT"
check "user without sudo: the message says what to do" "1" "$(grep -c 'not root and no sudo: run it as root, or install these packages first: build-essential' "$T/out")"
run "$T/nosudo" 1000 1
check "user without sudo, every package installed: no apt-get, make demo" "0 make demo;" "$RC $LOGTXT"
run "$T/sudo" 0 0 --packages
check "--packages: as root, install only" "0 apt-get update;apt-get install;" "$RC $LOGTXT"
run "$T/sudo" 0 1 --bogus
check "an unknown option: exit 2, nothing run" "2 " "$RC $LOGTXT"
# .ci/run and the README use this script, and name no other package list.
check ".ci/run installs through tools/setup.sh --packages" "1" "$(grep -c '^tools/setup.sh --packages$' .ci/run)"
check ".ci/run has no package list of its own" "0" "$(grep -c 'apt-get' .ci/run)"
check "README.md's set-up command is tools/setup.sh" "1" "$(grep -c '^tools/setup.sh$' README.md)"
echo "# setup_script: $pass passed, $fail failed"
