# 복구가 대기하는 이유

heal-refusal-disabled = 설정에서 복구가 비활성화되어 있습니다
heal-refusal-paused = 복구가 일시 중지되었습니다
heal-refusal-maintenance = { $until }까지 유지보수 시간입니다
heal-refusal-cooling-down = 마지막 복구 후 대기 시간입니다({ $until }까지)
heal-refusal-breaker-open = 복구 실패가 반복되어 회로 차단기가 열려 있습니다({ $until }까지)
