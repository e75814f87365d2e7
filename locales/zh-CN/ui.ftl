# 桌面应用和网页界面 (ui/)。

## 导航与框架

ui-nav-label = 主导航
ui-nav-overview = 概览
ui-nav-map = 区域地图
ui-nav-components = 组件
ui-nav-incidents = 事件
ui-nav-healing = 自愈
ui-nav-compliance = 合规
ui-nav-settings = 设置
ui-live-connected = 实时更新中
ui-live-disconnected = 正在重新连接…
ui-live-events = { $count } 条实时事件
ui-filter-region = 区域：{ $region }
ui-filter-clear = 清除区域筛选
ui-error-backend = 守护进程没有响应，正在重试…
ui-feature-unavailable = 此引擎版本不提供该功能

## 概览

ui-overview-title = 概览
ui-overview-running-for = 已守护 { $duration }
ui-overview-mode = 流水线状态
ui-overview-components = 组件
ui-overview-healing-rate = 自愈成功率
ui-overview-healing-attempts = 自愈尝试 { $count } 次
ui-overview-open-incidents = 未解决的事件
ui-overview-restarts = 进程重启 { $count } 次
ui-overview-last-actions = 最新事件与操作
ui-overview-regions = 区域
ui-overview-attention = 需要关注
ui-overview-all-good = 所有组件均健康。

## 实时动态

ui-feed-empty = 正在等待第一批事件…
ui-feed-status-changed = 从{ $from }变为{ $to }
ui-feed-process-started = 进程 { $pid } 已启动
ui-feed-process-exited = 进程 { $pid } 已退出，退出码 { $code }
ui-feed-process-killed = 进程 { $pid } 被信号 { $signal } 终止
ui-feed-notice = 通知
ui-feed-other = 引擎事件

## 区域地图

ui-map-title = 区域地图
ui-map-hint = 点击某个区域即可让所有页面只显示该区域；再次点击取消筛选。
ui-map-region-label = { $region }：{ $status }，{ $count } 个组件
ui-map-in-region = { $region } 的组件

## 组件

ui-components-title = 组件
ui-components-shown = 显示 { $shown } / { $total }
ui-components-search = 按名称、区域、状态搜索…
ui-components-none-match = 没有组件符合此搜索。
ui-component-critical = 关键组件
ui-col-name = 名称
ui-col-region = 区域
ui-col-status = 状态
ui-col-latency = 延迟
ui-col-cpu = 处理器
ui-col-memory = 内存
ui-col-restarts = 重启次数

## 组件详情

ui-detail-since = 已持续 { $duration }
ui-detail-not-found = 没有名为“{ $name }”的组件。
ui-detail-sla = 目标：{ $sla }
ui-detail-checks = 检查次数
ui-detail-checks-failed = 失败 { $count } 次
ui-detail-process = 进程
ui-detail-restarts = 重启 { $count } 次
ui-detail-last-check = 最近一次检查
ui-detail-issues = 当前问题：
ui-detail-range = 时间范围
ui-detail-timeline = 历史
ui-metric-latency = 响应时间
ui-metric-cpu = 处理器使用率
ui-metric-memory = 内存
ui-metric-error-rate = 错误率
ui-chart-no-data = 此时间范围内还没有样本
ui-chart-view = 图表视图
ui-chart-view-interactive = 交互式
ui-chart-view-server = 服务器渲染
ui-timeline-empty = 尚未发生任何事情。
ui-timeline-status = 变为{ $status }
ui-timeline-process-started = 进程已启动
ui-timeline-process-exited = 进程已退出

## 事件

ui-incidents-title = 事件
ui-incidents-list = 事件列表
ui-incidents-events = 事件时间线
ui-incidents-none = 没有符合这些筛选条件的事件。
ui-incidents-unavailable = 此引擎版本不提供事件跟踪；下方的时间线显示每一次状态变化和进程事件。
ui-incident-open = 未解决
ui-incident-recovered = 已恢复
ui-filter-component = 组件
ui-filter-all-components = 全部组件
ui-filter-state = 状态
ui-filter-state-all = 全部
ui-filter-state-open = 未解决
ui-filter-state-closed = 已恢复
ui-filter-kind = 事件类型
ui-filter-kind-all = 全部事件
ui-filter-kind-status = 状态变化
ui-filter-kind-process = 进程事件

## 自愈

ui-healing-title = 自愈控制
ui-healing-unavailable = 此引擎版本不提供自愈控制。
ui-healing-global = 自动自愈
ui-healing-active = 已启用
ui-healing-paused = 已暂停
ui-healing-pause = 暂停自愈
ui-healing-resume = 继续自愈
ui-healing-pause-body = 在您重新启用之前，所有组件的自动自愈都会停止。故障仍会被检测和记录。
ui-healing-resume-body = 所有组件的自动自愈将重新开始。
ui-healing-attempts = 尝试次数
ui-healing-successes = 成功次数
ui-healing-manual = 手动自愈
ui-healing-component = 目标组件
ui-healing-plan = 计划预览（演练）
ui-healing-history = 最近的自愈操作
ui-healing-no-actions = 还没有自愈操作。
ui-heal-strategy = 策略
ui-heal-confirm-title = 要修复 { $component } 吗？
ui-heal-confirm-body = 将立即对 { $component } 执行“{ $strategy }”。重启会短暂中断服务。
ui-heal-accepted = 已受理；操作 { $id } 正在执行。
ui-strategy-restart = 重启
ui-strategy-scale_up = 扩容
ui-strategy-migrate = 迁移
ui-strategy-run = 运行命令
ui-strategy-webhook = 调用网络钩子

## 守护进程返回的错误

ui-error-not_found = 未找到。
ui-error-bad_request = 请求无效，已被拒绝。
ui-error-unauthorized = 请重新登录。
ui-error-forbidden = 您没有执行此操作的权限。
ui-error-conflict = 已有其他操作正在进行。
ui-error-rate_limited = 请求过多，请稍后再试。
ui-error-setup_required = 需要先设置守护进程：请创建第一个操作员账户。
ui-error-internal = 守护进程出错，请查看其日志。

## 合规

ui-compliance-title = 合规

## 设置

ui-settings-title = 设置
ui-settings-language-hint = 界面会立即切换，并记住您的选择。
ui-settings-format-sample = 数字和日期：
ui-settings-theme = 主题
ui-settings-theme-system = 跟随系统
ui-settings-theme-light = 浅色
ui-settings-theme-dark = 深色
ui-settings-about = 关于
ui-settings-backend = 通过 { $kind } 连接到守护进程。
