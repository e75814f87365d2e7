# サインインと、サインイン中のユーザーができること（UI、デスクトップアプリとブラウザー）。
ui-session-title = Pipeline Guard にサインイン
ui-session-user = ユーザー名
ui-session-password = パスワード
ui-session-submit = サインイン
ui-session-failed = ユーザー名またはパスワードが違います。
ui-session-signed-in = { $user } としてサインイン中（{ $role }）
ui-session-sign-out = サインアウト
ui-session-read-only = あなたのロールではラボの監視はできますが変更はできません。修復の操作は無効です。
