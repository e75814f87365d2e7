# 从终端管理账户和密钥（issue 15）。
cli-user-unlocked = 已清除 { $name } 的登录退避（{ $sources } 个来源）；其失败次数已归零。
cli-key-signing-rotated = 已轮换令牌签名密钥；用旧密钥签名的令牌在过期前仍然有效，最迟到 协调世界时 { $until }。
cli-key-signing-from-config = 令牌签名密钥来自配置（{ $setting }）；请在配置中修改以轮换它。
cli-key-data-rotated = 已轮换数据加密密钥；重新加密了 { $values } 个值。
cli-key-data-from-config = 数据加密密钥来自配置中的口令（{ $setting }）；请在配置中修改以轮换它。
