# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = 名称 `{ $name }` 无效：请使用 1 到 { $max } 个字母、数字、`.`、`_`、`-` 或 `@`
sec-error-invalid-name-bytes = 名称无效（{ $bytes } 字节）：请使用 1 到 { $max } 个字母、数字、`.`、`_`、`-` 或 `@`
sec-error-password-short = 密码太短（{ $count } 个字符）：至少需要 { $min } 个
sec-error-password-long = 密码超过了 { $max } 字节
sec-error-setup-done = 初始设置已完成：已有账户
sec-error-unknown-role = 未知角色 `{ $role }`（内置：`admin`、`operator`、`viewer`；可用 `{ $command }` 添加其他角色）
sec-error-user-exists = 用户 `{ $name }` 已存在
sec-error-builtin-role = `{ $name }` 是内置角色，不能更改
sec-error-ttl-unusable = 令牌有效期 { $seconds } 秒不可用
sec-error-scope-beyond = 用户 `{ $user }`（角色 `{ $role }`）不具备 { $permissions }
sec-error-ttl-zero = 令牌有效期必须为正数
sec-error-ttl-max = 令牌最长有效 { $max }（`{ $setting }`），不能是 { $ttl }
sec-error-key-from-config = 加密密钥来自配置（`{ $setting }`）；请在那里更改
sec-error-signing-key-from-config = 令牌签名密钥来自配置（`{ $setting }` 或 `{ $env }`）；请在那里更改
sec-error-key-file-missing = 密钥文件 { $file } 不存在，因此无法验证审计链
sec-error-checkpoints-missing = 检查点文件 { $file } 不存在或为空，但签名密钥 { $key } 存在：请从备份恢复该文件，或把密钥移走以开始新的检查点历史（此后审计日志只从那一点开始验证）
sec-error-signing-key-missing = 签名密钥 { $key } 不存在，但 { $file } 中有它签名的检查点：请从备份恢复密钥（换用新密钥会使审计日志无法验证）
sec-error-last-manager = `{ $name }` 是最后一个可以管理用户的账户；请先创建另一个管理员再删除它
sec-error-last-admin = `{ $name }` 是最后一个启用的管理员；请先让另一个账户成为管理员
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = 您不具备 { $permissions }，因此不能执行：{ $action }
sec-do-create-user = 创建角色为 `{ $role }` 的账户
sec-do-give-role = 给 `{ $name }` 角色 `{ $role }`
sec-do-change-role = 更改 `{ $name }`（`{ $role }`）的角色
sec-do-disable = 停用 `{ $name }`（`{ $role }`）
sec-do-enable = 启用 `{ $name }`（`{ $role }`）
sec-do-issue-token-role = 为 `{ $name }`（`{ $role }`）签发令牌
sec-do-issue-token = 为 `{ $name }` 签发令牌
