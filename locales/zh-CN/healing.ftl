# 修复等待的原因

heal-refusal-disabled = 配置中已禁用修复
heal-refusal-paused = 修复已暂停
heal-refusal-maintenance = 维护窗口持续到 { $until }
heal-refusal-cooling-down = 上次修复后的冷却期，持续到 { $until }
heal-refusal-breaker-open = 多次修复失败后断路器已打开，持续到 { $until }
