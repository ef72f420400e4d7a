#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Refreshes the vendored NL Design System CSS from npm. Needs Node and npm; the build itself does not.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund \
  @utrecht/component-library-css@9.0.4 @nl-design-system-unstable/voorbeeld-design-tokens@7.4.1 >/dev/null)
out=src/main/resources/static/vendor/nlds
cp "$tmp/node_modules/@utrecht/component-library-css/dist/index.css" "$out/utrecht-component-library.css"
cp "$tmp/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css" "$out/voorbeeld-theme.css"
echo "NL Design System CSS bijgewerkt in $out"
