# A component's history (`TimelineEntry`, crates/engine/src/api.rs): status changes and the
# supervised process's starts and exits. `from`/`to` are status words (status-*); `pid`, `code`
# and `signal` are numbers as the OS gave them; `issues` is what the check said.
component-timeline-status = { $from } → { $to }
component-timeline-status-issues = { $from } → { $to }：{ $issues }
component-timeline-started = プロセス { $pid } が起動しました
component-timeline-exited = プロセス { $pid } がステータス { $code } で終了しました
component-timeline-killed = プロセス { $pid } がシグナル { $signal } で停止されました
