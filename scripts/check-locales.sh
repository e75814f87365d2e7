#!/usr/bin/env bash
# Mozilla's compare-locales (PyPI, pinned) over locales/: every language against English — no
# missing or obsolete message, the same variables, the plural categories its language needs
# (Arabic: zero, one, two, few, many, other). Fails on any error, warning, missing or obsolete
# entry. Installs the pinned version with pip when it is not there (run by `make test`).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=9.0.5
CL=compare-locales
if ! compare-locales --version 2>/dev/null | grep -qx "compare-locales $VERSION"; then
  # Its own virtual environment in the tools cache (Debian's system Python refuses a plain
  # `pip install`, PEP 668), made once and reused; python3-venv comes from scripts/setup.sh.
  if [ -n "${PIPELINE_GUARD_TOOLS:-}" ]; then tools="$PIPELINE_GUARD_TOOLS"
  elif mkdir -p /var/cache/pipeline-guard/tools 2>/dev/null && [ -w /var/cache/pipeline-guard/tools ]; then tools=/var/cache/pipeline-guard/tools
  else tools="$HOME/.cache/pipeline-guard/tools"; fi
  venv="$tools/compare-locales-$VERSION"
  CL="$venv/bin/compare-locales"
  if ! "$CL" --version 2>/dev/null | grep -qx "compare-locales $VERSION"; then
    echo "check-locales: installing compare-locales $VERSION into $venv" >&2
    rm -rf "$venv"
    mkdir -p "$tools"
    python3 -m venv "$venv" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "compare-locales==$VERSION" >&2
  fi
fi

out="$("$CL" locales/l10n.toml . 2>&1)" || { echo "$out"; echo "check-locales: compare-locales failed" >&2; exit 1; }
# The per-file findings and the per-language counts that must be zero.
if grep -Eq '^\s*(ERROR|WARNING)|^(errors|warnings|missing|missing_w|obsolete|obsolete_w)\s+[1-9]' <<<"$out"; then
  echo "$out" | grep -E '^locales/|^  [^ ].*\.ftl$|^\s*(ERROR|WARNING)|^\s*[+-]|^[a-zA-Z-]+:$|^(errors|warnings|missing|obsolete)\s' >&2
  echo "check-locales: compare-locales found problems" >&2
  exit 1
fi
echo "check-locales: compare-locales $VERSION: 9 languages against English, 0 errors, 0 warnings, 0 missing, 0 obsolete"
