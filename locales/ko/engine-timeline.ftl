# A component's history (`TimelineEntry`, crates/engine/src/api.rs): status changes and the
# supervised process's starts and exits. `from`/`to` are status words (status-*); `pid`, `code`
# and `signal` are numbers as the OS gave them; `issues` is what the check said.
component-timeline-status = { $from } → { $to }
component-timeline-status-issues = { $from } → { $to }: { $issues }
component-timeline-started = 프로세스 { $pid } 시작됨
component-timeline-exited = 프로세스 { $pid } 종료됨(상태 { $code })
component-timeline-killed = 프로세스 { $pid } 중지됨(시그널 { $signal })
