# Pipeline Guard 공통 용어.

## 제품

product-name = Pipeline Guard

## 구성 요소 상태

status-healthy = 정상
    .description = 모든 검사를 통과했습니다.
status-degraded = 저하됨
    .description = 일부 검사가 느리거나 간헐적으로 실패합니다.
status-failed = 실패
    .description = 검사가 실패하고 있습니다. 복구가 필요합니다.
status-unknown = 알 수 없음
    .description = 아직 검사 결과가 없습니다.

## 파이프라인 모드

mode-healthy = 정상
mode-degraded = 저하됨
mode-healing = 복구 중
mode-paused = 일시 중지됨

pipeline-healthy = 파이프라인이 정상입니다.
pipeline-degraded = 파이프라인 성능이 저하되었습니다.
pipeline-healing = 파이프라인을 복구하는 중입니다.
pipeline-paused = 파이프라인이 일시 중지되었습니다.

## 심각도

severity-critical = 심각
severity-high = 높음
severity-medium = 보통
severity-low = 낮음
severity-warning = 경고
severity-info = 정보

## 리전

region-us-east = 미국 동부
region-us-west = 미국 서부
region-eu-west = 유럽 서부
region-eu-central = 유럽 중부
region-asia-pacific = 아시아 태평양
region-sa-east = 남미 동부

## 단위

unit-duration-days = { $value }일
unit-duration-hours = { $value }시간
unit-duration-minutes = { $value }분
unit-duration-seconds = { $value }초
unit-duration-milliseconds = { $value }밀리초
unit-duration-separator = { " " }
unit-size-kilobytes = { $value }KB
unit-size-megabytes = { $value }MB
unit-size-gigabytes = { $value }GB
unit-requests-per-second = 초당 { $value }건 요청
unit-components = 구성 요소 { $count }개
unit-incidents = 인시던트 { $count }건

## 기간

time-range-last-15-minutes = 최근 15분
time-range-last-hour = 최근 1시간
time-range-last-6-hours = 최근 6시간
time-range-last-24-hours = 최근 24시간
time-range-last-7-days = 최근 7일
time-range-last-30-days = 최근 30일
time-range-custom = 사용자 지정 기간

## 버튼

button-save = 저장
button-cancel = 취소
button-close = 닫기
button-apply = 적용
button-refresh = 새로 고침
button-retry = 다시 시도
button-delete = 삭제
button-edit = 편집
button-confirm = 확인
button-back = 뒤로
button-next = 다음
button-export = 내보내기
button-heal-now = 지금 복구
button-dry-run = 시험 실행

## 일반 용어

generic-yes = 예
generic-no = 아니요
generic-loading = 불러오는 중…
generic-none = 없음
generic-language = 언어
