# Canali di notifica nella finestra (Impostazioni) e notifiche desktop dell'app.

## Il messaggio di prova che un canale invia premendo «Invia prova» (motore).

notification-test-title = Messaggio di prova da Pipeline Guard
notification-test-body = Questa è una prova del canale di notifica. Se riesci a leggerla, la consegna funziona.

## Canali

ui-channels-title = Canali di notifica
ui-channels-hint = Dove vengono inviati incidenti e passi di ripristino. I segreti (token negli URL, valori delle intestazioni, password) restano sul server e non vengono mai mostrati.
ui-channels-empty = Nessun canale configurato.
ui-channels-config-hint = Le modifiche vengono scritte nel file di configurazione (commenti e ordine conservati) e hanno effetto subito.
ui-channels-col-name = Nome
ui-channels-col-kind = Tipo
ui-channels-col-target = Destinazione
ui-channels-col-filter = Filtro
ui-channels-col-language = Lingua
ui-channels-kind-webhook = Webhook
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = E-mail
ui-channels-kind-desktop = App desktop
ui-channels-secret-set = segreto impostato (nascosto)
ui-channels-headers = Intestazioni: { $names }
ui-channels-recipients = A: { $list }
ui-channels-min-severity = Gravità { $severity } o superiore
ui-channels-components = Componenti: { $list }
ui-channels-events = Eventi: { $list }
ui-channels-all = tutto
ui-channels-test = Invia prova
ui-channels-testing = Invio…
ui-channels-test-ok = Consegnato in { $ms } ms
ui-channels-test-failed = Non consegnato ({ $ms } ms): { $error }
ui-channels-history = Cronologia delle consegne
ui-channels-history-hide = Nascondi cronologia
ui-channels-history-empty = Nulla è stato ancora inviato tramite questo canale.
ui-channels-col-time = Ora
ui-channels-col-event = Evento
ui-channels-col-component = Componente
ui-channels-col-status = Stato
ui-channels-col-attempts = Tentativi
ui-channels-col-error = Errore
ui-channels-status-sent = inviato
ui-channels-status-failed = non riuscito
ui-channels-status-dropped = scartato
ui-channels-event-incident_opened = incidente aperto
ui-channels-event-step_started = passo di ripristino avviato
ui-channels-event-step_succeeded = passo di ripristino riuscito
ui-channels-event-step_failed = passo di ripristino non riuscito
ui-channels-event-incident_escalated = incidente escalato
ui-channels-event-incident_resolved = incidente risolto
ui-channels-event-test = messaggio di prova
ui-channels-page = { $from }–{ $to } di { $total }
ui-channels-newer = Più recenti
ui-channels-older = Meno recenti

## Le notifiche desktop dell'app

ui-desktop-notify-title = Notifiche desktop
ui-desktop-notify-hint = L'app mostra una notifica di sistema, nella lingua scelta sopra, per:
ui-desktop-notify-critical = Nuovi incidenti di componenti critici
ui-desktop-notify-failed = Ripristino non riuscito (un passo fallito o un'escalation)
ui-desktop-notify-none = Non verrà notificato nulla.
ui-desktop-notify-saved = Salvato.

## Azioni del registro di controllo

ui-op-audit-notification-test = ha inviato una notifica di prova
ui-op-audit-notification-desktop = ha modificato le notifiche desktop

## Adding, changing and removing channels

ui-channels-add = Aggiungi canale
ui-channels-edit = Modifica
ui-channels-remove = Rimuovi
ui-channels-remove-confirm = Rimuovi davvero { $name }
ui-channels-save = Salva
ui-channels-cancel = Annulla
ui-channels-form-add = Nuovo canale
ui-channels-form-edit = Modifica { $name }
ui-channels-field-name = Nome
ui-channels-field-min-severity = Gravità minima
ui-channels-field-url = URL
ui-channels-field-url-keep = Lascia vuoto per mantenere l'URL salvato
ui-channels-field-smtp-host = Server SMTP
ui-channels-field-smtp-port = Porta
ui-channels-field-smtp-security = Sicurezza della connessione
ui-channels-field-smtp-username = Nome utente
ui-channels-field-smtp-password = Password
ui-channels-field-password-keep = Lascia vuoto per mantenere la password salvata
ui-channels-field-from = Mittente
ui-channels-field-to = Destinatari (separati da virgole)
ui-channels-field-components = Componenti (separati da virgole; vuoto: tutti)
ui-channels-field-events = Eventi (separati da virgole; vuoto: tutti)
ui-channels-saved = Salvato nel file di configurazione e in vigore.
ui-channels-removed = Rimosso dal file di configurazione.
ui-channels-problems = Il file di configurazione non è stato modificato:
ui-op-audit-notification-channel-add = ha aggiunto un canale di notifica
ui-op-audit-notification-channel-edit = ha modificato un canale di notifica
ui-op-audit-notification-channel-remove = ha rimosso un canale di notifica
