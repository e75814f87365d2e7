# 실패할 수 있는 컴플라이언스 통제의 증거(보고서, issue 16).
evidence-encryption-rest-clear = 암호화된 것은 저장된 시크릿뿐입니다. 이 데이터베이스의 기록, 인시던트, 감사 행은 볼륨을 읽을 수 있는 누구나 읽을 수 있습니다.
evidence-access-stale-admin = 90일 이상 사용되지 않은 관리자 계정: { $count }({ $names }).
evidence-incidents-overdue = 72시간 넘게 열려 있는 인시던트: { $count }({ $ids }).
evidence-residency-migrations = 이 기간의 마이그레이션: { $count }건, 모두 데이터 상주 규칙으로 검사했습니다.
evidence-residency-store-forbidden = { $component }이(가) { $origin } 사람들의 { $category }을(를) { $region }에 저장합니다. { $rule }에 따라 금지됩니다.
evidence-residency-migration-forbidden = { $when }의 { $component } 마이그레이션이 { $origin } 사람들의 { $category }을(를) { $region }의 { $target }(으)로 옮겼습니다. { $rule }에 따라 금지됩니다.
evidence-healing-count = 이 기간에 시작된 복구 작업: { $count }(복구 작업 표 기준, 감독 프로세스 재시작 포함). 감사 행이 있는 작업: { $audited }, 아직 실행 중: { $running }. 운영자의 요청, 일시 중지, 유지보수 기간은 결정으로 감사되며 작업으로 세지 않습니다.
evidence-healing-missing = 감사 행이 없는 완료된 복구 작업: { $missing }({ $ids }).
evidence-erasure-unserved = 감사 로그에 기록되었지만 수행되지 않은 삭제 요청: { $count }.
