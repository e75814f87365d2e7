## 監査人が信頼できる証拠（issue 16）：データベース外の署名付きチェックポイント、署名付きレポート、
## レポートの完全性セクション、コンプライアンスページ。

cli-audit-intact = 監査ログは無傷です：{ $rows } 行、先頭 { $head }。
cli-audit-checkpoint-ok = 最新の署名付きチェックポイントと一致します（{ $signed } 行、{ $at } に署名、{ $file }）。
cli-audit-keyring-missing = 鍵ファイル { $file } がないため、監査チェーンを検証できません（ガードの鍵が設定ファイルから来る場合は { $config } を指定してください）。
cli-audit-no-key = { $db } には監査鍵がありません：一度も監査記録がありません。

audit-break-edited = 監査行 { $row } が編集されました：ハッシュが内容と一致しません
audit-break-deleted = 監査行 { $row } が削除されました：チェーンが行 { $from } から行 { $to } へ飛んでいます
audit-break-tail-deleted = 監査行 { $row } が削除されました：ログは行 { $last } で終わっていますが、{ $appended } 行が追記されていました
audit-break-inserted = 監査行 { $row } が挿入されました：ログを通じて追記されたものではありません
audit-break-relinked = 監査行 { $row } が編集または再連結されました：その { $field } が行 { $prev } と一致しません
audit-break-behind = 監査行 { $first }〜{ $signed } がありません：ログは { $rows } 行ですが、{ $at } に署名されたチェックポイントは { $signed } 行を数えていました（削除されたか、古いデータベースが復元されました）
audit-break-mismatch = 監査行 { $row } が { $at } に署名されたチェックポイントと一致しなくなりました：ログが書き換えられたか巻き戻されました
audit-break-head-missing = ログに { $rows } 行あるのに、監査チェーンの先頭がデータベースにありません
audit-break-checkpoints-missing = チェックポイントファイル { $file } がないか空ですが、署名鍵 { $key } は存在します
audit-break-key-missing = 署名鍵 { $key } がないため、{ $file } のチェックポイントを確認できません
audit-break-no-checkpoints = 監査ログに行がありますがチェックポイントがありません：署名鍵 { $key } とチェックポイントファイル { $file } がありません
audit-break-forged = チェックポイントファイル { $file } の { $line } 行目は、ガードの鍵で署名されたチェックポイントではありません

cli-verify-signed = { $file }：真正です。{ $key } による署名（sha256 { $digest }）。{ $at } に署名された { $rows } 行の監査チェックポイント（先頭 { $head }）を引用しています。
cli-verify-in-history = このチェックポイントは { $db } のチェックポイント履歴にあり、監査行 { $rows } は署名されたハッシュのままです。
cli-verify-need-key = 信頼できる公開鍵が必要です：ガードについて「{ $export }」が出力したものを { $key } で、またはガードのデータベースを { $db } で指定してください
cli-verify-not-in-history = このレポートが引用する監査チェックポイント（{ $rows } 行、{ $at } に署名）は { $db } のチェックポイント履歴にありません（{ $file }）
cli-verify-row-changed = { $db } の監査行 { $rows } がないか、引用されたチェックポイントが署名したハッシュではなくなっています：ログが書き換えられたか巻き戻されました
cli-key-missing = { $db } の横に署名鍵がありません（{ $file }）

seal-missing = Pipeline Guard の封印が見つかりません：Pipeline Guard のレポートではないか、封印が取り除かれています
seal-duplicate = ファイルに封印が複数あります
seal-malformed = 封印の形式が不正です
seal-unsigned = 未署名：このレポートには古い SHA-256 の封印しかなく、ファイルを編集した人なら誰でも再計算できます。署名付きレポートを得るには再度エクスポートしてください
seal-digest-mismatch = 偽造：ファイル内容のハッシュは sha256 { $actual } ですが、封印には { $expected } とあります。レポートは署名後に変更されました
seal-forged = 偽造：署名が信頼できる鍵 { $key } で検証できません。レポートが変更されたか、別の者が署名しました
seal-checkpoint-forged = 偽造：レポートが引用する監査チェックポイントは信頼できる鍵 { $key } で署名されていません

report-integrity-signed = このレポートは、その内容と下記の監査チェックポイントに対して、ガードの Ed25519 鍵で署名されています。「{ $command }」と、運用者から受け取った公開鍵（「{ $export }」）で確認してください。ファイル内に書かれた鍵は写しにすぎません。
report-integrity-key = 署名鍵（Ed25519）
report-integrity-checkpoint = 監査チェックポイント
report-integrity-checkpoint-value = { $rows } 行、{ $at } に署名

ui-compliance-signed-by = 署名者（Ed25519）
ui-compliance-checkpoint = 監査チェックポイント
ui-compliance-checkpoint-value = { $rows } 行、{ $at } に署名
