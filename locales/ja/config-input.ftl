# 信頼できない入力としての設定ファイル：サイズ、テキスト、YAML の上限、空のファイル。

config-input-unreadable = ファイルを読み込めません: { $detail }
config-input-too-large = ファイルが { $limit } バイトを超えています（設定ファイルの上限）
config-input-not-utf8 = テキストファイルではありません: この位置のバイトは正しい UTF-8 ではありません
config-input-nul = テキストファイルではありません: この位置にゼロバイトがあります（バイナリファイルでは？）
config-input-empty = ファイルに YAML の内容がありません（空、または空行とコメントのみ）。設定には少なくとも { $keys } のいずれかが必要です
config-input-not-mapping = 最上位は { $keys } を持つマッピングでなければなりませんが、{ $found ->
        [string] 文字列
        [number] 数値
        [bool] 真偽値
        [list] リスト
       *[null] 空の値
    }でした
config-input-too-many-aliases = 1 つの設定にエイリアス（*）が { $max } 個を超えています。ここで中止しました
config-input-alias-nodes = エイリアスを展開すると { $max } ノードを超えます（エイリアス爆弾？）。展開せずにここで中止しました
config-input-too-deep = 入れ子が { $max } 階層を超えています

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = YAML が不正です: キー `{ $key }` が重複しています
config-input-second-document = YAML が不正です: YAML ドキュメントは 1 つだけにしてください。2 つ目が見つかりました
config-input-alias-key = YAML が不正です: エイリアス（`*name`）はマッピングのキーにできません
config-input-collection-key = YAML が不正です: キーには単純な値を指定してください。リストまたはマッピングがキーとして使われています
