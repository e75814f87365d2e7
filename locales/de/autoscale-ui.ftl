# Auto-Skalierung (Seite Heilung, Komponentendetails), Heilungswarteschlange und Suche nach der optimalen Region (Regionenkarte).

ui-as-title = Automatische Skalierung
ui-as-live = Live
ui-as-live-hint = Wird aus den Skalierungsereignissen des Wächters laufend aktualisiert
ui-as-none = Keine Komponente skaliert sich selbst: Geben Sie einer Komponente in der Konfiguration einen autoscale-Block.
ui-as-mode-reactive = Reaktiv
ui-as-mode-hybrid = Hybrid (Prognose)
ui-as-dry-run = Probelauf
ui-as-paused = Pausiert
ui-as-overridden = Zur Laufzeit geändert
ui-as-runtime-note = Änderungen bleiben über Neustarts des Wächters erhalten, bis Sie sie auf die Konfiguration zurücksetzen.
ui-as-override-not-applied = Eine gespeicherte Laufzeitänderung ist nicht in Kraft: { $reason }
ui-as-col-instances = Instanzen
ui-as-col-component = Komponente
ui-as-col-cooldown = Abklingzeit
ui-as-col-metric = Metrik
ui-as-col-time = Zeit
ui-as-col-change = Änderung
ui-as-col-result = Ergebnis
ui-as-col-reason = Grund
ui-as-range = erlaubt { $min }–{ $max }
ui-as-instances = { $instances } laufen, erlaubt { $min }–{ $max }
ui-as-now = Aktuell
ui-as-factor = Faktor × { $factor }
ui-as-forecast = Prognose
ui-as-cooldown-until = Abkühlung bis { $time }
ui-as-holding = Zurückgehalten:
ui-as-decisions = Letzte Skalierungsentscheidungen
ui-as-no-decisions = Noch keine Skalierungsentscheidungen.
ui-as-result-succeeded = Skaliert
ui-as-result-failed = Fehlgeschlagen
ui-as-result-held = Zurückgehalten
ui-as-result-dry_run = Nur Probelauf
ui-as-feed-scaled = von { $from } auf { $to ->
        [one] { $to } Instanz
       *[other] { $to } Instanzen
    } skaliert
ui-as-feed-dry = würde von { $from } auf { $to ->
        [one] { $to } Instanz
       *[other] { $to } Instanzen
    } skalieren (Probelauf)
ui-as-feed-failed = Skalierung von { $from } auf { $to ->
        [one] { $to } Instanz
       *[other] { $to } Instanzen
    } fehlgeschlagen
ui-as-feed-held = Skalierung bei { $from ->
        [one] { $from } Instanz
       *[other] { $from } Instanzen
    } zurückgehalten

ui-as-queue-title = Heilungswarteschlange
ui-as-queue-slots = { $busy } von { $slots ->
        [one] { $slots } Heilungsplatz
       *[other] { $slots } Heilungsplätzen
    } belegt
ui-as-queue-busy = Wird gerade geheilt
ui-as-queue-idle = Derzeit läuft keine Heilung.
ui-as-queue-next = Wartend, in geplanter Reihenfolge
ui-as-queue-empty = Niemand wartet auf einen Heilungsplatz.
ui-as-queue-weight = Gewicht { $weight }
ui-as-queue-starts = voraussichtlicher Start in { $duration }
ui-as-queue-waited = wartet seit { $duration }
ui-as-queue-planned-by = Reihenfolge geplant per { $method }, die erwartete Ausfallzeit nach Kritikalität gewichtet minimiert.
ui-as-queue-method-exact = exakter Suche
ui-as-queue-method-annealed = simulierter Abkühlung
ui-as-queue-last-plan = Letzte Zulassungsreihenfolge: { $order }

