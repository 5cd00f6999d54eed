#!/usr/bin/env bash
# bench/run.sh [N ...] : the shared peer harness (../shared/bench/run.sh: Hugo, Eleventy, Jekyll,
# JBake) with our build plugged in, so one command prints our figures beside the peers'.
# Defaults to PEERS="hugo ours"; set PEERS to run more. BENCH_HARNESS overrides where the harness is.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
main=$(cd "$here/.." && pwd)
harness=${BENCH_HARNESS:-$main/../shared/bench}
[ -f "$harness/run.sh" ] || { echo "bench/run.sh: no harness at $harness (set BENCH_HARNESS)" >&2; exit 2; }
(cd "$main" && mvn -B -q package -Dmaven.test.skip=true)
work=${WORK:-${TMPDIR:-/tmp}/rt-bench}
copy=$work/harness
rm -rf "$copy"; mkdir -p "$copy"; cp -r "$harness"/. "$copy"/; chmod -R u+w "$copy"
# The harness's copy of ours.sh must find this project: call ours.sh from the checkout instead.
printf '#!/usr/bin/env bash\nexec bash %q "$@"\n' "$here/ours.sh" > "$copy/ours.sh"
PEERS=${PEERS:-"hugo ours"} WORK="$work" bash "$copy/run.sh" "$@"
