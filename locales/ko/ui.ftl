# 데스크톱 앱과 웹 화면 (ui/).

## 탐색과 틀

ui-nav-label = 주 메뉴
ui-nav-overview = 개요
ui-nav-map = 리전 지도
ui-nav-components = 구성 요소
ui-nav-incidents = 인시던트
ui-nav-healing = 자가 복구
ui-nav-compliance = 규정 준수
ui-nav-settings = 설정
ui-live-connected = 실시간 업데이트 중
ui-live-disconnected = 다시 연결하는 중…
ui-live-events = 실시간 이벤트 { $count }개
ui-filter-region = 리전: { $region }
ui-filter-clear = 리전 필터 지우기
ui-error-backend = 가드가 응답하지 않아 다시 시도하는 중…
ui-feature-unavailable = 이 엔진 버전에서는 사용할 수 없습니다

## 개요

ui-overview-title = 개요
ui-overview-running-for = { $duration } 동안 감시 중
ui-overview-mode = 파이프라인 상태
ui-overview-components = 구성 요소
ui-overview-healing-rate = 복구 성공률
ui-overview-healing-attempts = 복구 시도 { $count }회
ui-overview-open-incidents = 열린 인시던트
ui-overview-restarts = 프로세스 재시작 { $count }회
ui-overview-last-actions = 최근 이벤트와 조치
ui-overview-regions = 리전
ui-overview-attention = 확인 필요
ui-overview-all-good = 모든 구성 요소가 정상입니다.

## 실시간 피드

ui-feed-empty = 첫 이벤트를 기다리는 중…
ui-feed-status-changed = { $from }에서 { $to }(으)로 변경
ui-feed-process-started = 프로세스 { $pid } 시작됨
ui-feed-process-exited = 프로세스 { $pid }이(가) 코드 { $code }(으)로 종료됨
ui-feed-process-killed = 프로세스 { $pid }이(가) 시그널 { $signal }(으)로 강제 종료됨
ui-feed-notice = 알림
ui-feed-other = 엔진 이벤트

## 리전 지도

ui-map-title = 리전 지도
ui-map-hint = 리전을 클릭하면 모든 페이지가 해당 리전으로 필터링됩니다. 다시 클릭하면 해제됩니다.
ui-map-region-label = { $region }: { $status }, 구성 요소 { $count }개
ui-map-in-region = { $region }의 구성 요소

## 구성 요소

ui-components-title = 구성 요소
ui-components-shown = 전체 { $total }개 중 { $shown }개 표시
ui-components-search = 이름, 리전, 상태로 검색…
ui-components-none-match = 검색과 일치하는 구성 요소가 없습니다.
ui-component-critical = 핵심 구성 요소
ui-col-name = 이름
ui-col-region = 리전
ui-col-status = 상태
ui-col-latency = 지연 시간
ui-col-cpu = 프로세서
ui-col-memory = 메모리
ui-col-restarts = 재시작

## 구성 요소 상세

ui-detail-since = { $duration } 동안 지속
ui-detail-not-found = “{ $name }”(이)라는 구성 요소가 없습니다.
ui-detail-sla = 목표: { $sla }
ui-detail-checks = 검사
ui-detail-checks-failed = 실패 { $count }회
ui-detail-process = 프로세스
ui-detail-restarts = 재시작 { $count }회
ui-detail-last-check = 마지막 검사
ui-detail-issues = 현재 문제:
ui-detail-range = 기간
ui-detail-timeline = 기록
ui-metric-latency = 응답 시간
ui-metric-cpu = 프로세서 사용률
ui-metric-memory = 메모리
ui-metric-error-rate = 오류율
ui-chart-no-data = 이 기간에는 아직 샘플이 없습니다
ui-chart-view = 차트 보기
ui-chart-view-interactive = 대화형
ui-chart-view-server = 서버에서 렌더링
ui-timeline-empty = 아직 아무 일도 없었습니다.
ui-timeline-status = { $status } 상태가 됨
ui-timeline-process-started = 프로세스 시작
ui-timeline-process-exited = 프로세스 종료

