# 可用性 (crates/engine/src/availability.rs)：组件页面、概览、组件列表和报告中的同一数值。
availability-label = 可用性
availability-detail = { $outages ->
    [0] 过去 { $days } 天内无中断
   *[other] 过去 { $days } 天内中断 { $outages } 次，停机 { $down }
}
availability-overview-hint = 所显示的组件，按时间加权，过去 { $days } 天
availability-no-data = 尚无数据
report-col-downtime = 停机时间
report-col-outages = 中断次数
