# ウィンドウ（設定）の通知チャネルと、アプリのデスクトップ通知。

## 「テスト送信」を押したときにチャネルが送るテストメッセージ（エンジン）。

notification-test-title = Pipeline Guard からのテストメッセージ
notification-test-body = これは通知チャネルのテストです。読めていれば、配信は正常です。

## チャネル

ui-channels-title = 通知チャネル
ui-channels-hint = インシデントと修復ステップの送信先です。シークレット（URL 内のトークン、ヘッダー値、パスワード）はサーバーに留まり、表示されることはありません。
ui-channels-empty = チャネルが設定されていません。
ui-channels-config-hint = 変更は設定ファイルに書き込まれ（コメントと順序は保持）、すぐに有効になります。
ui-channels-col-name = 名前
ui-channels-col-kind = 種類
ui-channels-col-target = 送信先
ui-channels-col-filter = フィルター
ui-channels-col-language = 言語
ui-channels-kind-webhook = Webhook
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = メール
ui-channels-kind-desktop = デスクトップアプリ
ui-channels-secret-set = シークレット設定済み（非表示）
ui-channels-headers = ヘッダー: { $names }
ui-channels-recipients = 宛先: { $list }
ui-channels-min-severity = 重大度 { $severity } 以上
ui-channels-components = コンポーネント: { $list }
ui-channels-events = イベント: { $list }
ui-channels-all = すべて
ui-channels-test = テスト送信
ui-channels-testing = 送信中…
ui-channels-test-ok = { $ms } ms で配信しました
ui-channels-test-failed = 配信できませんでした（{ $ms } ms）: { $error }
ui-channels-history = 配信履歴
ui-channels-history-hide = 履歴を隠す
ui-channels-history-empty = このチャネルからはまだ何も送信されていません。
ui-channels-col-time = 時刻
ui-channels-col-event = イベント
ui-channels-col-component = コンポーネント
ui-channels-col-status = 状態
ui-channels-col-attempts = 試行回数
ui-channels-col-error = エラー
ui-channels-status-sent = 送信済み
ui-channels-status-failed = 失敗
ui-channels-status-dropped = 破棄
ui-channels-event-incident_opened = インシデント発生
ui-channels-event-step_started = 修復ステップ開始
ui-channels-event-step_succeeded = 修復ステップ成功
ui-channels-event-step_failed = 修復ステップ失敗
ui-channels-event-incident_escalated = インシデントのエスカレーション
ui-channels-event-incident_resolved = インシデント解決
ui-channels-event-test = テストメッセージ
ui-channels-page = { $total } 件中 { $from }–{ $to }
ui-channels-newer = 新しい方へ
ui-channels-older = 古い方へ

## アプリのデスクトップ通知

ui-desktop-notify-title = デスクトップ通知
ui-desktop-notify-hint = アプリは次の場合に、上で選んだ言語でシステム通知を表示します:
ui-desktop-notify-critical = 重要なコンポーネントの新しいインシデント
ui-desktop-notify-failed = 修復の失敗（ステップの失敗またはエスカレーション）
ui-desktop-notify-none = 何も通知されません。
ui-desktop-notify-saved = 保存しました。

## 監査ログの操作

ui-op-audit-notification-test = テスト通知を送信
ui-op-audit-notification-desktop = デスクトップ通知を変更

## Adding, changing and removing channels

ui-channels-add = チャネルを追加
ui-channels-edit = 編集
ui-channels-remove = 削除
ui-channels-remove-confirm = { $name } を本当に削除
ui-channels-save = 保存
ui-channels-cancel = キャンセル
ui-channels-form-add = 新しいチャネル
ui-channels-form-edit = { $name } を編集
ui-channels-field-name = 名前
ui-channels-field-min-severity = 最小の重大度
ui-channels-field-url = URL
ui-channels-field-url-keep = 空欄のままにすると保存済みの URL を使います
ui-channels-field-smtp-host = SMTP サーバー
ui-channels-field-smtp-port = ポート
ui-channels-field-smtp-security = 接続のセキュリティ
ui-channels-field-smtp-username = ユーザー名
ui-channels-field-smtp-password = パスワード
ui-channels-field-password-keep = 空欄のままにすると保存済みのパスワードを使います
ui-channels-field-from = 差出人
ui-channels-field-to = 宛先（カンマ区切り）
ui-channels-field-components = コンポーネント（カンマ区切り、空欄: すべて）
ui-channels-field-events = イベント（カンマ区切り、空欄: すべて）
ui-channels-saved = 設定ファイルに保存し、適用しました。
ui-channels-removed = 設定ファイルから削除しました。
ui-channels-problems = 設定ファイルは変更されていません:
ui-op-audit-notification-channel-add = 通知チャネルを追加
ui-op-audit-notification-channel-edit = 通知チャネルを変更
ui-op-audit-notification-channel-remove = 通知チャネルを削除
