# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = 이름 `{ $name }`은(는) 올바르지 않습니다: 영문자, 숫자, `.`, `_`, `-`, `@`를 1~{ $max }자 사용하세요
sec-error-invalid-name-bytes = 이름({ $bytes }바이트)이 올바르지 않습니다: 영문자, 숫자, `.`, `_`, `-`, `@`를 1~{ $max }자 사용하세요
sec-error-password-short = 비밀번호가 너무 짧습니다({ $count }자). { $min }자 이상 사용하세요
sec-error-password-long = 비밀번호가 { $max }바이트를 넘습니다
sec-error-setup-done = 초기 설정이 이미 끝났습니다: 계정이 있습니다
sec-error-unknown-role = 알 수 없는 역할 `{ $role }`입니다(기본 제공: `admin`, `operator`, `viewer`. 다른 역할은 `{ $command }`(으)로 추가하세요)
sec-error-user-exists = 사용자 `{ $name }`이(가) 이미 있습니다
sec-error-builtin-role = `{ $name }`은(는) 기본 제공 역할이라 바꿀 수 없습니다
sec-error-ttl-unusable = 토큰 유효 기간 { $seconds }초는 쓸 수 없습니다
sec-error-scope-beyond = 사용자 `{ $user }`(역할 `{ $role }`)에게 { $permissions } 권한이 없습니다
sec-error-ttl-zero = 토큰 유효 기간은 양수여야 합니다
sec-error-ttl-max = 토큰은 최대 { $max }(`{ $setting }`)까지 유효할 수 있으며 { $ttl }은(는) 안 됩니다
sec-error-key-from-config = 암호화 키는 구성(`{ $setting }`)에서 옵니다. 그곳에서 바꾸세요
sec-error-signing-key-from-config = 토큰 서명 키는 구성(`{ $setting }` 또는 `{ $env }`)에서 옵니다. 그곳에서 바꾸세요
sec-error-key-file-missing = 키 파일 { $file }이(가) 없어 감사 체인을 검증할 수 없습니다
sec-error-checkpoints-missing = 체크포인트 파일 { $file }이(가) 없거나 비어 있지만 서명 키 { $key }은(는) 있습니다: 백업에서 파일을 복원하거나, 키를 옮겨 새 체크포인트 이력을 시작하세요(그러면 감사 로그는 그 시점부터만 검증됩니다)
sec-error-signing-key-missing = 서명 키 { $key }이(가) 없지만 { $file }에 그 키로 서명한 체크포인트가 있습니다: 백업에서 키를 복원하세요(새 키로는 감사 로그를 검증할 수 없게 됩니다)
sec-error-last-manager = `{ $name }`은(는) 사용자를 관리할 수 있는 마지막 계정입니다. 지우기 전에 다른 관리자를 만드세요
sec-error-last-admin = `{ $name }`은(는) 마지막으로 활성화된 관리자입니다. 먼저 다른 계정을 관리자로 만드세요
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = { $permissions } 권한이 없으므로 다음을 할 수 없습니다: { $action }
sec-do-create-user = 역할이 `{ $role }`인 계정 만들기
sec-do-give-role = `{ $name }`에게 역할 `{ $role }` 주기
sec-do-change-role = `{ $name }`(`{ $role }`)의 역할 바꾸기
sec-do-disable = `{ $name }`(`{ $role }`) 비활성화
sec-do-enable = `{ $name }`(`{ $role }`) 활성화
sec-do-issue-token-role = `{ $name }`(`{ $role }`)의 토큰 발급
sec-do-issue-token = `{ $name }`의 토큰 발급
