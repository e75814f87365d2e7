# تطبيق سطح المكتب وواجهة الويب (ui/).

## التنقل والإطار

ui-nav-label = التنقل الرئيسي
ui-nav-overview = نظرة عامة
ui-nav-map = خريطة المناطق
ui-nav-components = المكوّنات
ui-nav-incidents = الحوادث
ui-nav-healing = الإصلاح الذاتي
ui-nav-compliance = الامتثال
ui-nav-settings = الإعدادات
ui-live-connected = التحديثات المباشرة تعمل
ui-live-disconnected = جارٍ إعادة الاتصال…
ui-live-events =
    { $count ->
        [zero] لا أحداث مباشرة
        [one] حدث مباشر واحد
        [two] حدثان مباشران
        [few] { $count } أحداث مباشرة
        [many] { $count } حدثًا مباشرًا
       *[other] { $count } حدث مباشر
    }
ui-filter-region = المنطقة: { $region }
ui-filter-clear = إزالة تصفية المنطقة
ui-error-backend = الحارس لا يستجيب؛ جارٍ إعادة المحاولة…
ui-feature-unavailable = غير متاح في هذا الإصدار من المحرك

## نظرة عامة

ui-overview-title = نظرة عامة
ui-overview-running-for = يحرس منذ { $duration }
ui-overview-mode = وضع خط المعالجة
ui-overview-components = المكوّنات
ui-overview-healing-rate = نسبة نجاح الإصلاح
ui-overview-healing-attempts =
    { $count ->
        [zero] لا محاولات إصلاح
        [one] محاولة إصلاح واحدة
        [two] محاولتا إصلاح
        [few] { $count } محاولات إصلاح
        [many] { $count } محاولة إصلاح
       *[other] { $count } محاولة إصلاح
    }
ui-overview-open-incidents = الحوادث المفتوحة
ui-overview-restarts =
    { $count ->
        [zero] لا إعادات تشغيل للعمليات
        [one] إعادة تشغيل واحدة لعملية
        [two] إعادتا تشغيل لعمليات
        [few] { $count } إعادات تشغيل لعمليات
        [many] { $count } إعادة تشغيل لعمليات
       *[other] { $count } إعادة تشغيل لعمليات
    }
ui-overview-last-actions = أحدث الأحداث والإجراءات
ui-overview-regions = المناطق
ui-overview-attention = يحتاج إلى انتباه
ui-overview-all-good = جميع المكوّنات سليمة.

## السجل المباشر

ui-feed-empty = في انتظار الأحداث الأولى…
ui-feed-status-changed = تغيّر من { $from } إلى { $to }
ui-feed-process-started = بدأت العملية { $pid }
ui-feed-process-exited = انتهت العملية { $pid } بالرمز { $code }
ui-feed-process-killed = أُنهيت العملية { $pid } بالإشارة { $signal }
ui-feed-notice = ملاحظة
ui-feed-other = حدث من المحرك

## خريطة المناطق

ui-map-title = خريطة المناطق
ui-map-hint = انقر على منطقة لتصفية كل الصفحات عليها؛ وانقر عليها مرة أخرى لإلغاء التصفية.
ui-map-region-label = { $region }: { $status }، { $count ->
        [zero] لا مكوّنات
        [one] مكوّن واحد
        [two] مكوّنان
        [few] { $count } مكوّنات
        [many] { $count } مكوّنًا
       *[other] { $count } مكوّن
    }
ui-map-in-region = المكوّنات في { $region }

## المكوّنات

ui-components-title = المكوّنات
ui-components-shown = يُعرض { $shown } من { $total }
ui-components-search = ابحث بالاسم أو المنطقة أو الحالة…
ui-components-none-match = لا يوجد مكوّن يطابق هذا البحث.
ui-component-critical = مكوّن حرج
ui-col-name = الاسم
ui-col-region = المنطقة
ui-col-status = الحالة
ui-col-latency = زمن الاستجابة
ui-col-cpu = المعالج
ui-col-memory = الذاكرة
ui-col-restarts = إعادات التشغيل

## تفاصيل المكوّن

ui-detail-since = منذ { $duration }
ui-detail-not-found = لا يوجد مكوّن باسم «{ $name }».
ui-detail-sla = الهدف: { $sla }
ui-detail-checks = الفحوص
ui-detail-checks-failed =
    { $count ->
        [zero] لا فحوص فاشلة
        [one] فحص فاشل واحد
        [two] فحصان فاشلان
        [few] { $count } فحوص فاشلة
        [many] { $count } فحصًا فاشلًا
       *[other] { $count } فحص فاشل
    }
ui-detail-process = العملية
ui-detail-restarts =
    { $count ->
        [zero] لا إعادات تشغيل
        [one] إعادة تشغيل واحدة
        [two] إعادتا تشغيل
        [few] { $count } إعادات تشغيل
        [many] { $count } إعادة تشغيل
       *[other] { $count } إعادة تشغيل
    }
