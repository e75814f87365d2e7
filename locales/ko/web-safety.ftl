# HTTP 서버 요청 검사에 의한 거부, 보고서 기간 상한, 보안이 꺼져 있을 때 루프백 밖에서 수신 대기하지 않는 serve 의 거부.

http-foreign-host = 이 서버는 호스트 이름 { $host }에 응답하지 않습니다(다른 이름으로 접근하는 페이지는 이름 재바인딩 공격일 수 있습니다). 응답하는 이름은 { $allowed }입니다. 다른 이름을 쓰려면 { $key }에 추가하세요.
http-cross-site-origin = 거부됨: 이 요청은 { $origin } 페이지에서 왔으며, 브라우저에서는 Pipeline Guard 자체 페이지만 이 주소를 사용할 수 있습니다.
http-cross-site-fetch = 거부됨: 브라우저가 이 요청을 다른 사이트에서 온 것으로 표시했습니다({ $header }: { $value }).
http-json-only = 거부됨: 여기서는 요청 본문이 JSON({ $expected })이어야 하며, { $found }은(는) 허용되지 않습니다.
http-method-not-allowed = 이 주소에서는 { $method }을(를) 사용할 수 없습니다. 허용: { $allowed }.
http-request-timeout = 요청이 { $seconds }초 후 중단되었습니다({ $key }).
report-period-too-long = 보고서 기간이 { $days }일로, 보고서 하나가 다룰 수 있는 { $max }일을 넘습니다({ $key }). 더 짧은 기간으로 나누세요.
cli-serve-loopback-only = { $addr }에서 수신 대기를 거부합니다: 보안이 꺼져 있으면 서버는 루프백(127.0.0.1 또는 ::1)에서만 수신 대기합니다. 접근할 수 있는 누구나 익명 관리자로 동작하게 되기 때문입니다. 네트워크에서 수신 대기하려면 { $key }을(를) 설정하고 관리자 계정을 만드세요.
