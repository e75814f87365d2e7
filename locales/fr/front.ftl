# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = L’instance { $instance } a été écartée du front après { $failures } réponses en échec d’affilée (dernière : { $last })
incident-outlier-noted = Le front a retiré une instance de la rotation : { $reason }
notification-kind-outlier = a eu une instance écartée par son front
incident-closed-outlier-back = Toutes les instances derrière le front servent de nouveau
incident-reason-instance-check = L’instance { $instance } échoue à sa propre vérification derrière le front : { $why }
