# Die optimale Region für den Standort eines Benutzers (GET /api/regions/optimal).

region-optimal-missing-location = Geben Sie einen Standort an: einen Ländernamen (z. B. Germany) oder einen ISO-3166-Code (z. B. DE).
region-optimal-unknown-location = Unbekannter Standort „{ $location }“: Geben Sie einen Ländernamen (z. B. Germany) oder einen ISO-3166-Code (z. B. DE) an.
region-optimal-none-active = Keine Region ist aktiv, daher kann keine Region personenbezogene Daten eines Benutzers in { $country } speichern.
region-optimal-none-allowed = Keine aktive Region darf personenbezogene Daten eines Benutzers in { $country } speichern: Die Regeln zur Datenresidenz verbieten jede aktive Region ({ $regions }).
region-optimal-reason-nearest = { $region } ist die nächstgelegene aktive Region zu { $country } ({ $km } km).
region-optimal-reason-excluded = { $region } ist die nächstgelegene aktive Region zu { $country } ({ $km } km), in der { $rule } die personenbezogenen Daten zulässt; näher gelegene Regionen ausgeschlossen: { $excluded }.
