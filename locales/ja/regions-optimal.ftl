# ユーザーの所在地に最適なリージョン (GET /api/regions/optimal)。

region-optimal-missing-location = 所在地を入力してください: 英語の国名または 2 文字の国コード。
region-optimal-unknown-location = 不明な所在地「{ $location }」: 英語の国名または 2 文字の国コードを入力してください。
region-optimal-none-active = 有効なリージョンがないため、{ $country } のユーザーの個人データを保持できるリージョンはありません。
region-optimal-none-allowed = { $country } のユーザーの個人データを保持できる有効なリージョンはありません: データ所在地のルールがすべての有効なリージョン ({ $regions }) を禁止しています。
region-optimal-reason-nearest = { $region } は { $country } に最も近い有効なリージョンです ({ $km } km)。
region-optimal-reason-excluded = { $region } は、{ $rule } が個人データを許可する、{ $country } に最も近い有効なリージョンです ({ $km } km)。除外されたより近いリージョン: { $excluded }。
