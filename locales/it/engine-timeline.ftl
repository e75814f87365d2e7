# A component's history (`TimelineEntry`, crates/engine/src/api.rs): status changes and the
# supervised process's starts and exits. `from`/`to` are status words (status-*); `pid`, `code`
# and `signal` are numbers as the OS gave them; `issues` is what the check said.
component-timeline-status = { $from } → { $to }
component-timeline-status-issues = { $from } → { $to }: { $issues }
component-timeline-started = Processo { $pid } avviato
component-timeline-exited = Il processo { $pid } è terminato con lo stato { $code }
component-timeline-killed = Il processo { $pid } è stato fermato dal segnale { $signal }
