# ガード自身の履歴の健全性：データベースにサンプルを書き込めない間に開くインシデント。
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = 履歴が書き込まれていません：{ $problem }
history-problem-write-failed = 書き込みに失敗しています（{ $error }）
history-problem-read-only = データベース { $path } は読み取り専用です
history-problem-deleted = データベース { $path } が削除されました。ガードを再起動するまで何も書き込まれません
history-problem-replaced = 別のファイルがデータベース { $path } を置き換えました。ガードを再起動するまで何も書き込まれません
incident-history-resumed = { $dropped ->
    [0] 履歴の書き込みが再開しました。その間メモリに保持したサンプルはすべて保存されました
    [one] 履歴の書き込みが再開しました。その間に 1 件のサンプルが破棄されました（バッファが満杯でした）
   *[other] 履歴の書き込みが再開しました。その間に { $dropped } 件のサンプルが破棄されました（バッファが満杯でした）
}
