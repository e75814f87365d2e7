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
config-unknown-value = unknown value `{ $value }` for `{ $key }`, expected one of { $expected }
config-expected-at-least = expected at least { $min }
config-expected-between = expected a number between { $min } and { $max }
config-expected-listen = expected an address like { $example }, found `{ $found }`
config-expected-argv = expected a non-empty argv list (a list of strings, never a shell string)
config-expected-sla = expected an availability target in percent between { $min } and { $max }
config-expected-url = expected an http:// or https:// URL, found `{ $found }`
config-expected-host-port = expected { $form }, found `{ $found }`
config-check-kind-missing = expected one check kind: { $kinds }
config-check-kind-many = expected exactly one check kind, found { $found }
config-expected-port = expected a port between { $min } and { $max }
config-expected-score = expected a score threshold greater than 0 and at most 1
config-expected-hysteresis = expected a hysteresis of 0 or more
