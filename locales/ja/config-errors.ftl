# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = 不明なフィールド `{ $key }`（指定可能な値: { $expected }）
config-expected-unit = `5s` や `100MB` のような期間またはサイズを指定してください
config-value-too-large = `{ $value }` は大きすぎます
config-unknown-duration-unit = `{ $value }` の期間の単位 `{ $unit }` が不明です（指定可能な値: { $units }）
config-unknown-size-unit = `{ $value }` のサイズの単位 `{ $unit }` が不明です（指定可能な値: { $units }）
config-duration-zero = 0 より大きい期間を指定してください
config-expected-top-mapping = 最上位には { $keys } を持つマッピングが必要です
config-expected-component-list = コンポーネントのリストが必要です
config-unknown-dependency = { $key } の不明なコンポーネント `{ $name }`
config-self-dependency = コンポーネントは自分自身に依存できません
config-dependency-cycle = 依存関係が循環しています: { $cycle }
config-unknown-standard = 不明なコンプライアンス基準 `{ $value }`（指定可能な値: { $expected }）
config-component-name = コンポーネント名に使えるのは英字、数字、`-`、`_`、`.` です（指定された名前: `{ $name }`）
config-component-needs-check = コンポーネントには { $check }（または Guard が監視する { $process }）が必要です
config-unknown-recovery-step = 不明な復旧ステップ `{ $value }`（指定可能な値: { $expected }）
config-unknown-value = `{ $key }` の値 `{ $value }` は不明です（指定可能な値: { $expected }）
config-expected-at-least = { $min } 以上を指定してください
config-expected-between = { $min } から { $max } までの数値を指定してください
config-expected-listen = { $example } のようなアドレスを指定してください（指定された値: `{ $found }`）
config-expected-argv = 空でない引数のリストを指定してください（文字列のリストで、シェルの行は使えません）
config-expected-sla = 可用性の目標を { $min } から { $max } までのパーセントで指定してください
config-expected-url = http:// または https:// の URL を指定してください（指定された値: `{ $found }`）
config-expected-host-port = { $form } を指定してください（指定された値: `{ $found }`）
config-check-kind-missing = チェックの種類を 1 つ指定してください: { $kinds }
config-check-kind-many = チェックの種類は 1 つだけ指定してください（指定された種類: { $found }）
config-expected-port = { $min } から { $max } までのポートを指定してください
config-expected-score = 0 より大きく 1 以下のスコアしきい値を指定してください
config-expected-hysteresis = 0 以上のヒステリシスを指定してください
