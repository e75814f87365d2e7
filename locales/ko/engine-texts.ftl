# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

check-timed-out = { $kind } 검사가 { $after } 후 시간 초과되었습니다
check-panicked = 검사가 비정상 종료되었습니다: { $detail }
check-http-timed-out = { $method } { $url }: 시간 초과
check-http-unreachable = { $method } { $url }: 연결이 거부되었거나 연결할 수 없습니다
check-http-error = { $method } { $url }: { $detail }
check-http-status = { $url }에서 HTTP { $code }(예상 값 { $expected })
check-http-body-missing = 응답 본문에 `{ $needle }`이(가) 없습니다
check-http-slow = 느린 응답: { $latency } ms(한도 { $limit } ms)
check-command-empty = 명령이 비어 있습니다
check-command-cannot-run = `{ $program }`을(를) 실행할 수 없습니다: { $detail }
check-command-exited = `{ $program }`이(가) 상태 { $code }(으)로 종료되었습니다: { $output }
check-command-exited-silent = `{ $program }`이(가) 상태 { $code }(으)로 종료되었습니다
check-command-killed = `{ $program }`이(가) 신호로 종료되었습니다: { $output }
check-command-killed-silent = `{ $program }`이(가) 신호로 종료되었습니다
check-command-wait-failed = `{ $program }` 대기에 실패했습니다: { $detail }
check-process-not-running = 프로세스 { $pid }이(가) 실행 중이 아닙니다
check-process-none = 감독 대상 프로세스가 실행 중이 아닙니다
check-tcp-cannot-connect = { $addr }에 연결할 수 없습니다: { $detail }
check-scrape-read-failed = { $url } 읽기: { $detail }
check-scrape-status = { $url }에서 HTTP { $code }
check-scrape-failed = { $url } 수집: { $detail }
check-node-scrape-failed = { $url }의 { $exporter }에서 수집: { $detail }
check-metric-not-found = { $url }에서 레이블 { $labels }인 지표 `{ $metric }`을(를) 찾을 수 없습니다
check-metric-unhealthy = { $metric } = { $value }이(가) { $condition }을(를) 만족하지 않습니다
check-node-missing = { $url }이(가) 다음을 내보내지 않습니다: { $missing }
check-node-missing-memory = 메모리({ $metrics })
check-node-missing-disk = `{ $mountpoint }`에 마운트된 파일 시스템({ $metrics })
check-promql-no-series = `{ $query }`이(가) 시계열을 반환하지 않았습니다
check-promql-all-nan = `{ $query }`이(가) 모든 시계열에서 { $nan }입니다(트래픽이 없는 비율?)
check-promql-broken = { $series } = { $value }(정상 조건: { $condition })
check-promql-pending = { $series } = { $value }(정상 조건: { $condition }), 대기 중: 아직 { $for } 지속되지 않음
check-promql-held = { $series } = { $value }(정상 조건: { $condition }), { $for } 지속됨
check-promql-held-labels = { $series }이(가) `{ $key }`을(를) { $for } 동안 어겼습니다
check-promql-for-failed = `{ $key }` 확인: { $detail }
check-issue-starting = 시작 중: { $issue }
check-issue-restarting = 다시 시작 중: { $issue }
check-issue-guard-stopped = Guard가 중지되었습니다
check-issue-component-removed = 구성 요소가 설정에서 제거되었습니다
check-issue-list = { $issues }
check-issue-legacy = { $text }
notice-needs-operator = `{ $component }` 복구에는 운영자가 필요합니다: { $reason }
notice-cannot-start = `{ $program }`을(를) 시작할 수 없습니다: { $detail }. { $delay } 후 다시 시도합니다
process-exited-status = 프로세스 { $pid }이(가) 상태 { $code }(으)로 종료되었습니다
process-killed-signal = 프로세스 { $pid }이(가) 신호 { $signal }(으)로 종료되었습니다
process-exited = 프로세스 { $pid }이(가) 종료되었습니다

finding-anomaly = { $metric } 이상: 값 { $value }, 점수 { $score }
finding-predicted = { $metric }이(가) { $level }에서 초당 { $slope }씩 증가하여 { $eta } 후 { $limit }에 도달할 것으로 예측됩니다(범위 { $band })
finding-band-range = { $low }~{ $high }
finding-band-min = { $low } 이상
finding-threshold = { $rule }({ $metric } = { $value })
finding-threshold-resolved = { $rule } 조건이 더 이상 성립하지 않습니다({ $metric } = { $value })
finding-rule = { $expr }
finding-rule-held = { $expr }, { $for } 지속
finding-value-mb = { $value } MB
finding-value-ms = { $value } ms
finding-value = { $value }