## 인시던트

ui-incidents-title = 인시던트
ui-incidents-list = 인시던트 목록
ui-incidents-events = 이벤트 타임라인
ui-incidents-none = 이 필터와 일치하는 인시던트가 없습니다.
ui-incidents-unavailable = 이 엔진 버전에서는 인시던트 추적을 사용할 수 없습니다. 아래 타임라인에 모든 상태 변경과 프로세스 이벤트가 표시됩니다.
ui-incident-open = 열림
ui-incident-recovered = 복구됨
ui-filter-component = 구성 요소
ui-filter-all-components = 모든 구성 요소
ui-filter-state = 상태
ui-filter-state-all = 전체
ui-filter-state-open = 열림
ui-filter-state-closed = 복구됨
ui-filter-kind = 이벤트 종류
ui-filter-kind-all = 모든 이벤트
ui-filter-kind-status = 상태 변경
ui-filter-kind-process = 프로세스 이벤트

## 자가 복구

ui-healing-title = 복구 제어
ui-healing-unavailable = 이 엔진 버전에서는 복구 제어를 사용할 수 없습니다.
ui-healing-global = 자동 복구
ui-healing-active = 활성
ui-healing-paused = 일시 중지됨
ui-healing-pause = 복구 일시 중지
ui-healing-resume = 복구 재개
ui-healing-pause-body = 다시 재개할 때까지 모든 구성 요소의 자동 복구가 멈춥니다. 장애 감지와 기록은 계속됩니다.
ui-healing-resume-body = 모든 구성 요소의 자동 복구를 다시 시작합니다.
ui-healing-attempts = 시도 횟수
ui-healing-successes = 성공 횟수
ui-healing-manual = 수동 복구
ui-healing-component = 대상 구성 요소
ui-healing-plan = 계획 미리 보기 (모의 실행)
ui-healing-history = 최근 복구 조치
ui-healing-no-actions = 아직 복구 조치가 없습니다.
ui-heal-strategy = 전략
ui-heal-confirm-title = { $component }을(를) 복구할까요?
ui-heal-confirm-body = 지금 { $component }에 “{ $strategy }”을(를) 실행합니다. 재시작하면 서비스가 잠시 중단됩니다.
ui-heal-accepted = 접수되었습니다. 조치 { $id }을(를) 실행하는 중입니다.
ui-strategy-restart = 재시작
ui-strategy-scale_up = 확장
ui-strategy-migrate = 이전
ui-strategy-run = 명령 실행
ui-strategy-webhook = 웹훅 호출

## 가드의 오류

ui-error-not_found = 찾을 수 없습니다.
ui-error-bad_request = 요청이 올바르지 않아 거부되었습니다.
ui-error-unauthorized = 다시 로그인하세요.
ui-error-forbidden = 이 작업을 할 권한이 없습니다.
ui-error-conflict = 다른 조치가 이미 실행 중입니다.
ui-error-rate_limited = 요청이 너무 많습니다. 잠시 후 다시 시도하세요.
ui-error-setup_required = 먼저 가드를 설정해야 합니다. 첫 운영자 계정을 만드세요.
ui-error-internal = 가드에서 오류가 발생했습니다. 로그를 확인하세요.

## 규정 준수

ui-compliance-title = 규정 준수

## 설정

ui-settings-title = 설정
ui-settings-language-hint = 화면이 즉시 바뀌고 선택이 저장됩니다.
ui-settings-format-sample = 숫자와 날짜:
ui-settings-theme = 테마
ui-settings-theme-system = 시스템 설정 따르기
ui-settings-theme-light = 밝게
ui-settings-theme-dark = 어둡게
ui-settings-about = 정보
ui-settings-backend = { $kind }(으)로 가드에 연결되었습니다.
