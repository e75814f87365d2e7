//! Tauri's build step with an app manifest: only the commands in `src/command_names.rs` exist
//! for the ACL, and capabilities/default.json grants them to the main window one by one.
//!
//! The app embeds `../ui/dist` at compile time. When the UI has not been built (a checkout that
//! only runs `cargo build --workspace`), a placeholder page saying how to build it is written
//! there, so the Rust build never fails for want of npm. Its `pipeline-guard-placeholder` marker
//! tells crates/cli/build.rs not to embed it as the web UI.

include!("src/command_names.rs");

fn main() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist");
    if !dist.join("index.html").is_file() {
        println!(
            "cargo:warning=ui/dist is not built; the app embeds a placeholder page (run `npm --prefix ui ci && npm --prefix ui run build`, then rebuild)"
        );
        std::fs::create_dir_all(&dist).expect("create ui/dist");
        std::fs::write(
            dist.join("index.html"),
            "<!doctype html><meta charset=utf-8><meta name=generator content=pipeline-guard-placeholder><title>Pipeline Guard</title>\
             <p>The web UI is not built. Run <code>npm --prefix ui ci &amp;&amp; npm --prefix ui run build</code>, then rebuild the app.</p>\n",
        )
        .expect("write the placeholder ui/dist/index.html");
    }
    println!("cargo:rerun-if-changed=../ui/dist/index.html");
    println!("cargo:rerun-if-changed=src/command_names.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMAND_NAMES)),
    )
    .expect("tauri build step");
}
