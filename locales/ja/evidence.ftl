# 不合格になり得るコンプライアンス管理策の証跡（レポート、issue 16）。
evidence-encryption-rest-clear = 暗号化されているのは保存されたシークレットのみです。このデータベースの履歴、インシデント、監査行は、ボリュームを読める人なら誰でも読めます。
evidence-access-stale-admin = 90 日以上使われていない管理者アカウント: { $count }（{ $names }）。
evidence-incidents-overdue = 72 時間を超えて未解決のインシデント: { $count }（{ $ids }）。
evidence-residency-migrations = この期間の移行: { $count } 件。いずれもデータ所在地ルールと照合済みです。
evidence-residency-store-forbidden = { $component } は { $origin } の人々の { $category } を { $region } に保存しています。{ $rule } により禁止されています。
evidence-residency-migration-forbidden = { $when } の { $component } の移行で、{ $origin } の人々の { $category } が { $region } の { $target } に移されました。{ $rule } により禁止されています。
evidence-healing-count = この期間に開始された修復アクション: { $count }（修復アクション表より、スーパーバイザーによる再起動を含む）。監査行あり: { $audited }、実行中: { $running }。オペレーターの要求・一時停止・メンテナンス期間は判断として監査され、アクションには数えません。
evidence-healing-missing = 監査行のない完了済み修復アクション: { $missing }（{ $ids }）。
evidence-erasure-unserved = 監査ログに記録されたが実行されなかった消去要求: { $count }。
