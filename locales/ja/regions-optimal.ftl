# ユーザーの所在地に最適なリージョン (GET /api/regions/optimal)。

region-optimal-missing-location = 所在地を入力してください: 国名 (例: Germany) または ISO 3166 コード (例: DE)。
region-optimal-unknown-location = 不明な所在地「{ $location }」: 国名 (例: Germany) または ISO 3166 コード (例: DE) を入力してください。
region-optimal-none-active = 有効なリージョンがないため、{ $country } のユーザーの個人データを保持できるリージョンはありません。
region-optimal-none-allowed = { $country } のユーザーの個人データを保持できる有効なリージョンはありません: データ所在地のルールがすべての有効なリージョン ({ $regions }) を禁止しています。
region-optimal-reason-nearest = { $region } は { $country } に最も近い有効なリージョンです ({ $km } km)。
region-optimal-reason-excluded = { $region } は、{ $rule } が個人データを許可する、{ $country } に最も近い有効なリージョンです ({ $km } km)。除外されたより近いリージョン: { $excluded }。
