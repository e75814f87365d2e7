# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = インスタンス { $instance } は { $failures } 回連続で応答に失敗したためフロントから外されました（最後: { $last }）
incident-outlier-noted = フロントがインスタンスをローテーションから外しました: { $reason }
notification-kind-outlier = フロントによってインスタンスが外されました
incident-closed-outlier-back = フロントの背後のすべてのインスタンスが再び応答しています
incident-reason-instance-check = フロントの背後でインスタンス { $instance } が自身のチェックに失敗しています: { $why }
