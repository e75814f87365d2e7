# Zustand des eigenen Verlaufs des Wächters: der Vorfall, den er öffnet, solange keine Messwerte in seine Datenbank geschrieben werden können.
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = Der Verlauf wird nicht geschrieben: { $problem }
history-problem-write-failed = Schreibvorgänge schlagen fehl ({ $error })
history-problem-read-only = die Datenbank { $path } ist schreibgeschützt
history-problem-deleted = die Datenbank { $path } wurde gelöscht; bis zum Neustart des Wächters wird nichts mehr geschrieben
history-problem-replaced = eine andere Datei hat die Datenbank { $path } ersetzt; bis zum Neustart des Wächters wird nichts mehr geschrieben
incident-history-resumed = { $dropped ->
    [0] Der Verlauf wird wieder geschrieben; alle zwischenzeitlich im Speicher gehaltenen Messwerte wurden gesichert
    [one] Der Verlauf wird wieder geschrieben; 1 Messwert wurde zwischenzeitlich verworfen (der Puffer war voll)
   *[other] Der Verlauf wird wieder geschrieben; { $dropped } Messwerte wurden zwischenzeitlich verworfen (der Puffer war voll)
}
