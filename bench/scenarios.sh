#!/usr/bin/env bash
# bench/scenarios.sh [N] : the performance scenarios of the README, ours beside Hugo on the same
# gen-corpus.py corpus, timed with hyperfine (medians of RUNS runs, whole process incl. JVM start)
# and /usr/bin/time -v for peak memory. Needs hugo and hyperfine (Debian packages) and the shared
# harness (../shared/bench, or BENCH_HARNESS) for the corpus generator and Hugo's site skeleton.
#   bench/scenarios.sh 10000          cold, no-change, one-edit and memory at 10k
#   bench/scenarios.sh 100000         adds nothing new: the same at 100k (use RUNS=1)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
main=$(cd "$here/.." && pwd)
harness=${BENCH_HARNESS:-$main/../shared/bench}
N=${1:-10000}
RUNS=${RUNS:-5}
work=${WORK:-${TMPDIR:-/tmp}/rt-bench}
mkdir -p "$work"
for tool in hugo hyperfine python3; do command -v $tool >/dev/null || { echo "scenarios.sh: $tool is missing (apt-get install $tool)" >&2; exit 2; }; done
(cd "$main" && mvn -B -q package -Dmaven.test.skip=true)
jar=$main/target/relations-timeline.jar
corpus=$work/corpus-$N
[ -f "$corpus/.complete" ] || { rm -rf "$corpus"; python3 "$harness/gen-corpus.py" "$N" "$corpus" --seed 42 >/dev/null; touch "$corpus/.complete"; }
hsite=$work/hugo-$N
[ -d "$hsite" ] || bash "$harness/peers/prepare.sh" hugo "$corpus" "$hsite" 2>/dev/null
out=$work/ours-out-$N
hout=$work/hugo-out-$N
ours="java ${JAVA_OPTS:-} -jar $jar build --content $corpus/content --templates $main/templates --config $here/site.yaml --out $out --quiet"
hugo="hugo --quiet --source $hsite --destination $hout"
clean_ours="rm -rf $out $work/.ours-out-$N.*"
edit_file=$(find "$corpus/content/entries" -name '*.md' | sort | tail -1)
json=$work/scenarios-$N

echo "== cold build, N=$N (ours and Hugo alternate; output folders and caches removed before each run)"
hyperfine -N --runs "$RUNS" --export-json "$json-cold.json" \
  --prepare "$clean_ours" -n ours "$ours" --prepare "rm -rf $hout" -n hugo "$hugo"

echo "== rebuild with nothing changed"
$ours
hyperfine -N --runs "$RUNS" --warmup 1 --export-json "$json-nochange.json" -n ours-nochange "$ours"

echo "== rebuild after editing one entry (a sentence appended before each run)"
hyperfine -N --runs "$RUNS" --export-json "$json-edit.json" \
  --prepare "sh -c 'echo Benchmark edit. >> $edit_file'" -n ours-edit "$ours"

echo "== peak memory of a cold build (maximum resident set size, median of 3)"
rss() { for i in 1 2 3; do eval "$2" >/dev/null 2>&1; /usr/bin/time -f %M $1 >/dev/null 2>"$work/rss.txt" || true; tail -1 "$work/rss.txt"; done | sort -n | sed -n 2p; }
ours_rss=$(rss "$ours" "$clean_ours")
hugo_rss=$(rss "$hugo" "rm -rf $hout")

python3 - "$json" "$ours_rss" "$hugo_rss" "$N" <<'PY'
import json, sys
base, ours_rss, hugo_rss, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
def med(name, cmd):
    for r in json.load(open(f"{base}-{name}.json"))["results"]:
        if r["command"] == cmd: return r["median"]
cold_ours, cold_hugo = med("cold", "ours"), med("cold", "hugo")
nochange, edit = med("nochange", "ours-nochange"), med("edit", "ours-edit")
print(f"\n| scenario (N={n}) | ours | Hugo | ratio |")
print("|---|---:|---:|---:|")
print(f"| cold full build, median s | {cold_ours:.2f} | {cold_hugo:.2f} | {cold_ours/cold_hugo:.2f} |")
print(f"| rebuild, nothing changed, median s | {nochange:.2f} | | {nochange/cold_ours:.0%} of our cold |")
print(f"| rebuild, one entry edited, median s | {edit:.2f} | | {edit/cold_ours:.0%} of our cold |")
print(f"| peak RSS of a cold build, MB | {ours_rss/1024:.0f} | {hugo_rss/1024:.0f} | {ours_rss/hugo_rss:.2f} |")
PY
