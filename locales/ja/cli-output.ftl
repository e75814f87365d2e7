# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

cli-error-password-stdin = 標準入力からパスワードを読み取れません: { $detail }
cli-error-no-password = 標準入力にパスワードがありません（パイプで渡してください: { $example }）
cli-error-erase-confirm = 「{ $name }」の消去は元に戻せません。確認のため { $flag } を付けてください
cli-user-list-disabled = 無効
cli-role-added = ロール { $name }: { $permissions }
cli-error-bad-ttl = { $option }: 期間「{ $value }」が不正です（例: 30m、1h、7d）
cli-token-issued-detail = { $user } のトークン { $jti }、権限 { $permissions }、有効期限 協定世界時 { $until }。
cli-token-revoked = トークン { $jti } を失効させました。
cli-error-no-database = { $db }: そのデータベースはありません
cli-error-no-signing-key = Guard に署名鍵がありません
cli-error-no-checkpoints = 監査ログにチェックポイントがありません
cli-error-cannot-write = { $file } に書き込めません: { $detail }
cli-error-cannot-create = { $file } を作成できません: { $detail }
cli-error-cannot-start = { $program } を起動できません: { $detail }
cli-error-cannot-listen = { $addr } で待ち受けできません: { $detail }
cli-error-at-least-one = { $option }: 1 以上を指定してください
cli-error-bad-public-key = { $option }: Ed25519 公開鍵ではありません（「{ $export }」が出力する形式、つまり「ed25519:」と 16 進数 64 桁が必要です）
cli-error-export-unaudited = レポートは書き込まれましたが、そのエクスポートを監査ログに記録できませんでした: { $detail }
cli-report-written-signed = { $file }: { $bytes } バイト、SHA-256 { $digest }、署名者 { $key }
cli-demo-labsvc-missing = ラボのサービスのプログラムが { $path } に見つかりません（「{ $command }」でビルドしてください）
cli-demo-config-invalid = 組み込みのデモ設定が不正です:
cli-demo-port-busy = ポート { $port } は使用中です。{ $option } で別のポートを選んでください
cli-demo-no-window = デスクトップアプリがウィンドウを開けませんでした（{ $reason }）。代わりにウェブ画面を提供します。
cli-demo-app-exited = デスクトップアプリが { $status } で終了しました
cli-demo-no-app = デスクトップアプリがビルドされていません（{ $command }）。代わりにウェブ画面を提供します。
cli-detect-empty = { $file }:{ $line }: ヘッダー「{ $header }」が必要ですが、ファイルが終わっています
cli-detect-bad-header = { $file }:{ $line }: ヘッダー「{ $header }」が必要ですが、{ $found } でした
cli-detect-field-count = { $file }:{ $line }: 2 つのフィールド「{ $header }」が必要ですが、{ $found } 個でした
cli-detect-bad-timestamp = { $file }:{ $line }: タイムスタンプ「{ $format }」または RFC 3339 が必要ですが、{ $found } でした
cli-detect-bad-value = { $file }:{ $line }: 値には有限の数値が必要ですが、{ $found } でした
cli-tls-cert-unreadable = TLS 証明書 { $file } を読み込めません: { $detail }
cli-tls-no-cert = { $file } に PEM 証明書がありません
cli-tls-key-unreadable = TLS 秘密鍵 { $file } を読み込めません: { $detail }
cli-tls-setup = TLS の設定に失敗しました: { $detail }
cli-tls-mismatch = TLS 証明書 { $cert } と鍵 { $key } ではサーバーの識別情報になりません: { $detail }
cli-serve-needs-tls = { $addr } での待ち受けを拒否しました: TLS なしではループバックアドレスのみ使えます（127.0.0.1 を使うか、{ $key } を設定してください）
cli-serve-no-ui-index = { $option } { $dir }: そこに { $file } がありません（「{ $command }」でウェブ画面をビルドしてください）
cli-serve-no-embedded-ui = このプログラムはウェブ画面なしでビルドされました（ビルド時に { $dir } がありませんでした）。ビルド方法は / のページに書かれています
cli-serve-security-disabled = セキュリティが無効です（{ $key }）。このマシンのローカルユーザーは誰でも API を操作できます（ウェブページはできません: { $checks } の検査）。共有マシンではセキュリティを有効にしてください
cli-serve-setup-banner =
    セキュリティが有効ですが、アカウントがまだありません。管理者が作成されるまで、API は 503 を返します。
    次のいずれかで管理者を作成してください:
      { $command }   （パスワードは標準入力から）
    または、このマシンからのみ:
      { $request }
cli-serve-closing-connections = { $seconds } 秒経っても開いている接続を閉じます。
