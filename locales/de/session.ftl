# Anmeldung und was der angemeldete Benutzer darf (UI; Desktop-App und Browser).
ui-session-title = Bei Pipeline Guard anmelden
ui-session-user = Benutzername
ui-session-password = Passwort
ui-session-submit = Anmelden
ui-session-failed = Benutzername oder Passwort ist falsch.
ui-session-signed-in = Angemeldet als { $user } ({ $role })
ui-session-sign-out = Abmelden
ui-session-read-only = Ihre Rolle darf das Labor beobachten, aber nicht verändern: Die Heilungssteuerung ist deaktiviert.
