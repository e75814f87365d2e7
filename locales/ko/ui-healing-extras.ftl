# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = 구성 요소별 복구
ui-healing-x-pause-component-body = 다시 시작할 때까지 이 구성 요소는 복구되지 않습니다. 랩의 나머지는 계속 복구됩니다.
ui-healing-x-maintenance = 유지 관리 기간
ui-healing-x-all-components = 모든 구성 요소
ui-healing-x-no-maintenance = 유지 관리 기간이 없습니다.
ui-healing-x-duration = 기간
ui-healing-x-add-window = 기간 추가
ui-healing-x-deliveries = 알림 전송
ui-healing-x-delivery-sent = 전송됨
ui-healing-x-delivery-failed = 실패
ui-healing-x-delivery-dropped = 삭제됨
ui-healing-x-no-deliveries = 아직 보낸 알림이 없습니다.
ui-healing-x-pause-component = { $component } 복구 일시 중지
ui-healing-x-resume-component = { $component } 복구 재개
ui-healing-x-minutes = { $minutes }분
ui-healing-x-attempts = { $attempts }회 시도
