# 신뢰할 수 없는 입력으로서의 설정 파일: 크기, 텍스트, YAML 제한, 빈 파일.

config-input-unreadable = 파일을 읽을 수 없습니다: { $detail }
config-input-too-large = 파일이 설정 파일의 최대 크기인 { $limit }바이트를 넘습니다
config-input-not-utf8 = 텍스트 파일이 아닙니다: 이 위치의 바이트가 올바른 UTF-8이 아닙니다
config-input-nul = 텍스트 파일이 아닙니다: 이 위치에 0 바이트가 있습니다(바이너리 파일인가요?)
config-input-empty = 파일에 YAML 내용이 없습니다(비어 있거나 빈 줄과 주석만 있음). 설정에는 최소한 { $keys } 중 하나가 필요합니다
config-input-not-mapping = 최상위는 { $keys } 항목을 가진 매핑이어야 하지만 { $found ->
        [string] 문자열
        [number] 숫자
        [bool] 불리언 값
        [list] 목록
       *[null] 빈 값
    }입니다
config-input-too-many-aliases = 한 설정에 별칭(*)이 { $max }개를 넘습니다. 여기서 중단했습니다
config-input-alias-nodes = 별칭을 펼치면 { $max }개 노드를 넘습니다(별칭 폭탄?). 펼치지 않고 여기서 중단했습니다
config-input-too-deep = { $max }단계보다 깊게 중첩되어 있습니다

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = 잘못된 YAML: 키 `{ $key }`이(가) 중복되었습니다
config-input-second-document = 잘못된 YAML: YAML 문서는 하나여야 하는데 두 번째 문서가 있습니다
config-input-alias-key = 잘못된 YAML: 별칭(`*name`)은 매핑의 키가 될 수 없습니다
config-input-collection-key = 잘못된 YAML: 키는 단순한 값이어야 하는데 목록이나 매핑이 키로 쓰였습니다
