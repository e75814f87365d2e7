# 가용성 (crates/engine/src/availability.rs): 구성 요소 페이지, 개요, 구성 요소 목록, 보고서에서
# 같은 값.
availability-label = 가용성
availability-detail = { $outages ->
    [0] 지난 { $days }일 동안 중단 없음
   *[other] 지난 { $days }일 동안 중단 { $outages }회, 중단 시간 { $down }
}
availability-overview-hint = 표시된 구성 요소, 시간 가중, 지난 { $days }일
availability-no-data = 아직 데이터 없음
report-col-downtime = 중단 시간
report-col-outages = 중단 횟수
