# A component's history (`TimelineEntry`, crates/engine/src/api.rs): status changes and the
# supervised process's starts and exits. `from`/`to` are status words (status-*); `pid`, `code`
# and `signal` are numbers as the OS gave them; `issues` is what the check said: its issues, each
# its own message (check-*), joined with “; ”.
component-timeline-status = { $from } → { $to }
component-timeline-status-issues = { $from } → { $to }: { $issues }
component-timeline-started = Process { $pid } started
component-timeline-exited = Process { $pid } exited with status { $code }
component-timeline-killed = Process { $pid } was stopped by signal { $signal }
