# 컴플라이언스 보고서 (crates/report): 제목, 장, 열, 상태, 증거.
# "Art. 44", "CC7.2" 같은 조항 번호는 번역하지 않습니다. 데이터 표에서 가져옵니다.

report-title = 컴플라이언스 보고서
report-subtitle = { $product } — { $standards }
report-period = 기간: { $from }부터 { $to }까지 (종료 시각 제외)
report-generated = 생성 일시 { $when }
report-toc = 목차
report-page = { $pages }쪽 중 { $page }쪽

report-section-summary = 요약
report-section-controls = 통제 항목과 증거
report-section-availability = SLA 목표 대비 가용성
report-section-incidents = 인시던트
report-section-healing = 자동 복구 작업
report-section-regions = 데이터 보관 위치
report-section-retention = 데이터 보존
report-section-integrity = 무결성

report-status-pass = 충족
report-status-fail = 미충족
report-status-needs-attention = 확인 필요

report-col-control = 통제 항목
report-col-standard = 표준
report-col-reference = 조항
report-col-status = 상태
report-col-evidence = 증거
report-col-component = 구성 요소
report-col-region = 리전
report-col-sla = SLA 목표
report-col-availability = 가용성
report-col-checks = 검사 횟수
report-col-met = 목표 달성
report-col-started = 시작
report-col-detect = 탐지까지 걸린 시간
report-col-recover = 복구까지 걸린 시간
report-col-action = 작업
report-col-result = 결과
report-col-time = 일시
report-col-jurisdiction = 관할권
report-col-data = 데이터 범주
report-col-kind = 데이터 종류
report-col-retention = 보존 기간
report-col-rows = 삭제된 행
report-col-count = 개수

report-chart-regions = 리전별 가용성과 가장 낮은 SLA 목표
report-chart-daily = 리전별 일일 가용성
report-chart-sla = SLA 목표
report-map-caption = 활성 리전입니다. 점의 크기는 그곳에 있는 구성 요소 수를 나타냅니다.
report-none = 이 기간에는 없습니다.
report-yes = 예
report-no = 아니요
report-ongoing = 진행 중
report-unknown = 알 수 없음
report-components = 구성 요소 { $count }개

report-integrity-head = 감사 체인 헤드
report-integrity-no-audit = 이 데이터베이스에는 감사 로그가 없습니다
report-integrity-content = 내용 다이제스트

## 통제 항목

control-audit-chain = 위변조 방지 감사 추적
control-audit-chain-req = 보안과 관련된 모든 작업을 추가만 가능하고 검증할 수 있는 로그에 기록합니다.
control-encryption-at-rest = 저장 데이터 암호화
control-encryption-at-rest-req = 저장된 데이터는 디스크에서 암호화됩니다.
control-access-review = 접근 권한 검토
control-access-review-req = 운영자 계정과 역할을 정기적으로 검토합니다.
control-retention-applied = 보존 정책 적용
control-retention-applied-req = 보존 기간이 끝난 데이터는 삭제하거나 익명화합니다.
control-backups = 데이터베이스 백업
control-backups-req = 복원할 수 있도록 데이터베이스를 정기적으로 백업합니다.
control-availability-sla = 가용성
control-availability-sla-req = 서비스가 가용성 목표를 충족합니다.
control-incident-response = 인시던트 대응
control-incident-response-req = 인시던트를 신속하게 탐지하고 복구합니다.
control-data-residency = 데이터 상주
control-data-residency-req = 데이터는 규칙이 허용하는 관할권 안에 머뭅니다.
control-healing-audited = 변경 통제
control-healing-audited-req = 모든 자동 복구 작업이 기록되고 주체를 확인할 수 있습니다.
control-data-subject-rights = 열람권과 삭제권
control-data-subject-rights-req = 정보 주체는 요청하여 자신의 개인 데이터를 받거나 삭제할 수 있습니다.

## 증거

