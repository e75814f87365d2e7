# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = インスタンス { $instance } は { $failures } 回連続で応答に失敗したためフロントから外されました（最後: { $last }）
incident-outlier-noted = フロントは別のインスタンスも外しました: { $reason }
notification-kind-outlier = フロントによってインスタンスが外されました
incident-closed-outlier-back = フロントの背後のすべてのインスタンスが再び応答しています
