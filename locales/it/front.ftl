# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = L’istanza { $instance } è stata esclusa dal front dopo { $failures } risposte fallite di fila (ultima: { $last })
incident-outlier-noted = Il front ha tolto un’istanza dalla rotazione: { $reason }
notification-kind-outlier = ha avuto un’istanza esclusa dal suo front
incident-closed-outlier-back = Tutte le istanze dietro il front servono di nuovo
incident-reason-instance-check = L’istanza { $instance } non supera il proprio controllo dietro il front: { $why }
