# 作为不可信输入的配置文件：大小、文本、YAML 限制、空文件。

config-input-unreadable = 无法读取文件：{ $detail }
config-input-too-large = 文件超过 { $limit } 字节，这是配置文件的上限
config-input-not-utf8 = 不是文本文件：此处的字节不是有效的 UTF-8
config-input-nul = 不是文本文件：此处含有零字节（是二进制文件吗？）
config-input-empty = 文件没有 YAML 内容（为空，或只有空行和注释）；配置至少需要 { $keys } 之一
config-input-not-mapping = 顶层必须是包含 { $keys } 的映射，实际是{ $found ->
        [string] 文本
        [number] 数字
        [bool] 布尔值
        [list] 列表
       *[null] 空值
    }
config-input-too-many-aliases = 一个配置中的别名（*）超过 { $max } 个；已在此处停止
config-input-alias-nodes = 别名展开后将超过 { $max } 个节点（别名炸弹？）；已在此处停止，未展开
config-input-too-deep = 嵌套超过 { $max } 层

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = YAML 无效：键 `{ $key }` 重复
config-input-second-document = YAML 无效：应只有一个 YAML 文档，却发现了第二个
config-input-alias-key = YAML 无效：别名（`*name`）不能用作映射的键
config-input-collection-key = YAML 无效：键应为简单值，却把列表或映射用作了键
