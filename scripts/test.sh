#!/usr/bin/env bash
# Runs the whole test suite, browser tests included. Installs Debian's chromium first when it is
# missing (the browser tests drive the system browser; nothing downloads a browser of its own).
#
# --fast runs only the fast part (mvn -B test -Pfast): every test not tagged slow, so no browser,
# child JVMs, big generated corpora or fuzz regression; it needs no chromium. Other arguments go
# to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--fast" ]; then
  shift
  exec mvn -B test -Pfast "$@"
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing chromium (needed by the browser tests)" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
exec mvn -B verify "$@"
