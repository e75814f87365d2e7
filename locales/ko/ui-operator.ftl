# 엔진의 ID를 운영자에게 보여 주는 말: 전략, 결과, 계기, 인시던트 상태, 실시간 이벤트,
# 권한, 감사 작업, 그리고 페이지 요소.

ui-strategy-scale_down = 축소
ui-strategy-notify = 알림
ui-strategy-respawn = 감독 프로세스의 재시작
ui-strategy-other = 기타 단계

ui-op-result-running = 실행 중
ui-op-result-succeeded = 성공
ui-op-result-failed = 실패
ui-op-result-skipped = 건너뜀
ui-op-result-other = 기타 결과
ui-op-trigger-ladder = 복구 사다리
ui-op-trigger-manual = 수동
ui-op-trigger-supervisor = 감독 프로세스
ui-op-trigger-memory = 메모리 한도
ui-op-trigger-alert = 경보
ui-op-trigger-autoscale = 자동 확장
ui-op-trigger-other = 기타 계기
ui-op-col-started = 시작
ui-op-col-component = 구성 요소
ui-op-col-strategy = 단계
ui-op-col-trigger = 계기
ui-op-col-result = 결과
ui-op-col-duration = 소요 시간
ui-op-no-attempts = 아직 시도 없음

ui-op-incident-open = 진행 중
ui-op-incident-resolved = 해결됨
ui-op-incident-merged = 병합됨
ui-op-incident-number = 인시던트 { $id }
ui-op-incident-merged-into = 인시던트 { $id }에 병합됨
ui-op-incident-open-for = { $duration } 동안 진행 중
ui-op-incident-lasted = { $duration } 지속됨
ui-op-incident-kind-down = 중단됨
ui-op-incident-kind-crash = 충돌
ui-op-incident-kind-memory_limit = 메모리 한도 초과
ui-op-incident-kind-memory_forecast = 메모리 고갈 예측
ui-op-incident-kind-alert = 경보 발생

ui-op-feed-incident-opened = 인시던트 { $id } 발생: { $kind }
ui-op-feed-healing-step = 복구 단계 { $strategy }: { $phase }
ui-op-feed-incident-escalated = 인시던트 { $id } 에스컬레이션
ui-op-feed-incident-closed = 인시던트 { $id } 종료
ui-op-step-started = 시작됨
ui-op-step-succeeded = 성공
ui-op-step-failed = 실패
ui-op-step-skipped = 건너뜀

ui-op-permission-admin-access = 관리
ui-op-permission-manage-components = 구성 요소 관리
ui-op-permission-trigger-healing = 복구 실행
ui-op-permission-read-metrics = 지표 읽기
ui-op-permission-monitor-health = 상태 모니터링
ui-op-permission-export-reports = 보고서 내보내기
ui-op-permission-manage-users = 계정 관리
ui-op-permission-view-audit = 감사 로그 보기
ui-op-permission-other = 기타 권한
ui-op-token-role-scope = 계정의 역할이 허용하는 모든 것

ui-op-audit-heal = 복구: { $strategy }
ui-op-audit-account-language = 언어 변경
ui-op-audit-auth-invalid-token = 잘못된 토큰 사용
ui-op-audit-auth-revoked-token = 폐기된 토큰 사용
ui-op-audit-autoscale-change = 자동 확장 변경
ui-op-audit-config-change = 구성 변경
ui-op-audit-data-operation-blocked = 데이터 작업 차단
ui-op-audit-healing-preferences = 복구 사다리 변경
ui-op-audit-key-rotate = 키 교체
ui-op-audit-login = 로그인
ui-op-audit-login-failed = 로그인 실패
ui-op-audit-login-local = 이 컴퓨터에서 로그인
ui-op-audit-login-locked = 로그인 실패로 계정 잠김
ui-op-audit-permission-denied = 권한 거부
ui-op-audit-region-activate = 리전 활성화
ui-op-audit-region-deactivate = 리전 비활성화
ui-op-audit-report-exported = 보고서 내보냄
ui-op-audit-retention-applied = 보존 정책 적용
ui-op-audit-role-define = 역할 정의
ui-op-audit-secret-put = 비밀 저장
ui-op-audit-security-finding = 보안 탐지 결과
ui-op-audit-subject-erased = 개인 데이터 삭제
ui-op-audit-subject-erasure-requested = 삭제 요청
ui-op-audit-subject-exported = 개인 데이터 내보냄
ui-op-audit-token-denied = 토큰 거부
ui-op-audit-token-issue = 토큰 발급
ui-op-audit-token-revoke = 토큰 폐기
ui-op-audit-user-create = 계정 생성
ui-op-audit-user-disable = 계정 비활성화
ui-op-audit-user-enable = 계정 활성화
ui-op-audit-user-lock = 계정 잠금
ui-op-audit-user-role = 역할 변경
ui-op-audit-other = 기타 작업

ui-op-skip-to-content = 본문으로 건너뛰기
ui-op-report-hint = 기간과 표준을 선택한 다음 보고서를 만드세요. 보고서 생성은 감사 로그에 기록됩니다.
ui-op-chart-label = 선택한 기간의 { $metric }
