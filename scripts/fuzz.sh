#!/usr/bin/env bash
# Fuzzes each Jazzer @FuzzTest for a bounded time (maxDuration in its annotation: 60 s each).
# renderingTimeIsBoundedByLength fails on a body whose rendering time is not bounded by its length.
# The normal test run replays the kept inputs only; this script searches for new ones.
#
# A finding fails the script and is written as a crash-* file under
# src/test/resources/<package>/<TestClass>Inputs/<method>/, which every later test run replays:
# fix the bug, keep the file (give it a readable name), and commit both.
#
# Run after the test suite (it uses the dependencies that run resolved, offline).
set -euo pipefail
cd "$(dirname "$0")/.."

# test class#method | libraries to instrument as well, so the fuzzer sees their branches
targets=(
  "org.relationstimeline.content.FrontMatterFuzzTest#frontMatterLoading|org.relationstimeline.**:org.yaml.snakeyaml.**"
  "org.relationstimeline.content.FrontMatterFuzzTest#yamlLoading|org.relationstimeline.**:org.yaml.snakeyaml.**"
  "org.relationstimeline.content.EntryReaderFuzzTest#entryValidation|org.relationstimeline.**:org.yaml.snakeyaml.**"
  "org.relationstimeline.render.MarkdownRendererFuzzTest#renderedBodiesAreInert|org.relationstimeline.**:com.vladsch.flexmark.**:org.jsoup.**"
  "org.relationstimeline.render.MarkdownRendererFuzzTest#renderingTimeIsBoundedByLength|org.relationstimeline.**:com.vladsch.flexmark.**:org.jsoup.**"
)

failed=()
for target in "${targets[@]}"; do
  test="${target%%|*}"
  includes="${target#*|}"
  echo "fuzz.sh: fuzzing ${test}" >&2
  if ! JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES="${includes}" \
      mvn -B -o -q test -Dtest="${test}" -Dsurefire.failIfNoSpecifiedTests=false; then
    failed+=("${test}")
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz.sh: findings in: ${failed[*]} (inputs written under src/test/resources/**/*Inputs/)" >&2
  exit 1
fi
echo "fuzz.sh: no findings" >&2
