# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = erreur interne ; voir le journal
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }` : { $problem }
api-error-unknown-value = valeur inconnue `{ $value }`, une valeur parmi { $expected } est attendue
api-error-empty-name = `{ $param }` : un nom de composant vide (`{ $example }` est attendu)
api-error-unix-time = `{ $param }` ({ $value }) doit être une heure Unix en secondes entre 0 et { $max }
api-error-step-min = `{ $param }` ({ $value }) doit valoir au moins une seconde
api-error-to-before-from = `to` ({ $to }) doit être postérieur à `from` ({ $from })
api-error-to-not-before-from = `to` ({ $to }) ne doit pas être antérieur à `from` ({ $from })
api-error-too-many-buckets = trop d’intervalles (plus de { $max }) : augmentez `{ $param }`
api-error-param-range = `{ $param }` ({ $value }) doit être compris entre { $min } et { $max }
api-error-param-negative = `{ $param }` ({ $value }) ne doit pas être négatif
api-error-already-acknowledged = l’incident { $id } a déjà été pris en compte par `{ $by }`
api-error-not-assignable = `{ $name }` n’est pas un compte auquel des incidents peuvent être attribués ; un compte parmi { $expected } est attendu
api-error-note-empty = une note doit contenir du texte
api-error-note-too-long = une note peut compter au plus { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    } ; celle-ci en compte { $count }
api-error-no-step = `{ $name }` n’a pas d’étape `{ $step }` dans son échelle de rétablissement
api-error-maintenance-order = une fenêtre de maintenance doit finir après avoir commencé
api-error-no-autoscale = `{ $name }` n’a pas de bloc `autoscale:` dans la configuration
api-error-not-promql = `{ $name }` a une vérification `{ $kind }`, pas `promql`
api-error-promql-range = `from` < `to` et un `step` supérieur à zéro sont attendus
api-error-too-many-points = { $count ->
        [one] { $count } point
       *[other] { $count } points
    } par série, c’est plus que { $max } : utilisez un `step` plus grand
api-error-file = { $file } : { $detail }
api-error-cooldown-range = de 0 à { $max } ms (un jour) est attendu, trouvé : { $value } ms
api-error-rules-empty = au moins une règle est attendue
api-error-rule-metric = `{ $metric }` n’est pas une métrique de la configuration de cette mise à l’échelle automatique ; une métrique parmi { $expected } est attendue
api-error-not-negative = 0 ou plus est attendu, trouvé : { $value }
api-error-ladder-empty = une échelle de rétablissement doit avoir au moins une étape
api-error-ladder-no-step = `{ $name }` n’a pas d’étape `{ $step }` dans son échelle configurée (l’API nomme des étapes ; elle n’accepte jamais d’argv ni d’URL)
api-error-unknown-step = étape de rétablissement inconnue `{ $value }`, une valeur parmi { $expected } est attendue
api-error-unknown-standard = norme inconnue `{ $value }`, certaines parmi { $expected } sont attendues
api-error-no-standard = au moins une norme est attendue
api-error-last-region = la région `{ $region }` ne peut pas être désactivée : c’est la dernière région active
api-error-stored-change = impossible de lire la modification enregistrée : { $detail }

# Building a compliance report (crates/report).
report-error-empty-period = la période est vide : `{ $to_name }` ({ $to }) doit être postérieur à `{ $from_name }` ({ $from })
report-error-no-database = { $file } : base de données introuvable
report-error-internal = impossible de produire le rapport ; voir le journal

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = aucun compte Pipeline Guard ne porte le nom de votre utilisateur système `{ $user }` ; un administrateur peut le créer avec `{ $command }`
app-error-undeclared-command = la commande `{ $command }` ne déclare aucune autorisation (ajoutez sa ligne à `{ $table }`)
app-error-not-public-command = la commande `{ $command }` n’est pas une commande publique de `{ $table }`
app-error-engine-running = le moteur tourne déjà : redémarrez l’application pour choisir une autre configuration
app-error-internal = erreur interne : { $detail }
app-error-no-downloads = aucun dossier de téléchargements : définissez `{ $var }` ou `{ $home }` (ou `{ $xdg }` dans `{ $file }`)
app-error-save-report = impossible d’enregistrer le rapport dans { $dir } : { $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = l’application n’a pas pu exécuter cette commande : { $detail }
