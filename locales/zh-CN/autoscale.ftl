# 自动扩缩容的决定，以及扩缩容等待的原因。

autoscale-reason-above = { $metric } 为 { $value }，达到或超过 { $threshold }
autoscale-reason-forecast = { $metric } 为 { $value }，预计将在 { $seconds } 秒内达到 { $threshold }（预测范围结束时为 { $predicted }）
autoscale-reason-below = { $metric } 为 { $value }，等于或低于 { $threshold }
autoscale-reason-below-min = 正在运行 { $instances } 个实例，少于最小值 { $min }
autoscale-reason-above-max = 正在运行 { $instances } 个实例，多于最大值 { $max }
autoscale-hold-disabled = 配置中已禁用修复
autoscale-hold-paused = 扩缩容已暂停
autoscale-hold-maintenance = 维护窗口持续到 { $until }
autoscale-hold-cooling-down = 上次扩缩容后的冷却期，持续到 { $until }
autoscale-hold-at-max = 已达到最多 { $max } 个实例
autoscale-hold-at-min = 已达到最少 { $min } 个实例
autoscale-hold-no-samples = 没有 { $metric } 的最新样本
autoscale-decision-up = 从 { $from } 个实例扩容到 { $to } 个：{ $reason }
autoscale-decision-down = 从 { $from } 个实例缩容到 { $to } 个：{ $reason }
autoscale-decision-held = 从 { $from } 个实例的扩缩容被暂缓：{ $hold }（{ $reason }）
autoscale-decision-blocked = { $from } 个实例不做扩缩容：{ $hold }
autoscale-decision-failed = 从 { $from } 到 { $to } 个实例的扩缩容停在 { $reached } 个：{ $reason }
autoscale-dry-run = （演练：未做任何更改）
