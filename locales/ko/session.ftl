# 로그인과 로그인한 사용자가 할 수 있는 일 (UI, 데스크톱 앱과 브라우저).
ui-session-title = Pipeline Guard에 로그인
ui-session-user = 사용자 이름
ui-session-password = 비밀번호
ui-session-submit = 로그인
ui-session-failed = 사용자 이름 또는 비밀번호가 올바르지 않습니다.
ui-session-signed-in = { $user }(으)로 로그인됨 ({ $role })
ui-session-sign-out = 로그아웃
ui-session-read-only = 현재 역할로는 랩을 볼 수만 있고 변경할 수 없습니다. 복구 제어가 비활성화되었습니다.
