# Notification channels in the window (Settings) and the desktop app's own notifications.

## The test message a channel sends when an operator presses "Send test" (engine).

notification-test-title = Test message from Pipeline Guard
notification-test-body = This is a test of the notification channel. If you can read it, delivery works.

## Channels

ui-channels-title = Notification channels
ui-channels-hint = Where incidents and healing steps are sent. Secrets (tokens in URLs, header values, passwords) stay on the server and are never shown.
ui-channels-empty = No channels are configured.
ui-channels-config-hint = Changes are written to the config file (its comments and order kept) and take effect at once.
ui-channels-col-name = Name
ui-channels-col-kind = Kind
ui-channels-col-target = Target
ui-channels-col-filter = Filter
ui-channels-col-language = Language
ui-channels-kind-webhook = Webhook
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = E-mail
ui-channels-kind-desktop = Desktop app
ui-channels-secret-set = secret set (hidden)
ui-channels-headers = Headers: { $names }
ui-channels-recipients = To: { $list }
ui-channels-min-severity = Severity { $severity } or higher
ui-channels-components = Components: { $list }
ui-channels-events = Events: { $list }
ui-channels-all = everything
ui-channels-test = Send test
ui-channels-testing = Sending…
ui-channels-test-ok = Delivered in { $ms } ms
ui-channels-test-failed = Not delivered ({ $ms } ms): { $error }
ui-channels-history = Delivery history
ui-channels-history-hide = Hide history
ui-channels-history-empty = Nothing has been sent through this channel yet.
ui-channels-col-time = Time
ui-channels-col-event = Event
ui-channels-col-component = Component
ui-channels-col-status = Status
ui-channels-col-attempts = Attempts
ui-channels-col-error = Error
ui-channels-status-sent = sent
ui-channels-status-failed = failed
ui-channels-status-dropped = dropped
ui-channels-event-incident_opened = incident opened
ui-channels-event-step_started = healing step started
ui-channels-event-step_succeeded = healing step succeeded
ui-channels-event-step_failed = healing step failed
ui-channels-event-incident_escalated = incident escalated
ui-channels-event-incident_resolved = incident resolved
ui-channels-event-test = test message
ui-channels-page = { $from }–{ $to } of { $total }
ui-channels-newer = Newer
ui-channels-older = Older

## The desktop app's notifications

ui-desktop-notify-title = Desktop notifications
ui-desktop-notify-hint = The app shows a system notification, in the language chosen above, for:
ui-desktop-notify-critical = New incidents of critical components
ui-desktop-notify-failed = Failed healing (a failed step or an escalation)
ui-desktop-notify-none = Nothing will be notified.
ui-desktop-notify-saved = Saved.

## Audit log actions

ui-op-audit-notification-test = sent a test notification
ui-op-audit-notification-desktop = changed desktop notifications

## Adding, changing and removing channels

ui-channels-add = Add channel
ui-channels-edit = Edit
ui-channels-remove = Remove
ui-channels-remove-confirm = Really remove { $name }
ui-channels-save = Save
ui-channels-cancel = Cancel
ui-channels-form-add = New channel
ui-channels-form-edit = Edit { $name }
ui-channels-field-name = Name
ui-channels-field-min-severity = Minimum severity
ui-channels-field-url = URL
ui-channels-field-url-keep = Leave empty to keep the stored URL
ui-channels-field-smtp-host = SMTP server
ui-channels-field-smtp-port = Port
ui-channels-field-smtp-security = Connection security
ui-channels-field-smtp-username = User name
ui-channels-field-smtp-password = Password
ui-channels-field-password-keep = Leave empty to keep the stored password
ui-channels-field-from = From
ui-channels-field-to = To (comma-separated)
ui-channels-field-components = Components (comma-separated; empty: all)
ui-channels-field-events = Events (comma-separated; empty: all)
ui-channels-saved = Saved in the config file and in force.
ui-channels-removed = Removed from the config file.
ui-channels-problems = The config file was not changed:
ui-op-audit-notification-channel-add = added a notification channel
ui-op-audit-notification-channel-edit = changed a notification channel
ui-op-audit-notification-channel-remove = removed a notification channel
