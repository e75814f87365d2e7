# Canaux de notification dans la fenêtre (Paramètres) et notifications de bureau de l’application.

## Le message de test qu’un canal envoie quand on appuie sur « Envoyer un test » (moteur).

notification-test-title = Message de test de Pipeline Guard
notification-test-body = Ceci est un test du canal de notification. Si vous pouvez le lire, la livraison fonctionne.

## Canaux

ui-channels-title = Canaux de notification
ui-channels-hint = Où sont envoyés les incidents et les étapes de réparation. Les secrets (jetons dans les URL, valeurs d’en-têtes, mots de passe) restent sur le serveur et ne sont jamais affichés.
ui-channels-empty = Aucun canal n’est configuré.
ui-channels-config-hint = Les modifications sont écrites dans le fichier de configuration (commentaires et ordre conservés) et prennent effet immédiatement.
ui-channels-col-name = Nom
ui-channels-col-kind = Type
ui-channels-col-target = Destination
ui-channels-col-filter = Filtre
ui-channels-col-language = Langue
ui-channels-kind-webhook = Webhook
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = E-mail
ui-channels-kind-desktop = Application de bureau
ui-channels-secret-set = secret défini (masqué)
ui-channels-headers = En-têtes : { $names }
ui-channels-recipients = À : { $list }
ui-channels-min-severity = Gravité { $severity } ou plus
ui-channels-components = Composants : { $list }
ui-channels-events = Événements : { $list }
ui-channels-all = tout
ui-channels-test = Envoyer un test
ui-channels-testing = Envoi…
ui-channels-test-ok = Livré en { $ms } ms
ui-channels-test-failed = Non livré ({ $ms } ms) : { $error }
ui-channels-history = Historique des livraisons
ui-channels-history-hide = Masquer l’historique
ui-channels-history-empty = Rien n’a encore été envoyé par ce canal.
ui-channels-col-time = Heure
ui-channels-col-event = Événement
ui-channels-col-component = Composant
ui-channels-col-status = État
ui-channels-col-attempts = Tentatives
ui-channels-col-error = Erreur
ui-channels-status-sent = envoyé
ui-channels-status-failed = échoué
ui-channels-status-dropped = abandonné
ui-channels-event-incident_opened = incident ouvert
ui-channels-event-step_started = étape de réparation commencée
ui-channels-event-step_succeeded = étape de réparation réussie
ui-channels-event-step_failed = étape de réparation échouée
ui-channels-event-incident_escalated = incident escaladé
ui-channels-event-incident_resolved = incident résolu
ui-channels-event-test = message de test
ui-channels-page = { $from }–{ $to } sur { $total }
ui-channels-newer = Plus récents
ui-channels-older = Plus anciens

## Les notifications de bureau de l’application

ui-desktop-notify-title = Notifications de bureau
ui-desktop-notify-hint = L’application affiche une notification système, dans la langue choisie ci-dessus, pour :
ui-desktop-notify-critical = Les nouveaux incidents des composants critiques
ui-desktop-notify-failed = Les réparations échouées (une étape échouée ou une escalade)
ui-desktop-notify-none = Rien ne sera notifié.
ui-desktop-notify-saved = Enregistré.

## Actions du journal d’audit

ui-op-audit-notification-test = a envoyé une notification de test
ui-op-audit-notification-desktop = a modifié les notifications de bureau

## Adding, changing and removing channels

ui-channels-add = Ajouter un canal
ui-channels-edit = Modifier
ui-channels-remove = Supprimer
ui-channels-remove-confirm = Vraiment supprimer { $name }
ui-channels-save = Enregistrer
ui-channels-cancel = Annuler
ui-channels-form-add = Nouveau canal
ui-channels-form-edit = Modifier { $name }
ui-channels-field-name = Nom
ui-channels-field-min-severity = Gravité minimale
ui-channels-field-url = URL
ui-channels-field-url-keep = Laisser vide pour garder l’URL enregistrée
ui-channels-field-smtp-host = Serveur SMTP
ui-channels-field-smtp-port = Port
ui-channels-field-smtp-security = Sécurité de la connexion
ui-channels-field-smtp-username = Nom d’utilisateur
ui-channels-field-smtp-password = Mot de passe
ui-channels-field-password-keep = Laisser vide pour garder le mot de passe enregistré
ui-channels-field-from = Expéditeur
ui-channels-field-to = Destinataires (séparés par des virgules)
ui-channels-field-components = Composants (séparés par des virgules ; vide : tous)
ui-channels-field-events = Événements (séparés par des virgules ; vide : tous)
ui-channels-saved = Enregistré dans le fichier de configuration et en vigueur.
ui-channels-removed = Supprimé du fichier de configuration.
ui-channels-problems = Le fichier de configuration n’a pas été modifié :
ui-op-audit-notification-channel-add = a ajouté un canal de notification
ui-op-audit-notification-channel-edit = a modifié un canal de notification
ui-op-audit-notification-channel-remove = a supprimé un canal de notification
