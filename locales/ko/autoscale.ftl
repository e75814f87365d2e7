# 자동 확장 결정과 확장이 대기하는 이유.

autoscale-reason-above = { $metric } 값이 { $value }(으)로 { $threshold } 이상입니다
autoscale-reason-forecast = { $metric } 값이 { $value }이며 { $seconds }초 후 { $threshold }에 도달할 것으로 예측됩니다(예측 범위 끝에서 { $predicted })
autoscale-reason-below = { $metric } 값이 { $value }(으)로 { $threshold } 이하입니다
autoscale-reason-below-min = 실행 중인 인스턴스가 { $instances }개로 최소 { $min }개보다 적습니다
autoscale-reason-above-max = 실행 중인 인스턴스가 { $instances }개로 최대 { $max }개보다 많습니다
autoscale-hold-disabled = 구성에서 복구가 비활성화되어 있습니다
autoscale-hold-paused = 확장이 일시 중지되었습니다
autoscale-hold-maintenance = { $until }까지 유지 관리 기간입니다
autoscale-hold-cooling-down = 마지막 확장 후 { $until }까지 대기 중입니다
autoscale-hold-at-max = 이미 최대 { $max }개 인스턴스입니다
autoscale-hold-at-min = 이미 최소 { $min }개 인스턴스입니다
autoscale-hold-no-samples = { $metric }의 최신 샘플이 없습니다
autoscale-decision-up = 인스턴스를 { $from }개에서 { $to }개로 확장: { $reason }
autoscale-decision-down = 인스턴스를 { $from }개에서 { $to }개로 축소: { $reason }
autoscale-decision-held = 인스턴스 { $from }개에서의 확장 보류: { $hold } ({ $reason })
autoscale-decision-blocked = 인스턴스 { $from }개에서 확장 없음: { $hold }
autoscale-decision-failed = 인스턴스 { $from }개에서 { $to }개로의 확장이 { $reached }개에서 멈췄습니다: { $reason }
autoscale-dry-run = (모의 실행: 아무것도 변경하지 않았습니다)
