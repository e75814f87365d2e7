# Pipeline Guard 通用词汇。

## 产品

product-name = Pipeline Guard

## 组件状态

status-healthy = 健康
    .description = 所有检查均已通过。
status-degraded = 降级
    .description = 部分检查响应缓慢或间歇性失败。
status-failed = 故障
    .description = 检查失败，需要修复。
status-unknown = 未知
    .description = 尚无检查结果。

## 流水线模式

mode-healthy = 健康
mode-degraded = 降级
mode-healing = 修复中
mode-paused = 已暂停

pipeline-healthy = 流水线运行正常。
pipeline-degraded = 流水线已降级。
pipeline-healing = 流水线正在修复。
pipeline-paused = 流水线已暂停。

## 严重级别

severity-critical = 严重
severity-high = 高
severity-medium = 中
severity-low = 低
severity-warning = 警告
severity-info = 信息

## 区域

region-us-east = 美国东部
region-us-west = 美国西部
region-eu-west = 欧洲西部
region-eu-central = 欧洲中部
region-asia-pacific = 亚太
region-sa-east = 南美东部

## 单位

unit-duration-days = { $value }天
unit-duration-hours = { $value }小时
unit-duration-minutes = { $value }分钟
unit-duration-seconds = { $value }秒
unit-duration-milliseconds = { $value }毫秒
# 中文时长不加空格：1小时5分钟
unit-duration-separator = { "" }
unit-size-kilobytes = { $value } KB
unit-size-megabytes = { $value } MB
unit-size-gigabytes = { $value } GB
unit-requests-per-second = { $value } 次请求/秒
unit-components = { $count } 个组件
unit-incidents = { $count } 起事件

## 时间范围

time-range-last-15-minutes = 最近 15 分钟
time-range-last-hour = 最近 1 小时
time-range-last-6-hours = 最近 6 小时
time-range-last-24-hours = 最近 24 小时
time-range-last-7-days = 最近 7 天
time-range-last-30-days = 最近 30 天
time-range-custom = 自定义范围

## 按钮

button-save = 保存
button-cancel = 取消
button-close = 关闭
button-apply = 应用
button-refresh = 刷新
button-retry = 重试
button-delete = 删除
button-edit = 编辑
button-confirm = 确认
button-back = 返回
button-next = 下一步
button-export = 导出
button-heal-now = 立即修复
button-dry-run = 试运行

## 通用词

generic-yes = 是
generic-no = 否
generic-loading = 正在加载…
generic-none = 无
generic-language = 语言
