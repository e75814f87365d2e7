# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = 알 수 없는 필드 `{ $key }`, 다음 중 하나여야 합니다: { $expected }
config-expected-unit = `5s`나 `100MB` 같은 기간 또는 크기가 필요합니다
config-value-too-large = `{ $value }` 값이 너무 큽니다
config-unknown-duration-unit = `{ $value }`의 기간 단위 `{ $unit }`을(를) 알 수 없습니다(사용 가능: { $units })
config-unknown-size-unit = `{ $value }`의 크기 단위 `{ $unit }`을(를) 알 수 없습니다(사용 가능: { $units })
config-duration-zero = 0보다 큰 기간이 필요합니다
config-expected-top-mapping = 최상위에는 { $keys }을(를) 가진 매핑이 필요합니다
config-expected-component-list = 구성 요소 목록이 필요합니다
config-unknown-dependency = { $key }에 알 수 없는 구성 요소 `{ $name }`이(가) 있습니다
config-self-dependency = 구성 요소는 자기 자신에 의존할 수 없습니다
config-dependency-cycle = 순환 의존성: { $cycle }
config-unknown-standard = 알 수 없는 규정 준수 표준 `{ $value }`, 다음 중 하나여야 합니다: { $expected }
config-component-name = 구성 요소 이름에는 문자, 숫자, `-`, `_`, `.`만 쓸 수 있습니다. 입력된 이름: `{ $name }`
config-component-needs-check = 구성 요소에는 { $check }(또는 Guard가 감독하는 { $process })이(가) 필요합니다
config-unknown-recovery-step = 알 수 없는 복구 단계 `{ $value }`, 다음 중 하나여야 합니다: { $expected }
config-unknown-value = `{ $key }`의 값 `{ $value }`을(를) 알 수 없습니다. 다음 중 하나여야 합니다: { $expected }
config-expected-at-least = { $min } 이상이어야 합니다
config-expected-between = { $min }에서 { $max } 사이의 숫자여야 합니다
config-expected-listen = { $example } 같은 주소가 필요합니다. 입력된 값: `{ $found }`
config-expected-argv = 비어 있지 않은 인수 목록이 필요합니다(문자열 목록이며, 셸 명령줄은 안 됩니다)
config-expected-sla = { $min }에서 { $max } 사이의 가용성 목표(퍼센트)가 필요합니다
config-expected-url = http:// 또는 https:// URL이 필요합니다. 입력된 값: `{ $found }`
config-expected-host-port = { $form } 형식이 필요합니다. 입력된 값: `{ $found }`
config-check-kind-missing = 검사 종류를 하나 지정해야 합니다: { $kinds }
config-check-kind-many = 검사 종류는 정확히 하나여야 합니다. 입력된 종류: { $found }
config-expected-port = { $min }에서 { $max } 사이의 포트가 필요합니다
config-expected-score = 0보다 크고 1 이하인 점수 임계값이 필요합니다
config-expected-hysteresis = 0 이상의 히스테리시스가 필요합니다
