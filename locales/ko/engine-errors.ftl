# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = 내부 오류입니다. 로그를 확인하세요
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }`: { $problem }
api-error-unknown-value = 알 수 없는 값 `{ $value }`입니다. 다음 중 하나여야 합니다: { $expected }
api-error-empty-name = `{ $param }`: 구성 요소 이름이 비어 있습니다(`{ $example }` 형식이어야 합니다)
api-error-unix-time = `{ $param }`({ $value })은(는) 0~{ $max } 사이의 `Unix` 시각(초)이어야 합니다
api-error-step-min = `{ $param }`({ $value })은(는) 1초 이상이어야 합니다
api-error-to-before-from = `to`({ $to })은(는) `from`({ $from })보다 뒤여야 합니다
api-error-to-not-before-from = `to`({ $to })은(는) `from`({ $from })보다 앞설 수 없습니다
api-error-too-many-buckets = 구간이 너무 많습니다({ $max }개 초과). `{ $param }`을(를) 늘리세요
api-error-param-range = `{ $param }`({ $value })은(는) { $min }~{ $max } 사이여야 합니다
api-error-param-negative = `{ $param }`({ $value })은(는) 음수일 수 없습니다
api-error-already-acknowledged = 인시던트 { $id }은(는) 이미 `{ $by }` 님이 확인했습니다
api-error-not-assignable = `{ $name }`은(는) 인시던트를 할당할 수 있는 계정이 아닙니다. 다음 중 하나여야 합니다: { $expected }
api-error-note-empty = 메모에는 내용이 있어야 합니다
api-error-note-too-long = 메모는 최대 { $max }자입니다. 이 메모는 { $count }자입니다
api-error-no-step = `{ $name }`의 복구 단계에 `{ $step }` 단계가 없습니다
api-error-maintenance-order = 유지 관리 기간은 시작 후에 끝나야 합니다
api-error-no-autoscale = `{ $name }`에는 구성에 `autoscale:` 블록이 없습니다
api-error-not-promql = `{ $name }`의 검사는 `promql`이 아니라 `{ $kind }`입니다
api-error-promql-range = `from` < `to`이고 `step`은 0보다 커야 합니다
api-error-too-many-points = 계열당 { $count }개 점은 최대 { $max }개를 넘습니다. 더 큰 `step`을 쓰세요
api-error-file = { $file }: { $detail }
api-error-cooldown-range = 0~{ $max } ms(하루)여야 합니다. 입력된 값: { $value } ms
api-error-rules-empty = 규칙이 하나 이상 필요합니다
api-error-rule-metric = `{ $metric }`은(는) 이 자동 확장 구성의 메트릭이 아닙니다. 다음 중 하나여야 합니다: { $expected }
api-error-not-negative = 0 이상이어야 합니다. 입력된 값: { $value }
api-error-ladder-empty = 복구 단계에는 단계가 하나 이상 필요합니다
api-error-ladder-no-step = `{ $name }`의 구성된 단계에 `{ $step }` 단계가 없습니다(API는 단계를 이름으로 지정하며 `argv`나 URL은 받지 않습니다)
api-error-unknown-step = 알 수 없는 복구 단계 `{ $value }`입니다. 다음 중 하나여야 합니다: { $expected }
api-error-unknown-standard = 알 수 없는 표준 `{ $value }`입니다. 다음 중에서 지정하세요: { $expected }
api-error-no-standard = 표준이 하나 이상 필요합니다
api-error-last-region = 리전 `{ $region }`은(는) 마지막 활성 리전이므로 비활성화할 수 없습니다
api-error-stored-change = 저장된 변경을 읽을 수 없습니다: { $detail }

# Building a compliance report (crates/report).
report-error-empty-period = 기간이 비어 있습니다: `{ $to_name }`({ $to })은(는) `{ $from_name }`({ $from })보다 뒤여야 합니다
report-error-no-database = { $file }: 그런 데이터베이스가 없습니다
report-error-internal = 보고서를 만들 수 없습니다. 로그를 확인하세요

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = 운영 체제 사용자 `{ $user }`와(과) 이름이 같은 Pipeline Guard 계정이 없습니다. 관리자가 `{ $command }`(으)로 만들 수 있습니다
app-error-undeclared-command = 명령 `{ $command }`은(는) 권한을 선언하지 않습니다(`{ $table }`에 행을 추가하세요)
app-error-not-public-command = 명령 `{ $command }`은(는) `{ $table }`의 공개 명령이 아닙니다
app-error-engine-running = 엔진이 이미 실행 중입니다. 다른 구성을 고르려면 앱을 다시 시작하세요
app-error-internal = 내부 오류: { $detail }
app-error-no-downloads = 다운로드 폴더가 없습니다: `{ $var }` 또는 `{ $home }`을(를) 설정하세요(또는 `{ $file }`의 `{ $xdg }`)
app-error-save-report = 보고서를 { $dir }에 저장할 수 없습니다: { $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = 앱이 이 명령을 실행하지 못했습니다: { $detail }
