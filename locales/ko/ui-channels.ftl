# 창(설정)의 알림 채널과 앱의 데스크톱 알림.

## "테스트 보내기"를 누르면 채널이 보내는 테스트 메시지(엔진).

notification-test-title = Pipeline Guard의 테스트 메시지
notification-test-body = 알림 채널 테스트입니다. 이 메시지를 읽을 수 있다면 전달이 정상입니다.

## 채널

ui-channels-title = 알림 채널
ui-channels-hint = 인시던트와 복구 단계가 전송되는 곳입니다. 비밀 값(URL 속 토큰, 헤더 값, 비밀번호)은 서버에 남고 절대 표시되지 않습니다.
ui-channels-empty = 구성된 채널이 없습니다.
ui-channels-config-hint = 변경 사항은 구성 파일에 기록되며(주석과 순서 유지) 즉시 적용됩니다.
ui-channels-col-name = 이름
ui-channels-col-kind = 종류
ui-channels-col-target = 대상
ui-channels-col-filter = 필터
ui-channels-col-language = 언어
ui-channels-kind-webhook = 웹훅
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = 이메일
ui-channels-kind-desktop = 데스크톱 앱
ui-channels-secret-set = 비밀 값 설정됨(숨김)
ui-channels-headers = 헤더: { $names }
ui-channels-recipients = 받는 사람: { $list }
ui-channels-min-severity = 심각도 { $severity } 이상
ui-channels-components = 구성 요소: { $list }
ui-channels-events = 이벤트: { $list }
ui-channels-all = 전체
ui-channels-test = 테스트 보내기
ui-channels-testing = 보내는 중…
ui-channels-test-ok = { $ms } ms 만에 전달됨
ui-channels-test-failed = 전달되지 않음({ $ms } ms): { $error }
ui-channels-history = 전달 기록
ui-channels-history-hide = 기록 숨기기
ui-channels-history-empty = 이 채널로 아직 아무것도 보내지 않았습니다.
ui-channels-col-time = 시간
ui-channels-col-event = 이벤트
ui-channels-col-component = 구성 요소
ui-channels-col-status = 상태
ui-channels-col-attempts = 시도 횟수
ui-channels-col-error = 오류
ui-channels-status-sent = 전송됨
ui-channels-status-failed = 실패
ui-channels-status-dropped = 버려짐
ui-channels-event-incident_opened = 인시던트 발생
ui-channels-event-step_started = 복구 단계 시작
ui-channels-event-step_succeeded = 복구 단계 성공
ui-channels-event-step_failed = 복구 단계 실패
ui-channels-event-incident_escalated = 인시던트 에스컬레이션
ui-channels-event-incident_resolved = 인시던트 해결
ui-channels-event-test = 테스트 메시지
ui-channels-page = 전체 { $total }개 중 { $from }–{ $to }
ui-channels-newer = 최신
ui-channels-older = 이전

## 앱의 데스크톱 알림

ui-desktop-notify-title = 데스크톱 알림
ui-desktop-notify-hint = 앱은 위에서 고른 언어로 다음 경우에 시스템 알림을 표시합니다:
ui-desktop-notify-critical = 중요 구성 요소의 새 인시던트
ui-desktop-notify-failed = 복구 실패(실패한 단계 또는 에스컬레이션)
ui-desktop-notify-none = 아무것도 알리지 않습니다.
ui-desktop-notify-saved = 저장했습니다.

## 감사 로그 작업

ui-op-audit-notification-test = 테스트 알림 보냄
ui-op-audit-notification-desktop = 데스크톱 알림 변경

## Adding, changing and removing channels

ui-channels-add = 채널 추가
ui-channels-edit = 편집
ui-channels-remove = 제거
ui-channels-remove-confirm = { $name } 정말 제거
ui-channels-save = 저장
ui-channels-cancel = 취소
ui-channels-form-add = 새 채널
ui-channels-form-edit = { $name } 편집
ui-channels-field-name = 이름
ui-channels-field-min-severity = 최소 심각도
ui-channels-field-url = URL
ui-channels-field-url-keep = 비워 두면 저장된 URL을 유지합니다
ui-channels-field-smtp-host = SMTP 서버
ui-channels-field-smtp-port = 포트
ui-channels-field-smtp-security = 연결 보안
ui-channels-field-smtp-username = 사용자 이름
ui-channels-field-smtp-password = 비밀번호
ui-channels-field-password-keep = 비워 두면 저장된 비밀번호를 유지합니다
ui-channels-field-from = 보낸 사람
ui-channels-field-to = 받는 사람(쉼표로 구분)
ui-channels-field-components = 구성 요소(쉼표로 구분, 비우면 전체)
ui-channels-field-events = 이벤트(쉼표로 구분, 비우면 전체)
ui-channels-saved = 구성 파일에 저장되어 적용되었습니다.
ui-channels-removed = 구성 파일에서 제거했습니다.
ui-channels-problems = 구성 파일은 변경되지 않았습니다:
ui-op-audit-notification-channel-add = 알림 채널 추가
ui-op-audit-notification-channel-edit = 알림 채널 변경
ui-op-audit-notification-channel-remove = 알림 채널 제거
