# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = 인스턴스 { $instance }이(가) 연속 { $failures }번 응답에 실패하여 프런트에서 제외되었습니다 (마지막: { $last })
incident-outlier-noted = 프런트가 인스턴스를 순환에서 제외했습니다: { $reason }
notification-kind-outlier = 프런트에서 인스턴스가 제외됨
incident-closed-outlier-back = 프런트 뒤의 모든 인스턴스가 다시 응답합니다
incident-reason-instance-check = 프런트 뒤의 인스턴스 { $instance }이(가) 자체 검사에 실패했습니다: { $why }
