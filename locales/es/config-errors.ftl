# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = campo desconocido `{ $key }`, se esperaba uno de { $expected }
config-expected-unit = se esperaba una duración o un tamaño como `5s` o `100MB`
config-value-too-large = `{ $value }` es demasiado grande
config-unknown-duration-unit = unidad de duración desconocida `{ $unit }` en `{ $value }` (valores admitidos: { $units })
config-unknown-size-unit = unidad de tamaño desconocida `{ $unit }` en `{ $value }` (valores admitidos: { $units })
config-duration-zero = se esperaba una duración mayor que cero
config-expected-top-mapping = se esperaba un mapa con { $keys } en el nivel superior
config-expected-component-list = se esperaba una lista de componentes
config-unknown-dependency = componente desconocido `{ $name }` en { $key }
config-self-dependency = un componente no puede depender de sí mismo
config-dependency-cycle = dependencia circular: { $cycle }
config-unknown-standard = norma de cumplimiento desconocida `{ $value }`, se esperaba una de { $expected }
config-component-name = los nombres de componente usan letras, dígitos, `-`, `_` y `.`; se encontró `{ $name }`
config-component-needs-check = un componente necesita un { $check } (o un { $process } que el Guard supervise)
config-unknown-recovery-step = paso de recuperación desconocido `{ $value }`, se esperaba uno de { $expected }
config-unknown-value = valor desconocido `{ $value }` para `{ $key }`, se esperaba uno de { $expected }
config-expected-at-least = se esperaba al menos { $min }
config-expected-between = se esperaba un número entre { $min } y { $max }
config-expected-listen = se esperaba una dirección como { $example }, se encontró `{ $found }`
config-expected-argv = se esperaba una lista de argumentos no vacía (una lista de cadenas, nunca una línea de shell)
config-expected-sla = se esperaba un objetivo de disponibilidad en porcentaje entre { $min } y { $max }
config-expected-url = se esperaba una URL http:// o https://, se encontró `{ $found }`
config-expected-host-port = se esperaba { $form }, se encontró `{ $found }`
config-check-kind-missing = se esperaba un tipo de comprobación: { $kinds }
config-check-kind-many = se esperaba exactamente un tipo de comprobación, se encontró { $found }
config-expected-port = se esperaba un puerto entre { $min } y { $max }
config-expected-score = se esperaba un umbral de puntuación mayor que 0 y como máximo 1
config-expected-hysteresis = se esperaba una histéresis de 0 o más
