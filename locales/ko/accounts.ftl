# 터미널에서 계정과 키 관리(이슈 15).
cli-user-unlocked = { $name }의 로그인 대기를 해제했습니다(출처 { $sources }개). 실패 횟수가 다시 0이 되었습니다.
cli-key-signing-rotated = 토큰 서명 키를 교체했습니다. 이전 키로 서명된 토큰은 만료될 때까지, 늦어도 협정 세계시 { $until }까지 유효합니다.
cli-key-signing-from-config = 토큰 서명 키는 설정({ $setting })에서 옵니다. 교체하려면 설정에서 변경하세요.
cli-key-data-rotated = 데이터 암호화 키를 교체했습니다. 값 { $values }개를 다시 암호화했습니다.
cli-key-data-from-config = 데이터 암호화 키는 설정의 암호 문구({ $setting })에서 옵니다. 교체하려면 설정에서 변경하세요.
