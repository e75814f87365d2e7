# 可能不通过的合规控制项的证据（报告；issue 16）。
evidence-encryption-rest-clear = 只有存储的密钥是加密的：此数据库中的历史、事件和审计记录，任何能读取该卷的人都能读取。
evidence-access-stale-admin = 90 天或更长时间未使用的管理员账户：{ $count }（{ $names }）。
evidence-incidents-overdue = 未解决超过 72 小时的事件：{ $count }（{ $ids }）。
evidence-residency-migrations = 本期间的迁移：{ $count } 次，均已按数据驻留规则检查。
evidence-residency-store-forbidden = { $component } 将 { $origin } 人员的{ $category }存储在 { $region }；{ $rule } 禁止这样做。
evidence-residency-migration-forbidden = { $when } 对 { $component } 的一次迁移将 { $origin } 人员的{ $category }移到了 { $region } 的 { $target }；{ $rule } 禁止这样做。
evidence-healing-count = 本期间启动的修复操作：{ $count }（来自修复操作表，含监督器重启）；有审计记录的：{ $audited }；仍在运行的：{ $running }。操作员的请求、暂停和维护窗口作为决定记入审计，不计为操作。
evidence-healing-missing = 没有审计记录的已完成修复操作：{ $missing }（{ $ids }）。
evidence-erasure-unserved = 审计日志中记录但从未执行的删除请求：{ $count }。
