# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = champ inconnu `{ $key }`, valeurs attendues : { $expected }
config-expected-unit = une durée ou une taille est attendue, par exemple `5s` ou `100MB`
config-value-too-large = `{ $value }` est trop grand
config-unknown-duration-unit = unité de durée inconnue `{ $unit }` dans `{ $value }` (valeurs possibles : { $units })
config-unknown-size-unit = unité de taille inconnue `{ $unit }` dans `{ $value }` (valeurs possibles : { $units })
config-duration-zero = une durée supérieure à zéro est attendue
config-expected-top-mapping = un dictionnaire avec { $keys } est attendu au premier niveau
config-expected-component-list = une liste de composants est attendue
config-unknown-dependency = composant inconnu `{ $name }` dans { $key }
config-self-dependency = un composant ne peut pas dépendre de lui-même
config-dependency-cycle = dépendance circulaire : { $cycle }
config-unknown-standard = norme de conformité inconnue `{ $value }`, valeurs attendues : { $expected }
config-component-name = les noms de composants se composent de lettres, de chiffres, de `-`, `_` et `.` ; trouvé : `{ $name }`
config-component-needs-check = un composant a besoin d’un { $check } (ou d’un { $process } que le Guard supervise)
config-unknown-recovery-step = étape de rétablissement inconnue `{ $value }`, valeurs attendues : { $expected }
config-unknown-value = valeur inconnue `{ $value }` pour `{ $key }`, valeurs attendues : { $expected }
config-expected-at-least = au moins { $min } attendu
config-expected-between = un nombre entre { $min } et { $max } est attendu
config-expected-listen = une adresse comme { $example } est attendue, trouvé : `{ $found }`
config-expected-argv = une liste d’arguments non vide est attendue (une liste de chaînes, jamais une ligne de shell)
config-expected-sla = un objectif de disponibilité en pourcentage entre { $min } et { $max } est attendu
config-expected-url = une URL http:// ou https:// est attendue, trouvé : `{ $found }`
config-expected-host-port = { $form } attendu, trouvé : `{ $found }`
config-check-kind-missing = un type de vérification est attendu : { $kinds }
config-check-kind-many = un seul type de vérification est attendu, trouvé : { $found }
config-expected-port = un port entre { $min } et { $max } est attendu
config-expected-score = un seuil de score supérieur à 0 et au plus égal à 1 est attendu
config-expected-hysteresis = une hystérésis de 0 ou plus est attendue
