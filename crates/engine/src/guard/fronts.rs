//! `PipelineGuard`'s fronts views (`front/`).

use super::PipelineGuard;
use crate::front::FrontView;

impl PipelineGuard {
    /// Every front with its counters (`GET /api/fronts`).
    pub fn fronts(&self) -> Vec<FrontView> {
        self.inner().fronts.views()
    }

    /// One component's front, if it has one.
    pub fn front(&self, component: &str) -> Option<FrontView> {
        self.inner().fronts.get(component).map(|f| f.view())
    }
}
