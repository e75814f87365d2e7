# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = unbekanntes Feld `{ $key }`, erwartet wird eines von { $expected }
config-expected-unit = erwartet wird eine Dauer oder Größe wie `5s` oder `100MB`
config-value-too-large = `{ $value }` ist zu groß
config-unknown-duration-unit = unbekannte Zeiteinheit `{ $unit }` in `{ $value }` (erlaubt: { $units })
config-unknown-size-unit = unbekannte Größeneinheit `{ $unit }` in `{ $value }` (erlaubt: { $units })
config-duration-zero = erwartet wird eine Dauer größer als null
config-expected-top-mapping = erwartet wird auf oberster Ebene eine Zuordnung mit { $keys }
config-expected-component-list = erwartet wird eine Liste von Komponenten
config-unknown-dependency = unbekannte Komponente `{ $name }` in { $key }
config-self-dependency = eine Komponente kann nicht von sich selbst abhängen
config-dependency-cycle = zyklische Abhängigkeit: { $cycle }
config-unknown-standard = unbekannter Compliance-Standard `{ $value }`, erwartet wird einer von { $expected }
config-component-name = Komponentennamen bestehen aus Buchstaben, Ziffern, `-`, `_` und `.`, gefunden: `{ $name }`
config-component-needs-check = eine Komponente braucht ein { $check } (oder ein { $process }, das der Guard überwacht)
config-unknown-recovery-step = unbekannter Wiederherstellungsschritt `{ $value }`, erwartet wird einer von { $expected }
config-unknown-value = unbekannter Wert `{ $value }` für `{ $key }`, erwartet wird einer von { $expected }
config-expected-at-least = erwartet wird mindestens { $min }
config-expected-between = erwartet wird eine Zahl zwischen { $min } und { $max }
config-expected-listen = erwartet wird eine Adresse wie { $example }, gefunden: `{ $found }`
config-expected-argv = erwartet wird eine nicht leere Argumentliste (eine Liste von Zeichenketten, nie eine Shell-Zeile)
config-expected-sla = erwartet wird ein Verfügbarkeitsziel in Prozent zwischen { $min } und { $max }
config-expected-url = erwartet wird eine http://- oder https://-URL, gefunden: `{ $found }`
config-expected-host-port = erwartet wird { $form }, gefunden: `{ $found }`
config-check-kind-missing = erwartet wird eine Prüfart: { $kinds }
config-check-kind-many = erwartet wird genau eine Prüfart, gefunden: { $found }
config-expected-port = erwartet wird ein Port zwischen { $min } und { $max }
config-expected-score = erwartet wird ein Schwellenwert für die Bewertung, größer als 0 und höchstens 1
config-expected-hysteresis = erwartet wird eine Hysterese von 0 oder mehr
