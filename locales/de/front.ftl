# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = Instanz { $instance } wurde nach { $failures } fehlgeschlagenen Antworten in Folge aus dem Front genommen (zuletzt: { $last })
incident-outlier-noted = Der Front hat eine Instanz aus der Rotation genommen: { $reason }
notification-kind-outlier = hatte eine Instanz, die sein Front ausgeschlossen hat
incident-closed-outlier-back = Alle Instanzen hinter dem Front bedienen wieder
incident-reason-instance-check = Instanz { $instance } besteht ihre eigene Prüfung hinter dem Front nicht: { $why }
