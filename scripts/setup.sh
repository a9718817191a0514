#!/usr/bin/env bash
# Installs what heard needs to build (Debian 12 packages) and builds it.
# Safe to run again: packages already present are not reinstalled.
#   --fuzz      also install clang and its libFuzzer runtime (scripts/fuzz.sh)
#   --no-build  install packages only (scripts/fuzz.sh and scripts/sanitize.sh
#               build in their own folders)
set -euo pipefail
cd "$(dirname "$0")/.."

fuzz=0
build=1
for arg in "$@"; do
  case "$arg" in
    --fuzz) fuzz=1 ;;
    --no-build) build=0 ;;
    *) echo "usage: $0 [--fuzz] [--no-build]" >&2; exit 2 ;;
  esac
done

PACKAGES=(cmake g++ make pkg-config libicu-dev libre2-dev libyaml-cpp-dev
          nlohmann-json3-dev libboost-program-options-dev libgtest-dev
          libzip-dev libexpat1-dev libgmime-3.0-dev libxlsxwriter-dev libminizip-dev
          libisal-dev libjemalloc-dev
          chromium)
# The browser checks (tests/browser/) also need Node.js and npm. A Node.js from
# elsewhere (NodeSource's nodejs bundles npm and conflicts with Debian's npm) counts.
command -v node >/dev/null && command -v npm >/dev/null || PACKAGES+=(nodejs npm)
# libFuzzer ships in libclang-rt-14-dev, not in clang-14 itself; python3 runs
# fuzz/make_seeds.py.
[ "$fuzz" -eq 0 ] || PACKAGES+=(clang-14 libclang-rt-14-dev python3)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

[ "$build" -eq 1 ] || exit 0
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
