# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = campo desconhecido `{ $key }`, esperado um de { $expected }
config-expected-unit = esperada uma duração ou um tamanho como `5s` ou `100MB`
config-value-too-large = `{ $value }` é grande demais
config-unknown-duration-unit = unidade de duração desconhecida `{ $unit }` em `{ $value }` (valores aceitos: { $units })
config-unknown-size-unit = unidade de tamanho desconhecida `{ $unit }` em `{ $value }` (valores aceitos: { $units })
config-duration-zero = esperada uma duração maior que zero
config-expected-top-mapping = esperado um mapeamento com { $keys } no nível superior
config-expected-component-list = esperada uma lista de componentes
config-unknown-dependency = componente desconhecido `{ $name }` em { $key }
config-self-dependency = um componente não pode depender de si mesmo
config-dependency-cycle = dependência circular: { $cycle }
config-unknown-standard = norma de conformidade desconhecida `{ $value }`, esperada uma de { $expected }
config-component-name = nomes de componentes usam letras, dígitos, `-`, `_` e `.`; encontrado `{ $name }`
config-component-needs-check = um componente precisa de um { $check } (ou de um { $process } supervisionado pelo Guard)
config-unknown-recovery-step = etapa de recuperação desconhecida `{ $value }`, esperada uma de { $expected }
config-unknown-value = valor desconhecido `{ $value }` para `{ $key }`, esperado um de { $expected }
config-expected-at-least = esperado pelo menos { $min }
config-expected-between = esperado um número entre { $min } e { $max }
config-expected-listen = esperado um endereço como { $example }, encontrado `{ $found }`
config-expected-argv = esperada uma lista de argumentos não vazia (uma lista de strings, nunca uma linha de shell)
config-expected-sla = esperada uma meta de disponibilidade em porcentagem entre { $min } e { $max }
config-expected-url = esperada uma URL http:// ou https://, encontrado `{ $found }`
config-expected-host-port = esperado { $form }, encontrado `{ $found }`
config-check-kind-missing = esperado um tipo de verificação: { $kinds }
config-check-kind-many = esperado exatamente um tipo de verificação, encontrados { $found }
config-expected-port = esperada uma porta entre { $min } e { $max }
config-expected-score = esperado um limiar de pontuação maior que 0 e no máximo 1
config-expected-hysteresis = esperada uma histerese de 0 ou mais
