#!/usr/bin/env bash
# Builds heard and runs it on the bundled sample consultation:
# the report lands in reports/sample/index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
"${BUILD_DIR:-build}/heard" run surveys/sample "$@"
