# The Compliance page of the UI (ui/src/pages/Compliance.svelte).

ui-compliance-report = Rapport de conformité
ui-compliance-report-forbidden = Vous ne pouvez pas exporter de rapports : il faut la permission EXPORT_REPORTS.
ui-compliance-period = Période
ui-compliance-custom = Personnalisée
ui-compliance-from = Du
ui-compliance-to = Au
ui-compliance-standards = Normes
ui-compliance-error-dates = Saisissez les deux dates au format année-mois-jour.
ui-compliance-error-order = La date de fin précède la date de début.
ui-compliance-build = Générer le rapport
ui-compliance-export-pdf = Exporter en PDF
ui-compliance-export-html = Exporter en HTML
ui-compliance-export-csv = Exporter en CSV (zip)
ui-compliance-export-json = Exporter en JSON
ui-compliance-pass = Conformes
ui-compliance-fail = Non conformes
ui-compliance-needs-attention = À examiner
ui-compliance-integrity = Sceau
ui-compliance-audit-head = Tête de la chaîne d’audit
ui-compliance-digest = Empreinte du rapport (SHA-256)
ui-compliance-controls = Contrôles et preuves
ui-compliance-status-pass = Conforme
ui-compliance-status-fail = Non conforme
ui-compliance-status-needs_attention = À examiner
ui-compliance-regions = Régions
ui-compliance-region = Région
ui-compliance-jurisdiction = Juridiction
ui-compliance-state = État
ui-compliance-action = Opération
ui-compliance-active = En service
ui-compliance-inactive = Hors service
ui-compliance-activate = Activer
ui-compliance-deactivate = Désactiver
ui-compliance-activate-body = Les composants et les données pourront de nouveau être placés dans cette région.
ui-compliance-deactivate-body = Aucun nouveau composant ni donnée ne sera placé dans cette région ; la réparation migre hors de celle-ci.
ui-compliance-validate = Vérifier une opération sur les données
ui-compliance-operation = Opération
ui-compliance-data-type = Type de données
ui-compliance-user-region = Région de l’utilisateur
ui-compliance-destination = Destination
ui-compliance-no-destination = Aucune destination
ui-compliance-check = Vérifier
ui-compliance-allowed = Autorisée
ui-compliance-blocked = Bloquée
ui-compliance-articles = Articles et contrôles
ui-compliance-op-export = Exporter
ui-compliance-op-share = Partager
ui-compliance-op-sell = Vendre
ui-compliance-op-transfer = Transférer
ui-compliance-op-migrate = Migrer
ui-compliance-op-replicate = Répliquer
ui-compliance-op-process = Traiter
ui-compliance-op-store = Stocker
ui-compliance-op-delete = Supprimer
ui-compliance-op-modify = Modifier
ui-compliance-last-days = { $days ->
        [one] Dernier jour
       *[other] { $days } derniers jours
    }
ui-compliance-exported = { $file } enregistré.
ui-compliance-audit-rows = { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
}
ui-compliance-activate-title = Activer { $region } ?
ui-compliance-deactivate-title = Désactiver { $region } ?
