# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = 세션은 `api_token_max_ttl`({ $max })보다 길게 유지될 수 없습니다
config-x-min-above-max = `min_instances`가 `max_instances`보다 큽니다
config-x-file-empty = `{ $path }`이(가) 비어 있거나 파일이 아닙니다
config-x-file-unreadable = `{ $path }`을(를) 읽을 수 없습니다: { $detail }
config-x-listen-needs-security = `{ $listen }`은(는) 루프백 주소가 아닙니다. 보안이 꺼져 있으면 서버는 루프백에만 바인딩합니다(접근할 수 있는 누구나 익명 관리자로 동작하게 되므로). 네트워크에서 수신하려면 `{ $setting }`을(를) 설정하세요
config-x-listen-needs-tls = `{ $listen }`은(는) 루프백 주소가 아닙니다. 루프백 밖에서 수신하려면 `{ $setting }`이(가) 필요합니다
config-x-listed-twice = `{ $value }`이(가) 두 번 나열되어 있습니다
config-x-status-page-empty = 상태 페이지가 켜져 있지만 구성 요소가 없습니다. `components` 아래에 이름을 추가하세요
config-x-status-page-title = 제목은 { $min }~{ $max }자여야 합니다
config-x-allowed-host = 호스트 이름 또는 주소(포트는 선택)가 필요합니다({ $examples }). 입력된 값: `{ $value }`
config-x-port-needs-scale-command = 명령의 `{ $placeholder }`에는 구성 요소에 `{ $setting }`이(가) 필요합니다
config-x-port-needs-scale-check = 검사의 `{ $placeholder }`에는 구성 요소에 `{ $setting }`이(가) 필요합니다
config-x-scale-bounds = 1 ≤ `min_instances` ≤ `max_instances`여야 합니다
config-x-scale-command = `{ $placeholder }`을(를) 포함한 비어 있지 않은 `argv` 목록이 필요합니다
config-x-http-method = 다음 중 하나여야 합니다: { $expected }
config-x-process-check-needs-block = `process` 검사에는 구성 요소에 `process:` 블록이 필요합니다
config-x-node-url = `{ $example }` 같은 `node_exporter` 메트릭 URL이 필요합니다. 입력된 값: `{ $value }`
config-x-node-mountpoint = `/`나 `/data` 같은 절대 마운트 지점이 필요합니다. 입력된 값: `{ $value }`
config-x-promql-url = `{ $example }` 같은 Prometheus 서버 기본 URL이 필요합니다. 입력된 값: `{ $value }`
config-x-sample-name = 샘플 이름에는 문자, 숫자, `_`만 쓸 수 있습니다. 입력된 값: `{ $value }`
config-x-unknown-host-none = 알 수 없는 호스트 `{ $name }`: `hosts:` 아래에 선언하세요(`name`, `address`, `user`, `key_file`, `known_hosts`)
config-x-unknown-host = 알 수 없는 호스트 `{ $name }`, 다음 중 하나여야 합니다: { $expected }
config-x-hosts-list = 호스트 목록이 필요합니다(`name`, `address`, `port`, `user`, `key_file`, `known_hosts`)
config-x-host-name = 호스트 이름에는 문자, 숫자, `-`, `_`, `.`만 쓸 수 있습니다. 입력된 이름: `{ $value }`
config-x-host-duplicate = 호스트 이름 `{ $name }`이(가) 중복됩니다
config-x-host-address = 호스트 이름 또는 IP 주소가 필요합니다. 입력된 값: `{ $value }`
config-x-host-user = 사용자 이름이 필요합니다. 입력된 값: `{ $value }`
config-x-step-host = `hosts:`에 있는 호스트 이름이 필요합니다
config-x-step-run-argv = `run:`은(는) 비어 있지 않은 문자열 목록이어야 합니다(`argv` 배열, 셸 문자열은 안 됨)
config-x-rule-metric = `{ $example }` 같은 메트릭 이름이 필요합니다
config-x-finite-number = 유한한 숫자가 필요합니다
config-x-rule-number = 숫자, `200MB` 같은 크기 또는 `500ms` 같은 기간이 필요합니다. 입력된 값: `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = 알 수 없는 모드 `{ $value }`, 다음 중 하나여야 합니다: { $expected }
config-x-autoscale-rules-both = 규칙은 인라인(`metric`, `threshold_up`, `threshold_down`, `scale_factor`)이나 `rules:` 아래 목록 중 하나로만 지정하세요
config-x-autoscale-rules-empty = 규칙이 하나 이상 필요합니다(예: `{ $example }`)
config-x-autoscale-rule-missing = 규칙이 필요합니다: `metric`, `threshold_up`, `threshold_down`(및 `scale_factor`) 또는 `rules:` 아래 목록
config-x-autoscale-metric-twice = `{ $metric }`에 규칙이 두 개 있습니다. 메트릭마다 규칙은 하나만 지정하세요
config-x-autoscale-min-zero = 인스턴스가 1개 이상 필요합니다
config-x-autoscale-min-max = `min_instances`({ $min }) ≤ `max_instances`({ $max })여야 합니다
config-x-autoscale-above-scale-max = { $value }이(가) `scale_up`이 멈추는 `scale.max_instances`({ $max })보다 큽니다
config-x-autoscale-below-scale-min = { $value }이(가) `scale_down`이 멈추는 `scale.min_instances`({ $min })보다 작습니다
config-x-autoscale-not-scalable = `autoscale`에는 확장 가능한 구성 요소가 필요합니다: `{"{"}port{"}"}`와 `scale: {"{"} port: N {"}"}`가 있는 감독 대상 `process.command`, 또는 `{"{"}replicas{"}"}`가 있는 `scale.command`
config-x-autoscale-horizon = `horizon`은 `mode: hybrid`(예측에 따른 확장)용입니다
config-x-autoscale-metric-empty = 구성 요소 샘플의 메트릭이 필요합니다(예: `cpu_usage`, `response_time_seconds` 또는 Prometheus 검사의 메트릭)
config-x-autoscale-metric-state = `{ $metric }`은(는) 부하 측정값이 아니라 상태입니다. `cpu_usage`, `memory_bytes`, `response_time_seconds` 또는 검사의 메트릭으로 확장하세요
config-x-autoscale-metric-unsupervised = `{ $metric }`은(는) Guard가 감독하는 프로세스(`process:`)에서만 측정됩니다
config-x-missing-key = `{ $key }`이(가) 없습니다
config-x-finite-number-found = 유한한 숫자가 필요합니다. 입력된 값: { $value }
config-x-autoscale-thresholds = `threshold_down`({ $down })은 `threshold_up`({ $up })보다 작아야 합니다. 그렇지 않으면 확장이 오락가락합니다
config-x-autoscale-factor = `scale_factor`는 1보다 커야 합니다(1.5 = 절반 더). 입력된 값: { $value }
config-x-comparison = `< 0.05`나 `>= 1` 같은 비교가 필요합니다. 입력된 값: `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = 알 수 없는 언어 `{ $value }`, 다음 중 하나여야 합니다: { $expected }
config-x-channel-https-token = https:// URL이 필요합니다(URL에 토큰이 담기므로 일반 http://는 `127.0.0.1/localhost`에만 허용됩니다)
config-x-channel-https = https:// URL이 필요합니다
config-x-channel-headers-webhook = `headers`는 일반 `webhook` 채널에서만 쓸 수 있습니다
config-x-channel-header-name = `{ $name }`은(는) 올바른 HTTP 헤더 이름이 아닙니다
config-x-channel-header-value = 올바른 HTTP 헤더 값이 아닙니다
config-x-smtp-security = 알 수 없는 SMTP 보안 `{ $value }`, 다음 중 하나여야 합니다: { $expected }
config-x-smtp-host = SMTP 릴레이의 호스트 이름이 필요합니다
config-x-smtp-clear-text = `security: none`은 메일과 비밀번호를 평문으로 보냅니다. `127.0.0.1/localhost`의 릴레이에만 허용됩니다. `tls`나 `starttls`를 쓰세요
config-x-smtp-password-user = `password`에는 `username`이 필요합니다
config-x-email = `{ $example }` 같은 이메일 주소가 필요합니다. 입력된 값: `{ $value }`
config-x-email-recipients = 받는 사람이 한 명 이상 필요합니다
config-x-channel-kind-missing = 채널 종류가 하나 필요합니다: { $kinds }
config-x-channel-kind-many = 채널 종류는 하나만 지정하세요. 입력된 종류: { $found }
config-x-severity = 알 수 없는 심각도 `{ $value }`, 다음 중 하나여야 합니다: { $expected }
config-x-unknown-component = 알 수 없는 구성 요소 `{ $name }`
config-x-unknown-event = 알 수 없는 이벤트 `{ $value }`, 다음 중 하나여야 합니다: { $expected }
config-x-channel-name = 비어 있지 않은 채널 이름이 필요합니다
config-x-retry-attempts = 시도 횟수는 { $min }~{ $max }회여야 합니다
config-x-channel-duplicate = 채널 이름 `{ $name }`이(가) 중복됩니다(채널 { $first }에서 처음 사용)

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs).
config-x-front-listen = `{ $example }` 같은 주소가 필요합니다. 입력된 값: `{ $value }`
config-x-front-loopback = `{ $setting }`이(가) `true`가 아니면 프런트는 루프백(`127.0.0.1` 또는 `::1`)에서만 수신합니다. 입력된 값: `{ $value }`
config-x-front-port-zero = 0이 아닌 고정 포트가 필요합니다
config-x-front-port-taken = 프런트의 포트 { $port }이(가) 인스턴스의 기본 포트(`scale.port`)와 같습니다. 다른 포트를 고르세요
config-x-front-balance = 알 수 없는 부하 분산 방식 `{ $value }`입니다. 다음 중 하나여야 합니다: { $expected }
config-x-front-weight = 0보다 큰 가중치가 필요합니다. 입력된 값: { $value }
config-x-front-weights-count = 인스턴스는 최대 { $max }개(`scale.max_instances`)인데 가중치가 { $count }개입니다
config-x-front-needs-instances = 프런트에는 가드가 감독하는 인스턴스가 필요합니다: `{ $placeholder }`이(가) 들어간 `process.command`와 `{ $example }`
config-x-front-try-timeout-twice = 시도당 제한 시간은 한 번만 지정하세요: `retry.per_try_timeout` 또는 `try_timeout` 중 하나만 씁니다
config-x-front-failures-range = 실패 횟수는 { $min }~{ $max }여야 합니다. 입력된 값: { $value }
config-x-front-percent-range = 백분율은 { $min }~{ $max }여야 합니다. 입력된 값: { $value }
config-x-front-retries-range = 재시도 횟수는 { $min }~{ $max }여야 합니다. 입력된 값: { $value }
config-x-front-ejection-times = `max_ejection_time`이(가) `base_ejection_time`보다 짧습니다
config-x-front-method = `PUT`이나 `DELETE` 같은 대문자 HTTP 메서드가 필요합니다. 입력된 값: `{ $value }`
config-x-front-guard-address = `{ $listen }`은(는) 가드 자신의 HTTP 주소(`{ $setting }`)입니다
config-x-front-address-taken = `{ $component }`의 프런트가 이미 `{ $listen }`에서 수신하고 있습니다

# A PromQL check's query, looked over before Prometheus sees it.
config-x-promql-empty = `{ $example }` 같은 PromQL 식이 필요합니다
config-x-promql-unterminated = 쿼리의 { $at }번째 문자에서 시작한 문자열이 닫히지 않았습니다
config-x-promql-mismatch = 쿼리의 { $at }번째 문자 `{ $close }`이(가) { $open_at }번째 문자 `{ $open }`을(를) 닫지 않습니다
config-x-promql-unmatched = 쿼리의 { $at }번째 문자 `{ $close }`에 짝이 되는 여는 괄호가 없습니다
config-x-promql-unclosed = 쿼리의 { $at }번째 문자 `{ $open }`이(가) 닫히지 않습니다