ui-detail-last-check = آخر فحص
ui-detail-issues = المشكلات الحالية:
ui-detail-range = النطاق الزمني
ui-detail-timeline = السجل
ui-metric-latency = زمن الاستجابة للطلبات
ui-metric-cpu = استخدام المعالج
ui-metric-memory = استخدام الذاكرة
ui-metric-error-rate = معدل الأخطاء
ui-chart-no-data = لا توجد عينات في هذا النطاق بعد
ui-chart-view = عرض المخطط
ui-chart-view-interactive = تفاعلي
ui-chart-view-server = مرسوم على الخادم
ui-timeline-empty = لم يحدث شيء بعد.
ui-timeline-status = أصبح { $status }
ui-timeline-process-started = بدأت العملية
ui-timeline-process-exited = انتهت العملية

## الحوادث

ui-incidents-title = الحوادث
ui-incidents-list = قائمة الحوادث
ui-incidents-events = الخط الزمني للأحداث
ui-incidents-none = لا توجد حوادث تطابق عوامل التصفية هذه.
ui-incidents-unavailable = تتبّع الحوادث غير متاح في هذا الإصدار من المحرك؛ يعرض الخط الزمني أدناه كل تغيّر في الحالة وكل حدث للعمليات.
ui-incident-open = مفتوحة
ui-incident-recovered = تم التعافي
ui-filter-component = المكوّن
ui-filter-all-components = كل المكوّنات
ui-filter-state = الحالة
ui-filter-state-all = الكل
ui-filter-state-open = المفتوحة
ui-filter-state-closed = المُتعافى منها
ui-filter-kind = نوع الحدث
ui-filter-kind-all = كل الأحداث
ui-filter-kind-status = تغيّرات الحالة
ui-filter-kind-process = أحداث العمليات

## الإصلاح

ui-healing-title = عناصر التحكم في الإصلاح
ui-healing-unavailable = عناصر التحكم في الإصلاح غير متاحة في هذا الإصدار من المحرك.
ui-healing-global = الإصلاح التلقائي
ui-healing-active = مُفعّل
ui-healing-paused = متوقف مؤقتًا
ui-healing-pause = إيقاف الإصلاح مؤقتًا
ui-healing-resume = استئناف الإصلاح
ui-healing-pause-body = يتوقف الإصلاح التلقائي لكل المكوّنات حتى تستأنفه. يستمر اكتشاف الأعطال وتسجيلها.
ui-healing-resume-body = يعود الإصلاح التلقائي للعمل لكل المكوّنات.
ui-healing-attempts = المحاولات
ui-healing-successes = النجاحات
ui-healing-manual = الإصلاح اليدوي
ui-healing-component = المكوّن المستهدف
ui-healing-plan = معاينة الخطة (تشغيل تجريبي)
ui-healing-history = إجراءات الإصلاح الأخيرة
ui-healing-no-actions = لا توجد إجراءات إصلاح بعد.
ui-heal-strategy = الاستراتيجية
ui-heal-confirm-title = إصلاح { $component }؟
ui-heal-confirm-body = سيُنفَّذ «{ $strategy }» على { $component } الآن. إعادة التشغيل توقف الخدمة لحظات.
ui-heal-accepted = تم القبول؛ الإجراء { $id } قيد التنفيذ.
ui-strategy-restart = إعادة التشغيل
ui-strategy-scale_up = التوسيع
ui-strategy-migrate = النقل
ui-strategy-run = تشغيل أمر
ui-strategy-webhook = استدعاء خطاف ويب

## أخطاء الحارس

ui-error-not_found = غير موجود.
ui-error-bad_request = رُفض الطلب لأنه غير صالح.
ui-error-unauthorized = يُرجى تسجيل الدخول مرة أخرى.
ui-error-forbidden = ليست لديك صلاحية لهذا الإجراء.
ui-error-conflict = هناك إجراء آخر قيد التنفيذ بالفعل.
ui-error-rate_limited = طلبات كثيرة جدًا؛ حاول مجددًا بعد قليل.
ui-error-setup_required = يجب إعداد الحارس أولًا: أنشئ أول حساب مشغّل.
ui-error-internal = حدث خطأ في الحارس؛ راجع سجلّه.

## الامتثال

ui-compliance-title = الامتثال

## الإعدادات

ui-settings-title = الإعدادات
ui-settings-language-hint = تتبدّل الواجهة فورًا وتتذكّر اختيارك.
ui-settings-format-sample = الأرقام والتواريخ:
ui-settings-theme = المظهر
ui-settings-theme-system = اتّباع النظام
ui-settings-theme-light = فاتح
ui-settings-theme-dark = داكن
ui-settings-about = حول
ui-settings-backend = متصل بالحارس عبر { $kind }.
