# 가드 자체 기록의 상태: 데이터베이스에 샘플을 쓸 수 없는 동안 여는 인시던트.
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = 기록이 저장되지 않고 있습니다: { $problem }
history-problem-write-failed = 쓰기에 실패합니다({ $error })
history-problem-read-only = 데이터베이스 { $path }이(가) 읽기 전용입니다
history-problem-deleted = 데이터베이스 { $path }이(가) 삭제되었습니다. 가드를 다시 시작할 때까지 아무것도 기록되지 않습니다
history-problem-replaced = 다른 파일이 데이터베이스 { $path }을(를) 대체했습니다. 가드를 다시 시작할 때까지 아무것도 기록되지 않습니다
incident-history-resumed = { $dropped ->
    [0] 기록이 다시 저장됩니다. 그동안 메모리에 보관한 샘플은 모두 저장되었습니다
    [one] 기록이 다시 저장됩니다. 그동안 샘플 1개가 버려졌습니다(버퍼가 가득 찼습니다)
   *[other] 기록이 다시 저장됩니다. 그동안 샘플 { $dropped }개가 버려졌습니다(버퍼가 가득 찼습니다)
}
