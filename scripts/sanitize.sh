#!/usr/bin/env bash
# Builds heard and its whole test suite with AddressSanitizer (with
# LeakSanitizer) and UBSan, in build-asan/, and runs it with ctest. Any
# memory error, leak or undefined behaviour fails the test it happens in
# (-fno-sanitize-recover=undefined makes UBSan fatal). The end-to-end and
# browser tests run the sanitized heard binary too.
#
#   scripts/sanitize.sh [CTEST ARGS...]      e.g. scripts/sanitize.sh -R Csv
set -euo pipefail
cd "$(dirname "$0")/.."

build=${SANITIZE_BUILD_DIR:-build-asan}
scripts/setup.sh --no-build
# -O1 and line tables only (-g1): the usual choice for sanitizer builds, and
# much quicker to compile than -O2 -g; stack traces still name file and line.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DHEARD_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@"
