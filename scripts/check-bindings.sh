#!/usr/bin/env bash
# The UI's TypeScript types are generated from the Rust DTOs by ts-rs while `cargo test -p
# guard-engine` runs (.cargo/config.toml points TS_RS_EXPORT_DIR at ui/src/lib/bindings).
# Run after the tests: fails when the committed copies differ from what the code generates.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=ui/src/lib/bindings
changed=$(git status --porcelain -- "$dir")
if [ -n "$changed" ]; then
  echo "check-bindings: $dir is out of date with the Rust DTOs; commit the regenerated files:" >&2
  echo "$changed" >&2
  git --no-pager diff --stat -- "$dir" >&2
  exit 1
fi
echo "check-bindings: TypeScript bindings match the Rust DTOs"
