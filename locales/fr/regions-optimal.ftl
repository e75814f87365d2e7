# La région optimale pour la localisation d'un utilisateur (GET /api/regions/optimal).

region-optimal-missing-location = Indiquez une localisation : un nom de pays (p. ex. Germany) ou un code ISO 3166 (p. ex. DE).
region-optimal-unknown-location = Localisation inconnue « { $location } » : indiquez un nom de pays (p. ex. Germany) ou un code ISO 3166 (p. ex. DE).
region-optimal-none-active = Aucune région n’est active : aucune ne peut donc héberger les données personnelles d’un utilisateur situé en { $country }.
region-optimal-none-allowed = Aucune région active ne peut héberger les données personnelles d’un utilisateur situé en { $country } : les règles de résidence interdisent toutes les régions actives ({ $regions }).
region-optimal-reason-nearest = { $region } est la région active la plus proche de { $country } ({ $km } km).
region-optimal-reason-excluded = { $region } est la région active la plus proche de { $country } ({ $km } km) où { $rule } autorise ses données personnelles ; régions plus proches exclues : { $excluded }.
