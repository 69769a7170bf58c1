#!/usr/bin/env bash
# npm test: typecheck, lint (zero warnings), vitest (unit + golden + geodata checks), then the
# browser e2e suite against the e2e build. Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }
stage "typecheck (tsc --noEmit)"
npx tsc --noEmit -p tsconfig.json
stage "lint (eslint, zero warnings)"
npx eslint . --max-warnings 0
stage "unit, golden and geodata checks (vitest)"
npx vitest run
stage "browser end-to-end (Chromium)"
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
npx vite build --mode e2e --logLevel warn
npx vitest run --config tests/e2e/vitest.e2e.config.ts
