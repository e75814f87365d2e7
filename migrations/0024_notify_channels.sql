-- Notification channels in the window (issue 20): one channel's delivery history is paged
-- newest first (`GET /api/notifications/channels/{name}/deliveries`), and each operator's
-- choice of what the desktop app shows as a system notification.
CREATE INDEX notification_deliveries_by_channel ON notification_deliveries (channel, id);

CREATE TABLE desktop_notify (
    account             TEXT    PRIMARY KEY,   -- the operator's account (the OS user's name at the app)
    critical_incidents  INTEGER NOT NULL,      -- 1: a new incident of a critical component notifies
    failed_healing      INTEGER NOT NULL,      -- 1: a failed healing step or an escalation notifies
    language            TEXT    NOT NULL,      -- the notification texts' language (`de`, `pt-BR`, …)
    updated_ms          INTEGER NOT NULL
);
