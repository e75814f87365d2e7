# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = 未知组件 `{ $name }`
api-error-unknown-incident = 未知事件 { $id }
api-error-unknown-channel = 未知通知渠道 `{ $name }`
api-error-bad-query = 查询参数无效：{ $detail }
api-error-bad-json = 此操作的请求正文无效：{ $detail }
api-error-bad-json-expected = 此操作的请求正文无效：{ $detail }；应为 { $expected }
api-error-unknown-language = 未知语言 `{ $value }`，应为以下之一：{ $expected }
api-error-no-account = 安全功能已关闭，因此没有操作员账户

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = 需要身份验证：请发送 `{ $header }`（可通过 { $route } 获取）
api-denied-invalid = 令牌格式错误或签名无法验证
api-denied-expired = 令牌已过期；请重新登录
api-denied-revoked = 令牌已被吊销
api-denied-unknown-user = 令牌对应的账户已不存在或已停用
api-denied-forbidden = 需要权限 { $permission }
api-denied-bad-credentials = 用户名或密码错误
api-denied-throttled = 尝试次数过多；请在 { $seconds } 秒后重试
api-denied-setup-required = 安全功能已启用但尚无账户：请先创建管理员（`{ $command }`，或在本机使用启动时打印的设置令牌调用 { $route }）
api-denied-loopback-only = 此路由仅对环回客户端提供
api-denied-internal = 内部错误；请查看服务器日志

# An account or a region named in the path that does not exist.
api-error-no-user = 没有用户 `{ $name }`
api-error-unknown-region = 未知区域 `{ $value }`，应为以下之一：{ $expected }

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = 请在 `{ $to }` 和 `{ $duration }` 中只提供一个
api-error-alertmanager-payload = 无法读取 Alertmanager 负载：{ $detail }
