# تفاصيل خطوات المعالجة: ما ستفعله الخطوة وما فعلته. تُعرض الأسماء بين علامات الاقتباس
# المائلة وقوائم argv كما هي؛ و$error و$output و$status كلمات النظام أو الأمر نفسه.

heal-text = { $text }

## إعادة التشغيل بواسطة المشرف

step-respawn-plan = يعيد المشرف تشغيل العملية الفرعية
step-respawn-pending = { $exit }؛ يشغّلها المشرف من جديد
step-respawn-started = { $exit }؛ أعيد تشغيلها بالمعرّف { $pid }

## restart

step-restart-rolling-plan = إعادة تشغيل متتابعة لـ `{ $component }` خلف واجهته على { $listen }: تفريغ كل نسخة وإعادة تشغيلها وفحصها من جديد بالتناوب
step-restart-plan = إعادة تشغيل `{ $component }` (إيقاف المعرّف { $pid }، تشغيل { $command })
step-restart-start-plan = تشغيل `{ $component }` من جديد ({ $command })
step-restart-unsupervised-plan = لا يمكن إعادة تشغيل `{ $component }`: غير خاضع للإشراف (أضف خطوة { "`run:`" } تتضمن أمر إعادة تشغيله)
step-restart-unsupervised = `{ $component }` غير خاضع لإشراف الحارس؛ أعد تشغيله بخطوة { "`run:`" }
step-restart-done = أعيد التشغيل: المعرّف { $old } ← { $new }
step-restart-started = شُغّل المعرّف { $pid }
step-restart-pending = طُلبت إعادة التشغيل؛ لم تبدأ العملية الفرعية بعد

## خلف واجهة

step-front-missing = ليس لـ `{ $component }` واجهة
step-front-unknown-component = مكوّن غير معروف `{ $component }`
step-front-instance-error = النسخة { $instance }: { $error }
step-rolling-instance = فُرّغت النسخة { $instance } في { $waited } ملي ث ({ $in_flight } قيد المعالجة، { $left } متبقية){ $note ->
    [uncovered] { " (لم تكن أي نسخة أخرى سليمة: ربما فشلت بعض الطلبات)" }
    [timed-out] { " (انتهت مهلة التفريغ)" }
   *[none] { "" }
}، وأعيد تشغيلها
step-rolling-stopped = { $done }؛ لم تصبح النسخة { $instance } سليمة خلال { $within }: أوقفت إعادة التشغيل المتتابعة
step-rolling-done = { $instances ->
    [zero] إعادة تشغيل متتابعة بلا نسخ: { $done }
    [one] إعادة تشغيل متتابعة لنسخة واحدة: { $done }
    [two] إعادة تشغيل متتابعة لنسختين: { $done }
    [few] إعادة تشغيل متتابعة لـ { $instances } نسخ: { $done }
    [many] إعادة تشغيل متتابعة لـ { $instances } نسخةً: { $done }
   *[other] إعادة تشغيل متتابعة لـ { $instances } نسخة: { $done }
}
step-retire-uncovered = لم تُوقف النسخة { $instance }: لا توجد نسخة أخرى سليمة من `{ $component }` لتتولى طلباتها
step-retire-not-stopped = فُرّغت النسخة { $instance } لكنها لم تُوقف: { $error }
step-retire-done = فُرّغت النسخة { $instance } في { $waited } ملي ث ({ $in_flight } قيد المعالجة)، وأوقفت
step-retire-done-timed-out = فُرّغت النسخة { $instance } في { $waited } ملي ث ({ $in_flight } قيد المعالجة) (انتهت مهلة التفريغ و{ $left } قيد المعالجة)، وأوقفت

## scale_up وscale_down

step-command-plan = تشغيل { $argv }
step-scale-replicas = { $replicas ->
        [zero] لا نسخ متماثلة
        [one] نسخة متماثلة واحدة
        [two] نسختان متماثلتان
        [few] { $replicas } نسخ متماثلة
        [many] { $replicas } نسخةً متماثلة
       *[other] { $replicas } نسخة متماثلة
    }: { $detail }
step-scale-up-full-plan = لا يمكن توسيع `{ $component }`: يعمل بالفعل { $running } من { $max ->
        [zero] صفر نسخة
        [one] نسخة واحدة
        [two] نسختين
        [few] { $max } نسخ
        [many] { $max } نسخةً
       *[other] { $max } نسخة
    } كحد أقصى
