# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = A instância { $instance } foi removida do front após { $failures } respostas com falha seguidas (última: { $last })
incident-outlier-noted = O front tirou uma instância da rotação: { $reason }
notification-kind-outlier = teve uma instância removida pelo seu front
incident-closed-outlier-back = Todas as instâncias atrás do front voltaram a atender
incident-reason-instance-check = A instância { $instance } falha na própria verificação atrás do front: { $why }
