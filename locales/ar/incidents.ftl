# الجداول الزمنية للحوادث وأسبابها وكيفية إغلاقها.

## سبب فتح الحادثة

incident-reason-exit-status = انتهت العملية { $pid } بالحالة { $code } بعد { $uptime }
incident-reason-exit-signal = أُنهيت العملية { $pid } بالإشارة { $signal } بعد { $uptime }
incident-reason-exit = انتهت العملية { $pid } بعد { $uptime }
incident-reason-check = فشل الفحص: { $issues }
incident-reason-check-plain = فشل الفحص
incident-reason-memory = الذاكرة المقيمة البالغة { $used } MB تتجاوز الحد البالغ { $limit } MB
incident-reason-alert = التنبيه `{ $alert }`: { $summary }
incident-reason-alert-plain = التنبيه `{ $alert }`
incident-reason-finding = الكشف: { $finding }
incident-reason-root-down = `{ $root }` متوقف
incident-reason-still-down = لا يزال متوقفًا بعد تعافي السبب الجذري `{ $root }`

## إدخالات الجدول الزمني

incident-respawn-failed = { $exit }؛ سيعيد المشرف تشغيلها بعد { $delay }
incident-respawn-up = العملية التي أعاد المشرف تشغيلها تعمل وتستجيب
incident-respawn-not-up = لم تعمل خلال { $within }
incident-restart-skipped = تم التخطي: المشرف يعيد بالفعل تشغيل هذه العملية الفرعية المتعطلة بشكل متكرر مع انتظار متزايد
incident-waiting = انتظار قبل الخطوة { $step } ({ $strategy }): { $refusal }
incident-step-verified = { $detail }؛ تم التحقق
incident-step-not-healthy = { $detail }؛ لم يصبح سليمًا خلال { $within }
incident-step-result = { $detail }
incident-dependent-up = `{ $component }` يعمل من جديد
incident-dependent-folded = `{ $component }` متوقف بسبب السبب الجذري لهذه الحادثة؛ دُمج تنبيهه فيها
incident-merged-duplicate = كشف مكرر
incident-merged-into = دُمجت في الحادثة { $incident }: السبب الجذري `{ $root }`
incident-alert-firing = التنبيه `{ $alert }` نشط: { $summary }
incident-alert-firing-plain = التنبيه `{ $alert }` نشط
incident-alert-resolved = زال التنبيه `{ $alert }`
incident-alert-resolved-late = زال التنبيه `{ $alert }`؛ كانت الحادثة مغلقة من قبل
incident-escalated-breaker = { $failures ->
    [zero] لا محاولات إصلاح فاشلة
    [one] محاولة إصلاح فاشلة واحدة
    [two] محاولتا إصلاح فاشلتان
    [few] { $failures } محاولات إصلاح فاشلة
    [many] { $failures } محاولة إصلاح فاشلة
   *[other] { $failures } محاولة إصلاح فاشلة
} خلال { $window }: قاطع الدائرة مفتوح؛ لا محاولات أخرى حتى يصبح نصف مفتوح
incident-escalated-ladder = استُنفد سُلّم التعافي ({ $steps ->
    [zero] بلا خطوات
    [one] خطوة واحدة
    [two] خطوتان
    [few] { $steps } خطوات
    [many] { $steps } خطوة
   *[other] { $steps } خطوة
}) ولا يزال `{ $component }` متوقفًا
incident-still-escalated = لا تزال مصعّدة: { $reason }

## كيفية إغلاق الحادثة

incident-closed-check = تأكد الفحص من سلامته
incident-closed-manual = تأكدت سلامته بعد إجراء يدوي
incident-closed-respawn = تأكدت سلامته بعد إعادة التشغيل بواسطة المشرف
incident-closed-alone = تعافى من تلقاء نفسه؛ لم يُتخذ أي إجراء
incident-closed-step = تأكدت سلامته بعد { $step ->
        [restart] إعادة التشغيل
        [scale_up] التوسيع
        [scale_down] التقليص
        [migrate] النقل
        [run] تشغيل الأمر
        [webhook] استدعاء خطاف الويب
        [notify] الإشعار
       *[other] `{ $step }`
    }
incident-closed-verified = تأكدت سلامته

## ملخصات الحوادث في تقارير الامتثال

incident-summary-root-cause = { $reason } (السبب الجذري: { $root })
incident-summary-affected = { $summary }؛ المتأثرون أيضًا: { $components }

## أنواع إدخالات الجدول الزمني (صفحة الحوادث)

incident-kind-detected = اكتُشفت
incident-kind-action = إجراء
incident-kind-verified = تم التحقق
incident-kind-escalated = صُعّدت
incident-kind-folded = دُمجت
incident-kind-note = ملاحظة
incident-kind-closed = أُغلقت
