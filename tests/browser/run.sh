#!/usr/bin/env bash
# Browser checks of heard's HTML reports (ctest: browser_checks).
#
#   tests/browser/run.sh HEARD_BINARY SOURCE_DIR
#
# Builds nothing. Runs HEARD_BINARY on the bundled sample and on the hostile
# fixture (tests/testdata/browser/hostile/), then opens both reports in headless
# Chromium with check_pages.mjs: axe-core's WCAG 2.2 AA rules, no network
# requests, the Content-Security-Policy, the responses page without JavaScript,
# and (hostile report) that no respondent text becomes markup or script.
# Needs node, npm and chromium (scripts/setup.sh installs them); the two npm
# packages, pinned in package-lock.json, are installed into tests/browser/
# node_modules on first use. Set KEEP_REPORTS=1 to keep the reports it writes.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 HEARD_BINARY SOURCE_DIR" >&2
  exit 2
fi
heard=$(realpath "$1")
src=$(realpath "$2")
here="$src/tests/browser"
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "browser_checks: $tool not found (apt-get install nodejs npm)" >&2; exit 1; }
done
[ -x "$CHROMIUM" ] || { echo "browser_checks: no Chromium at $CHROMIUM (apt-get install chromium)" >&2; exit 1; }
[ -x "$heard" ] || { echo "browser_checks: $heard is not an executable" >&2; exit 1; }

# node_modules is installed exactly from the lock file, once; a lock keeps two
# test runs from installing into the same folder at the same time.
installed_matches_lock() {
  node -e '
    const fs = require("fs"), path = require("path");
    const lock = JSON.parse(fs.readFileSync(path.join(process.argv[1], "package-lock.json")));
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (!key) continue;
      const file = path.join(process.argv[1], key, "package.json");
      if (!fs.existsSync(file) || JSON.parse(fs.readFileSync(file)).version !== entry.version) process.exit(1);
    }' "$here"
}
install_packages() {
  if ! installed_matches_lock; then
    echo "Installing the pinned npm packages into $here/node_modules"
    npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
  fi
}
if command -v flock >/dev/null; then
  (flock 9 && install_packages) 9>"${TMPDIR:-/tmp}/heard-browser-npm.lock"
else
  install_packages
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/heard-browser.XXXXXX")
status=0
finish() {
  if [ "$status" -eq 0 ] && [ -z "${KEEP_REPORTS:-}" ]; then
    rm -rf "$out"
  else
    echo "Reports kept in $out"
  fi
}
trap finish EXIT

# A fixed run date, so the pages are the same on every run.
export SOURCE_DATE_EPOCH=1790000000
cd "$src"
build_report() {  # name input
  if ! "$heard" run "$2" --out "$out/$1" >"$out/$1.log" 2>&1; then
    echo "browser_checks: heard run $2 failed:" >&2
    cat "$out/$1.log" >&2
    status=1
    exit 1
  fi
}
build_report sample surveys/sample
build_report hostile tests/testdata/browser/hostile

echo "== Sample report"
node "$here/check_pages.mjs" "$out/sample" || status=1
echo
echo "== Hostile report (compared with the sample report)"
node "$here/check_pages.mjs" "$out/hostile" --hostile --baseline "$out/sample" || status=1
exit "$status"
