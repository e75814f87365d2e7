# Connexion et droits de l’utilisateur connecté (UI ; application de bureau et navigateur).
ui-session-title = Se connecter à Pipeline Guard
ui-session-user = Nom d’utilisateur
ui-session-password = Mot de passe
ui-session-submit = Se connecter
ui-session-failed = Nom d’utilisateur ou mot de passe incorrect.
ui-session-signed-in = Connecté en tant que { $user } ({ $role })
ui-session-sign-out = Se déconnecter
ui-session-read-only = Votre rôle permet d’observer le laboratoire sans le modifier : les commandes de réparation sont désactivées.
