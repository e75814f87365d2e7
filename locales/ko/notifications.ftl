# 인시던트와 복구 단계 알림: 일반 웹훅, Slack, Teams, 이메일, 데스크톱 앱.
# $detail 은 복구 기능 자체의 기록입니다.

## 심각도와 레이블

notification-severity-info = 정보
notification-severity-warning = 경고
notification-severity-critical = 심각

notification-label-component = 구성 요소
notification-label-severity = 심각도
notification-label-incident = 인시던트
notification-label-strategy = 복구 단계

## 인시던트 유형

notification-kind-down = 중단됨
notification-kind-crash = 비정상 종료됨
notification-kind-memory-limit = 메모리 한도 초과
notification-kind-memory-forecast = 곧 메모리 한도 초과 예상
notification-kind-alert = 경보 발생

## 이벤트

notification-incident-opened-title = 인시던트 #{ $incident }: { $component }에 문제가 있습니다
notification-incident-opened-body = { $component } 상태: { $kind }: { $detail }
notification-step-started-title = { $component } 복구 중: { $strategy } 시작됨
notification-step-started-body = { $detail }
notification-step-succeeded-title = { $component } 복구 중: { $strategy } 성공
notification-step-succeeded-body = { $seconds }초 만에 완료: { $detail }
notification-step-failed-title = { $component } 복구 중: { $strategy } 실패
notification-step-failed-body = { $seconds }초 후 실패: { $detail }
notification-incident-escalated-title = 인시던트 #{ $incident }: { $component }에 운영자가 필요합니다
notification-incident-escalated-body = 자동 복구가 중지되었습니다: { $detail }
notification-incident-resolved-title = 인시던트 #{ $incident } 해결됨: { $component }이(가) 다시 정상입니다
notification-incident-resolved-body = { $detail }

## 발신 정보

notification-footer = Pipeline Guard에서 보냄
