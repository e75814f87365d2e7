# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = 잘못된 태그 `{ $tag }`: 태그에는 문자, 숫자, `-`, `_`, `.`, `/`, `:`만 쓸 수 있으며 최대 { $max }자입니다
config-tag-duplicate = 태그 `{ $tag }`가 두 번 나옵니다
config-tag-not-text = 태그는 텍스트입니다 (숫자와 불리언 값은 따옴표로 묶으세요)
config-tags-shape = { $key }는 레이블 목록({ $list }) 또는 키가 있는 태그 맵({ $map })이어야 합니다

## The components list

ui-list-heartbeat = 최근 검사
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time }: { $status }, { $latency }
ui-list-beat-none = 아직 검사 없음
ui-list-avail-24h = 24시간
ui-list-avail-30d = 30일
ui-list-chips = 상태로 필터
ui-list-chip-all = 전체
ui-list-chip-healthy = 정상
ui-list-chip-degraded = 저하
ui-list-chip-failed = 중단
ui-list-chip-unknown = 알 수 없음
ui-list-tag = 태그
ui-list-tag-any = 모든 태그
ui-list-tag-filter = 태그 { $tag }가 있는 구성 요소만 표시
ui-list-group-by = 그룹 기준
ui-list-group-none = 그룹 없음
ui-list-group-region = 리전
ui-list-group-tag = 태그
ui-list-untagged = 태그 없음
ui-list-group-count = 구성 요소 { $count }개
ui-list-group-toggle = { $group } 표시 또는 숨기기

## The component page's charts

ui-chart-from = 시작
ui-chart-to = 끝
ui-chart-apply = 적용
ui-chart-range-invalid = 시작은 끝보다 앞이어야 합니다.
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = 실시간 (1초)
ui-chart-live-hint = 최근 5분, 이벤트 스트림에서 초당 한 점
ui-chart-zoom-hint = 차트 위를 드래그해 확대하고, 두 번 클릭해 되돌립니다
ui-chart-reset = 확대 초기화
ui-chart-legend = 표시
ui-chart-marker-failed = 중단 (인시던트)
ui-chart-marker-degraded = 저하
ui-chart-marker-healthy = 복구됨
ui-chart-marker-restart = 프로세스 시작
ui-chart-marker-action = 복구 작업
