# pipeline-guard コマンドラインの人間向け出力。

## validate

cli-validate-ok = { $file } は有効です: { $regions } 個のリージョンに { $components } 個のコンポーネントがあります。
cli-validate-failed = { $file } は無効です: { $count } 件の問題が見つかりました。

## 設定エラー

cli-config-syntax = YAML が不正です: { $detail }
cli-config-unknown-key = 不明なキー「{ $key }」
cli-config-missing-key = 必須キー「{ $key }」がありません
cli-config-invalid-value = 「{ $key }」の値が不正です: { $detail }
cli-config-invalid-duration = 不正な期間「{ $value }」(例: 250ms、1s、5m、24h、7d)
cli-config-invalid-size = 不正なサイズ「{ $value }」(例: 512KB、100MB、2GB)
cli-config-unknown-region = 不明なリージョン「{ $value }」(指定可能な値: { $expected })
cli-config-unknown-check = 不明なチェックの種類「{ $value }」(指定可能な値: { $expected })
cli-config-unknown-strategy = 不明な復旧戦略「{ $value }」(指定可能な値: { $expected })
cli-config-duplicate-component = コンポーネント「{ $name }」が複数回定義されています
cli-config-out-of-range = 「{ $key }」は { $min } から { $max } の範囲で指定してください
cli-config-env-override = 環境変数 { $var } の値が不正です: { $detail }

## serve と demo

cli-serve-starting = { $components } 個のコンポーネントで Pipeline Guard を起動しています…
cli-serve-listening = { $url } で提供しています
cli-serve-stopping = 終了しています: 履歴を保存中…
cli-serve-stopped = 正常に停止しました。
cli-demo-starting = デモ環境を起動しています: 障害シナリオ付きのローカルサービス { $services } 個…
cli-demo-open-browser = デモを見るには、ブラウザーで { $url } を開いてください。
cli-demo-open-desktop = デスクトップアプリを開いています…
cli-demo-fault = 障害シナリオ: { $component } で { $fault }
cli-healing-action = { $component } を修復しています: { $strategy }
cli-healing-dry-run = ドライラン: { $component } を { $strategy } で修復します (実行はしません)

## detect

cli-detect-summary =
    { $input } の { $rows } 行を評価しました: { $threshold } を超える異常は{ $anomalies ->
        [0] ありません
       *[other] { $anomalies } 件です
    }。
cli-detect-written = スコアを { $output } に書き込みました。

## report、verify、audit

cli-report-written = レポートを { $file } に書き込みました。
cli-audit-ok = 監査ログは改ざんされていません: { $rows } 行を検証しました。
cli-audit-broken = 監査ログの { $row } 行目が壊れています: { $reason }

## ユーザーとトークン

cli-user-password-prompt = { $name } のパスワード:
cli-user-added = ユーザー { $name } をロール { $role } で追加しました。
cli-token-issued = { $user } のトークン (有効期間 { $ttl }):

## エラー

cli-error-prefix = エラー
cli-error-file-not-found = { $file } を読み込めません: ファイルが見つかりません
cli-error-io = { $file } を読み込めません: { $detail }
cli-error-database = データベースエラー: { $detail }
cli-error-invalid-date = 不正な日付「{ $value }」(YYYY-MM-DD または RFC 3339 形式で指定してください)
cli-error-unknown-standard = 不明なコンプライアンス基準「{ $value }」(指定可能な値: { $expected })
cli-error-unknown-format = 不明な出力形式「{ $value }」(指定可能な値: { $expected })
cli-error-unknown-language = 不明な言語「{ $value }」(使用可能: { $expected })
cli-error-address-in-use = アドレス { $addr } はすでに使用されています
cli-error-permission-denied = アクセスが拒否されました: { $detail }
cli-error-internal = 内部エラー: { $detail }
cli-hint-help = 使い方は「pipeline-guard --help」で確認できます。
