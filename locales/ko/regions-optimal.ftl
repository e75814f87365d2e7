# 사용자 위치에 가장 적합한 리전 (GET /api/regions/optimal).

region-optimal-missing-location = 위치를 입력하세요: 영문 국가 이름 또는 두 글자 국가 코드.
region-optimal-unknown-location = 알 수 없는 위치 “{ $location }”: 영문 국가 이름 또는 두 글자 국가 코드를 입력하세요.
region-optimal-none-active = 활성 리전이 없으므로 { $country }에 있는 사용자의 개인 데이터를 보관할 수 있는 리전이 없습니다.
region-optimal-none-allowed = { $country }에 있는 사용자의 개인 데이터를 보관할 수 있는 활성 리전이 없습니다: 데이터 보관 위치 규칙이 모든 활성 리전({ $regions })을 금지합니다.
region-optimal-reason-nearest = { $region }은(는) { $country }에서 가장 가까운 활성 리전입니다({ $km }킬로미터).
region-optimal-reason-excluded = { $region }은(는) { $rule }이(가) 개인 데이터를 허용하는, { $country }에서 가장 가까운 활성 리전입니다({ $km }킬로미터). 제외된 더 가까운 리전: { $excluded }.
