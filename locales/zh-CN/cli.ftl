# pipeline-guard 命令行的可读输出。

## validate

cli-validate-ok = { $file } 有效：{ $regions } 个区域中共有 { $components } 个组件。
cli-validate-failed = { $file } 无效：发现 { $count } 个问题。

## 配置错误

cli-config-syntax = YAML 无效：{ $detail }
cli-config-unknown-key = 未知的键“{ $key }”
cli-config-missing-key = 缺少必需的键“{ $key }”
cli-config-invalid-value = “{ $key }”的值无效：{ $detail }
cli-config-invalid-duration = 无效的时长“{ $value }”（示例：250ms、1s、5m、24h、7d）
cli-config-invalid-size = 无效的大小“{ $value }”（示例：512KB、100MB、2GB）
cli-config-unknown-region = 未知的区域“{ $value }”（可选值：{ $expected }）
cli-config-unknown-check = 未知的检查类型“{ $value }”（可选值：{ $expected }）
cli-config-unknown-strategy = 未知的恢复策略“{ $value }”（可选值：{ $expected }）
cli-config-duplicate-component = 组件“{ $name }”被重复定义
cli-config-out-of-range = “{ $key }”必须介于 { $min } 和 { $max } 之间
cli-config-env-override = 环境变量 { $var } 的值无效：{ $detail }

## serve 和 demo

cli-serve-starting = 正在启动 Pipeline Guard，共 { $components } 个组件…
cli-serve-listening = 服务地址：{ $url }
cli-serve-stopping = 正在关闭：保存历史记录…
cli-serve-stopped = 已正常停止。
cli-demo-starting = 正在启动演示环境：{ $services } 个本地服务，含预设故障…
cli-demo-open-browser = 在浏览器中打开 { $url } 观看演示。
cli-demo-open-desktop = 正在打开桌面应用…
cli-demo-fault = 预设故障：{ $component } 上的 { $fault }
cli-healing-action = 正在修复 { $component }：{ $strategy }
cli-healing-dry-run = 试运行：将使用 { $strategy } 修复 { $component }（不会实际执行）

## detect

cli-detect-summary =
    已对 { $input } 中的 { $rows } 行评分：{ $anomalies ->
        [0] 没有超过 { $threshold } 的异常
       *[other] { $anomalies } 个异常超过 { $threshold }
    }。
cli-detect-written = 评分已写入 { $output }。

## report、verify、audit

cli-report-written = 报告已写入 { $file }。
cli-audit-ok = 审计日志完整：已验证 { $rows } 行。
cli-audit-broken = 审计日志在第 { $row } 行损坏：{ $reason }

## 用户和令牌

cli-user-password-prompt = { $name } 的密码：
cli-user-added = 已添加用户 { $name }，角色为 { $role }。
cli-token-issued = { $user } 的令牌，有效期 { $ttl }：

## 错误

cli-error-prefix = 错误
cli-error-file-not-found = 无法读取 { $file }：文件不存在
cli-error-io = 无法读取 { $file }：{ $detail }
cli-error-database = 数据库错误：{ $detail }
cli-error-invalid-date = 无效的日期“{ $value }”（应为 YYYY-MM-DD 或 RFC 3339 格式）
cli-error-unknown-standard = 未知的合规标准“{ $value }”（可选值：{ $expected }）
cli-error-unknown-format = 未知的输出格式“{ $value }”（可选值：{ $expected }）
cli-error-unknown-language = 未知的语言“{ $value }”（可用语言：{ $expected }）
cli-error-address-in-use = 地址 { $addr } 已被占用
cli-error-permission-denied = 权限被拒绝：{ $detail }
cli-error-internal = 内部错误：{ $detail }
cli-hint-help = 运行“pipeline-guard --help”查看用法。
