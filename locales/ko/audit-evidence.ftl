## 감사인이 신뢰할 수 있는 증거(issue 16): 데이터베이스 밖의 서명된 체크포인트, 서명된 보고서,
## 보고서의 무결성 섹션과 규정 준수 페이지.

cli-audit-intact = 감사 로그 온전함: { $rows }개 행, 헤드 { $head }.
cli-audit-checkpoint-ok = 가장 최근에 서명된 체크포인트와 일치합니다({ $signed }개 행, { $at }에 서명, { $file }).
cli-audit-keyring-missing = 키 파일 { $file }이(가) 없어 감사 체인을 검증할 수 없습니다(가드의 키가 설정에서 온다면 { $config }을(를) 지정하세요).
cli-audit-no-key = { $db }에는 감사 키가 없습니다: 감사 기록이 한 번도 없었습니다.

audit-break-edited = 감사 행 { $row }이(가) 수정되었습니다: 해시가 내용과 일치하지 않습니다
audit-break-deleted = 감사 행 { $row }이(가) 삭제되었습니다: 체인이 행 { $from }에서 행 { $to }(으)로 건너뜁니다
audit-break-tail-deleted = 감사 행 { $row }이(가) 삭제되었습니다: 로그는 행 { $last }에서 끝나지만 { $appended }개 행이 추가되었습니다
audit-break-inserted = 감사 행 { $row }이(가) 삽입되었습니다: 로그를 통해 추가된 적이 없습니다
audit-break-relinked = 감사 행 { $row }이(가) 수정되었거나 다시 연결되었습니다: 그 { $field }이(가) 행 { $prev }와(과) 일치하지 않습니다
audit-break-behind = 감사 행 { $first }~{ $signed }이(가) 없습니다: 로그에는 { $rows }개 행이 있지만 { $at }에 서명된 체크포인트는 { $signed }개를 세었습니다(삭제되었거나 이전 데이터베이스가 복원됨)
audit-break-mismatch = 감사 행 { $row }이(가) { $at }에 서명된 체크포인트와 더 이상 일치하지 않습니다: 로그가 다시 쓰였거나 되돌려졌습니다
audit-break-head-missing = 로그에 { $rows }개 행이 있는데 데이터베이스에 감사 체인 헤드가 없습니다
audit-break-checkpoints-missing = 체크포인트 파일 { $file }이(가) 없거나 비어 있지만 서명 키 { $key }은(는) 있습니다
audit-break-key-missing = 서명 키 { $key }이(가) 없어 { $file }의 체크포인트를 확인할 수 없습니다
audit-break-no-checkpoints = 감사 로그에 행은 있지만 체크포인트가 없습니다: 서명 키 { $key }와(과) 체크포인트 파일 { $file }이(가) 없습니다
audit-break-forged = 체크포인트 파일 { $file }의 { $line }번째 줄은 가드의 키로 서명된 체크포인트가 아닙니다

cli-verify-signed = { $file }: 진본이며 { $key }이(가) 서명했습니다(sha256 { $digest }). { $at }에 서명된 { $rows }개 행의 감사 체크포인트(헤드 { $head })를 인용합니다.
cli-verify-in-history = 이 체크포인트는 { $db }의 체크포인트 기록에 있으며, 감사 행 { $rows }은(는) 여전히 서명된 해시를 갖고 있습니다.
cli-verify-need-key = 신뢰할 수 있는 공개 키가 필요합니다: 가드에 대해 “{ $export }”이(가) 출력한 값을 { $key }(으)로, 또는 가드의 데이터베이스를 { $db }(으)로 지정하세요
cli-verify-not-in-history = 이 보고서가 인용하는 감사 체크포인트({ $rows }개 행, { $at }에 서명)가 { $db }의 체크포인트 기록에 없습니다({ $file })
cli-verify-row-changed = { $db }의 감사 행 { $rows }이(가) 없거나 인용된 체크포인트가 서명한 해시가 더 이상 아닙니다: 로그가 다시 쓰였거나 되돌려졌습니다
cli-key-missing = { $db } 옆에 서명 키가 없습니다({ $file })

seal-missing = Pipeline Guard 봉인을 찾을 수 없습니다: Pipeline Guard 보고서가 아니거나 봉인이 제거되었습니다
seal-duplicate = 파일에 봉인이 둘 이상 있습니다
seal-malformed = 봉인 형식이 잘못되었습니다
seal-unsigned = 서명 없음: 이 보고서에는 파일을 편집한 누구나 다시 계산할 수 있는 예전 SHA-256 봉인만 있습니다. 서명된 보고서를 받으려면 다시 내보내세요
seal-digest-mismatch = 위조: 파일 내용의 해시는 sha256 { $actual }이지만 봉인에는 { $expected }(으)로 되어 있습니다. 보고서가 서명 후 변경되었습니다
seal-forged = 위조: 신뢰할 수 있는 키 { $key }(으)로 서명이 검증되지 않습니다. 보고서가 변경되었거나 다른 사람이 서명했습니다
seal-checkpoint-forged = 위조: 보고서가 인용하는 감사 체크포인트가 신뢰할 수 있는 키 { $key }(으)로 서명되지 않았습니다

report-integrity-signed = 이 보고서는 내용과 아래 감사 체크포인트에 대해 가드의 Ed25519 키로 서명되었습니다. “{ $command }”와(과) 운영자에게 받은 공개 키(“{ $export }”)로 확인하세요. 파일에 적힌 키는 사본일 뿐입니다.
report-integrity-key = 서명 키(Ed25519)
report-integrity-checkpoint = 감사 체크포인트
report-integrity-checkpoint-value = { $rows }개 행, { $at }에 서명

ui-compliance-signed-by = 서명자(Ed25519)
ui-compliance-checkpoint = 감사 체크포인트
ui-compliance-checkpoint-value = { $rows }개 행, { $at }에 서명
