# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = Instance { $instance } was ejected from the front after { $failures } failed answers in a row (last: { $last })
incident-outlier-noted = The front took an instance out of rotation: { $reason }
notification-kind-outlier = had an instance ejected by its front
incident-closed-outlier-back = Every instance behind the front serves again
incident-reason-instance-check = Instance { $instance } fails its own check behind the front: { $why }
