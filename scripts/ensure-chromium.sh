#!/usr/bin/env bash
# Finds Chromium for the e2e suite. If it is missing and we are root with apt, installs Debian's
# package; otherwise stops and says which command to run. Never skips e2e silently.
set -euo pipefail
find_chromium() {
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser "$(command -v chromium 2>/dev/null || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  return 1
}
if path=$(find_chromium); then echo "$path"; exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium package (apt-get install -y chromium fonts-noto-cjk)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || true
  apt-get install -y -qq chromium fonts-noto-cjk >&2
  if path=$(find_chromium); then echo "$path"; exit 0; fi
fi
cat >&2 <<'MSG'
ERROR: the browser end-to-end tests need Chromium, and it is not installed.
Install Debian's package, then run `npm test` again:
    sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk
(or set CHROMIUM_PATH to an existing Chromium binary).
MSG
exit 1
