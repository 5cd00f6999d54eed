#!/usr/bin/env bash
# bench/scenarios.sh [N] : every row of the performance targets (README "Performance", issue 11),
# ours beside Hugo on the same gen-corpus.py corpus, in one run, with the ratio against Hugo.
#
#   bench/scenarios.sh 10000            the 10k table (RUNS rounds, default 3)
#   BIG=100000 bench/scenarios.sh 10000 adds the 100,000-entry cold build in 1 GB of heap
#
# Each measurement runs under /usr/bin/time (wall, user+system CPU, peak RSS). Cold builds of ours
# and Hugo alternate, round by round, so both see the same machine load; medians are quoted, with
# the load average before and after. Ours runs through bin/relations-timeline, as users run it
# (its class archive is made by a warm-up run first). Needs hugo (Debian package) and the shared
# harness (../shared/bench, or BENCH_HARNESS) for the corpus generator and Hugo's site skeleton.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
main=$(cd "$here/.." && pwd)
harness=${BENCH_HARNESS:-$main/../shared/bench}
[ -d "$harness" ] || harness=/work/shared/bench
N=${1:-10000}
RUNS=${RUNS:-3}
BIG=${BIG:-}
work=${WORK:-${TMPDIR:-/tmp}/rt-bench}
mkdir -p "$work"
for tool in hugo python3 curl; do command -v $tool >/dev/null || { echo "scenarios.sh: $tool is missing (apt-get install $tool)" >&2; exit 2; }; done
[ -x /usr/bin/time ] || { echo "scenarios.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
[ -n "${SKIP_PACKAGE:-}" ] || (cd "$main" && mvn -B -q -o package -Dmaven.test.skip=true)
launcher=$main/bin/relations-timeline
results=$work/scenarios-$N.tsv
: > "$results"

corpus_for() { # corpus_for N : the generated corpus and Hugo's site for it, made once
  local n=$1 corpus=$work/corpus-$1
  [ -f "$corpus/.complete" ] || { rm -rf "$corpus"; python3 "$harness/gen-corpus.py" "$n" "$corpus" --seed 42 >/dev/null; touch "$corpus/.complete"; }
  [ -d "$work/hugo-$n" ] || bash "$harness/peers/prepare.sh" hugo "$corpus" "$work/hugo-$n" >/dev/null 2>&1
}

# measure NAME COMMAND : one timed run of a shell command (the functions below are exported),
# appended to the results as name, wall, CPU (user + system), peak RSS in KB (largest process)
measure() {
  local name=$1; shift
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" bash -c "$*" >/dev/null 2>"$work/stderr.txt"; then
    echo "scenarios.sh: $name failed:" >&2; grep -v '^[[:space:]]*at ' "$work/stderr.txt" | head -3 >&2
    # The big build is the one row that may fail (out of heap): say so in the table and go on.
    [ "$name" = ours-big ] || exit 1
    printf '%s\tfailed\t%s\t\n' "$name" "$(grep -m1 -o '[A-Za-z.]*Error[^\t]*' "$work/stderr.txt" | tr '\t' ' ')" >> "$results"
    return 0
  fi
  read -r wall user sys rss < "$work/time.txt"
  printf '%s\t%s\t%s\t%s\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$rss" >> "$results"
}

ours_build() { # ours_build N OUT [java options] : a build of corpus N into OUT
  local n=$1 out=$2; shift 2
  (cd "$work" && RT_JAVA_OPTS="$*" "$launcher" build --content "$work/corpus-$n/content" --templates "$main/templates" \
    --config "$here/site.yaml" --out "$out" --quiet)
}
clean_ours() { rm -rf "$1" "$work/.rt-cache/build/$(basename "$1")"; }
hugo_build() { hugo --quiet --source "$work/hugo-$1" --destination "$2"; }
export work main here launcher
export -f ours_build hugo_build

corpus_for "$N"
out=$work/ours-out-$N hout=$work/hugo-out-$N
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== warm-up (makes the launcher's class archives), load average $load_before"
clean_ours "$out"; ours_build "$N" "$out"; ours_build "$N" "$out"

echo "== cold builds, N=$N: ours and Hugo alternate, $RUNS rounds (output and caches removed before each)"
for i in $(seq "$RUNS"); do
  clean_ours "$out"; measure ours-cold ours_build "$N" "$out"
  rm -rf "$hout"; measure hugo-cold hugo_build "$N" "$hout"
done

echo "== rebuilds: nothing changed, one body edited, one title edited ($RUNS each, alternating)"
edit_file=$(find "$work/corpus-$N/content/entries" -name '*.md' | sort | tail -1)
cp "$edit_file" "$work/edit-original.md"
ours_build "$N" "$out"
for i in $(seq "$RUNS"); do
  measure ours-nochange ours_build "$N" "$out"
  echo "Benchmark edit $i." >> "$edit_file"
  measure ours-body ours_build "$N" "$out"
  sed -i "0,/^title: /s/^title: .*/& (edited $i)/" "$edit_file"
  measure ours-title ours_build "$N" "$out"
done
cp "$work/edit-original.md" "$edit_file"
ours_build "$N" "$out"

echo "== check and serve start-up on the shipped content ($RUNS each)"
shipped=$work/shipped
rm -rf "$shipped"; mkdir -p "$shipped"
cp -r "$main/content" "$main/site.yaml" "$shipped/"
[ -d "$main/templates" ] && cp -r "$main/templates" "$shipped/"
(cd "$shipped" && "$launcher" check >/dev/null 2>&1 || true)
# serve builds its preview into .rt-cache/serve of the project and keeps it between runs, with
# the preview's address (so its port) in every page: an editor restarting serve on its usual port
# gets an incremental build. So every run uses one port, as an editor does; "first-ever" removes
# the preview folder first.
serve_port=$((20000 + RANDOM % 20000))
first_request() { # first_request NAME : the time from starting serve to its first answered request
  local start pid
  start=$(date +%s.%N)
  (cd "$shipped" && exec "$launcher" serve --port "$serve_port" >/dev/null 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$serve_port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "scenarios.sh: serve exited" >&2; exit 1; }
    sleep 0.02
  done
  printf '%s\t%s\t\t\n' "$1" "$(echo "$(date +%s.%N) - $start" | bc)" >> "$results"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
first_request serve-warmup # makes the serve archive and the preview folder
# check answers from its record when nothing changed since the last check; the row after it edits
# one entry first, so that check reads (and parses) that file again, as after an editor's save. It
# edits a copy of its own, so that serve's restarts below still find the content they last built.
edited=$work/shipped-edited
rm -rf "$edited"; mkdir -p "$edited"
cp -r "$main/content" "$main/site.yaml" "$edited/"
check_file=$(find "$edited/content/entries" -name '*.md' | sort | head -1)
for i in $(seq "$RUNS"); do
  measure check "cd $shipped && $launcher check"
  printf '\nBenchmark edit %s.\n' "$i" >> "$check_file"
  measure check-edited "cd $edited && $launcher check"
  first_request serve-first
  rm -rf "$shipped/.rt-cache/serve"
  first_request serve-first-ever
done

if [ -n "$BIG" ]; then
  echo "== cold build, N=$BIG, -Xmx1g (one run)"
  corpus_for "$BIG"
  clean_ours "$work/ours-out-$BIG"; measure ours-big ours_build "$BIG" "$work/ours-out-$BIG" -Xmx1g
  clean_ours "$work/ours-out-$BIG"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$results" "$N" "$BIG" "$load_before" "$load_after" "$RUNS" <<'PY'
import statistics, sys
path, n, big, before, after, runs = sys.argv[1:]
rows = {}
for line in open(path):
    name, wall, cpu, rss = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
    if wall == "failed":
        rows.setdefault(name + "-failed", []).append(cpu)
        continue
    rows.setdefault(name, []).append((float(wall), float(cpu) if cpu else None, int(rss) if rss else None))
def med(name, i=0): return statistics.median(r[i] for r in rows[name])
hugo = med("hugo-cold")
def verdict(ok): return "met" if ok else "not met"
print(f"\n| scenario, N={int(n):,} | target | ours | Hugo | ratio | result |")
print("|---|---|---:|---:|---:|---|")
cold = med("ours-cold")
print(f"| cold full build, wall (CPU) | ≤ 0.5× Hugo | {cold:.1f} s ({med('ours-cold',1):.1f} s) | {hugo:.1f} s ({med('hugo-cold',1):.1f} s) | {cold/hugo:.2f} | {verdict(cold/hugo <= 0.5)} |")
rss, hrss = med("ours-cold", 2) / 1024, med("hugo-cold", 2) / 1024
print(f"| peak RSS of that build | ≤ 0.33× Hugo | {rss:,.0f} MB | {hrss:,.0f} MB | {rss/hrss:.2f} | {verdict(rss/hrss <= 0.33)} |")
for name, label in (("ours-nochange", "rebuild, nothing changed"), ("ours-body", "rebuild, one entry's body edited"), ("ours-title", "rebuild, one entry's title edited")):
    t = med(name)
    print(f"| {label}, wall (CPU) | ≤ 0.05× Hugo's cold | {t:.2f} s ({med(name,1):.1f} s) | {hugo:.1f} s | {t/hugo:.3f} | {verdict(t/hugo <= 0.05)} |")
c, s, f = med("check"), med("serve-first"), med("serve-first-ever")
print(f"| `check`, shipped content | ≤ 0.5 s | {c:.2f} s | | | {verdict(c <= 0.5)} |")
ce = med("check-edited")
print(f"| `check`, shipped content, one entry edited just before | ≤ 0.5 s | {ce:.2f} s | | | {verdict(ce <= 0.5)} |")
print(f"| `serve`, start to first answered request (restart) | ≤ 1.5 s | {s:.2f} s | | | {verdict(s <= 1.5)} |")
print(f"| `serve`, the same with no preview folder yet | ≤ 1.5 s | {f:.2f} s | | | {verdict(f <= 1.5)} |")
if big and "ours-big-failed" in rows:
    print(f"| cold build, {int(big):,} entries, -Xmx1g | ≤ 10.5× the {int(n):,} time | failed: {rows['ours-big-failed'][0]} | | | not met |")
elif big:
    b = med("ours-big")
    print(f"| cold build, {int(big):,} entries, -Xmx1g | ≤ 10.5× the {int(n):,} time | {b:.1f} s, {med('ours-big',2)/1024:,.0f} MB RSS | | {b/cold:.1f}× | {verdict(b/cold <= 10.5)} |")
print("| publishing on GitHub Pages after one edit | incremental | build cache kept by actions/cache (PagesWorkflowTest) | | | met when RT_SEAL_KEY is set |")
print(f"\nMedians of {runs} alternating runs; load average {before} before, {after} after.")
PY
