# Compliance: restriction texts, report evidence, account export/erasure and backups.

evidence-audit-unverifiable = Das Audit-Protokoll lässt sich nicht prüfen: { $reason }.
evidence-secrets-plaintext = Unverschlüsselt gespeicherte Geheimnisse: { $count }.
evidence-keyfile-open = Die Schlüsseldatei { $path } ist für andere Benutzer lesbar (Modus { $mode }); sie muss 600 sein.
evidence-secrets-encrypted = Geheimnisse und API-Tokens sind mit XChaCha20-Poly1305 verschlüsselt ({ $count ->
        [one] { $count } Wert
       *[other] { $count } Werte
    }), mit einem Schlüssel außerhalb der Datenbank in { $path }.
evidence-secrets-encrypted-passphrase = Geheimnisse und API-Tokens sind mit XChaCha20-Poly1305 verschlüsselt ({ $count ->
        [one] { $count } Wert
       *[other] { $count } Werte
    }), mit einem aus der konfigurierten Passphrase abgeleiteten Schlüssel.
evidence-access-roles = Aktive Konten je Rolle: { $list }.
evidence-access-active = Jedes aktive Konto hat sich in den letzten 90 Tagen angemeldet.
evidence-access-stale = Konten ohne Anmeldung seit 90 Tagen, zu prüfen: { $count } ({ $names }).
evidence-backup-verified = Die Sicherungsdatei { $path } ist vorhanden und stimmt mit ihrem gespeicherten SHA-256 überein; Sicherungen im Zeitraum: { $count }.
evidence-backup-corrupt = Die Sicherungsdatei { $path } stimmt nicht mit ihrem gespeicherten SHA-256 überein.
evidence-backup-missing = Die Sicherungsdatei { $path } fehlt.
evidence-incidents-mttd = Mittlere Zeit bis zur Erkennung { $mttd }; ausgeführte Heilungsmaßnahmen: { $actions }.
evidence-healing-partly-audited = Heilungsmaßnahmen im Audit-Protokoll: { $audited } von { $count }.
action-scale-down = Herunterskalieren
action-notify = Benachrichtigen
result-skipped = Übersprungen
restriction-gdpr-transfer = Personenbezogene Daten betroffener Personen in der EU dürfen die EU ohne Angemessenheitsbeschluss oder geeignete Garantien nicht verlassen.
restriction-gdpr-lawful-basis = Erfordert eine Rechtsgrundlage; nur die für den Zweck nötigen Daten exportieren.
restriction-gdpr-record = Den Vorgang im Verzeichnis der Verarbeitungstätigkeiten (Audit-Protokoll) festhalten.
restriction-gdpr-processor = Die Weitergabe an einen Auftragsverarbeiter erfordert einen Auftragsverarbeitungsvertrag.
restriction-gdpr-special-category = Daten besonderer Kategorien erfordern eine ausdrückliche Einwilligung oder eine andere Ausnahme nach Art. 9 Abs. 2, die der Wächter nicht feststellen kann.
restriction-gdpr-erasure = Die Löschung muss innerhalb der Aufbewahrungsfrist auch Kopien und Sicherungen erreichen.
restriction-ccpa-opt-out = Das Recht der Verbraucher achten, dem Verkauf oder der Weitergabe zu widersprechen.
restriction-ccpa-right-to-know = Auskunftsersuchen sind binnen 45 Tagen in einem übertragbaren Format zu beantworten.
restriction-ccpa-deletion = Löschungen müssen an Dienstleister weitergegeben werden.
restriction-soc2-audit-immutable = Audit-Nachweise werden nur ergänzt und für ihre Aufbewahrungsfrist aufbewahrt.
restriction-soc2-credentials = Zugangsdaten verlassen das System nie.
restriction-soc2-audited = Der Vorgang wird im Audit-Protokoll festgehalten.
restriction-iso-logs-protected = Protokolle sind gegen Manipulation und unbefugtes Löschen geschützt.
restriction-iso-authentication-info = Authentifizierungsinformationen werden nicht offengelegt.
restriction-iso-transfer-agreement = Informationsübertragungen folgen einer vereinbarten Übertragungsrichtlinie.
restriction-lgpd-transfer = Internationale Übermittlung nur in Länder mit angemessenem Schutzniveau.
restriction-lgpd-basis = Erfordert eine Rechtsgrundlage; die betroffene Person kann Auskunft und eine Kopie verlangen.
restriction-pdpa-transfer = Übermittlung nur, wenn der Empfänger einen vergleichbaren Schutz bietet.
restriction-pdpa-consent = Erfordert eine Einwilligung; Personen können Auskunft über ihre Daten verlangen.
restriction-hipaa-minimum-necessary = Nur das notwendige Minimum offenlegen, und nur an einen Geschäftspartner mit Vereinbarung.
restriction-hipaa-audit-retention = Audit-Aufzeichnungen werden sechs Jahre aufbewahrt.
cli-user-exported = Daten des Kontos { $name } nach { $file } exportiert.
cli-user-erased = Konto { $name } gelöscht: { $tokens ->
        [one] { $tokens } Token
       *[other] { $tokens } Tokens
    } widerrufen; { $rows ->
        [one] sein Audit-Eintrag nennt
       *[other] seine { $rows } Audit-Einträge nennen
    } nur noch das Pseudonym { $pseudonym }.
cli-backup-done = Sicherung nach { $path } geschrieben ({ $bytes ->
        [one] { $bytes } Byte
       *[other] { $bytes } Bytes
    }, SHA-256 { $sha }).
cli-region-activated = Die Region { $region } ist aktiv.
cli-region-deactivated = Die Region { $region } ist inaktiv.
