# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = 未知字段 `{ $key }`，应为以下之一：{ $expected }
config-expected-unit = 应为时长或大小，例如 `5s` 或 `100MB`
config-value-too-large = `{ $value }` 太大
config-unknown-duration-unit = `{ $value }` 中的时长单位 `{ $unit }` 未知（可用值：{ $units }）
config-unknown-size-unit = `{ $value }` 中的大小单位 `{ $unit }` 未知（可用值：{ $units }）
config-duration-zero = 时长必须大于零
config-expected-top-mapping = 顶层应为包含 { $keys } 的映射
config-expected-component-list = 应为组件列表
config-unknown-dependency = { $key } 中的组件 `{ $name }` 未知
config-self-dependency = 组件不能依赖自身
config-dependency-cycle = 循环依赖：{ $cycle }
config-unknown-standard = 未知的合规标准 `{ $value }`，应为以下之一：{ $expected }
config-component-name = 组件名称只能使用字母、数字、`-`、`_` 和 `.`，实际为 `{ $name }`
config-component-needs-check = 组件需要一个 { $check }（或一个由 Guard 监管的 { $process }）
config-unknown-recovery-step = 未知的恢复步骤 `{ $value }`，应为以下之一：{ $expected }
config-unknown-value = `{ $key }` 的值 `{ $value }` 未知，应为以下之一：{ $expected }
config-expected-at-least = 至少应为 { $min }
config-expected-between = 应为 { $min } 到 { $max } 之间的数字
config-expected-listen = 应为类似 { $example } 的地址，实际为 `{ $found }`
config-expected-argv = 应为非空的参数列表（字符串列表，不能是 shell 命令行）
config-expected-sla = 应为 { $min } 到 { $max } 之间的可用性目标百分比
config-expected-url = 应为 http:// 或 https:// 的 URL，实际为 `{ $found }`
config-expected-host-port = 应为 { $form }，实际为 `{ $found }`
config-check-kind-missing = 应指定一种检查类型：{ $kinds }
config-check-kind-many = 只能指定一种检查类型，实际为 { $found }
config-expected-port = 应为 { $min } 到 { $max } 之间的端口
config-expected-score = 应为大于 0 且不超过 1 的评分阈值
config-expected-hysteresis = 滞后值应为 0 或更大
