# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

cli-error-password-stdin = 표준 입력에서 비밀번호를 읽을 수 없습니다: { $detail }
cli-error-no-password = 표준 입력에 비밀번호가 없습니다(파이프로 전달하세요: { $example })
cli-error-erase-confirm = '{ $name }' 삭제는 되돌릴 수 없습니다. 확인하려면 { $flag }을(를) 추가하세요
cli-user-list-disabled = 비활성화됨
cli-role-added = 역할 { $name }: { $permissions }
cli-error-bad-ttl = { $option }: 잘못된 기간 '{ $value }'(예: 30m, 1h, 7d)
cli-token-issued-detail = { $user }의 토큰 { $jti }, 권한 { $permissions }, 협정 세계시 { $until }까지 유효합니다.
cli-token-revoked = 토큰 { $jti }을(를) 폐기했습니다.
cli-error-no-database = { $db }: 해당 데이터베이스가 없습니다
cli-error-no-signing-key = Guard에 서명 키가 없습니다
cli-error-no-checkpoints = 감사 로그에 체크포인트가 없습니다
cli-error-cannot-write = { $file }에 쓸 수 없습니다: { $detail }
cli-error-cannot-create = { $file }을(를) 만들 수 없습니다: { $detail }
cli-error-cannot-start = { $program }을(를) 시작할 수 없습니다: { $detail }
cli-error-cannot-listen = { $addr }에서 수신 대기할 수 없습니다: { $detail }
cli-error-at-least-one = { $option }: 1 이상이어야 합니다
cli-error-bad-public-key = { $option }: Ed25519 공개 키가 아닙니다('{ $export }'이(가) 출력하는 형식, 즉 'ed25519:'와 16진수 64자리가 필요합니다)
cli-error-export-unaudited = 보고서는 기록했지만 내보내기를 감사 로그에 남기지 못했습니다: { $detail }
cli-report-written-signed = { $file }: { $bytes }바이트, SHA-256 { $digest }, 서명자 { $key }
cli-demo-labsvc-missing = 실습 서비스 프로그램을 { $path }에서 찾을 수 없습니다('{ $command }'(으)로 빌드하세요)
cli-demo-config-invalid = 내장된 데모 설정이 잘못되었습니다:
cli-demo-port-busy = 포트 { $port }을(를) 사용 중입니다. { $option }(으)로 다른 포트를 고르세요
cli-demo-no-window = 데스크톱 앱이 창을 열지 못했습니다({ $reason }). 대신 웹 화면을 제공합니다.
cli-demo-app-exited = 데스크톱 앱이 { $status }(으)로 종료되었습니다
cli-demo-no-app = 데스크톱 앱이 빌드되지 않았습니다({ $command }). 대신 웹 화면을 제공합니다.
cli-detect-empty = { $file }:{ $line }: 머리글 '{ $header }'이(가) 필요하지만 파일이 끝났습니다
cli-detect-bad-header = { $file }:{ $line }: 머리글 '{ $header }'이(가) 필요하지만 { $found }입니다
cli-detect-field-count = { $file }:{ $line }: 필드 2개 '{ $header }'이(가) 필요하지만 { $found }개입니다
cli-detect-bad-timestamp = { $file }:{ $line }: 타임스탬프 '{ $format }' 또는 RFC 3339가 필요하지만 { $found }입니다
cli-detect-bad-value = { $file }:{ $line }: 값은 유한한 숫자여야 하지만 { $found }입니다
cli-tls-cert-unreadable = TLS 인증서 { $file }을(를) 읽을 수 없습니다: { $detail }
cli-tls-no-cert = { $file }에 PEM 인증서가 없습니다
cli-tls-key-unreadable = TLS 개인 키 { $file }을(를) 읽을 수 없습니다: { $detail }
cli-tls-setup = TLS 설정에 실패했습니다: { $detail }
cli-tls-mismatch = TLS 인증서 { $cert }와(과) 키 { $key }(으)로는 서버 신원을 만들 수 없습니다: { $detail }
cli-serve-needs-tls = { $addr }에서 수신 대기를 거부했습니다. TLS 없이는 루프백 주소만 허용됩니다(127.0.0.1을 쓰거나 { $key }을(를) 설정하세요)
cli-serve-no-ui-index = { $option } { $dir }: 그곳에 { $file }이(가) 없습니다('{ $command }'(으)로 웹 화면을 빌드하세요)
cli-serve-no-embedded-ui = 이 프로그램은 웹 화면 없이 빌드되었습니다(빌드할 때 { $dir }이(가) 없었습니다). 빌드 방법은 / 페이지에 있습니다
cli-serve-security-disabled = 보안이 꺼져 있습니다({ $key }). 이 컴퓨터의 모든 로컬 사용자가 API를 조작할 수 있습니다(웹 페이지는 불가: { $checks } 검사). 공유 컴퓨터에서는 보안을 켜세요
cli-serve-setup-banner =
    보안이 켜져 있지만 계정이 없습니다. 관리자가 만들어질 때까지 API는 503으로 응답합니다.
    다음 중 하나로 관리자를 만드세요.
      { $command }   (비밀번호는 표준 입력으로)
    또는 이 컴퓨터에서만:
      { $request }
cli-serve-closing-connections = { $seconds }초 뒤에도 열려 있는 연결을 닫습니다.
