# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = Healing of one component
ui-healing-x-pause-component-body = The guard stops healing this component until you resume it; the rest of the lab is still healed.
ui-healing-x-maintenance = Maintenance windows
ui-healing-x-all-components = All components
ui-healing-x-no-maintenance = No maintenance windows.
ui-healing-x-duration = Duration
ui-healing-x-add-window = Add window
ui-healing-x-deliveries = Notification deliveries
ui-healing-x-delivery-sent = Sent
ui-healing-x-delivery-failed = Failed
ui-healing-x-delivery-dropped = Dropped
ui-healing-x-no-deliveries = No notifications sent yet.
ui-healing-x-pause-component = Pause healing of { $component }
ui-healing-x-resume-component = Resume healing of { $component }
ui-healing-x-minutes = { $minutes } min
ui-healing-x-attempts = { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    }
