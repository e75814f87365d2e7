# 인시던트 타임라인, 원인, 종료 사유.

## 인시던트가 열린 이유

incident-reason-exit-status = 프로세스 { $pid }이(가) { $uptime } 후 상태 { $code }(으)로 종료되었습니다
incident-reason-exit-signal = 프로세스 { $pid }이(가) { $uptime } 후 시그널 { $signal }에 의해 종료되었습니다
incident-reason-exit = 프로세스 { $pid }이(가) { $uptime } 후 종료되었습니다
incident-reason-check = 검사에 실패했습니다: { $issues }
incident-reason-check-plain = 검사에 실패했습니다
incident-reason-memory = 상주 메모리 { $used } MB가 한도 { $limit } MB를 넘었습니다
incident-reason-alert = 경보 `{ $alert }`: { $summary }
incident-reason-alert-plain = 경보 `{ $alert }`
incident-reason-finding = 탐지: { $finding }
incident-reason-root-down = `{ $root }`이(가) 중단되었습니다
incident-reason-still-down = 근본 원인 `{ $root }`이(가) 복구된 뒤에도 여전히 중단 상태입니다

## 타임라인 항목

incident-respawn-failed = { $exit }; 감독자가 { $delay } 후 다시 시작합니다
incident-respawn-up = 감독자가 다시 시작한 프로세스가 실행 중이며 응답합니다
incident-respawn-not-up = { $within } 안에 실행되지 않았습니다
incident-restart-skipped = 건너뜀: 충돌을 반복하는 이 자식 프로세스를 감독자가 이미 대기 시간을 늘려 가며 다시 시작하고 있습니다
incident-waiting = { $step }단계({ $strategy }) 전에 대기 중: { $refusal }
incident-step-verified = { $detail }; 확인됨
incident-step-not-healthy = { $detail }; { $within } 안에 정상으로 돌아오지 않았습니다
incident-step-result = { $detail }
incident-dependent-up = `{ $component }`이(가) 다시 실행 중입니다
incident-dependent-folded = 이 인시던트의 근본 원인 때문에 `{ $component }`이(가) 중단되었습니다. 해당 경보는 이 인시던트에 합쳐집니다
incident-merged-duplicate = 중복 탐지
incident-merged-into = 인시던트 { $incident }에 합쳐짐: 근본 원인 `{ $root }`
incident-alert-firing = 경보 `{ $alert }` 발생 중: { $summary }
incident-alert-firing-plain = 경보 `{ $alert }` 발생 중
incident-alert-resolved = 경보 `{ $alert }` 해제됨
incident-alert-resolved-late = 경보 `{ $alert }` 해제됨. 인시던트는 이미 종료되었습니다
incident-escalated-breaker = { $window } 안에 복구가 { $failures }회 실패했습니다: 회로 차단기가 열렸습니다. 반쯤 열릴 때까지 더 시도하지 않습니다
incident-escalated-ladder = 복구 단계({ $steps }단계)를 모두 사용했지만 `{ $component }`은(는) 여전히 중단 상태입니다
incident-still-escalated = 계속 에스컬레이션됨: { $reason }

## 인시던트가 종료된 방식

incident-closed-check = 검사로 정상 상태를 확인했습니다
incident-closed-manual = 수동 조치 후 정상 상태를 확인했습니다
incident-closed-respawn = 감독자의 재시작 후 정상 상태를 확인했습니다
incident-closed-alone = 스스로 복구되었습니다. 조치는 없었습니다
incident-closed-step = { $step ->
        [restart] 재시작
        [scale_up] 확장
        [scale_down] 축소
        [migrate] 이전
        [run] 명령 실행
        [webhook] 웹훅 호출
        [notify] 알림
       *[other] `{ $step }`
    } 후 정상 상태를 확인했습니다
incident-closed-verified = 정상 상태를 확인했습니다

## 규정 준수 보고서의 인시던트 요약

incident-summary-root-cause = { $reason }(근본 원인: { $root })
incident-summary-affected = { $summary }; 함께 영향받은 구성 요소: { $components }

## 타임라인 항목 종류(인시던트 페이지)

incident-kind-detected = 탐지됨
incident-kind-action = 조치
incident-kind-verified = 확인됨
incident-kind-escalated = 에스컬레이션됨
incident-kind-folded = 합쳐짐
incident-kind-note = 메모
incident-kind-closed = 종료됨
