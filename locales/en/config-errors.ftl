# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = unknown field `{ $key }`, expected one of { $expected }
config-expected-unit = expected a duration or size such as `5s` or `100MB`
config-value-too-large = `{ $value }` is too large
config-unknown-duration-unit = unknown duration unit `{ $unit }` in `{ $value }` (expected one of { $units })
config-unknown-size-unit = unknown size unit `{ $unit }` in `{ $value }` (expected one of { $units })
config-duration-zero = expected a duration greater than zero
config-expected-top-mapping = expected a mapping with { $keys } at the top level
config-expected-component-list = expected a list of components
config-unknown-dependency = unknown component `{ $name }` in { $key }
config-self-dependency = a component cannot depend on itself
config-dependency-cycle = dependency cycle: { $cycle }
config-unknown-standard = unknown compliance standard `{ $value }`, expected one of { $expected }
config-component-name = component names use letters, digits, `-`, `_` and `.`, found `{ $name }`
config-component-needs-check = a component needs a { $check } (or a { $process } the guard supervises)
config-unknown-recovery-step = unknown recovery step `{ $value }`, expected one of { $expected }
