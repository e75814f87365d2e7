# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = campo sconosciuto `{ $key }`, atteso uno tra { $expected }
config-expected-unit = attesa una durata o una dimensione come `5s` o `100MB`
config-value-too-large = `{ $value }` è troppo grande
config-unknown-duration-unit = unità di durata sconosciuta `{ $unit }` in `{ $value }` (valori ammessi: { $units })
config-unknown-size-unit = unità di dimensione sconosciuta `{ $unit }` in `{ $value }` (valori ammessi: { $units })
config-duration-zero = attesa una durata maggiore di zero
config-expected-top-mapping = attesa al livello principale una mappa con { $keys }
config-expected-component-list = attesa una lista di componenti
config-unknown-dependency = componente sconosciuto `{ $name }` in { $key }
config-self-dependency = un componente non può dipendere da sé stesso
config-dependency-cycle = dipendenza circolare: { $cycle }
config-unknown-standard = standard di conformità sconosciuto `{ $value }`, atteso uno tra { $expected }
config-component-name = i nomi dei componenti usano lettere, cifre, `-`, `_` e `.`; trovato `{ $name }`
config-component-needs-check = un componente ha bisogno di un { $check } (o di un { $process } sorvegliato dal Guard)
config-unknown-recovery-step = passo di ripristino sconosciuto `{ $value }`, atteso uno tra { $expected }
config-unknown-value = valore sconosciuto `{ $value }` per `{ $key }`, atteso uno tra { $expected }
config-expected-at-least = atteso almeno { $min }
config-expected-between = atteso un numero tra { $min } e { $max }
config-expected-listen = atteso un indirizzo come { $example }, trovato `{ $found }`
config-expected-argv = attesa una lista di argomenti non vuota (una lista di stringhe, mai una riga di shell)
config-expected-sla = atteso un obiettivo di disponibilità in percentuale tra { $min } e { $max }
config-expected-url = attesa un’URL http:// o https://, trovato `{ $found }`
config-expected-host-port = atteso { $form }, trovato `{ $found }`
config-check-kind-missing = atteso un tipo di controllo: { $kinds }
config-check-kind-many = atteso esattamente un tipo di controllo, trovati { $found }
config-expected-port = attesa una porta tra { $min } e { $max }
config-expected-score = attesa una soglia di punteggio maggiore di 0 e al massimo 1
config-expected-hysteresis = attesa un’isteresi di 0 o più
