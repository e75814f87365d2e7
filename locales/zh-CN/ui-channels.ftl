# 窗口（设置）中的通知渠道，以及应用的桌面通知。

## 按下“发送测试”时渠道发送的测试消息（引擎）。

notification-test-title = 来自 Pipeline Guard 的测试消息
notification-test-body = 这是对通知渠道的测试。如果您能看到它，说明投递正常。

## 渠道

ui-channels-title = 通知渠道
ui-channels-hint = 事件和修复步骤发送到哪里。机密信息（URL 中的令牌、请求头的值、密码）保留在服务器上，从不显示。
ui-channels-empty = 尚未配置任何渠道。
ui-channels-config-hint = 要添加、修改或删除渠道，请编辑配置文件中的 pipeline.notifications。
ui-channels-col-name = 名称
ui-channels-col-kind = 类型
ui-channels-col-target = 目标
ui-channels-col-filter = 过滤条件
ui-channels-col-language = 语言
ui-channels-kind-webhook = Webhook
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = 电子邮件
ui-channels-kind-desktop = 桌面应用
ui-channels-secret-set = 已设置机密（隐藏）
ui-channels-headers = 请求头：{ $names }
ui-channels-recipients = 收件人：{ $list }
ui-channels-min-severity = 严重程度 { $severity } 及以上
ui-channels-components = 组件：{ $list }
ui-channels-events = 事件：{ $list }
ui-channels-all = 全部
ui-channels-test = 发送测试
ui-channels-testing = 正在发送…
ui-channels-test-ok = 已投递，用时 { $ms } ms
ui-channels-test-failed = 未投递（{ $ms } ms）：{ $error }
ui-channels-history = 投递历史
ui-channels-history-hide = 隐藏历史
ui-channels-history-empty = 此渠道尚未发送过任何内容。
ui-channels-col-time = 时间
ui-channels-col-event = 事件
ui-channels-col-component = 组件
ui-channels-col-status = 状态
ui-channels-col-attempts = 尝试次数
ui-channels-col-error = 错误
ui-channels-status-sent = 已发送
ui-channels-status-failed = 失败
ui-channels-status-dropped = 已丢弃
ui-channels-event-incident_opened = 事件已创建
ui-channels-event-step_started = 修复步骤已开始
ui-channels-event-step_succeeded = 修复步骤成功
ui-channels-event-step_failed = 修复步骤失败
ui-channels-event-incident_escalated = 事件已升级
ui-channels-event-incident_resolved = 事件已解决
ui-channels-event-test = 测试消息
ui-channels-page = 第 { $from }–{ $to } 条，共 { $total } 条
ui-channels-newer = 较新
ui-channels-older = 较早

## 应用的桌面通知

ui-desktop-notify-title = 桌面通知
ui-desktop-notify-hint = 应用会以上面选择的语言，在以下情况显示系统通知：
ui-desktop-notify-critical = 关键组件出现新事件
ui-desktop-notify-failed = 修复失败（某个步骤失败或事件升级）
ui-desktop-notify-none = 不会通知任何内容。
ui-desktop-notify-saved = 已保存。

## 审计日志操作

ui-op-audit-notification-test = 发送了测试通知
ui-op-audit-notification-desktop = 更改了桌面通知
