## 审计人员可以信赖的证据（issue 16）：数据库之外的签名检查点、签名报告、报告的完整性部分和合规页面。

cli-audit-intact = 审计日志完好：{ $rows } 行，链头 { $head }。
cli-audit-checkpoint-ok = 与最新的签名检查点一致（{ $signed } 行，签于 { $at }，位于 { $file }）。
cli-audit-keyring-missing = 密钥文件 { $file } 缺失，因此无法验证审计链（如果守护程序的密钥来自其配置，请传入 { $config }）。
cli-audit-no-key = { $db } 没有审计密钥：其中从未记录过审计。

audit-break-edited = 审计行 { $row } 被修改：其哈希与内容不符
audit-break-deleted = 审计行 { $row } 被删除：链从第 { $from } 行跳到第 { $to } 行
audit-break-tail-deleted = 审计行 { $row } 被删除：日志止于第 { $last } 行，但曾追加 { $appended } 行
audit-break-inserted = 审计行 { $row } 是插入的：它从未通过日志追加
audit-break-relinked = 审计行 { $row } 被修改或重新链接：其 { $field } 与第 { $prev } 行不符
audit-break-behind = 缺少审计行 { $first } 至 { $signed }：日志有 { $rows } 行，但签于 { $at } 的检查点记录了 { $signed } 行（被删除，或恢复了较旧的数据库）
audit-break-mismatch = 审计行 { $row } 与签于 { $at } 的检查点不再一致：日志被重写或回滚
audit-break-head-missing = 日志有 { $rows } 行，但数据库中缺少审计链头
audit-break-checkpoints-missing = 检查点文件 { $file } 缺失或为空，但签名密钥 { $key } 存在
audit-break-key-missing = 签名密钥 { $key } 缺失，因此无法核对 { $file } 中的检查点
audit-break-no-checkpoints = 审计日志有记录但没有检查点：签名密钥 { $key } 和检查点文件 { $file } 均缺失
audit-break-forged = 检查点文件 { $file } 的第 { $line } 行不是用守护程序密钥签名的检查点

cli-verify-signed = { $file }：真实，由 { $key } 签名（sha256 { $digest }）。它引用了签于 { $at } 的 { $rows } 行审计检查点，链头 { $head }。
cli-verify-in-history = 该检查点位于 { $db } 的检查点历史中，且审计行 { $rows } 仍保持其签名时的哈希。
cli-verify-need-key = 需要可信的公钥：用 { $key } 传入“{ $export }”为守护程序打印的内容，或用 { $db } 传入守护程序的数据库
cli-verify-not-in-history = 本报告引用的审计检查点（{ $rows } 行，签于 { $at }）不在 { $db } 的检查点历史中（{ $file }）
cli-verify-row-changed = { $db } 的审计行 { $rows } 已不存在，或不再是所引用检查点签名时的哈希：日志被重写或回滚
cli-key-missing = { $db } 旁边没有签名密钥（{ $file }）

seal-missing = 未找到 Pipeline Guard 封印：这不是 Pipeline Guard 报告，或其封印已被移除
seal-duplicate = 文件中有多个封印
seal-malformed = 封印格式错误
seal-unsigned = 未签名：本报告只带有旧的 SHA-256 封印，任何编辑文件的人都能重新计算；请重新导出以获得签名报告
seal-digest-mismatch = 伪造：文件内容的哈希为 sha256 { $actual }，但封印写的是 { $expected }；报告在签名后被修改
seal-forged = 伪造：签名无法用可信密钥 { $key } 验证；报告被修改或由他人签名
seal-checkpoint-forged = 伪造：报告引用的审计检查点不是用可信密钥 { $key } 签名的

report-integrity-signed = 本报告由守护程序的 Ed25519 密钥对其内容和下方的审计检查点进行了签名。请使用“{ $command }”和运维人员提供给您的公钥（“{ $export }”）进行核对；文件中写的密钥只是副本。
report-integrity-key = 签名密钥（Ed25519）
report-integrity-checkpoint = 审计检查点
report-integrity-checkpoint-value = { $rows } 行，签于 { $at }

ui-compliance-signed-by = 签名者（Ed25519）
ui-compliance-checkpoint = 审计检查点
ui-compliance-checkpoint-value = { $rows } 行，签于 { $at }
