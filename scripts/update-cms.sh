#!/usr/bin/env bash
# Vendors the Sveltia CMS build pinned by vendor/sveltia-cms/package-lock.json into the generator's
# resources, so that a build never needs the network. npm checks the package against the lockfile's
# integrity hash; this script records the SHA-256 of the copied file, which CmsBundleTest checks.
#
# To move to another version: change it in vendor/sveltia-cms/package.json, run
#   (cd vendor/sveltia-cms && npm install --package-lock-only --ignore-scripts)
# then this script, then the CMS browser test (mvn -B test -Dtest=CmsBrowserTest).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp vendor/sveltia-cms/package.json vendor/sveltia-cms/package-lock.json "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
package="$work/node_modules/@sveltia/cms"
version="$(node -p 'require(process.argv[1]).version' "$package/package.json")"
out=src/main/resources/org/relationstimeline/cms
mkdir -p "$out"
cp "$package/dist/sveltia-cms.js" "$out/sveltia-cms.js"
cp "$package/LICENSE.txt" "$out/sveltia-cms.LICENSE.txt"
sha="$(sha256sum "$out/sveltia-cms.js" | cut -d' ' -f1)"
{
  echo "# Written by scripts/update-cms.sh: the vendored Sveltia CMS build and its SHA-256."
  echo "version=$version"
  echo "sha256=$sha"
} >"$out/sveltia-cms.properties"
echo "vendored @sveltia/cms $version (sha256 $sha) into $out"
