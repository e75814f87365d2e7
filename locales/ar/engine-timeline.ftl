# A component's history (`TimelineEntry`, crates/engine/src/api.rs): status changes and the
# supervised process's starts and exits. `from`/`to` are status words (status-*); `pid`, `code`
# and `signal` are numbers as the OS gave them; `issues` is what the check said.
component-timeline-status = { $from } ← { $to }
component-timeline-status-issues = { $from } ← { $to }: { $issues }
component-timeline-started = بدأت العملية { $pid }
component-timeline-exited = انتهت العملية { $pid } بالحالة { $code }
component-timeline-killed = أُوقفت العملية { $pid } بالإشارة { $signal }
