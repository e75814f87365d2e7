# Notifiche di incidenti e passi di ripristino: webhook generico, Slack, Teams, e-mail e
# l'app desktop. $detail è la registrazione del guaritore stesso.

## Gravità ed etichette

notification-severity-info = Informazione
notification-severity-warning = Avviso
notification-severity-critical = Critico

notification-label-component = Componente
notification-label-severity = Gravità
notification-label-incident = Incidente
notification-label-strategy = Passo di ripristino

## Tipi di incidente

notification-kind-down = non disponibile
notification-kind-crash = andato in crash
notification-kind-memory-limit = oltre il suo limite di memoria
notification-kind-memory-forecast = sul punto di superare il suo limite di memoria
notification-kind-alert = oggetto di un allarme attivo

## Eventi

notification-incident-opened-title = Incidente #{ $incident }: { $component } ha un problema
notification-incident-opened-body = { $component } è { $kind }: { $detail }
notification-step-started-title = Ripristino di { $component }: { $strategy } avviato
notification-step-started-body = { $detail }
notification-step-succeeded-title = Ripristino di { $component }: { $strategy } riuscito
notification-step-succeeded-body = Completato in { $seconds } s: { $detail }
notification-step-failed-title = Ripristino di { $component }: { $strategy } non riuscito
notification-step-failed-body = Non riuscito dopo { $seconds } s: { $detail }
notification-incident-escalated-title = Incidente #{ $incident }: { $component } richiede un operatore
notification-incident-escalated-body = Il ripristino automatico si è fermato: { $detail }
notification-incident-resolved-title = Incidente #{ $incident } risolto: { $component } è di nuovo integro
notification-incident-resolved-body = { $detail }

## Busta

notification-footer = Inviato da Pipeline Guard
