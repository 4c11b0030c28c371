#!/bin/sh
# tests/sh/no_outside_refs.sh: no tracked file points outside the repository.
#
# A user or maintainer has only the repository, so no file may cite a path of the project's
# working notes (a "shared/" directory) or a line of a policy text file by its number ("004:L123",
# "[004:1688]", "004 line 5451"). Cite the document number (文号) and clause instead. Prints a
# "not ok" line with file and line for every hit; run from any directory.
cd "$(dirname "$0")/../.." || exit 2
pass=0 fail=0
check() { # $1 name, $2 extended regex
  hits=$(git grep -n -I -E "$2" -- . ':!tests/sh/no_outside_refs.sh' 2>/dev/null | head -20)
  if [ -z "$hits" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "not ok - $1:"
    echo "$hits" | cut -c1-200 | sed 's/^/    /'
  fi
}
check "a path under shared/" '(^|[^A-Za-z0-9_])shared/(policy|reference|contracts|reviews|STYLE|briefs)?'
check "a line reference into a policy text file" '(^|[^0-9A-Za-z])00[0-9]:L?[0-9]{2,}|policy text 00[0-9]|(^|[^0-9])00[0-9] lines? [0-9]'
# The binary fuzz seeds are searched too (git grep -I skips binary files, so grep them directly).
bad=$(git ls-files tests/fuzz/corpus | while read -r f; do
  grep -a -q -E '(^|[^A-Za-z0-9_])shared/|00[0-9]:L[0-9]' "$f" && echo "$f"; done)
if [ -z "$bad" ]; then pass=$((pass + 1)); else
  fail=$((fail + 1)); echo "not ok - fuzz seeds mention shared/ or a policy-text line:"; echo "$bad" | sed 's/^/    /'; fi
echo "# no_outside_refs: $pass passed, $fail failed"
