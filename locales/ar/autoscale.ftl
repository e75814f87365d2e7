# قرارات التوسع التلقائي وسبب انتظار التوسع.

autoscale-reason-above = قيمة { $metric } هي { $value }، عند { $threshold } أو أعلى
autoscale-reason-forecast = قيمة { $metric } هي { $value } ويُتوقع أن تبلغ { $threshold } خلال { $seconds } ث ({ $predicted } في نهاية أفق التوقع)
autoscale-reason-below = قيمة { $metric } هي { $value }، عند { $threshold } أو أدنى
autoscale-reason-below-min = تعمل { $instances } نسخ، أقل من الحد الأدنى البالغ { $min }
autoscale-reason-above-max = تعمل { $instances } نسخ، أكثر من الحد الأقصى البالغ { $max }
autoscale-hold-disabled = الإصلاح معطّل في الإعدادات
autoscale-hold-paused = التوسع متوقف مؤقتًا
autoscale-hold-maintenance = نافذة صيانة حتى { $until }
autoscale-hold-cooling-down = فترة تهدئة بعد آخر توسع حتى { $until }
autoscale-hold-at-max = بلغ بالفعل الحد الأقصى البالغ { $max } نسخ
autoscale-hold-at-min = بلغ بالفعل الحد الأدنى البالغ { $min } نسخ
autoscale-hold-no-samples = لا توجد عينة حديثة من { $metric }
autoscale-decision-up = التوسع من { $from } إلى { $to } نسخ: { $reason }
autoscale-decision-down = التقليص من { $from } إلى { $to } نسخ: { $reason }
autoscale-decision-held = تم تعليق التوسع من { $from } نسخ: { $hold } ({ $reason })
autoscale-decision-blocked = لا توسع من { $from } نسخ: { $hold }
autoscale-decision-failed = توقف التوسع من { $from } إلى { $to } نسخ عند { $reached }: { $reason }
autoscale-dry-run = (تشغيل تجريبي: لم يتغير شيء)
