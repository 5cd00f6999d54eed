#!/usr/bin/env bash
# bench/search.sh : what search queries download at 50,000 entries. Builds the search index of
# the generated corpus (GeneratedCorpus, seed 2024: titles, summaries and Markdown bodies of 60-160
# words) and reads it as search.js does (IndexReader), printing per query the hits, the requests
# after the manifest (and how many of them find the words), the round trips after it and the bytes
# before and after gzip: the everyday queries, exact, one-typo and two-typo forms side by side, the
# groups and how often a word needs more than one file. The same run asserts the bounds (SearchIndexScaleTest).
# Takes a few minutes on a loaded machine; offline.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
main=$(cd "$here/.." && pwd)
cd "$main"
log=${TMPDIR:-/tmp}/rt-search-bench.log
mvn -B -o -q test -Dtest=SearchIndexScaleTest -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || {
  echo "bench/search.sh: SearchIndexScaleTest failed, see $log" >&2
  grep -E '^\[ERROR\]   ' "$log" >&2 || true
  exit 1
}
# The test prints its tables (everyday queries, typo queries, groups, files per word); show them
# without Maven's noise and colour codes.
sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -v '^\['
