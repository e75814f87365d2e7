# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = セッションは api_token_max_ttl（{ $max }）より長く続けられません
config-x-min-above-max = min_instances が max_instances より大きくなっています
config-x-file-empty = `{ $path }` は空か、ファイルではありません
config-x-file-unreadable = `{ $path }` を読み取れません: { $detail }
config-x-listen-needs-security = `{ $listen }` はループバックアドレスではありません。セキュリティが無効な間、サーバーはループバックにのみバインドします（到達できる人は誰でも匿名の管理者として操作できてしまうため）。ネットワークで待ち受けるには `{ $setting }` を設定してください
config-x-listen-needs-tls = `{ $listen }` はループバックアドレスではありません。ループバック以外で待ち受けるには `{ $setting }` が必要です
config-x-listed-twice = `{ $value }` が 2 回指定されています
config-x-status-page-empty = ステータスページが有効ですが、コンポーネントが指定されていません。`components` に名前を追加してください
config-x-status-page-title = タイトルは { $min }～{ $max } 文字で指定してください
config-x-allowed-host = ホスト名またはアドレス（ポートは省略可）を指定してください（{ $examples }）。指定された値: `{ $value }`
config-x-port-needs-scale-command = コマンド内の `{ $placeholder }` には、コンポーネントに `{ $setting }` が必要です
config-x-port-needs-scale-check = チェック内の `{ $placeholder }` には、コンポーネントに `{ $setting }` が必要です
config-x-scale-bounds = 1 ≤ min_instances ≤ max_instances となるように指定してください
config-x-scale-command = `{ $placeholder }` を含む空でない argv リストを指定してください
config-x-http-method = { $expected } のいずれかを指定してください
config-x-process-check-needs-block = `process` チェックには、コンポーネントに `process:` ブロックが必要です
config-x-node-url = `{ $example }` のような node_exporter のメトリクス URL を指定してください。指定された値: `{ $value }`
config-x-node-mountpoint = `/` や `/data` のような絶対パスのマウントポイントを指定してください。指定された値: `{ $value }`
config-x-promql-url = `{ $example }` のような Prometheus サーバーのベース URL を指定してください。指定された値: `{ $value }`
config-x-sample-name = サンプル名には英字、数字、`_` を使ってください。指定された値: `{ $value }`
config-x-unknown-host-none = 不明なホスト `{ $name }` です。`hosts:` に宣言してください（name、address、user、key_file、known_hosts）
config-x-unknown-host = 不明なホスト `{ $name }`（指定可能な値: { $expected }）
config-x-hosts-list = ホストのリストを指定してください（name、address、port、user、key_file、known_hosts）
config-x-host-name = ホスト名に使えるのは英字、数字、`-`、`_`、`.` です（指定された名前: `{ $value }`）
config-x-host-duplicate = ホスト名 `{ $name }` が重複しています
config-x-host-address = ホスト名または IP アドレスを指定してください。指定された値: `{ $value }`
config-x-host-user = ユーザー名を指定してください。指定された値: `{ $value }`
config-x-step-host = `hosts:` にあるホストの名前を指定してください
config-x-step-run-argv = `run:` には空でない文字列のリストを指定してください（argv 配列。シェル文字列は使えません）
config-x-rule-metric = `{ $example }` のようなメトリクス名を指定してください
config-x-finite-number = 有限の数値を指定してください
config-x-rule-number = 数値、`200MB` のようなサイズ、または `500ms` のような期間を指定してください。指定された値: `{ $value }`
