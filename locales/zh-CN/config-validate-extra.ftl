# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = 会话时长不能超过 `api_token_max_ttl`（{ $max }）
config-x-min-above-max = `min_instances` 大于 `max_instances`
config-x-file-empty = `{ $path }` 为空或不是文件
config-x-file-unreadable = 无法读取 `{ $path }`：{ $detail }
config-x-listen-needs-security = `{ $listen }` 不是环回地址：安全功能关闭时服务器只绑定环回地址（任何能访问它的人都会以匿名管理员身份操作）；如需在网络上监听，请设置 `{ $setting }`
config-x-listen-needs-tls = `{ $listen }` 不是环回地址：在环回地址之外监听需要 `{ $setting }`
config-x-listed-twice = `{ $value }` 被列出了两次
config-x-status-page-empty = 状态页已启用，但没有列出任何组件：请在 `components` 下添加组件名称
config-x-status-page-title = 标题应为 { $min } 到 { $max } 个字符
config-x-allowed-host = 应为主机名或地址，端口可选（{ $examples }），实际为 `{ $value }`
config-x-port-needs-scale-command = 命令中的 `{ $placeholder }` 需要组件上有 `{ $setting }`
config-x-port-needs-scale-check = 检查中的 `{ $placeholder }` 需要组件上有 `{ $setting }`
config-x-scale-bounds = 应满足 1 ≤ `min_instances` ≤ `max_instances`
config-x-scale-command = 应为包含 `{ $placeholder }` 的非空 `argv` 列表
config-x-http-method = 应为以下之一：{ $expected }
config-x-process-check-needs-block = `process` 检查需要组件上有 `process:` 块
config-x-node-url = 应为 `node_exporter` 的指标 URL，例如 `{ $example }`，实际为 `{ $value }`
config-x-node-mountpoint = 应为绝对挂载点，例如 `/` 或 `/data`，实际为 `{ $value }`
config-x-promql-url = 应为 Prometheus 服务器的基础 URL，例如 `{ $example }`，实际为 `{ $value }`
config-x-sample-name = 样本名称只能使用字母、数字和 `_`，实际为 `{ $value }`
config-x-unknown-host-none = 未知主机 `{ $name }`：请在 `hosts:` 下声明（`name`、`address`、`user`、`key_file`、`known_hosts`）
config-x-unknown-host = 未知主机 `{ $name }`，应为以下之一：{ $expected }
config-x-hosts-list = 应为主机列表（`name`、`address`、`port`、`user`、`key_file`、`known_hosts`）
config-x-host-name = 主机名只能使用字母、数字、`-`、`_` 和 `.`，实际为 `{ $value }`
config-x-host-duplicate = 主机名 `{ $name }` 重复
config-x-host-address = 应为主机名或 IP 地址，实际为 `{ $value }`
config-x-host-user = 应为用户名，实际为 `{ $value }`
config-x-step-host = 应为 `hosts:` 中某个主机的名称
config-x-step-run-argv = `run:` 应为非空的字符串列表（`argv` 数组，不能是 shell 字符串）
config-x-rule-metric = 应为指标名称，例如 `{ $example }`
config-x-finite-number = 应为有限数值
config-x-rule-number = 应为数值、`200MB` 这样的大小或 `500ms` 这样的时长，实际为 `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = 未知模式 `{ $value }`，应为以下之一：{ $expected }
config-x-autoscale-rules-both = 规则请以内联方式（`metric`、`threshold_up`、`threshold_down`、`scale_factor`）或在 `rules:` 下以列表给出，不能同时使用
config-x-autoscale-rules-empty = 应至少有一条规则，例如 `{ $example }`
config-x-autoscale-rule-missing = 应有一条规则：`metric`、`threshold_up`、`threshold_down`（以及 `scale_factor`），或 `rules:` 下的列表
config-x-autoscale-metric-twice = `{ $metric }` 有两条规则；每个指标只能有一条规则
config-x-autoscale-min-zero = 应至少有 1 个实例
config-x-autoscale-min-max = 应满足 `min_instances`（{ $min }）≤ `max_instances`（{ $max }）
config-x-autoscale-above-scale-max = { $value } 超过了 `scale.max_instances`（{ $max }），`scale_up` 到此为止
config-x-autoscale-below-scale-min = { $value } 低于 `scale.min_instances`（{ $min }），`scale_down` 到此为止
config-x-autoscale-not-scalable = `autoscale` 需要可伸缩的组件：带有 `{"{"}port{"}"}` 和 `scale: {"{"} port: N {"}"}` 的受监管 `process.command`，或带有 `{"{"}replicas{"}"}` 的 `scale.command`
config-x-autoscale-horizon = `horizon` 仅用于 `mode: hybrid`（按预测伸缩）
config-x-autoscale-metric-empty = 应为组件样本中的指标，例如 `cpu_usage`、`response_time_seconds` 或 Prometheus 检查的指标
config-x-autoscale-metric-state = `{ $metric }` 是状态而不是负载度量；请按 `cpu_usage`、`memory_bytes`、`response_time_seconds` 或检查的指标伸缩
config-x-autoscale-metric-unsupervised = `{ $metric }` 只对 Guard 监管的进程（`process:`）进行测量
config-x-missing-key = 缺少 `{ $key }`
config-x-finite-number-found = 应为有限数值，实际为 { $value }
config-x-autoscale-thresholds = `threshold_down`（{ $down }）应低于 `threshold_up`（{ $up }），否则伸缩会来回振荡
config-x-autoscale-factor = `scale_factor` 应大于 1（1.5 = 增加一半），实际为 { $value }
config-x-comparison = 应为 `< 0.05` 或 `>= 1` 这样的比较，实际为 `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = 未知语言 `{ $value }`，应为以下之一：{ $expected }
config-x-channel-https-token = 应为 https:// URL（URL 中带有令牌，明文 http:// 仅允许用于 `127.0.0.1/localhost`）
config-x-channel-https = 应为 https:// URL
config-x-channel-headers-webhook = `headers` 仅适用于通用 `webhook` 渠道
config-x-channel-header-name = `{ $name }` 不是有效的 HTTP 头名称
config-x-channel-header-value = 不是有效的 HTTP 头值
config-x-smtp-security = 未知 SMTP 安全方式 `{ $value }`，应为以下之一：{ $expected }
config-x-smtp-host = 应为 SMTP 中继的主机名
config-x-smtp-clear-text = `security: none` 会以明文发送邮件和密码：仅允许用于 `127.0.0.1/localhost` 上的中继；请使用 `tls` 或 `starttls`
config-x-smtp-password-user = `password` 需要 `username`
config-x-email = 应为电子邮件地址，例如 `{ $example }`，实际为 `{ $value }`
config-x-email-recipients = 应至少有一个收件人
config-x-channel-kind-missing = 应有一种渠道类型：{ $kinds }
config-x-channel-kind-many = 应只有一种渠道类型，实际为 { $found }
config-x-severity = 未知严重级别 `{ $value }`，应为以下之一：{ $expected }
config-x-unknown-component = 未知组件 `{ $name }`
config-x-unknown-event = 未知事件 `{ $value }`，应为以下之一：{ $expected }
config-x-channel-name = 应为非空的渠道名称
config-x-retry-attempts = 尝试次数应在 { $min } 到 { $max } 次之间
config-x-channel-duplicate = 渠道名称 `{ $name }` 重复（首次由渠道 { $first } 使用）

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs).
config-x-front-listen = 应为类似 `{ $example }` 的地址，实际为 `{ $value }`
config-x-front-loopback = 除非 `{ $setting }` 为 `true`，否则前端只在环回地址（`127.0.0.1` 或 `::1`）上监听，实际为 `{ $value }`
config-x-front-port-zero = 应为固定端口，不能为 0
config-x-front-port-taken = 前端的端口 { $port } 与实例的基础端口（`scale.port`）相同；请另选一个
config-x-front-balance = 未知的负载均衡方式 `{ $value }`，应为以下之一：{ $expected }
config-x-front-weight = 权重应大于 0，实际为 { $value }
config-x-front-weights-count = 最多 { $max } 个实例（`scale.max_instances`），却有 { $count } 个权重
config-x-front-needs-instances = 前端需要由守护程序监管的实例：包含 `{ $placeholder }` 的 `process.command` 以及 `{ $example }`
config-x-front-try-timeout-twice = 单次尝试超时只能指定一次：`retry.per_try_timeout` 或 `try_timeout`，不能同时指定
config-x-front-failures-range = 失败次数应在 { $min } 到 { $max } 之间，实际为 { $value }
config-x-front-percent-range = 百分比应在 { $min } 到 { $max } 之间，实际为 { $value }
config-x-front-retries-range = 重试次数应在 { $min } 到 { $max } 之间，实际为 { $value }
config-x-front-ejection-times = `max_ejection_time` 短于 `base_ejection_time`
config-x-front-method = 应为大写的 HTTP 方法，例如 `PUT` 或 `DELETE`，实际为 `{ $value }`
config-x-front-guard-address = `{ $listen }` 是守护程序自身的 HTTP 地址（`{ $setting }`）
config-x-front-address-taken = `{ $component }` 的前端已在 `{ $listen }` 上监听

# A PromQL check's query, looked over before Prometheus sees it.
config-x-promql-empty = 应为 PromQL 表达式，例如 `{ $example }`
config-x-promql-unterminated = 查询第 { $at } 个字符处开始的字符串未结束
config-x-promql-mismatch = 查询第 { $at } 个字符处的 `{ $close }` 与第 { $open_at } 个字符处的 `{ $open }` 不匹配
config-x-promql-unmatched = 查询第 { $at } 个字符处的 `{ $close }` 没有对应的开括号
config-x-promql-unclosed = 查询第 { $at } 个字符处的 `{ $open }` 始终未闭合
