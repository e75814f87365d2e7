# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = 알 수 없는 구성 요소 `{ $name }`
api-error-unknown-incident = 알 수 없는 인시던트 { $id }
api-error-unknown-channel = 알 수 없는 알림 채널 `{ $name }`
api-error-bad-query = 쿼리 매개변수가 올바르지 않습니다: { $detail }
api-error-bad-json = 이 작업의 요청 본문이 올바르지 않습니다: { $detail }
api-error-bad-json-expected = 이 작업의 요청 본문이 올바르지 않습니다: { $detail }; 필요한 형식: { $expected }
api-error-unknown-language = 알 수 없는 언어 `{ $value }`, 다음 중 하나여야 합니다: { $expected }
api-error-no-account = 보안이 꺼져 있어 운영자 계정이 없습니다

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = 인증이 필요합니다: `{ $header }`을(를) 보내세요({ $route }(으)로 발급)
api-denied-invalid = 토큰 형식이 잘못되었거나 서명을 확인할 수 없습니다
api-denied-expired = 토큰이 만료되었습니다. 다시 로그인하세요
api-denied-revoked = 토큰이 폐기되었습니다
api-denied-unknown-user = 토큰의 계정이 더 이상 없거나 비활성화되었습니다
api-denied-forbidden = { $permission } 권한이 필요합니다
api-denied-bad-credentials = 사용자 이름 또는 비밀번호가 올바르지 않습니다
api-denied-throttled = 시도 횟수가 너무 많습니다. { $seconds }초 후에 다시 시도하세요
api-denied-setup-required = 보안이 켜져 있지만 아직 계정이 없습니다. 먼저 관리자를 만드세요(`{ $command }`, 또는 이 컴퓨터에서 시작 시 출력된 설정 토큰으로 { $route })
api-denied-loopback-only = 이 경로는 루프백 클라이언트에만 제공됩니다
api-denied-internal = 내부 오류입니다. 서버 로그를 확인하세요

# An account or a region named in the path that does not exist.
api-error-no-user = 사용자 `{ $name }`이(가) 없습니다
api-error-unknown-region = 알 수 없는 리전 `{ $value }`, 다음 중 하나여야 합니다: { $expected }

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = `{ $to }`와(과) `{ $duration }` 중 정확히 하나만 지정하세요
api-error-alertmanager-payload = Alertmanager 페이로드를 읽을 수 없습니다: { $detail }
