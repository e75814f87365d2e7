# 可用性 (crates/engine/src/availability.rs): コンポーネントページ、概要、コンポーネント一覧、
# レポートで同じ値。
availability-label = 可用性
availability-detail = { $outages ->
    [0] 過去 { $days } 日間に停止なし
   *[other] 過去 { $days } 日間に { $outages } 回の停止（停止時間 { $down }）
}
availability-overview-hint = 表示中のコンポーネント、時間加重、過去 { $days } 日間
availability-no-data = まだデータがありません
report-col-downtime = 停止時間
report-col-outages = 停止回数
