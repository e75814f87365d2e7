# État de l'historique du gardien lui-même : l'incident qu'il ouvre tant que les mesures ne peuvent pas être écrites dans sa base de données.
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = L’historique n’est pas écrit : { $problem }
history-problem-write-failed = les écritures échouent ({ $error })
history-problem-read-only = la base de données { $path } est en lecture seule
history-problem-deleted = la base de données { $path } a été supprimée ; plus rien n’est écrit jusqu’au redémarrage du gardien
history-problem-replaced = un autre fichier a remplacé la base de données { $path } ; plus rien n’est écrit jusqu’au redémarrage du gardien
incident-history-resumed = { $dropped ->
    [0] L’historique est de nouveau écrit ; toutes les mesures gardées en mémoire entre-temps ont été enregistrées
    [one] L’historique est de nouveau écrit ; 1 mesure a été abandonnée entre-temps (le tampon était plein)
   *[other] L’historique est de nouveau écrit ; { $dropped } mesures ont été abandonnées entre-temps (le tampon était plein)
}
