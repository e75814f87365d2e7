# The zero-downtime front: passive outlier detection (incident reasons, timeline notes, notifications).

incident-reason-outlier = أُخرجت النسخة { $instance } من الواجهة الأمامية بعد { $failures } إجابات فاشلة متتالية (الأخيرة: { $last })
incident-outlier-noted = أخرجت الواجهة الأمامية نسخة من التناوب: { $reason }
notification-kind-outlier = أُخرجت إحدى نسخه من واجهته الأمامية
incident-closed-outlier-back = عادت كل النسخ خلف الواجهة الأمامية إلى الخدمة
incident-reason-instance-check = تفشل النسخة { $instance } في فحصها الخاص خلف الواجهة الأمامية: { $why }
