# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = 实例 { $instance } 连续 { $failures } 次应答失败，已被前端摘除（最后一次：{ $last }）
incident-outlier-noted = 前端已将一个实例移出轮转：{ $reason }
notification-kind-outlier = 有实例被其前端摘除
incident-closed-outlier-back = 前端后的所有实例已恢复服务
incident-reason-instance-check = 前端后的实例 { $instance } 未通过自身检查：{ $why }
