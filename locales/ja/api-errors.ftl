# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = 不明なコンポーネント `{ $name }`
api-error-unknown-incident = 不明なインシデント { $id }
api-error-unknown-channel = 不明な通知チャネル `{ $name }`
api-error-bad-query = クエリパラメーターが正しくありません: { $detail }
api-error-bad-json = この操作のリクエスト本文が正しくありません: { $detail }
api-error-bad-json-expected = この操作のリクエスト本文が正しくありません: { $detail }（想定される形式: { $expected }）
api-error-unknown-language = 不明な言語 `{ $value }`（指定可能な値: { $expected }）
api-error-no-account = セキュリティが無効なため、オペレーターアカウントはありません

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = 認証が必要です: `{ $header }` を送信してください（{ $route } で取得できます）
api-denied-invalid = トークンの形式が正しくないか、署名を検証できません
api-denied-expired = トークンの有効期限が切れました。もう一度ログインしてください
api-denied-revoked = トークンは失効しています
api-denied-unknown-user = トークンのアカウントは存在しないか、無効になっています
api-denied-forbidden = 権限 { $permission } が必要です
api-denied-bad-credentials = ユーザー名またはパスワードが違います
api-denied-throttled = 試行回数が多すぎます。{ $seconds } 秒後に再試行してください
api-denied-setup-required = セキュリティが有効ですが、アカウントがまだありません。まず管理者を作成してください（`{ $command }`、またはこのマシンから起動時に表示されたセットアップトークンを使って { $route }）
api-denied-loopback-only = このルートはループバックのクライアントにのみ提供されます
api-denied-internal = 内部エラーです。サーバーのログを確認してください

# An account or a region named in the path that does not exist.
api-error-no-user = ユーザー `{ $name }` は存在しません
api-error-unknown-region = 不明なリージョン `{ $value }`（指定可能な値: { $expected }）

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = `{ $to }` と `{ $duration }` のどちらか一方だけを指定してください
api-error-alertmanager-payload = Alertmanager のペイロードを読み取れません: { $detail }
