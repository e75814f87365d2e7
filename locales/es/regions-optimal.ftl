# La región óptima para la ubicación de un usuario (GET /api/regions/optimal).

region-optimal-missing-location = Indique una ubicación: el nombre de un país (p. ej., Germany) o un código ISO 3166 (p. ej., DE).
region-optimal-unknown-location = Ubicación desconocida «{ $location }»: indique el nombre de un país (p. ej., Germany) o un código ISO 3166 (p. ej., DE).
region-optimal-none-active = No hay ninguna región activa, así que ninguna puede alojar datos personales de un usuario en { $country }.
region-optimal-none-allowed = Ninguna región activa puede alojar datos personales de un usuario en { $country }: las reglas de residencia prohíben todas las regiones activas ({ $regions }).
region-optimal-reason-nearest = { $region } es la región activa más cercana a { $country } ({ $km } km).
region-optimal-reason-excluded = { $region } es la región activa más cercana a { $country } ({ $km } km) en la que { $rule } permite sus datos personales; regiones más cercanas excluidas: { $excluded }.
