# The optimal region for a user's location (GET /api/regions/optimal).

region-optimal-missing-location = Enter a location: a country name (e.g. Germany) or an ISO 3166 code (e.g. DE).
region-optimal-unknown-location = Unknown location “{ $location }”: enter a country name (e.g. Germany) or an ISO 3166 code (e.g. DE).
region-optimal-none-active = No region is active, so no region can hold personal data of a user in { $country }.
region-optimal-none-allowed = No active region may hold personal data of a user in { $country }: the residency rules forbid every active region ({ $regions }).
region-optimal-reason-nearest = { $region } is the nearest active region to { $country } ({ $km } km).
region-optimal-reason-excluded = { $region } is the nearest active region to { $country } ({ $km } km) where { $rule } allows its personal data; nearer regions excluded: { $excluded }.
