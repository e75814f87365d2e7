# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

check-timed-out = { $kind } 检查在 { $after } 后超时
check-panicked = 检查异常终止：{ $detail }
check-http-timed-out = { $method } { $url }：超时
check-http-unreachable = { $method } { $url }：连接被拒绝或无法访问
check-http-error = { $method } { $url }：{ $detail }
check-http-status = { $url } 返回 HTTP { $code }（应为 { $expected }）
check-http-body-missing = 响应正文不包含 `{ $needle }`
check-http-slow = 响应缓慢：{ $latency } ms（上限 { $limit } ms）
check-command-empty = 命令为空
check-command-cannot-run = 无法运行 `{ $program }`：{ $detail }
check-command-exited = `{ $program }` 以状态 { $code } 退出：{ $output }
check-command-exited-silent = `{ $program }` 以状态 { $code } 退出
check-command-killed = `{ $program }` 被信号终止：{ $output }
check-command-killed-silent = `{ $program }` 被信号终止
check-command-wait-failed = 等待 `{ $program }` 失败：{ $detail }
check-process-not-running = 进程 { $pid } 未在运行
check-process-none = 受监管的进程未在运行
check-tcp-cannot-connect = 无法连接到 { $addr }：{ $detail }
check-scrape-read-failed = 读取 { $url }：{ $detail }
check-scrape-status = { $url } 返回 HTTP { $code }
check-scrape-failed = 抓取 { $url }：{ $detail }
check-node-scrape-failed = 从 { $url } 的 { $exporter } 抓取：{ $detail }
check-metric-not-found = 在 { $url } 找不到带标签 { $labels } 的指标 `{ $metric }`
check-metric-unhealthy = { $metric } = { $value } 不满足 { $condition }
check-node-missing = { $url } 未导出：{ $missing }
check-node-missing-memory = 内存（{ $metrics }）
check-node-missing-disk = 挂载在 `{ $mountpoint }` 的文件系统（{ $metrics }）
check-promql-no-series = `{ $query }` 没有返回任何序列
check-promql-all-nan = `{ $query }` 的所有序列都是 { $nan }（没有流量时的比率？）
check-promql-broken = { $series } = { $value }（健康条件：{ $condition }）
check-promql-pending = { $series } = { $value }（健康条件：{ $condition }），待定：尚未持续 { $for }
check-promql-held = { $series } = { $value }（健康条件：{ $condition }），已持续 { $for }
check-promql-held-labels = { $series } 违反 `{ $key }` 已持续 { $for }
check-promql-for-failed = 检查 `{ $key }`：{ $detail }
check-issue-starting = 正在启动：{ $issue }
check-issue-restarting = 正在重启：{ $issue }
check-issue-guard-stopped = Guard 已停止
check-issue-component-removed = 该组件已从配置中移除
check-issue-list = { $issues }
check-issue-legacy = { $text }
notice-needs-operator = `{ $component }` 的自愈需要操作员处理：{ $reason }
notice-cannot-start = 无法启动 `{ $program }`：{ $detail }；{ $delay } 后重试
process-exited-status = 进程 { $pid } 以状态 { $code } 退出
process-killed-signal = 进程 { $pid } 被信号 { $signal } 终止
process-exited = 进程 { $pid } 已退出

finding-anomaly = { $metric } 异常：值 { $value }，评分 { $score }
finding-predicted = { $metric } 当前为 { $level }，每秒上升 { $slope }，预计在 { $eta } 后达到 { $limit }（区间 { $band }）
finding-band-range = { $low }–{ $high }
finding-band-min = ≥ { $low }
finding-threshold = { $rule }（{ $metric } = { $value }）
finding-threshold-resolved = { $rule } 已不再成立（{ $metric } = { $value }）
finding-rule = { $expr }
finding-rule-held = { $expr } 持续 { $for }
finding-value-mb = { $value } MB
finding-value-ms = { $value } ms
finding-value = { $value }
