#!/usr/bin/env bash
# ours.sh CORPUS_DIR OUT_DIR : our build of a gen-corpus.py corpus, as the shared harness calls its peers.
# Uses the project's theme and bench/site.yaml (the corpus's topics), so timings include no warning flood.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
main=$(cd "$here/.." && pwd)
corpus=$(cd "$1" && pwd)
mkdir -p "$2"; out=$(cd "$2" && pwd)
exec java ${JAVA_OPTS:-} -jar "$main/target/relations-timeline.jar" build --content "$corpus/content" \
  --templates "$main/templates" --config "$here/site.yaml" --out "$out" --quiet
