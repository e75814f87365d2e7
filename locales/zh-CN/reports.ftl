# 合规报告 (crates/report)：标题、章节、列、状态、证据。
# “Art. 44”“CC7.2”等条款编号不翻译；它们来自数据表。

report-title = 合规报告
report-subtitle = { $product } — { $standards }
report-period = 期间：{ $from } 至 { $to }（不含结束时间）
report-generated = 生成于 { $when }
report-toc = 目录
report-page = 第 { $page } 页，共 { $pages } 页

report-section-summary = 概要
report-section-controls = 控制项与证据
report-section-availability = 可用性与 SLA 目标对比
report-section-incidents = 事件
report-section-healing = 自愈操作
report-section-regions = 数据所在位置
report-section-retention = 数据保留
report-section-integrity = 完整性

report-status-pass = 通过
report-status-fail = 未通过
report-status-needs-attention = 需关注

report-col-control = 控制项
report-col-standard = 标准
report-col-reference = 条款
report-col-status = 状态
report-col-evidence = 证据
report-col-component = 组件
report-col-region = 区域
report-col-sla = SLA 目标
report-col-availability = 可用性
report-col-checks = 检查次数
report-col-met = 达成目标
report-col-started = 开始时间
report-col-detect = 发现用时
report-col-recover = 恢复用时
report-col-action = 操作
report-col-result = 结果
report-col-time = 时间
report-col-jurisdiction = 司法辖区
report-col-data = 数据类别
report-col-kind = 数据种类
report-col-retention = 保留期限
report-col-rows = 删除行数
report-col-count = 数量

report-chart-regions = 各区域可用性与最低 SLA 目标对比
report-chart-daily = 各区域每日可用性
report-chart-sla = SLA 目标
report-map-caption = 已启用的区域；圆点大小表示该区域的组件数量。
report-none = 此期间内没有。
report-yes = 是
report-no = 否
report-ongoing = 进行中
report-unknown = 未知
report-components = { $count } 个组件

report-integrity-head = 审计链头部
report-integrity-no-audit = 此数据库中没有审计日志
report-integrity-content = 内容摘要

## 控制项

control-audit-chain = 防篡改审计记录
control-audit-chain-req = 每个与安全相关的操作都记录在只可追加、可验证的日志中。
control-encryption-at-rest = 静态数据加密
control-encryption-at-rest-req = 存储的数据在磁盘上加密。
control-access-review = 访问审查
control-access-review-req = 定期审查操作员账户及其角色。
control-retention-applied = 执行保留策略
control-retention-applied-req = 数据在保留期限结束时被删除或匿名化。
control-backups = 数据库备份
control-backups-req = 定期备份数据库，以便能够恢复。
control-availability-sla = 可用性
control-availability-sla-req = 服务达到其可用性目标。
control-incident-response = 事件响应
control-incident-response-req = 及时发现并恢复事件。
control-data-residency = 数据驻留
control-data-residency-req = 数据保留在其规则允许的司法辖区内。
control-healing-audited = 变更受控
control-healing-audited-req = 每个自动自愈操作都有记录并可追溯。
control-data-subject-rights = 访问权与删除权
control-data-subject-rights-req = 个人可应请求获取并删除其个人数据。

## 证据

evidence-audit-absent = 此数据库中尚无审计日志。
evidence-audit-intact = 审计链已验证：{ $rows } 条记录，头部 { $head }。
evidence-audit-broken = 审计链在第 { $row } 条记录处断裂：{ $reason }。
evidence-encryption-on = 数据库位于加密卷上（{ $device }）。
evidence-encryption-off = 数据库所在卷 { $device } 未加密。
evidence-users-absent = 此数据库中没有操作员账户，无法审查访问权限。
evidence-users = 已审查 { $roles } 个角色中的 { $users } 个操作员账户。
evidence-retention-last = 保留策略最近执行于 { $when }；此期间删除或匿名化了 { $rows } 行。
evidence-retention-stale = 保留策略最近执行于 { $when }，早于期间结束超过一天。
evidence-retention-none = 此期间内未执行保留策略。
evidence-backup-last = 最近一次备份于 { $when }（{ $size }）。
evidence-backup-stale = 最近一次备份于 { $when }，早于期间结束超过一周。
evidence-backup-none = 此期间内没有数据库备份记录。
evidence-sla-met = 全部 { $count } 个组件均达到 SLA 目标。
evidence-sla-missed = { $count } 个组件中有 { $missed } 个未达到 SLA 目标：{ $names }。
evidence-sla-no-data = 此期间内没有可用性数据。
evidence-incidents-none = 此期间内没有事件。
evidence-incidents = 共 { $count } 起事件，均已恢复；平均恢复时间 { $mttr }。
evidence-incidents-open = { $count } 起事件中有 { $open } 起在期间结束时仍未解决。
evidence-residency = { $count } 个组件的数据均保留在其区域的司法辖区内。
evidence-residency-unknown = 此数据库中没有组件登记信息，区域未知。
evidence-healing-none = 此期间内没有自愈操作。
evidence-healing-unaudited = 共 { $count } 个自愈操作，但没有审计日志证明其已被记录。
evidence-healing-audited = 共 { $count } 个自愈操作，均已记入审计日志。
evidence-requests-none = 此期间内没有访问或删除请求；两项功能均可用。
evidence-requests = 已处理 { $count } 个访问和删除请求中的 { $done } 个。

## 司法辖区与数据类别

jurisdiction-eu = 欧盟（GDPR）
jurisdiction-us = 美国
jurisdiction-us-ca = 加利福尼亚州（CCPA）
jurisdiction-br = 巴西（LGPD）
jurisdiction-sg = 新加坡（PDPA）
jurisdiction-other = 其他
data-personal-data = 个人数据
data-health-data = 健康数据
data-operational-metrics = 运行指标
data-audit-log = 审计日志
data-credentials = 凭据

## 自愈操作与数据保留

action-restart = 重启
action-supervisor-restart = 由监管进程重启
action-scale-up = 扩容
action-migrate = 迁移
action-run = 运行命令
action-webhook = 网络钩子回调
result-succeeded = 成功
result-failed = 失败
result-running = 运行中
retention-samples = 原始样本
retention-rollups = 每分钟汇总
retention-events = 状态变化和进程事件
retention-incidents = 事件
retention-healing-actions = 自愈操作
retention-autoscale-decisions = 自动伸缩决策
retention-data-subject-requests = 访问和删除请求
retention-audit = 审计日志
