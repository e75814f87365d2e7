# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = 会话时长不能超过 api_token_max_ttl（{ $max }）
config-x-min-above-max = min_instances 大于 max_instances
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
config-x-scale-bounds = 应满足 1 ≤ min_instances ≤ max_instances
config-x-scale-command = 应为包含 `{ $placeholder }` 的非空 argv 列表
config-x-http-method = 应为以下之一：{ $expected }
config-x-process-check-needs-block = `process` 检查需要组件上有 `process:` 块
config-x-node-url = 应为 node_exporter 的指标 URL，例如 `{ $example }`，实际为 `{ $value }`
config-x-node-mountpoint = 应为绝对挂载点，例如 `/` 或 `/data`，实际为 `{ $value }`
config-x-promql-url = 应为 Prometheus 服务器的基础 URL，例如 `{ $example }`，实际为 `{ $value }`
config-x-sample-name = 样本名称只能使用字母、数字和 `_`，实际为 `{ $value }`
config-x-unknown-host-none = 未知主机 `{ $name }`：请在 `hosts:` 下声明（name、address、user、key_file、known_hosts）
config-x-unknown-host = 未知主机 `{ $name }`，应为以下之一：{ $expected }
config-x-hosts-list = 应为主机列表（name、address、port、user、key_file、known_hosts）
config-x-host-name = 主机名只能使用字母、数字、`-`、`_` 和 `.`，实际为 `{ $value }`
config-x-host-duplicate = 主机名 `{ $name }` 重复
config-x-host-address = 应为主机名或 IP 地址，实际为 `{ $value }`
config-x-host-user = 应为用户名，实际为 `{ $value }`
config-x-step-host = 应为 `hosts:` 中某个主机的名称
config-x-step-run-argv = `run:` 应为非空的字符串列表（argv 数组，不能是 shell 字符串）
config-x-rule-metric = 应为指标名称，例如 `{ $example }`
config-x-finite-number = 应为有限数值
config-x-rule-number = 应为数值、`200MB` 这样的大小或 `500ms` 这样的时长，实际为 `{ $value }`
