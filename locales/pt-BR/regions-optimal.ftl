# A região ideal para a localização de um usuário (GET /api/regions/optimal).

region-optimal-missing-location = Informe uma localização: o nome de um país (ex.: Germany) ou um código ISO 3166 (ex.: DE).
region-optimal-unknown-location = Localização desconhecida “{ $location }”: informe o nome de um país (ex.: Germany) ou um código ISO 3166 (ex.: DE).
region-optimal-none-active = Nenhuma região está ativa, portanto nenhuma pode guardar dados pessoais de um usuário em { $country }.
region-optimal-none-allowed = Nenhuma região ativa pode guardar dados pessoais de um usuário em { $country }: as regras de residência proíbem todas as regiões ativas ({ $regions }).
region-optimal-reason-nearest = { $region } é a região ativa mais próxima de { $country } ({ $km } km).
region-optimal-reason-excluded = { $region } é a região ativa mais próxima de { $country } ({ $km } km) em que { $rule } permite seus dados pessoais; regiões mais próximas excluídas: { $excluded }.
