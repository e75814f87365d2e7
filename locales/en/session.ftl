# Sign-in and what the signed-in user may do (UI; desktop app and browser).
ui-session-title = Sign in to Pipeline Guard
ui-session-user = User name
ui-session-password = Password
ui-session-submit = Sign in
ui-session-failed = Wrong user name or password.
ui-session-signed-in = Signed in as { $user } ({ $role })
ui-session-sign-out = Sign out
ui-session-read-only = Your role may watch the lab but not change it: healing controls are disabled.
