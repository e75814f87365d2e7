# Compliance: restriction texts, report evidence, account export/erasure and backups.

evidence-audit-unverifiable = Impossibile verificare il registro di audit: { $reason }.
evidence-secrets-plaintext = Segreti memorizzati non cifrati: { $count }.
evidence-keyfile-open = Il file delle chiavi { $path } è leggibile da altri utenti (modalità { $mode }); deve essere 600.
evidence-secrets-encrypted = Segreti e token API sono cifrati con XChaCha20-Poly1305 ({ $count ->
        [one] { $count } valore
       *[other] { $count } valori
    }), con una chiave conservata fuori dal database in { $path }.
evidence-secrets-encrypted-passphrase = Segreti e token API sono cifrati con XChaCha20-Poly1305 ({ $count ->
        [one] { $count } valore
       *[other] { $count } valori
    }), con una chiave derivata dalla passphrase configurata.
evidence-access-roles = Account attivi per ruolo: { $list }.
evidence-access-active = Ogni account attivo ha effettuato l'accesso negli ultimi 90 giorni.
evidence-access-stale = Account senza accesso da 90 giorni, da rivedere: { $count } ({ $names }).
evidence-backup-verified = Il file di backup { $path } è presente e corrisponde al suo SHA-256 registrato; backup nel periodo: { $count }.
evidence-backup-corrupt = Il file di backup { $path } non corrisponde al suo SHA-256 registrato.
evidence-backup-missing = Il file di backup { $path } manca.
evidence-incidents-mttd = Tempo medio di rilevamento { $mttd }; azioni di ripristino eseguite: { $actions }.
evidence-healing-partly-audited = Azioni di ripristino nel registro di audit: { $audited } su { $count }.
action-scale-down = Riduci
action-notify = Notifica
result-skipped = Saltata
restriction-gdpr-transfer = I dati personali di interessati dell'UE non possono lasciare l'UE senza una decisione di adeguatezza o garanzie adeguate.
restriction-gdpr-lawful-basis = Richiede una base giuridica; esportare solo i dati necessari allo scopo.
restriction-gdpr-record = Annotare l'operazione nel registro delle attività di trattamento (registro di audit).
restriction-gdpr-processor = La condivisione con un responsabile del trattamento richiede un accordo sul trattamento dei dati.
restriction-gdpr-special-category = I dati di categorie particolari richiedono un consenso esplicito o un'altra eccezione dell'art. 9(2), che il guardiano non può accertare.
restriction-gdpr-erasure = La cancellazione deve raggiungere anche copie e backup entro il periodo di conservazione.
restriction-ccpa-opt-out = Rispettare il diritto del consumatore di opporsi alla vendita o alla condivisione.
restriction-ccpa-right-to-know = Le richieste di accesso vanno evase entro 45 giorni, in un formato portabile.
restriction-ccpa-deletion = La cancellazione va comunicata ai fornitori di servizi.
restriction-soc2-audit-immutable = Le evidenze di audit si possono solo aggiungere e si conservano per il loro periodo di conservazione.
restriction-soc2-credentials = Le credenziali non lasciano mai il sistema.
restriction-soc2-audited = L'operazione viene annotata nel registro di audit.
restriction-iso-logs-protected = I log sono protetti da manomissioni e cancellazioni non autorizzate.
restriction-iso-authentication-info = Le informazioni di autenticazione non vengono divulgate.
restriction-iso-transfer-agreement = Il trasferimento di informazioni segue una politica di trasferimento concordata.
restriction-lgpd-transfer = Trasferimento internazionale solo verso paesi con un livello di protezione adeguato.
restriction-lgpd-basis = Richiede una base legale; l'interessato può chiedere accesso e una copia.
restriction-pdpa-transfer = Trasferimento solo se il destinatario offre una protezione equivalente.
restriction-pdpa-consent = Richiede il consenso; le persone possono chiedere l'accesso ai propri dati.
restriction-hipaa-minimum-necessary = Divulgare solo il minimo necessario e solo a un socio in affari con accordo.
restriction-hipaa-audit-retention = I registri di audit si conservano per sei anni.
cli-user-exported = Dati dell'account { $name } esportati in { $file }.
cli-user-erased = Account { $name } cancellato: { $tokens ->
        [one] { $tokens } token revocato
       *[other] { $tokens } token revocati
    }; { $rows ->
        [one] la sua voce di audit riporta
       *[other] le sue { $rows } voci di audit riportano
    } ormai solo lo pseudonimo { $pseudonym }.
cli-backup-done = Backup scritto in { $path } ({ $bytes } byte, SHA-256 { $sha }).
cli-region-activated = La regione { $region } è attiva.
cli-region-deactivated = La regione { $region } non è attiva.