ui-as-detail-title = Regel der automatischen Skalierung
ui-as-edit = Regel der automatischen Skalierung ändern
ui-as-field-min = Mindestanzahl Instanzen
ui-as-field-max = Höchstanzahl Instanzen
ui-as-field-cooldown = Abklingzeit (Sekunden)
ui-as-field-up = Hochskalieren ab
ui-as-field-down = Herunterskalieren ab
ui-as-field-factor = Faktor
ui-as-field-paused = Automatische Skalierung pausieren
ui-as-field-dry-run = Probelauf: entscheiden und aufzeichnen, nichts ändern
ui-as-bounds = Der scale-Block der Komponente erlaubt { $min } bis { $max ->
        [one] { $max } Instanz
       *[other] { $max } Instanzen
    }.
ui-as-save = Änderungen speichern
ui-as-reset = Zurück zur Konfiguration
ui-as-saved = Gespeichert: Die neue Regel gilt ab der nächsten Auswertung.
ui-as-no-changes = Es wurde nichts geändert.
ui-as-forbidden = Zum Ändern der Regel ist die Berechtigung zum Verwalten von Komponenten nötig.
ui-as-confirm-title = Automatische Skalierung von { $component } ändern?
ui-as-confirm-scale-now = Mit diesen Grenzen skaliert { $component } sofort von { $from } auf { $to ->
        [one] { $to } Instanz
       *[other] { $to } Instanzen
    }.
ui-as-confirm-live = Der Probelauf wird beendet: Die automatische Skalierung startet und stoppt Instanzen wirklich.
ui-as-confirm-reset = Regel, Grenzen und Abklingzeit kehren zu den Werten der Konfiguration zurück.
ui-as-err-integer = Geben Sie eine ganze Zahl ein.
ui-as-err-number = Geben Sie eine Zahl ein.
ui-as-err-min-low = Muss mindestens { $min } sein.
ui-as-err-max-high = Darf höchstens { $max } sein.
ui-as-err-min-max = Darf nicht unter dem Minimum ({ $min }) liegen.
ui-as-err-cooldown = Muss zwischen 0 und { $max ->
        [one] { $max } Sekunde
       *[other] { $max } Sekunden
    } liegen.
ui-as-err-down-up = Muss unter dem Schwellenwert zum Hochskalieren ({ $up }) liegen, sonst pendelt die Skalierung.
ui-as-err-negative = Darf nicht negativ sein.
ui-as-err-factor = Muss größer als 1 sein (1,5 fügt die Hälfte hinzu).
ui-as-err-server = Der Wächter hat die Änderung abgelehnt: { $message }

ui-optimal-title = Wo sollen die Daten eines Benutzers liegen?
ui-optimal-hint = Die nächstgelegene aktive Region, die die Regeln zur Datenresidenz für personenbezogene Daten eines Benutzers erlauben.
ui-optimal-location = Standort des Benutzers
ui-optimal-placeholder = Ländername oder ISO-Code, z. B. DE
ui-optimal-find = Region finden
ui-optimal-quick = Häufige Standorte
ui-optimal-distance = { $km } km von { $country }
ui-optimal-why-nearest = { $region } ist die nächstgelegene aktive Region zu { $country }.
ui-optimal-why-excluded = Näher gelegene aktive Regionen schließt { $rule } aus: { $regions }.
ui-optimal-why-allowed = { $region } ist die nächstgelegene aktive Region, in der personenbezogene Daten eines Benutzers in { $country } gespeichert werden dürfen.
ui-optimal-why-jurisdiction = Für den Benutzer gilt { $jurisdiction }, für { $region } gilt { $regionJurisdiction }.
ui-optimal-why-unregulated = Keine Residenzregel der geltenden Standards erfasst Benutzer in { $country }; für { $region } gilt { $regionJurisdiction }.
ui-optimal-active = Berücksichtigte aktive Regionen: { $regions }
ui-optimal-standards = Geltende Standards: { $standards }
ui-optimal-no-standards = Kein Datenschutzstandard konfiguriert: Nur die Entfernung zählt.
ui-error-unknown_location = Unbekannter Standort.
ui-error-no_eligible_region = Keine aktive Region darf diese Daten speichern.
