#!/usr/bin/env bash
# Install everything Pipeline Guard needs on a fresh Debian machine: system packages (only the
# missing ones), the UI's npm packages, and the Rust build. Idempotent: a warm machine skips
# what it already has. Run as root or with sudo available.
#
# `scripts/setup.sh tauri-driver` installs only what the desktop-app test adds (make test-app):
# tauri-driver, built once with `cargo install --locked` into a cache directory
# ($PIPELINE_GUARD_TOOLS, default /var/cache/pipeline-guard/tools when writable, else
# ~/.cache/pipeline-guard/tools); it prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."

TAURI_DRIVER_VERSION=2.1.0
tools_dir() {
  if [ -n "${PIPELINE_GUARD_TOOLS:-}" ]; then echo "$PIPELINE_GUARD_TOOLS"
  elif mkdir -p /var/cache/pipeline-guard/tools 2>/dev/null && [ -w /var/cache/pipeline-guard/tools ]; then echo /var/cache/pipeline-guard/tools
  else echo "$HOME/.cache/pipeline-guard/tools"; fi
}
if [ "${1:-}" = "tauri-driver" ]; then
  root="$(tools_dir)"
  bin="$root/bin/tauri-driver"
  if [ ! -x "$bin" ]; then
    echo "setup: installing tauri-driver $TAURI_DRIVER_VERSION into $root" >&2
    mkdir -p "$root"
    # Its own target dir: the build stays out of the project's and is reused next time.
    CARGO_TARGET_DIR="$root/build" cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked --root "$root" >&2
  fi
  echo "$bin"
  exit 0
fi

PACKAGES=(
  build-essential pkg-config curl file sqlite3 poppler-utils python3-venv
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  xvfb x11-utils imagemagick webkit2gtk-driver chromium dbus-daemon dbus-bin xdotool
  fonts-noto-core fonts-noto-cjk fonts-droid-fallback fonts-nanum
  prometheus prometheus-alertmanager prometheus-node-exporter openssh-server openssh-client
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  # Tests start Prometheus, Alertmanager, node_exporter and sshd themselves on loopback: keep
  # the packages' system services from starting (a policy-rc.d that refuses, only for this
  # install and only if the machine has none of its own).
  made_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q -o DPkg::Lock::Timeout=600 "${missing[@]}" || status=$?
  [ -z "$made_policy" ] || $SUDO rm -f /usr/sbin/policy-rc.d
  [ "${status:-0}" -eq 0 ] || exit "$status"
fi

command -v cargo >/dev/null || { echo "setup: cargo not found; install Rust with rustup first" >&2; exit 1; }

if [ -f ui/package.json ]; then
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    (cd ui && npm ci --no-audit --no-fund)
  fi
  (cd ui && npm run build)
fi
