# La schermata di benvenuto dell’app desktop: il primo avvio senza configurazione.

ui-welcome-title = Benvenuto in Pipeline Guard
ui-welcome-intro = Pipeline Guard sorveglia i tuoi servizi, rileva i problemi e li ripristina. Scegli come iniziare: l’app ricorda la tua scelta e la prossima volta apre direttamente la dashboard.
ui-welcome-choices = Come vuoi iniziare?
ui-welcome-demo = Avvia il laboratorio dimostrativo
ui-welcome-demo-detail = Sei piccoli servizi di laboratorio, uno per regione, girano sorvegliati su questo computer: la dashboard si riempie subito di dati in tempo reale.
ui-welcome-open = Apri un file di configurazione
ui-welcome-open-detail = Scegli una configurazione di Pipeline Guard esistente (YAML) in una finestra di dialogo.
ui-welcome-create = Crea una configurazione dal modello
ui-welcome-create-detail = Scrive in { $path } una configurazione iniziale commentata che sorveglia questo computer (un file esistente viene mantenuto) e la avvia. Modificala in seguito per aggiungere i tuoi servizi.
ui-welcome-starting = Avvio in corso…
ui-welcome-error-title = Questa configurazione non può essere avviata
ui-welcome-error-file = File: { $file }
ui-welcome-error-hint = Correggi il file e sceglilo di nuovo, oppure scegli un altro modo di iniziare.
