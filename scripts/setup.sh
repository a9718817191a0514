#!/usr/bin/env bash
# Installs what heard needs to build (Debian 12 packages) and builds it.
# Safe to run again: packages already present are not reinstalled.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake g++ make pkg-config libicu-dev libre2-dev libyaml-cpp-dev
          nlohmann-json3-dev libboost-program-options-dev libgtest-dev
          libzip-dev libexpat1-dev libgmime-3.0-dev libxlsxwriter-dev
          chromium)
# The browser checks (tests/browser/) also need Node.js and npm. A Node.js from
# elsewhere (NodeSource's nodejs bundles npm and conflicts with Debian's npm) counts.
command -v node >/dev/null && command -v npm >/dev/null || PACKAGES+=(nodejs npm)

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

BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
