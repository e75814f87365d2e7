# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = 单个组件的自愈
ui-healing-x-pause-component-body = 在您重新启用之前，守护程序不再修复此组件；实验环境的其他部分仍会被修复。
ui-healing-x-maintenance = 维护窗口
ui-healing-x-all-components = 所有组件
ui-healing-x-no-maintenance = 没有维护窗口。
ui-healing-x-duration = 时长
ui-healing-x-add-window = 添加窗口
ui-healing-x-deliveries = 通知投递
ui-healing-x-delivery-sent = 已发送
ui-healing-x-delivery-failed = 失败
ui-healing-x-delivery-dropped = 已丢弃
ui-healing-x-no-deliveries = 尚未发送任何通知。
ui-healing-x-pause-component = 暂停 { $component } 的自愈
ui-healing-x-resume-component = 继续 { $component } 的自愈
ui-healing-x-minutes = { $minutes } 分钟
ui-healing-x-attempts = 尝试 { $attempts } 次