step-scale-up-plan = تشغيل النسخة { $instance } من `{ $component }` ({ $command } على المنفذ الحر التالي)
step-scale-up-impossible-plan = لا يمكن تغيير حجم `{ $component }`: لا يوجد { "`{port}`" } في أمره ولا { "`scale.command`" }
step-scale-up-full = يعمل بالفعل { $running } من { $max ->
        [zero] صفر نسخة
        [one] نسخة واحدة
        [two] نسختين
        [few] { $max } نسخ
        [many] { $max } نسخةً
       *[other] { $max } نسخة
    } كحد أقصى
step-scale-up-no-port = لا يوجد منفذ حر بعد المنفذ الأساسي { $port }
step-scale-up-started = شُغّلت النسخة { $instance } على المنفذ { $port }
step-scale-up-max-replicas = بلغ بالفعل الحد الأقصى وهو { $max ->
        [zero] صفر نسخة متماثلة
        [one] نسخة متماثلة واحدة
        [two] نسختان متماثلتان
        [few] { $max } نسخ متماثلة
        [many] { $max } نسخةً متماثلة
       *[other] { $max } نسخة متماثلة
    }
step-scale-up-impossible = لا يمكن تغيير حجم `{ $component }`: ضع { "`{port}`" } في أمره مع { "`scale: { port: N }`" }، أو حدّد { "`scale.command`" }
step-scale-down-drain-plan = تفريغ النسخة { $instance } من `{ $component }` عبر واجهته ثم إيقافها
step-scale-down-plan = إيقاف النسخة { $instance } من `{ $component }`
step-scale-down-nothing-plan = لا شيء لتقليصه في `{ $component }`
step-scale-down-min-instances = بلغ بالفعل الحد الأدنى وهو { $min ->
        [zero] صفر نسخة
        [one] نسخة واحدة
        [two] نسختان
        [few] { $min } نسخ
        [many] { $min } نسخةً
       *[other] { $min } نسخة
    }
step-scale-down-stopped = أوقفت النسخة { $instance }
step-scale-down-min-replicas = بلغ بالفعل الحد الأدنى وهو { $min ->
        [zero] صفر نسخة متماثلة
        [one] نسخة متماثلة واحدة
        [two] نسختان متماثلتان
        [few] { $min } نسخ متماثلة
        [many] { $min } نسخةً متماثلة
       *[other] { $min } نسخة متماثلة
    }
step-scale-down-no-extra = ليس لدى `{ $component }` نسخة إضافية لإيقافها

## migrate

step-migrate-no-service = ليس لدى `{ $component }` الوسم { "`tags.service`" }، لذا لا نظراء له ليُنقل إليهم
step-migrate-peer-unhealthy = { $peer } ليس سليمًا
step-migrate-peer-region-off = { $peer } في المنطقة { $region } المعطّلة
step-migrate-peer-same-region = `{ $peer }` في المنطقة نفسها ({ $region })
step-migrate-peer-residency = `{ $peer }` في { $region }: تحظر { $rule } نقل هذه البيانات ({ $category }) خارج { $from }
step-migrate-no-peer = لا يجوز لأي نظير سليم للخدمة `{ $service }` أن يتولى المهمة ({ $refused })
step-migrate-plan = نقل `{ $component }` إلى `{ $target }`
step-migrate-impossible-plan = لا يمكن النقل: { $why }
step-migrate-done = نُقلت حركة `{ $component }` إلى `{ $target }`

## notify

step-notify-plan = تسجيل إشعار بشأن `{ $component }` (دون تغيير)
step-notify-done = أُبلغ المشغّل بشأن `{ $component }`

## run

step-run-plan = تشغيل { $argv } (المهلة { $timeout })
step-run-empty = قائمة { "argv" } فارغة
step-run-cannot-start = لا يمكن تشغيل { $program }: { $error }
step-run-exited-ok = انتهى { $program } بالرمز 0
step-run-exited = انتهى { $program } بـ { $status }: { $output }
step-run-error = { $program }: { $error }
step-run-timeout = لم ينته { $program } خلال { $timeout }؛ أُنهي قسرًا

## webhook

step-webhook-plan = إرسال الحادثة بصيغة JSON عبر { "POST" } إلى { $url }
step-webhook-answered-attempt = أجاب { $url } بـ { $status } (المحاولة { $attempt })
step-webhook-answered = أجاب { $url } بـ { $status }
step-webhook-error = { $url }: { $error }
step-webhook-gave-up = { $last } (بعد { $attempts ->
        [zero] صفر محاولة
        [one] محاولة واحدة
        [two] محاولتين
        [few] { $attempts } محاولات
        [many] { $attempts } محاولةً
       *[other] { $attempts } محاولة
    })
