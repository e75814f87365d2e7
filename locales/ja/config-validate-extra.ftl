# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = セッションは `api_token_max_ttl`（{ $max }）より長く続けられません
config-x-min-above-max = `min_instances` が `max_instances` より大きくなっています
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
config-x-scale-bounds = 1 ≤ `min_instances` ≤ `max_instances` となるように指定してください
config-x-scale-command = `{ $placeholder }` を含む空でない `argv` リストを指定してください
config-x-http-method = { $expected } のいずれかを指定してください
config-x-process-check-needs-block = `process` チェックには、コンポーネントに `process:` ブロックが必要です
config-x-node-url = `{ $example }` のような `node_exporter` のメトリクス URL を指定してください。指定された値: `{ $value }`
config-x-node-mountpoint = `/` や `/data` のような絶対パスのマウントポイントを指定してください。指定された値: `{ $value }`
config-x-promql-url = `{ $example }` のような Prometheus サーバーのベース URL を指定してください。指定された値: `{ $value }`
config-x-sample-name = サンプル名には英字、数字、`_` を使ってください。指定された値: `{ $value }`
config-x-unknown-host-none = 不明なホスト `{ $name }` です。`hosts:` に宣言してください（`name`、`address`、`user`、`key_file`、`known_hosts`）
config-x-unknown-host = 不明なホスト `{ $name }`（指定可能な値: { $expected }）
config-x-hosts-list = ホストのリストを指定してください（`name`、`address`、`port`、`user`、`key_file`、`known_hosts`）
config-x-host-name = ホスト名に使えるのは英字、数字、`-`、`_`、`.` です（指定された名前: `{ $value }`）
config-x-host-duplicate = ホスト名 `{ $name }` が重複しています
config-x-host-address = ホスト名または IP アドレスを指定してください。指定された値: `{ $value }`
config-x-host-user = ユーザー名を指定してください。指定された値: `{ $value }`
config-x-step-host = `hosts:` にあるホストの名前を指定してください
config-x-step-run-argv = `run:` には空でない文字列のリストを指定してください（`argv` 配列。シェル文字列は使えません）
config-x-rule-metric = `{ $example }` のようなメトリクス名を指定してください
config-x-finite-number = 有限の数値を指定してください
config-x-rule-number = 数値、`200MB` のようなサイズ、または `500ms` のような期間を指定してください。指定された値: `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = 不明なモード `{ $value }`（指定可能な値: { $expected }）
config-x-autoscale-rules-both = ルールはインライン（`metric`、`threshold_up`、`threshold_down`、`scale_factor`）か `rules:` のリストのどちらか一方で指定してください
config-x-autoscale-rules-empty = ルールを 1 つ以上指定してください（例: `{ $example }`）
config-x-autoscale-rule-missing = ルールを指定してください: `metric`、`threshold_up`、`threshold_down`（と `scale_factor`）、または `rules:` のリスト
config-x-autoscale-metric-twice = `{ $metric }` にルールが 2 つあります。メトリクスごとにルールは 1 つにしてください
config-x-autoscale-min-zero = インスタンスは 1 以上を指定してください
config-x-autoscale-min-max = `min_instances`（{ $min }）≤ `max_instances`（{ $max }）となるように指定してください
config-x-autoscale-above-scale-max = { $value } は `scale_up` が止まる `scale.max_instances`（{ $max }）を超えています
config-x-autoscale-below-scale-min = { $value } は `scale_down` が止まる `scale.min_instances`（{ $min }）を下回っています
config-x-autoscale-not-scalable = `autoscale` にはスケールできるコンポーネントが必要です: `{"{"}port{"}"}` と `scale: {"{"} port: N {"}"}` を持つスーパーバイザー管理下の `process.command`、または `{"{"}replicas{"}"}` を持つ `scale.command`
config-x-autoscale-horizon = `horizon` は `mode: hybrid`（予測に基づくスケーリング）用です
config-x-autoscale-metric-empty = コンポーネントのサンプルのメトリクスを指定してください（例: `cpu_usage`、`response_time_seconds`、Prometheus チェックのメトリクス）
config-x-autoscale-metric-state = `{ $metric }` は状態であり、負荷の指標ではありません。`cpu_usage`、`memory_bytes`、`response_time_seconds` またはチェックのメトリクスでスケールしてください
config-x-autoscale-metric-unsupervised = `{ $metric }` は Guard がスーパーバイザーとして管理するプロセス（`process:`）でのみ計測されます
config-x-missing-key = `{ $key }` がありません
config-x-finite-number-found = 有限の数値を指定してください。指定された値: { $value }
config-x-autoscale-thresholds = `threshold_down`（{ $down }）は `threshold_up`（{ $up }）より小さくしてください。そうしないとスケーリングが振動します
config-x-autoscale-factor = `scale_factor` は 1 より大きくしてください（1.5 = 1.5 倍）。指定された値: { $value }
config-x-comparison = `< 0.05` や `>= 1` のような比較を指定してください。指定された値: `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = 不明な言語 `{ $value }`（指定可能な値: { $expected }）
config-x-channel-https-token = https:// の URL を指定してください（URL にトークンが含まれるため、平文の http:// は `127.0.0.1/localhost` 宛てにのみ使えます）
config-x-channel-https = https:// の URL を指定してください
config-x-channel-headers-webhook = `headers` は汎用の `webhook` チャネル専用です
config-x-channel-header-name = `{ $name }` は有効な HTTP ヘッダー名ではありません
config-x-channel-header-value = 有効な HTTP ヘッダー値ではありません
config-x-smtp-security = 不明な SMTP セキュリティ `{ $value }`（指定可能な値: { $expected }）
config-x-smtp-host = SMTP リレーのホスト名を指定してください
config-x-smtp-clear-text = `security: none` はメールとパスワードを平文で送信します。`127.0.0.1/localhost` のリレー宛てにのみ使えます。`tls` か `starttls` を使ってください
config-x-smtp-password-user = `password` には `username` が必要です
config-x-email = `{ $example }` のようなメールアドレスを指定してください。指定された値: `{ $value }`
config-x-email-recipients = 宛先を 1 つ以上指定してください
config-x-channel-kind-missing = チャネルの種類を 1 つ指定してください: { $kinds }
config-x-channel-kind-many = チャネルの種類は 1 つだけ指定してください（指定された種類: { $found }）
config-x-severity = 不明な重大度 `{ $value }`（指定可能な値: { $expected }）
config-x-unknown-component = 不明なコンポーネント `{ $name }`
config-x-unknown-event = 不明なイベント `{ $value }`（指定可能な値: { $expected }）
config-x-channel-name = 空でないチャネル名を指定してください
config-x-retry-attempts = 試行回数は { $min }～{ $max } 回で指定してください
config-x-channel-duplicate = チャネル名 `{ $name }` が重複しています（最初はチャネル { $first } で使用）

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs).
config-x-front-listen = `{ $example }` のようなアドレスを指定してください。指定された値: `{ $value }`
config-x-front-loopback = `{ $setting }` が `true` でない限り、フロントはループバック（`127.0.0.1` または `::1`）でのみ待ち受けます。指定された値: `{ $value }`
config-x-front-port-zero = 0 ではなく固定のポートを指定してください
config-x-front-port-taken = フロントのポート { $port } はインスタンスの基準ポート（`scale.port`）と同じです。別のポートを選んでください
config-x-front-balance = 不明な負荷分散方式 `{ $value }` です。{ $expected } のいずれかを指定してください
config-x-front-weight = 0 より大きい重みを指定してください。指定された値: { $value }
config-x-front-weights-count = 最大 { $max } 個のインスタンス（`scale.max_instances`）に対して重みが { $count } 個あります
config-x-front-needs-instances = フロントにはガードが監視するインスタンスが必要です: `{ $placeholder }` を含む `process.command` と `{ $example }`
config-x-front-try-timeout-twice = 試行ごとのタイムアウトは一度だけ指定してください: `retry.per_try_timeout` か `try_timeout` のどちらか一方です
config-x-front-failures-range = 失敗回数は { $min }～{ $max } で指定してください。指定された値: { $value }
config-x-front-percent-range = 割合は { $min }～{ $max } で指定してください。指定された値: { $value }
config-x-front-retries-range = 再試行回数は { $min }～{ $max } で指定してください。指定された値: { $value }
config-x-front-ejection-times = `max_ejection_time` が `base_ejection_time` より短くなっています
config-x-front-method = `PUT` や `DELETE` のような大文字の HTTP メソッドを指定してください。指定された値: `{ $value }`
config-x-front-guard-address = `{ $listen }` はガード自身の HTTP アドレス（`{ $setting }`）です
config-x-front-address-taken = `{ $component }` のフロントがすでに `{ $listen }` で待ち受けています

# A PromQL check's query, looked over before Prometheus sees it.
config-x-promql-empty = `{ $example }` のような PromQL 式を指定してください
config-x-promql-unterminated = クエリの { $at } 文字目から始まる文字列が閉じられていません
config-x-promql-mismatch = クエリの { $at } 文字目の `{ $close }` は { $open_at } 文字目の `{ $open }` を閉じていません
config-x-promql-unmatched = クエリの { $at } 文字目の `{ $close }` に対応する開き括弧がありません
config-x-promql-unclosed = クエリの { $at } 文字目の `{ $open }` が閉じられていません
