# 端末からのアカウントと鍵の操作（issue 15）。
cli-user-unlocked = { $name } のサインイン待機を解除しました（送信元 { $sources } 件）。失敗回数は 0 に戻りました。
cli-key-signing-rotated = トークン署名鍵を更新しました。古い鍵で署名されたトークンは期限まで有効です（遅くとも 協定世界時 { $until } まで）。
cli-key-signing-from-config = トークン署名鍵は設定（{ $setting }）から来ています。更新するには設定で変更してください。
cli-key-data-rotated = データ暗号化鍵を更新し、{ $values } 個の値を再暗号化しました。
cli-key-data-from-config = データ暗号化鍵は設定のパスフレーズ（{ $setting }）から来ています。更新するには設定で変更してください。
