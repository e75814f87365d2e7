# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = ungültiger Name `{ $name }`: verwenden Sie 1 bis { $max } Buchstaben, Ziffern, `.`, `_`, `-` oder `@`
sec-error-invalid-name-bytes = ungültiger Name ({ $bytes ->
        [one] { $bytes } Byte
       *[other] { $bytes } Bytes
    }): verwenden Sie 1 bis { $max } Buchstaben, Ziffern, `.`, `_`, `-` oder `@`
sec-error-password-short = das Passwort ist zu kurz ({ $count ->
        [one] { $count } Zeichen
       *[other] { $count } Zeichen
    }): verwenden Sie mindestens { $min }
sec-error-password-long = das Passwort ist länger als { $max ->
        [one] { $max } Byte
       *[other] { $max } Bytes
    }
sec-error-setup-done = die Einrichtung ist bereits abgeschlossen: es gibt ein Konto
sec-error-unknown-role = unbekannte Rolle `{ $role }` (eingebaut: `admin`, `operator`, `viewer`; weitere mit `{ $command }` hinzufügen)
sec-error-user-exists = der Benutzer `{ $name }` existiert bereits
sec-error-builtin-role = `{ $name }` ist eine eingebaute Rolle und kann nicht geändert werden
sec-error-ttl-unusable = die Token-Lebensdauer von { $seconds } Sek. ist nicht verwendbar
sec-error-scope-beyond = der Benutzer `{ $user }` (Rolle `{ $role }`) besitzt { $permissions } nicht
sec-error-ttl-zero = die Token-Lebensdauer muss positiv sein
sec-error-ttl-max = ein Token darf höchstens { $max } gültig sein (`{ $setting }`), nicht { $ttl }
sec-error-key-from-config = der Verschlüsselungsschlüssel kommt aus der Konfiguration (`{ $setting }`); ändern Sie ihn dort
sec-error-signing-key-from-config = der Signaturschlüssel der Tokens kommt aus der Konfiguration (`{ $setting }` oder `{ $env }`); ändern Sie ihn dort
sec-error-key-file-missing = die Schlüsseldatei { $file } fehlt, daher kann die Audit-Kette nicht geprüft werden
sec-error-checkpoints-missing = die Prüfpunktdatei { $file } fehlt oder ist leer, aber der Signaturschlüssel { $key } existiert: stellen Sie die Datei aus Ihrer Sicherung wieder her oder verschieben Sie den Schlüssel, um eine neue Prüfpunkt-Historie zu beginnen (das Audit-Protokoll wird dann erst ab diesem Punkt geprüft)
sec-error-signing-key-missing = der Signaturschlüssel { $key } fehlt, aber { $file } enthält von ihm signierte Prüfpunkte: stellen Sie den Schlüssel aus Ihrer Sicherung wieder her (mit einem neuen Schlüssel wäre das Audit-Protokoll nicht mehr prüfbar)
sec-error-last-manager = `{ $name }` ist das letzte Konto, das Benutzer verwalten kann; legen Sie einen weiteren Administrator an, bevor Sie es löschen
sec-error-last-admin = `{ $name }` ist der letzte aktivierte Administrator; machen Sie zuerst ein anderes Konto zum Administrator
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = Sie besitzen { $permissions } nicht und können daher nicht: { $action }
sec-do-create-user = ein Konto mit der Rolle `{ $role }` anlegen
sec-do-give-role = `{ $name }` die Rolle `{ $role }` geben
sec-do-change-role = die Rolle von `{ $name }` (`{ $role }`) ändern
sec-do-disable = `{ $name }` (`{ $role }`) deaktivieren
sec-do-enable = `{ $name }` (`{ $role }`) aktivieren
sec-do-issue-token-role = ein Token für `{ $name }` (`{ $role }`) ausstellen
sec-do-issue-token = ein Token für `{ $name }` ausstellen
