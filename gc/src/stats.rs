//! Collector statistics, reported by `pyrite --gc-stats=FILE` and the `gc` module.

use std::time::Duration;

/// Counters kept by a [`crate::Heap`] over its lifetime.
#[derive(Debug, Clone, Default)]
pub struct GcStats {
    /// Completed collections.
    pub collections: u64,
    /// Sum of all collection pauses.
    pub pause_total: Duration,
    /// Longest single pause.
    pub pause_max: Duration,
    /// Bytes handed out by the allocator over the heap's life (cell sizes).
    pub bytes_allocated: u64,
    /// Objects handed out by the allocator over the heap's life.
    pub objects_allocated: u64,
    /// Objects reclaimed over the heap's life.
    pub objects_freed: u64,
    /// Largest heap occupancy seen (object bytes plus reported external bytes).
    pub heap_peak_bytes: usize,
    /// Occupancy right after the last collection.
    pub live_bytes_after_last: usize,
}

impl GcStats {
    /// The statistics as a JSON object (no dependency on a JSON crate: the format is flat).
    pub fn to_json(&self, collector: &str) -> String {
        format!(
            "{{\"collector\": \"{}\", \"collections\": {}, \"pause_total_s\": {:.9}, \
             \"pause_max_s\": {:.9}, \"bytes_allocated\": {}, \"objects_allocated\": {}, \
             \"objects_freed\": {}, \"heap_peak_bytes\": {}, \"live_bytes_after_last\": {}}}",
            collector,
            self.collections,
            self.pause_total.as_secs_f64(),
            self.pause_max.as_secs_f64(),
            self.bytes_allocated,
            self.objects_allocated,
            self.objects_freed,
            self.heap_peak_bytes,
            self.live_bytes_after_last
        )
    }
}
