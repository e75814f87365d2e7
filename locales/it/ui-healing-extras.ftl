# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = Ripristino di un componente
ui-healing-x-pause-component-body = Il guardiano smette di ripristinare questo componente finché non riprendi; il resto del laboratorio continua a essere ripristinato.
ui-healing-x-maintenance = Finestre di manutenzione
ui-healing-x-all-components = Tutti i componenti
ui-healing-x-no-maintenance = Nessuna finestra di manutenzione.
ui-healing-x-duration = Durata
ui-healing-x-add-window = Aggiungi finestra
ui-healing-x-deliveries = Consegne delle notifiche
ui-healing-x-delivery-sent = Inviata
ui-healing-x-delivery-failed = Non riuscita
ui-healing-x-delivery-dropped = Scartata
ui-healing-x-no-deliveries = Nessuna notifica ancora inviata.
ui-healing-x-pause-component = Sospendi il ripristino di { $component }
ui-healing-x-resume-component = Riprendi il ripristino di { $component }
ui-healing-x-minutes = { $minutes } min
ui-healing-x-attempts = { $attempts ->
        [one] { $attempts } tentativo
       *[other] { $attempts } tentativi
    }
