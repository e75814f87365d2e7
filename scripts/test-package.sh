#!/usr/bin/env bash
# The .deb as a user gets it (`make test-package`, not in `make test`: it needs the release
# packages): installs it with dpkg -i (apt-get install -f for missing dependencies), checks its
# files (the CLI and the app on the PATH, the demo's lab service, the desktop entry, icons, the
# systemd unit, verified by systemd-analyze when present), starts the app from its desktop
# entry's Exec line under Xvfb with an empty HOME and finds the welcome screen (ui/e2e/package.mjs,
# screenshot artifacts/ui/package-welcome.png), then removes the package and checks that none
# of its files is left. Run as root, or with SUDO=sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=${1:?usage: scripts/test-package.sh PACKAGE.deb}
SUDO=${SUDO:-}
PKG=$(dpkg-deb -f "$DEB" Package)
fail() { echo "FAIL $*" >&2; exit 1; }
ok() { echo "ok   $*"; }
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q 'install ok installed'; then
  fail "$PKG is installed already: remove it first (dpkg -r $PKG), the test installs and removes it"
fi
files=$(mktemp /tmp/pg-package-files.XXXXXX)
removed=0
cleanup() {
  # A failing check must not leave the package behind.
  if [ "$removed" = 0 ] && dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q 'install ok installed'; then $SUDO dpkg -r "$PKG" >/dev/null || true; fi
  rm -f "$files"
}
trap cleanup EXIT

echo "installing $DEB ($(du -h "$DEB" | cut -f1))"
if ! $SUDO dpkg -i "$DEB"; then
  echo "dpkg -i left dependencies unmet: apt-get install -f"
  $SUDO apt-get install -f -y -q
fi
dpkg-query -W -f='${Status}' "$PKG" | grep -q 'install ok installed' || fail "$PKG is not installed"
dpkg -L "$PKG" >"$files"
ok "dpkg -i $DEB: $PKG $(dpkg-query -W -f='${Version}' "$PKG") installed, $(wc -l <"$files") paths"

for f in /usr/bin/pipeline-guard /usr/bin/pipeline-guard-app /usr/lib/pipeline-guard/labsvc; do
  [ -x "$f" ] || fail "$f is missing or not executable"
done
command -v pipeline-guard >/dev/null || fail "pipeline-guard is not on the PATH"
pipeline-guard --version >/dev/null || fail "pipeline-guard --version failed"
pipeline-guard demo --print-config --db /tmp/pg-package-demo.db | grep -q '/usr/lib/pipeline-guard/labsvc' || fail "the installed demo does not find its lab service"
ok "/usr/bin/pipeline-guard ($(pipeline-guard --version)), /usr/bin/pipeline-guard-app, /usr/lib/pipeline-guard/labsvc (the installed demo finds it)"

desktop=$(grep -E '^/usr/share/applications/[^/]+\.desktop$' "$files" | head -1)
[ -n "$desktop" ] && [ -f "$desktop" ] || fail "no desktop entry in /usr/share/applications"
grep -q '^Exec=pipeline-guard-app' "$desktop" || fail "$desktop: Exec is not the app: $(grep ^Exec= "$desktop")"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"; fi
icon=$(sed -n 's/^Icon=//p' "$desktop")
icons=$(grep -E "^/usr/share/icons/hicolor/[^/]+/apps/$icon\.png$" "$files" | wc -l)
[ "$icons" -ge 3 ] || fail "$icons icons named $icon in /usr/share/icons/hicolor (want 32, 128, 256 px at least)"
ok "desktop entry $desktop (Exec=$(sed -n 's/^Exec=//p' "$desktop")), $icons hicolor icons named $icon"

unit=/usr/lib/systemd/system/pipeline-guard.service
[ -f "$unit" ] || fail "no systemd unit $unit"
grep -q '^ExecStart=/usr/bin/pipeline-guard serve ' "$unit" || fail "$unit does not run pipeline-guard serve"
if command -v systemctl >/dev/null && [ -d /run/systemd/system ] && systemctl is-enabled pipeline-guard.service 2>/dev/null | grep -q '^enabled'; then
  fail "the unit is enabled after install (it must stay off)"
fi
if command -v systemd-analyze >/dev/null; then
  out=$(systemd-analyze verify "$unit" 2>&1) || fail "systemd-analyze verify $unit: $out"
  # Its own lines only (verify also reports on unrelated units installed on this machine).
  if grep -F "pipeline-guard.service" <<<"$out"; then fail "systemd-analyze verify $unit reports the lines above"; fi
  ok "systemd unit $unit (off by default), systemd-analyze verify clean"
else
  ok "systemd unit $unit (off by default); systemd-analyze not installed: not verified"
fi

(cd ui && node e2e/package.mjs "$desktop")

$SUDO dpkg -r "$PKG"
removed=1
left=()
while read -r f; do
  # Directories the package shares with the system (/usr, /usr/bin, …) stay; its own files go.
  if [ -e "$f" ] && [ ! -d "$f" ]; then left+=("$f"); fi
done <"$files"
[ -d /usr/lib/pipeline-guard ] && left+=(/usr/lib/pipeline-guard)
[ ${#left[@]} -eq 0 ] || fail "left after dpkg -r: ${left[*]}"
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q 'installed'; then fail "$PKG still listed: $(dpkg-query -W -f='${Status}' "$PKG")"; fi
ok "dpkg -r $PKG: none of its $(grep -c . "$files") paths' files is left"
