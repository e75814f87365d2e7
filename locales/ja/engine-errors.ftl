# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = 内部エラーです。ログを確認してください
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }`: { $problem }
api-error-unknown-value = 不明な値 `{ $value }` です。{ $expected } のいずれかを指定してください
api-error-empty-name = `{ $param }`: コンポーネント名が空です（`{ $example }` の形式で指定してください）
api-error-unix-time = `{ $param }`（{ $value }）は 0～{ $max } の `Unix` 時刻（秒）で指定してください
api-error-step-min = `{ $param }`（{ $value }）は 1 秒以上にしてください
api-error-to-before-from = `to`（{ $to }）は `from`（{ $from }）より後にしてください
api-error-to-not-before-from = `to`（{ $to }）を `from`（{ $from }）より前にすることはできません
api-error-too-many-buckets = 区間が多すぎます（{ $max } 個超）。`{ $param }` を大きくしてください
api-error-param-range = `{ $param }`（{ $value }）は { $min }～{ $max } の範囲で指定してください
api-error-param-negative = `{ $param }`（{ $value }）を負の値にすることはできません
api-error-already-acknowledged = インシデント { $id } は `{ $by }` がすでに確認済みです
api-error-not-assignable = `{ $name }` はインシデントを割り当てられるアカウントではありません。{ $expected } のいずれかを指定してください
api-error-note-empty = メモにはテキストが必要です
api-error-note-too-long = メモは最大 { $max } 文字です。このメモは { $count } 文字あります
api-error-no-step = `{ $name }` の復旧ラダーには `{ $step }` ステップがありません
api-error-maintenance-order = メンテナンス期間は開始より後に終了する必要があります
api-error-no-autoscale = `{ $name }` には設定に `autoscale:` ブロックがありません
api-error-not-promql = `{ $name }` のチェックは `promql` ではなく `{ $kind }` です
api-error-promql-range = `from` < `to` とし、`step` は 0 より大きくしてください
api-error-too-many-points = 系列あたり { $count } 点は上限の { $max } 点を超えています。`step` を大きくしてください
api-error-file = { $file }: { $detail }
api-error-cooldown-range = 0～{ $max } ms（1 日）で指定してください。指定された値: { $value } ms
api-error-rules-empty = ルールを 1 つ以上指定してください
api-error-rule-metric = `{ $metric }` はこの自動スケーリングの設定にあるメトリクスではありません。{ $expected } のいずれかを指定してください
api-error-not-negative = 0 以上を指定してください。指定された値: { $value }
api-error-ladder-empty = 復旧ラダーには 1 つ以上のステップが必要です
api-error-ladder-no-step = `{ $name }` の設定済みラダーには `{ $step }` ステップがありません（API はステップを名前で指定し、`argv` や URL は受け付けません）
api-error-unknown-step = 不明な復旧ステップ `{ $value }` です。{ $expected } のいずれかを指定してください
api-error-unknown-standard = 不明な規格 `{ $value }` です。{ $expected } から指定してください
api-error-no-standard = 規格を 1 つ以上指定してください
api-error-last-region = リージョン `{ $region }` は最後の有効なリージョンのため無効にできません
api-error-stored-change = 保存された変更を読み取れません: { $detail }

# Building a compliance report (crates/report).
report-error-empty-period = 期間が空です: `{ $to_name }`（{ $to }）は `{ $from_name }`（{ $from }）より後にしてください
report-error-no-database = { $file }: そのデータベースはありません
report-error-internal = レポートを作成できません。ログを確認してください

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = オペレーティングシステムのユーザー `{ $user }` と同じ名前の Pipeline Guard アカウントがありません。管理者が `{ $command }` で作成できます
app-error-undeclared-command = コマンド `{ $command }` は権限を宣言していません（`{ $table }` に行を追加してください）
app-error-not-public-command = コマンド `{ $command }` は `{ $table }` の公開コマンドではありません
app-error-engine-running = エンジンはすでに動作しています。別の設定を選ぶにはアプリを再起動してください
app-error-internal = 内部エラー: { $detail }
app-error-no-downloads = ダウンロードフォルダーがありません: `{ $var }` か `{ $home }` を設定してください（または `{ $file }` の `{ $xdg }`）
app-error-save-report = レポートを { $dir } に保存できません: { $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = アプリはこのコマンドを実行できませんでした: { $detail }
