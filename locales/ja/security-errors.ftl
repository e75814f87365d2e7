# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = 名前 `{ $name }` は使えません: 1～{ $max } 文字の英字、数字、`.`、`_`、`-`、`@` を使ってください
sec-error-invalid-name-bytes = 名前（{ $bytes } バイト）は使えません: 1～{ $max } 文字の英字、数字、`.`、`_`、`-`、`@` を使ってください
sec-error-password-short = パスワードが短すぎます（{ $count } 文字）。{ $min } 文字以上にしてください
sec-error-password-long = パスワードが { $max } バイトを超えています
sec-error-setup-done = 初期設定はすでに完了しています: アカウントが存在します
sec-error-unknown-role = 不明なロール `{ $role }` です（組み込み: `admin`、`operator`、`viewer`。ほかのロールは `{ $command }` で追加します）
sec-error-user-exists = ユーザー `{ $name }` はすでに存在します
sec-error-builtin-role = `{ $name }` は組み込みのロールのため変更できません
sec-error-ttl-unusable = トークンの有効期間 { $seconds } 秒は使えません
sec-error-scope-beyond = ユーザー `{ $user }`（ロール `{ $role }`）は { $permissions } を持っていません
sec-error-ttl-zero = トークンの有効期間は正の値にしてください
sec-error-ttl-max = トークンの有効期間は最長 { $max }（`{ $setting }`）です。{ $ttl } にはできません
sec-error-key-from-config = 暗号化キーは設定（`{ $setting }`）から来ています。そちらで変更してください
sec-error-signing-key-from-config = トークンの署名キーは設定（`{ $setting }` または `{ $env }`）から来ています。そちらで変更してください
sec-error-key-file-missing = 鍵ファイル { $file } がないため、監査チェーンを検証できません
sec-error-checkpoints-missing = チェックポイントファイル { $file } がないか空ですが、署名キー { $key } は存在します: バックアップからファイルを復元するか、キーを移動して新しいチェックポイント履歴を始めてください（その場合、監査ログはその時点以降だけが検証されます）
sec-error-signing-key-missing = 署名キー { $key } がありませんが、{ $file } にはそのキーで署名したチェックポイントがあります: バックアップからキーを復元してください（新しいキーでは監査ログを検証できなくなります）
sec-error-last-manager = `{ $name }` はユーザーを管理できる最後のアカウントです。消去する前に別の管理者を作成してください
sec-error-last-admin = `{ $name }` は有効な最後の管理者です。先に別のアカウントを管理者にしてください
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = { $permissions } を持っていないため、次の操作はできません: { $action }
sec-do-create-user = ロール `{ $role }` のアカウントを作成する
sec-do-give-role = `{ $name }` にロール `{ $role }` を与える
sec-do-change-role = `{ $name }`（`{ $role }`）のロールを変更する
sec-do-disable = `{ $name }`（`{ $role }`）を無効にする
sec-do-enable = `{ $name }`（`{ $role }`）を有効にする
sec-do-issue-token-role = `{ $name }`（`{ $role }`）のトークンを発行する
sec-do-issue-token = `{ $name }` のトークンを発行する
