# Account e chiavi dal terminale (issue 15).
cli-user-unlocked = Rimossa l’attesa di accesso di { $name } ({ $sources ->
    [one] una sorgente
   *[other] { $sources } sorgenti
}); il contatore dei tentativi falliti torna a zero.
cli-key-signing-rotated = La chiave di firma JWT è stata ruotata; i token firmati con la vecchia chiave restano validi fino alla scadenza, al più tardi il { $until } UTC.
cli-key-signing-from-config = La chiave di firma JWT proviene dalla configurazione ({ $setting }); cambiala lì per ruotarla.
cli-key-data-rotated = La chiave di cifratura dei dati è stata ruotata; { $values } valori cifrati di nuovo.
cli-key-data-from-config = La chiave di cifratura dei dati proviene dalla passphrase nella configurazione ({ $setting }); cambiala lì per ruotarla.
