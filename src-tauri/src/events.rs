//! The one place engine events become Tauri events: every `EngineEvent` (samples, status
//! changes, process events, incidents, healing steps, findings) is emitted to the window as
//! `engine-event` with the same JSON the HTTP server's SSE stream carries.

use guard_engine::PipelineGuard;
use tauri::{AppHandle, Emitter, Runtime};
use tokio::sync::broadcast::error::RecvError;

/// The name the UI listens to (`ui/src/lib/backend/tauri.ts`).
pub const ENGINE_EVENT: &str = "engine-event";

pub fn forward<R: Runtime>(app: AppHandle<R>, guard: &PipelineGuard) {
    let mut rx = guard.subscribe();
    tauri::async_runtime::spawn(async move {
        loop {
            match rx.recv().await {
                Ok(ev) => {
                    if let Err(e) = app.emit(ENGINE_EVENT, &ev) {
                        tracing::debug!(error = %e, "cannot emit an engine event");
                    }
                }
                // The same `resync` marker the SSE stream sends: the UI refetches.
                Err(RecvError::Lagged(n)) => {
                    tracing::debug!(skipped = n, "UI event forwarding lagged");
                    let _ = app.emit(ENGINE_EVENT, guard_engine::boundary::Resync::new(n));
                }
                Err(RecvError::Closed) => break,
            }
        }
    });
}
