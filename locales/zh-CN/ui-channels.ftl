# 窗口（设置）中的通知渠道，以及应用的桌面通知。

## 按下“发送测试”时渠道发送的测试消息（引擎）。

notification-test-title = 来自 Pipeline Guard 的测试消息
notification-test-body = 这是对通知渠道的测试。如果您能看到它，说明投递正常。

## 渠道

ui-channels-title = 通知渠道
ui-channels-hint = 事件和修复步骤发送到哪里。机密信息（URL 中的令牌、请求头的值、密码）保留在服务器上，从不显示。
ui-channels-empty = 尚未配置任何渠道。
ui-channels-config-hint = 更改会写入配置文件（保留其注释和顺序）并立即生效。
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

## Adding, changing and removing channels

ui-channels-add = 添加渠道
ui-channels-edit = 编辑
ui-channels-remove = 删除
ui-channels-remove-confirm = 确认删除 { $name }
ui-channels-save = 保存
ui-channels-cancel = 取消
ui-channels-form-add = 新渠道
ui-channels-form-edit = 编辑 { $name }
ui-channels-field-name = 名称
ui-channels-field-min-severity = 最低严重程度
ui-channels-field-url = URL
ui-channels-field-url-keep = 留空则保留已保存的 URL
ui-channels-field-smtp-host = SMTP 服务器
ui-channels-field-smtp-port = 端口
ui-channels-field-smtp-security = 连接安全
ui-channels-field-smtp-username = 用户名
ui-channels-field-smtp-password = 密码
ui-channels-field-password-keep = 留空则保留已保存的密码
ui-channels-field-from = 发件人
ui-channels-field-to = 收件人（以逗号分隔）
ui-channels-field-components = 组件（以逗号分隔；留空：全部）
ui-channels-field-events = 事件（以逗号分隔；留空：全部）
ui-channels-saved = 已保存到配置文件并生效。
ui-channels-removed = 已从配置文件中删除。
ui-channels-problems = 配置文件未被修改：
ui-op-audit-notification-channel-add = 添加了通知渠道
ui-op-audit-notification-channel-edit = 修改了通知渠道
ui-op-audit-notification-channel-remove = 删除了通知渠道
