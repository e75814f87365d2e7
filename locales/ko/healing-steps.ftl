# 복구 단계의 세부 내용: 단계가 할 일과 실제로 한 일. 백틱 안의 이름과 argv 목록은 그대로
# 표시합니다. $error, $output, $status는 시스템이나 명령이 한 말입니다.

heal-text = { $text }

## 감독 프로세스의 재시작

step-respawn-plan = 감독 프로세스가 자식 프로세스를 다시 시작합니다
step-respawn-pending = { $exit }; 감독 프로세스가 다시 시작합니다
step-respawn-started = { $exit }; { "PID" } { $pid }(으)로 다시 시작했습니다

## restart

step-restart-rolling-plan = { $listen }의 프런트 뒤에 있는 `{ $component }` 순차 재시작: 각 인스턴스를 차례로 드레인, 재시작, 재확인합니다
step-restart-plan = `{ $component }` 재시작 ({ "PID" } { $pid } 중지, { $command } 시작)
step-restart-start-plan = `{ $component }` 다시 시작 ({ $command })
step-restart-unsupervised-plan = `{ $component }`을(를) 재시작할 수 없습니다: 감독 대상이 아닙니다 (재시작 명령이 있는 { "`run:`" } 단계를 추가하세요)
step-restart-unsupervised = `{ $component }`은(는) 가드의 감독 대상이 아닙니다. { "`run:`" } 단계로 재시작하세요
step-restart-done = 재시작함: { "PID" } { $old } → { $new }
step-restart-started = { "PID" } { $pid } 시작함
step-restart-pending = 재시작을 요청했습니다. 자식 프로세스가 아직 시작되지 않았습니다

## 프런트 뒤

step-front-missing = `{ $component }`에 프런트가 없습니다
step-front-unknown-component = 알 수 없는 구성 요소 `{ $component }`
step-front-instance-error = 인스턴스 { $instance }: { $error }
step-rolling-instance = 인스턴스 { $instance }을(를) { $waited } ms 만에 드레인 (처리 중 { $in_flight }, 남음 { $left }){ $note ->
    [uncovered] { " (정상인 다른 인스턴스가 없어 요청이 실패했을 수 있음)" }
    [timed-out] { " (드레인 시간 초과)" }
   *[none] { "" }
}, 재시작함
step-rolling-stopped = { $done }; 인스턴스 { $instance }이(가) { $within } 안에 정상이 되지 않음: 순차 재시작을 중단했습니다
step-rolling-done = 인스턴스 { $instances }개 순차 재시작: { $done }
step-retire-uncovered = 인스턴스 { $instance }을(를) 중지하지 않음: 요청을 넘겨받을 정상적인 `{ $component }` 인스턴스가 없습니다
step-retire-not-stopped = 인스턴스 { $instance }을(를) 드레인했지만 중지하지 못했습니다: { $error }
step-retire-done = 인스턴스 { $instance }을(를) { $waited } ms 만에 드레인 (처리 중 { $in_flight }), 중지함
step-retire-done-timed-out = 인스턴스 { $instance }을(를) { $waited } ms 만에 드레인 (처리 중 { $in_flight }) (처리 중 { $left }개가 남은 채 드레인 시간 초과), 중지함

## scale_up 및 scale_down

step-command-plan = { $argv } 실행
step-scale-replicas = 복제본 { $replicas }개: { $detail }
step-scale-up-full-plan = `{ $component }`을(를) 확장할 수 없습니다: 이미 최대 { $max }개 중 { $running }개 인스턴스가 있습니다
step-scale-up-plan = `{ $component }`의 인스턴스 { $instance } 시작 (다음 빈 포트에서 { $command })
step-scale-up-impossible-plan = `{ $component }`을(를) 확장할 수 없습니다: 명령에 { "`{port}`" }가 없고 { "`scale.command`" }도 없습니다
step-scale-up-full = 이미 최대 { $max }개 중 { $running }개 인스턴스가 있습니다
step-scale-up-no-port = 기본 포트 { $port } 다음에 빈 포트가 없습니다
step-scale-up-started = 포트 { $port }에서 인스턴스 { $instance } 시작함
step-scale-up-max-replicas = 이미 최대 복제본 수 { $max }개입니다
step-scale-up-impossible = `{ $component }`은(는) 확장할 수 없습니다: { "`scale: { port: N }`" }와 함께 명령에 { "`{port}`" }를 넣거나 { "`scale.command`" }를 지정하세요
step-scale-down-drain-plan = 프런트를 통해 `{ $component }`의 인스턴스 { $instance }을(를) 드레인한 뒤 중지
step-scale-down-plan = `{ $component }`의 인스턴스 { $instance } 중지
step-scale-down-nothing-plan = `{ $component }`에는 축소할 것이 없습니다
step-scale-down-min-instances = 이미 최소 인스턴스 수 { $min }개입니다
step-scale-down-stopped = 인스턴스 { $instance } 중지함
step-scale-down-min-replicas = 이미 최소 복제본 수 { $min }개입니다
step-scale-down-no-extra = `{ $component }`에는 중지할 추가 인스턴스가 없습니다

## migrate

step-migrate-no-service = `{ $component }`에 { "`tags.service`" }가 없어 마이그레이션할 피어가 없습니다
step-migrate-peer-unhealthy = { $peer }은(는) 정상이 아닙니다
step-migrate-peer-region-off = { $peer }은(는) 비활성화된 리전 { $region }에 있습니다
step-migrate-peer-same-region = `{ $peer }`은(는) 같은 리전({ $region })에 있습니다
step-migrate-peer-residency = `{ $peer }`은(는) { $region }에 있습니다: { $rule }에 따라 이 데이터({ $category })를 { $from } 밖으로 옮길 수 없습니다
step-migrate-no-peer = 서비스 `{ $service }`의 정상 피어 중 넘겨받을 수 있는 것이 없습니다 ({ $refused })
step-migrate-plan = `{ $component }`을(를) `{ $target }`(으)로 이동
step-migrate-impossible-plan = 마이그레이션할 수 없습니다: { $why }
step-migrate-done = `{ $component }`의 트래픽을 `{ $target }`(으)로 옮겼습니다

## notify

step-notify-plan = `{ $component }`에 대한 알림 기록 (변경 없음)
step-notify-done = `{ $component }`에 대해 운영자에게 알림

## run

step-run-plan = { $argv } 실행 (제한 시간 { $timeout })
step-run-empty = { "argv" }가 비어 있습니다
step-run-cannot-start = { $program }을(를) 시작할 수 없습니다: { $error }
step-run-exited-ok = { $program }이(가) 0으로 종료됨
step-run-exited = { $program }이(가) { $status }(으)로 종료됨: { $output }
step-run-error = { $program }: { $error }
step-run-timeout = { $program }이(가) { $timeout } 안에 끝나지 않아 강제 종료함

## webhook

step-webhook-plan = 인시던트를 JSON으로 { $url }에 { "POST" }
step-webhook-answered-attempt = { $url }이(가) { $status } 응답 ({ $attempt }번째 시도)
step-webhook-answered = { $url }이(가) { $status } 응답
step-webhook-error = { $url }: { $error }
step-webhook-gave-up = { $last } ({ $attempts }회 시도 후)