evidence-audit-absent = 이 데이터베이스에는 아직 감사 로그가 없습니다.
evidence-audit-intact = 감사 체인 검증 완료: 항목 { $rows }개, 헤드 { $head }.
evidence-audit-broken = 감사 체인이 { $row }번째 항목에서 끊어졌습니다: { $reason }.
evidence-encryption-on = 데이터베이스가 암호화된 볼륨에 있습니다 ({ $device }).
evidence-encryption-off = 데이터베이스 볼륨 { $device }는 암호화되어 있지 않습니다.
evidence-users-absent = 이 데이터베이스에는 운영자 계정이 없어 접근 권한을 검토할 수 없습니다.
evidence-users = 역할 { $roles }개에 걸친 운영자 계정 { $users }개를 검토했습니다.
evidence-retention-last = 보존 정책 마지막 적용: { $when }. 이 기간에 { $rows }개 행을 삭제하거나 익명화했습니다.
evidence-retention-stale = 보존 정책 마지막 적용: { $when }. 기간 종료보다 하루 이상 이전입니다.
evidence-retention-none = 이 기간에는 보존 정책이 적용되지 않았습니다.
evidence-backup-last = 마지막 백업: { $when } ({ $size }).
evidence-backup-stale = 마지막 백업: { $when }. 기간 종료보다 일주일 이상 이전입니다.
evidence-backup-none = 이 기간에 기록된 데이터베이스 백업이 없습니다.
evidence-sla-met = 구성 요소 { $count }개 모두 SLA 목표를 달성했습니다.
evidence-sla-missed = 구성 요소 { $count }개 중 { $missed }개가 SLA 목표를 달성하지 못했습니다: { $names }.
evidence-sla-no-data = 이 기간의 가용성 데이터가 없습니다.
evidence-incidents-none = 이 기간에는 인시던트가 없습니다.
evidence-incidents = 인시던트 { $count }건, 모두 복구됨. 평균 복구 시간 { $mttr }.
evidence-incidents-open = 인시던트 { $count }건 중 { $open }건이 기간 종료 시점에 아직 열려 있었습니다.
evidence-residency = 구성 요소 { $count }개의 데이터가 각 리전의 관할권 안에 머뭅니다.
evidence-residency-unknown = 이 데이터베이스에는 구성 요소 등록부가 없어 리전을 알 수 없습니다.
evidence-healing-none = 이 기간에는 자동 복구 작업이 없습니다.
evidence-healing-unaudited = 자동 복구 작업 { $count }건이 있지만 기록을 증명할 감사 로그가 없습니다.
evidence-healing-audited = 자동 복구 작업 { $count }건, 모두 감사 로그에 기록됨.
evidence-requests-none = 이 기간에는 열람 또는 삭제 요청이 없습니다. 두 가지 모두 이용할 수 있습니다.
evidence-requests = 열람 및 삭제 요청 { $count }건 중 { $done }건을 처리했습니다.

## 관할권과 데이터 범주

jurisdiction-eu = 유럽연합 (GDPR)
jurisdiction-us = 미국
jurisdiction-us-ca = 캘리포니아 (CCPA)
jurisdiction-br = 브라질 (LGPD)
jurisdiction-sg = 싱가포르 (PDPA)
jurisdiction-other = 기타
data-personal-data = 개인 데이터
data-health-data = 건강 데이터
data-operational-metrics = 운영 지표
data-audit-log = 감사 로그
data-credentials = 자격 증명

## 자동 복구 작업과 데이터 보존

action-restart = 재시작
action-supervisor-restart = 감독 프로세스에 의한 재시작
action-scale-up = 확장
action-migrate = 마이그레이션
action-run = 명령 실행
action-webhook = 웹훅
result-succeeded = 성공
result-failed = 실패
result-running = 실행 중
retention-samples = 원시 샘플
retention-rollups = 1분 집계
retention-events = 상태 변경과 프로세스 이벤트
retention-incidents = 인시던트
retention-healing-actions = 자동 복구 작업
retention-autoscale-decisions = 자동 확장 결정
retention-data-subject-requests = 열람 및 삭제 요청
retention-audit = 감사 로그
