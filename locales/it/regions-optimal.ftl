# La regione ottimale per la posizione di un utente (GET /api/regions/optimal).

region-optimal-missing-location = Indica una posizione: il nome di un paese (ad es. Germany) o un codice ISO 3166 (ad es. DE).
region-optimal-unknown-location = Posizione sconosciuta «{ $location }»: indica il nome di un paese (ad es. Germany) o un codice ISO 3166 (ad es. DE).
region-optimal-none-active = Nessuna regione è attiva, quindi nessuna può conservare i dati personali di un utente in { $country }.
region-optimal-none-allowed = Nessuna regione attiva può conservare i dati personali di un utente in { $country }: le regole di residenza vietano tutte le regioni attive ({ $regions }).
region-optimal-reason-nearest = { $region } è la regione attiva più vicina a { $country } ({ $km } km).
region-optimal-reason-excluded = { $region } è la regione attiva più vicina a { $country } ({ $km } km) in cui { $rule } consente i suoi dati personali; regioni più vicine escluse: { $excluded }.
