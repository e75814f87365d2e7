# 事件和修复步骤的通知：通用 Webhook、Slack、Teams、电子邮件和桌面应用。
# $detail 是修复器自己的记录。

## 严重程度和标签

notification-severity-info = 信息
notification-severity-warning = 警告
notification-severity-critical = 严重

notification-label-component = 组件
notification-label-severity = 严重程度
notification-label-incident = 事件
notification-label-strategy = 修复步骤

## 事件类型

notification-kind-down = 宕机
notification-kind-crash = 崩溃
notification-kind-memory-limit = 超出内存上限
notification-kind-memory-forecast = 即将超出内存上限
notification-kind-alert = 告警触发

## 事件

notification-incident-opened-title = 事件 #{ $incident }：{ $component } 出现问题
notification-incident-opened-body = { $component } 状态：{ $kind }：{ $detail }
notification-step-started-title = 正在修复 { $component }：{ $strategy } 已开始
notification-step-started-body = { $detail }
notification-step-succeeded-title = 正在修复 { $component }：{ $strategy } 成功
notification-step-succeeded-body = 用时 { $seconds } 秒完成：{ $detail }
notification-step-failed-title = 正在修复 { $component }：{ $strategy } 失败
notification-step-failed-body = { $seconds } 秒后失败：{ $detail }
notification-incident-escalated-title = 事件 #{ $incident }：{ $component } 需要运维人员处理
notification-incident-escalated-body = 自动修复已停止：{ $detail }
notification-incident-resolved-title = 事件 #{ $incident } 已解决：{ $component } 已恢复正常
notification-incident-resolved-body = { $detail }

## 发送信息

notification-footer = 由 Pipeline Guard 发送
