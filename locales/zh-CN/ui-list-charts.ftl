# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = 无效的标签 `{ $tag }`：标签只能使用字母、数字、`-`、`_`、`.`、`/` 和 `:`，最多 { $max } 个字符
config-tag-duplicate = 标签 `{ $tag }` 重复出现
config-tag-not-text = 标签必须是文本（数字和布尔值请加引号）
config-tags-shape = { $key } 应为标签列表（{ $list }）或带键标签的映射（{ $map }）

## The components list

ui-list-heartbeat = 最近的检查
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time }：{ $status }，{ $latency }
ui-list-beat-none = 尚无检查
ui-list-avail-24h = 24 小时
ui-list-avail-30d = 30 天
ui-list-chips = 按状态筛选
ui-list-chip-all = 全部
ui-list-chip-healthy = 健康
ui-list-chip-degraded = 降级
ui-list-chip-failed = 宕机
ui-list-chip-unknown = 未知
ui-list-tag = 标签
ui-list-tag-any = 所有标签
ui-list-tag-filter = 只显示带有标签 { $tag } 的组件
ui-list-group-by = 分组方式
ui-list-group-none = 不分组
ui-list-group-region = 区域
ui-list-group-tag = 标签
ui-list-untagged = 无标签
ui-list-group-count = { $count } 个组件
ui-list-group-toggle = 显示或隐藏 { $group }

## The component page's charts

ui-chart-from = 从
ui-chart-to = 到
ui-chart-apply = 应用
ui-chart-range-invalid = 开始时间必须早于结束时间。
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = 实时（1 秒）
ui-chart-live-hint = 最近 5 分钟，来自事件流，每秒一个点
ui-chart-zoom-hint = 在图表上拖动以放大，双击恢复
ui-chart-reset = 重置缩放
ui-chart-legend = 标记
ui-chart-marker-failed = 宕机（事件）
ui-chart-marker-degraded = 降级
ui-chart-marker-healthy = 已恢复
ui-chart-marker-restart = 进程已启动
ui-chart-marker-action = 修复操作
