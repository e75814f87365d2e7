# Konten und Schlüssel im Terminal (Issue 15).
cli-user-unlocked = Die Anmeldesperre von { $name } wurde aufgehoben ({ $sources ->
    [one] eine Quelle
   *[other] { $sources } Quellen
}); der Fehlversuchszähler steht wieder auf null.
cli-key-signing-rotated = Der JWT-Signaturschlüssel wurde gewechselt; mit dem alten Schlüssel signierte Tokens bleiben gültig, bis sie ablaufen, spätestens am { $until } UTC.
cli-key-signing-from-config = Der JWT-Signaturschlüssel stammt aus der Konfiguration ({ $setting }); ändern Sie ihn dort, um ihn zu wechseln.
cli-key-data-rotated = Der Datenverschlüsselungsschlüssel wurde gewechselt; { $values } Werte wurden neu verschlüsselt.
cli-key-data-from-config = Der Datenverschlüsselungsschlüssel stammt aus der Passphrase in der Konfiguration ({ $setting }); ändern Sie sie dort, um ihn zu wechseln.
