# デスクトップアプリのようこそ画面：設定なしでの初回起動。

ui-welcome-title = Pipeline Guard へようこそ
ui-welcome-intro = Pipeline Guard はサービスを監視し、問題を検知して修復します。開始方法を選んでください。選択は記憶され、次回からは直接ダッシュボードが開きます。
ui-welcome-choices = どのように始めますか？
ui-welcome-demo = デモラボを実行
ui-welcome-demo-detail = リージョンごとに 1 つ、計 6 つの小さなラボサービスが監視下でこのコンピューター上で動きます。ダッシュボードにはすぐにライブデータが表示されます。
ui-welcome-open = 設定ファイルを開く
ui-welcome-open-detail = 既存の Pipeline Guard 設定 (YAML) をファイルダイアログで選びます。
ui-welcome-create = テンプレートから設定を作成
ui-welcome-create-detail = このコンピューターを監視するコメント付きの初期設定を { $path } に書き込み (既存のファイルはそのまま残ります)、起動します。後で編集してサービスを追加してください。
ui-welcome-starting = 起動しています…
ui-welcome-error-title = この設定では起動できません
ui-welcome-error-file = ファイル: { $file }
ui-welcome-error-hint = ファイルを修正してもう一度選ぶか、別の開始方法を選んでください。
