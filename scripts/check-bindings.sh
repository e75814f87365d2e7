#!/usr/bin/env bash
# The UI's TypeScript types are generated from the Rust DTOs by ts-rs while `cargo test -p
# guard-engine` runs (.cargo/config.toml points TS_RS_EXPORT_DIR at ui/src/lib/bindings).
# The boundary table (guard_engine::boundary::ops::OPS) generates the app's command list, its
# capability and the UI's operation map while `cargo test` runs src-tauri's tests
# (src-tauri/src/generated.rs). Run after the tests: fails when the committed copies differ from
# what the code generates.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=ui/src/lib/bindings
generated=(src-tauri/src/command_names.rs src-tauri/capabilities/default.json ui/src/lib/backend/ops.ts ui/src/lib/backend/commands.ts)
changed=$(git status --porcelain -- "$dir" "${generated[@]}")
if [ -n "$changed" ]; then
  echo "check-bindings: $dir or the files generated from the boundary table are out of date; commit the regenerated files:" >&2
  echo "$changed" >&2
  git --no-pager diff --stat -- "$dir" "${generated[@]}" >&2
  exit 1
fi
echo "check-bindings: TypeScript bindings and the boundary table's files match the Rust code"
