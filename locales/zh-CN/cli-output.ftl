# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

cli-error-password-stdin = 无法从标准输入读取密码：{ $detail }
cli-error-no-password = 标准输入中没有密码（请通过管道传入：{ $example }）
cli-error-erase-confirm = 清除“{ $name }”后无法撤销：请加上 { $flag } 以确认
cli-user-list-disabled = 已停用
cli-role-added = 角色 { $name }：{ $permissions }
cli-error-bad-ttl = { $option }：无效的时长“{ $value }”（示例：30m、1h、7d）
cli-token-issued-detail = { $user } 的令牌 { $jti }，权限 { $permissions }，有效期至 协调世界时 { $until }。
cli-token-revoked = 已吊销令牌 { $jti }。
cli-error-no-database = { $db }：没有这个数据库
cli-error-no-signing-key = Guard 没有签名密钥
cli-error-no-checkpoints = 审计日志没有检查点
cli-error-cannot-write = 无法写入 { $file }：{ $detail }
cli-error-cannot-create = 无法创建 { $file }：{ $detail }
cli-error-cannot-start = 无法启动 { $program }：{ $detail }
cli-error-cannot-listen = 无法在 { $addr } 上监听：{ $detail }
cli-error-at-least-one = { $option }：至少应为 1
cli-error-bad-public-key = { $option }：不是 Ed25519 公钥（应为“ed25519:”加 64 位十六进制数字，即“{ $export }”输出的格式）
cli-error-export-unaudited = 报告已写入，但其导出未能记入审计日志：{ $detail }
cli-report-written-signed = { $file }：{ $bytes } 字节，SHA-256 { $digest }，签名者 { $key }
cli-demo-labsvc-missing = 在 { $path } 找不到实验室服务程序（请用“{ $command }”构建）
cli-demo-config-invalid = 内置的演示配置无效：
cli-demo-port-busy = 端口 { $port } 已被占用；请用 { $option } 选择其他端口
cli-demo-no-window = 桌面应用无法打开窗口（{ $reason }）；改为提供网页界面。
cli-demo-app-exited = 桌面应用以 { $status } 退出
cli-demo-no-app = 桌面应用尚未构建（{ $command }）；改为提供网页界面。
cli-detect-empty = { $file }:{ $line }：应为表头“{ $header }”，但文件已结束
cli-detect-bad-header = { $file }:{ $line }：应为表头“{ $header }”，实际为 { $found }
cli-detect-field-count = { $file }:{ $line }：应为 2 个字段“{ $header }”，实际为 { $found } 个
cli-detect-bad-timestamp = { $file }:{ $line }：应为时间戳“{ $format }”或 RFC 3339，实际为 { $found }
cli-detect-bad-value = { $file }:{ $line }：值应为有限数字，实际为 { $found }
cli-tls-cert-unreadable = 无法读取 TLS 证书 { $file }：{ $detail }
cli-tls-no-cert = { $file } 中没有 PEM 证书
cli-tls-key-unreadable = 无法读取 TLS 私钥 { $file }：{ $detail }
cli-tls-setup = TLS 设置失败：{ $detail }
cli-tls-mismatch = TLS 证书 { $cert } 与密钥 { $key } 无法构成服务器身份：{ $detail }
cli-serve-needs-tls = 拒绝在 { $addr } 上监听：没有 TLS 时只允许环回地址（请使用 127.0.0.1，或设置 { $key }）
cli-serve-no-ui-index = { $option } { $dir }：那里没有 { $file }（请用“{ $command }”构建网页界面）
cli-serve-no-embedded-ui = 此程序构建时未包含网页界面（构建时缺少 { $dir }）；/ 页面说明了如何构建
cli-serve-security-disabled = 安全功能已关闭（{ $key }）：本机的任何本地用户都能操作 API（网页不能：有 { $checks } 检查）；在共享机器上请开启安全功能
cli-serve-setup-banner =
    安全功能已开启，但还没有任何账户。在创建管理员之前，API 一律返回 503。
    请用以下任一方式创建管理员：
      { $command }   （密码从标准输入读取）
    或者，仅限在本机上：
      { $request }
cli-serve-closing-connections = { $seconds } 秒后关闭仍然打开的连接。
