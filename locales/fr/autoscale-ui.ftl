# Mise à l'échelle automatique (page Réparation, détail d'un composant), file de réparation et recherche de la région optimale (carte des régions).

ui-as-title = Mise à l’échelle automatique
ui-as-live = En direct
ui-as-live-hint = Mis à jour au fil des événements de mise à l’échelle du gardien
ui-as-none = Aucun composant ne s’adapte tout seul : donnez à un composant un bloc autoscale dans la configuration.
ui-as-mode-reactive = Réactif
ui-as-mode-hybrid = Hybride (prévision)
ui-as-dry-run = Simulation
ui-as-paused = En pause
ui-as-overridden = Modifié à l’exécution
ui-as-runtime-note = Les modifications sont conservées après un redémarrage du gardien, jusqu’à ce que vous reveniez à la configuration.
ui-as-override-not-applied = Une modification enregistrée en cours d’exécution n’est pas appliquée : { $reason }
ui-as-col-instances = Nombre d’instances
ui-as-col-component = Composant
ui-as-col-cooldown = Délai de repos
ui-as-col-metric = Métrique
ui-as-col-time = Heure
ui-as-col-change = Changement
ui-as-col-result = Résultat
ui-as-col-reason = Pourquoi
ui-as-range = autorisé { $min }–{ $max }
ui-as-instances = { $instances } en service, autorisé { $min }–{ $max }
ui-as-now = Actuel
ui-as-factor = facteur × { $factor }
ui-as-forecast = prévision
ui-as-cooldown-until = au repos jusqu’à { $time }
ui-as-holding = Retenu :
ui-as-decisions = Décisions de mise à l’échelle récentes
ui-as-no-decisions = Aucune décision de mise à l’échelle pour l’instant.
ui-as-result-succeeded = Ajusté
ui-as-result-failed = Échec
ui-as-result-held = Retenu
ui-as-result-dry_run = Simulation seulement
ui-as-feed-scaled = passé de { $from } à { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    }
ui-as-feed-dry = passerait de { $from } à { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    } (simulation)
ui-as-feed-failed = le passage de { $from } à { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    } a échoué
ui-as-feed-held = mise à l’échelle retenue à { $from ->
        [one] { $from } instance
       *[other] { $from } instances
    }

ui-as-queue-title = File de réparation
ui-as-queue-slots = { $busy ->
        [one] { $busy } emplacement de réparation utilisé
       *[other] { $busy } emplacements de réparation utilisés
    } sur { $slots }
ui-as-queue-busy = En réparation
ui-as-queue-idle = Aucune réparation en cours.
ui-as-queue-next = En attente, dans l’ordre prévu
ui-as-queue-empty = Personne n’attend d’emplacement de réparation.
ui-as-queue-weight = poids { $weight }
ui-as-queue-starts = début prévu dans { $duration }
ui-as-queue-waited = attend depuis { $duration }
ui-as-queue-planned-by = Ordre planifié par { $method }, en minimisant l’indisponibilité attendue pondérée par la criticité.
ui-as-queue-method-exact = recherche exacte
ui-as-queue-method-annealed = recuit simulé
ui-as-queue-last-plan = Dernier ordre d’admission : { $order }

ui-as-detail-title = Règle de mise à l’échelle automatique
ui-as-edit = Modifier la règle de mise à l’échelle automatique
ui-as-field-min = Nombre minimal d’instances
ui-as-field-max = Nombre maximal d’instances
ui-as-field-cooldown = Délai de repos (secondes)
ui-as-field-up = Augmenter à partir de
ui-as-field-down = Réduire à partir de
ui-as-field-factor = Facteur
ui-as-field-paused = Suspendre la mise à l’échelle automatique
ui-as-field-dry-run = Simulation : décider et enregistrer, sans rien changer
ui-as-bounds = Le bloc scale du composant autorise de { $min } à { $max ->
        [one] { $max } instance
       *[other] { $max } instances
    }.
ui-as-save = Enregistrer les modifications
ui-as-reset = Revenir à la configuration
ui-as-saved = Enregistré : la nouvelle règle s’applique dès la prochaine évaluation.
ui-as-no-changes = Rien n’a été modifié.
ui-as-forbidden = Modifier la règle nécessite l’autorisation de gérer les composants.
ui-as-confirm-title = Modifier la mise à l’échelle automatique de { $component } ?
ui-as-confirm-scale-now = Avec ces limites, { $component } passe immédiatement de { $from } à { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    }.
ui-as-confirm-live = La simulation s’arrête : la mise à l’échelle automatique démarrera et arrêtera réellement des instances.
ui-as-confirm-reset = La règle, les limites et le délai de repos reviennent aux valeurs de la configuration.
ui-as-err-integer = Saisissez un nombre entier.
ui-as-err-number = Saisissez un nombre.
ui-as-err-min-low = Doit valoir au moins { $min }.
ui-as-err-max-high = Doit valoir au plus { $max }.
ui-as-err-min-max = Ne doit pas être inférieur au minimum ({ $min }).
ui-as-err-cooldown = Doit être compris entre 0 et { $max ->
        [one] { $max } seconde
       *[other] { $max } secondes
    }.
ui-as-err-down-up = Doit être inférieur au seuil d’augmentation ({ $up }), sinon la mise à l’échelle oscille.
ui-as-err-negative = Ne doit pas être négatif.
ui-as-err-factor = Doit être supérieur à 1 (1,5 ajoute la moitié en plus).
ui-as-err-server = Le gardien a refusé la modification : { $message }

ui-optimal-title = Où stocker les données d’un utilisateur ?
ui-optimal-hint = La région active la plus proche que les règles de résidence des données autorisent pour les données personnelles d’un utilisateur.
ui-optimal-location = Localisation de l’utilisateur
ui-optimal-placeholder = Nom de pays ou code ISO, p. ex. DE
ui-optimal-find = Trouver la région
ui-optimal-quick = Localisations fréquentes
ui-optimal-distance = à { $km } km de { $country }
ui-optimal-why-nearest = { $region } est la région active la plus proche de { $country }.
ui-optimal-why-excluded = Des régions actives plus proches sont exclues par { $rule } : { $regions }.
ui-optimal-why-allowed = { $region } est la région active la plus proche où les données personnelles d’un utilisateur situé en { $country } peuvent être stockées.
ui-optimal-why-jurisdiction = L’utilisateur relève de { $jurisdiction } ; { $region } relève de { $regionJurisdiction }.
ui-optimal-why-unregulated = Aucune règle de résidence des normes en vigueur ne couvre les utilisateurs situés en { $country } ; { $region } relève de { $regionJurisdiction }.
ui-optimal-active = Régions actives prises en compte : { $regions }
ui-optimal-standards = Normes en vigueur : { $standards }
ui-optimal-no-standards = Aucune norme de protection des données n’est configurée : seule la distance compte.
ui-error-unknown_location = Localisation inconnue.
ui-error-no_eligible_region = Aucune région active ne peut héberger ces données.
