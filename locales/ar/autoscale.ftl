# قرارات التوسع التلقائي وسبب انتظار التوسع.

autoscale-reason-above = قيمة { $metric } هي { $value }، عند { $threshold } أو أعلى
autoscale-reason-forecast = قيمة { $metric } هي { $value } ويُتوقع أن تبلغ { $threshold } خلال { $seconds } ث ({ $predicted } في نهاية أفق التوقع)
autoscale-reason-below = قيمة { $metric } هي { $value }، عند { $threshold } أو أدنى
autoscale-reason-below-min = { $instances ->
        [zero] لا تعمل أي نسخة
        [one] تعمل نسخة واحدة
        [two] تعمل نسختان
        [few] تعمل { $instances } نسخ
        [many] تعمل { $instances } نسخةً
       *[other] تعمل { $instances } نسخة
    }، أقل من الحد الأدنى البالغ { $min }
autoscale-reason-above-max = { $instances ->
        [zero] لا تعمل أي نسخة
        [one] تعمل نسخة واحدة
        [two] تعمل نسختان
        [few] تعمل { $instances } نسخ
        [many] تعمل { $instances } نسخةً
       *[other] تعمل { $instances } نسخة
    }، أكثر من الحد الأقصى البالغ { $max }
autoscale-hold-disabled = الإصلاح معطّل في الإعدادات
autoscale-hold-paused = التوسع متوقف مؤقتًا
autoscale-hold-maintenance = نافذة صيانة حتى { $until }
autoscale-hold-cooling-down = فترة تهدئة بعد آخر توسع حتى { $until }
autoscale-hold-at-max = بلغ بالفعل الحد الأقصى البالغ { $max ->
        [zero] صفر نسخة
        [one] نسخة واحدة
        [two] نسختين
        [few] { $max } نسخ
        [many] { $max } نسخةً
       *[other] { $max } نسخة
    }
autoscale-hold-at-min = بلغ بالفعل الحد الأدنى البالغ { $min ->
        [zero] صفر نسخة
        [one] نسخة واحدة
        [two] نسختين
        [few] { $min } نسخ
        [many] { $min } نسخةً
       *[other] { $min } نسخة
    }
autoscale-hold-no-samples = لا توجد عينة حديثة من { $metric }
autoscale-decision-up = زيادة عدد النسخ من { $from } إلى { $to }: { $reason }
autoscale-decision-down = تقليل عدد النسخ من { $from } إلى { $to }: { $reason }
autoscale-decision-held = تم تعليق التوسع من { $from ->
        [zero] صفر نسخة
        [one] نسخة واحدة
        [two] نسختين
        [few] { $from } نسخ
        [many] { $from } نسخةً
       *[other] { $from } نسخة
    }: { $hold } ({ $reason })
autoscale-decision-blocked = لا توسع من { $from ->
        [zero] صفر نسخة
        [one] نسخة واحدة
        [two] نسختين
        [few] { $from } نسخ
        [many] { $from } نسخةً
       *[other] { $from } نسخة
    }: { $hold }
autoscale-decision-failed = توقف تغيير عدد النسخ من { $from } إلى { $to } عند { $reached }: { $reason }
autoscale-dry-run = (تشغيل تجريبي: لم يتغير شيء)
