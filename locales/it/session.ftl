# Accesso e ciò che l'utente connesso può fare (UI; app desktop e browser).
ui-session-title = Accedi a Pipeline Guard
ui-session-user = Nome utente
ui-session-password = Password
ui-session-submit = Accedi
ui-session-failed = Nome utente o password errati.
ui-session-signed-in = Accesso come { $user } ({ $role })
ui-session-sign-out = Esci
ui-session-read-only = Il tuo ruolo può osservare il laboratorio ma non modificarlo: i controlli di ripristino sono disattivati.
