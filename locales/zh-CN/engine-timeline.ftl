# A component's history (`TimelineEntry`, crates/engine/src/api.rs): status changes and the
# supervised process's starts and exits. `from`/`to` are status words (status-*); `pid`, `code`
# and `signal` are numbers as the OS gave them; `issues` is what the check said.
component-timeline-status = { $from } → { $to }
component-timeline-status-issues = { $from } → { $to }：{ $issues }
component-timeline-started = 进程 { $pid } 已启动
component-timeline-exited = 进程 { $pid } 已退出，状态码 { $code }
component-timeline-killed = 进程 { $pid } 被信号 { $signal } 终止
