# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = La instancia { $instance } fue expulsada del front tras { $failures } respuestas fallidas seguidas (última: { $last })
incident-outlier-noted = El front sacó una instancia de la rotación: { $reason }
notification-kind-outlier = tuvo una instancia expulsada por su front
incident-closed-outlier-back = Todas las instancias detrás del front vuelven a atender
incident-reason-instance-check = La instancia { $instance } no supera su propia comprobación detrás del front: { $why }
