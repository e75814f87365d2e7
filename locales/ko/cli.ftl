# pipeline-guard 명령줄의 사람이 읽는 출력.

## validate

cli-validate-ok = { $file } 파일이 유효합니다: 리전 { $regions }개에 구성 요소 { $components }개가 있습니다.
cli-validate-failed = { $file } 파일이 유효하지 않습니다: 문제 { $count }개를 발견했습니다.

## 구성 오류

cli-config-syntax = 잘못된 YAML: { $detail }
cli-config-unknown-key = 알 수 없는 키 '{ $key }'
cli-config-missing-key = 필수 키 '{ $key }'이(가) 없습니다
cli-config-invalid-value = '{ $key }'의 값이 잘못되었습니다: { $detail }
cli-config-invalid-duration = 잘못된 기간 '{ $value }'(예: 250ms, 1s, 5m, 24h, 7d)
cli-config-invalid-size = 잘못된 크기 '{ $value }'(예: 512KB, 100MB, 2GB)
cli-config-unknown-region = 알 수 없는 리전 '{ $value }'(가능한 값: { $expected })
cli-config-unknown-check = 알 수 없는 검사 종류 '{ $value }'(가능한 값: { $expected })
cli-config-unknown-strategy = 알 수 없는 복구 전략 '{ $value }'(가능한 값: { $expected })
cli-config-duplicate-component = 구성 요소 '{ $name }'이(가) 두 번 이상 정의되었습니다
cli-config-out-of-range = '{ $key }' 값은 { $min }에서 { $max } 사이여야 합니다
cli-config-env-override = 환경 변수 { $var }의 값이 잘못되었습니다: { $detail }

## serve 및 demo

cli-serve-starting = 구성 요소 { $components }개로 Pipeline Guard를 시작하는 중…
cli-serve-listening = { $url }에서 서비스 중
cli-serve-stopping = 종료하는 중: 기록을 저장하고 있습니다…
cli-serve-stopped = 정상적으로 중지되었습니다.
cli-demo-starting = 데모 랩을 시작하는 중: 예정된 장애가 포함된 로컬 서비스 { $services }개…
cli-demo-open-browser = 브라우저에서 { $url } 주소를 열어 데모를 확인하세요.
cli-demo-open-desktop = 데스크톱 앱을 여는 중…
cli-demo-fault = 예정된 장애: { $component }에서 { $fault }
cli-healing-action = { $component } 복구 중: { $strategy }
cli-healing-dry-run = 시험 실행: { $component }을(를) { $strategy } 방식으로 복구합니다(실제로 실행하지 않음)

## detect

cli-detect-summary =
    { $input }에서 { $rows }개 행을 평가했습니다: { $anomalies ->
        [0] { $threshold }을(를) 넘는 이상이 없습니다
       *[other] { $threshold }을(를) 넘는 이상 { $anomalies }건
    }.
cli-detect-written = 점수를 { $output }에 기록했습니다.

## report, verify, audit

cli-report-written = 보고서를 { $file }에 기록했습니다.
cli-audit-ok = 감사 로그가 온전합니다: { $rows }개 행을 검증했습니다.
cli-audit-broken = 감사 로그의 { $row }번째 행이 손상되었습니다: { $reason }

## 사용자 및 토큰

cli-user-password-prompt = { $name }의 비밀번호:
cli-user-added = 사용자 { $name }을(를) { $role } 역할로 추가했습니다.
cli-token-issued = { $user }의 토큰({ $ttl } 동안 유효):

## 오류

cli-error-prefix = 오류
cli-error-file-not-found = { $file }을(를) 읽을 수 없습니다: 파일을 찾을 수 없습니다
cli-error-io = { $file }을(를) 읽을 수 없습니다: { $detail }
cli-error-database = 데이터베이스 오류: { $detail }
cli-error-invalid-date = 잘못된 날짜 '{ $value }'(YYYY-MM-DD 또는 RFC 3339 형식이어야 합니다)
cli-error-unknown-standard = 알 수 없는 규정 준수 표준 '{ $value }'(가능한 값: { $expected })
cli-error-unknown-format = 알 수 없는 출력 형식 '{ $value }'(가능한 값: { $expected })
cli-error-unknown-language = 알 수 없는 언어 '{ $value }'(사용 가능: { $expected })
cli-error-address-in-use = 주소 { $addr }은(는) 이미 사용 중입니다
cli-error-permission-denied = 권한이 거부되었습니다: { $detail }
cli-error-internal = 내부 오류: { $detail }
cli-hint-help = 사용법을 보려면 'pipeline-guard --help'를 실행하세요.
