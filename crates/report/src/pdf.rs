//! PDF through headless Chromium: the self-contained HTML is printed to PDF.
//!
//! Why Chromium: the report must render ten languages, including CJK and right-to-left
//! Arabic with correct joining and bidi. Chromium's HarfBuzz shaping, bidi and font fallback
//! (Noto, installed by scripts/setup.sh) do that correctly, and it embeds the subset fonts and
//! the SVG charts as vectors. Pure-Rust PDF writers would need our own shaping and bidi
//! layout. The browser runs as an argv array with a fresh profile, no network and a timeout.
//! Page numbers come from CSS `@page` margin boxes; the table of contents links to sections
//! and Chromium adds a document outline (bookmarks).

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use crate::ReportError;

/// The Chromium binary: `PIPELINE_CHROMIUM`, else the first of the usual names on PATH.
pub fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PIPELINE_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Print `html` to PDF bytes.
pub async fn html_to_pdf(html: &str) -> Result<Vec<u8>, ReportError> {
    let exe = chromium().ok_or_else(|| {
        ReportError::Pdf("Chromium was not found (install the `chromium` package or set PIPELINE_CHROMIUM)".into())
    })?;
    let dir = tempfile::tempdir().map_err(|e| ReportError::Pdf(format!("cannot create a temporary directory: {e}")))?;
    let input = dir.path().join("report.html");
    let output = dir.path().join("report.pdf");
    std::fs::write(&input, html).map_err(|e| ReportError::Pdf(format!("cannot write {}: {e}", input.display())))?;
    run_chromium(&exe, dir.path(), &input, &output).await?;
    std::fs::read(&output).map_err(|e| ReportError::Pdf(format!("Chromium wrote no PDF: {e}")))
}

async fn run_chromium(exe: &Path, dir: &Path, input: &Path, output: &Path) -> Result<(), ReportError> {
    let profile = dir.join("profile");
    let mut cmd = tokio::process::Command::new(exe);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-dev-shm-usage",
        "--no-pdf-header-footer",
        "--generate-pdf-document-outline",
        "--run-all-compositor-stages-before-draw",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .arg(format!("--print-to-pdf={}", output.display()))
    .arg(format!("file://{}", input.display()))
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .kill_on_drop(true);
    let child = cmd.spawn().map_err(|e| ReportError::Pdf(format!("cannot start {}: {e}", exe.display())))?;
    let out = tokio::time::timeout(Duration::from_secs(120), child.wait_with_output())
        .await
        .map_err(|_| ReportError::Pdf("Chromium did not finish printing within 120 s".into()))?
        .map_err(|e| ReportError::Pdf(e.to_string()))?;
    if !out.status.success() || !output.exists() {
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = err.lines().rev().take(5).collect();
        return Err(ReportError::Pdf(format!(
            "Chromium failed ({}): {}",
            out.status,
            tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
        )));
    }
    Ok(())
}

/// Append the seal as a PDF comment line after `%%EOF` (readers ignore it; `verify` finds it).
pub fn append_seal(mut pdf: Vec<u8>, placeholder: &str) -> Vec<u8> {
    if !pdf.ends_with(b"\n") {
        pdf.push(b'\n');
    }
    pdf.extend_from_slice(b"%");
    pdf.extend_from_slice(placeholder.as_bytes());
    pdf.push(b'\n');
    pdf
}
