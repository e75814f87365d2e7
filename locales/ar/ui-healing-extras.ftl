# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = الإصلاح الذاتي لمكوّن واحد
ui-healing-x-pause-component-body = يتوقف الحارس عن إصلاح هذا المكوّن حتى تستأنفه، ويستمر إصلاح بقية المختبر.
ui-healing-x-maintenance = نوافذ الصيانة
ui-healing-x-all-components = كل المكوّنات
ui-healing-x-no-maintenance = لا توجد نوافذ صيانة.
ui-healing-x-duration = المدة
ui-healing-x-add-window = إضافة نافذة
ui-healing-x-deliveries = تسليم الإشعارات
ui-healing-x-delivery-sent = أُرسل
ui-healing-x-delivery-failed = فشل
ui-healing-x-delivery-dropped = أُسقط
ui-healing-x-no-deliveries = لم يُرسل أي إشعار بعد.
ui-healing-x-pause-component = إيقاف إصلاح { $component } مؤقتًا
ui-healing-x-resume-component = استئناف إصلاح { $component }
ui-healing-x-minutes = { $minutes ->
        [zero] لا دقائق
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }
ui-healing-x-attempts = { $attempts ->
        [zero] لا محاولات
        [one] محاولة واحدة
        [two] محاولتان
        [few] { $attempts } محاولات
        [many] { $attempts } محاولةً
       *[other] { $attempts } محاولة
    }
