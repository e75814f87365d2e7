# المفردات المشتركة في Pipeline Guard.

## المنتج

product-name = Pipeline Guard

## حالة المكوّنات

status-healthy = سليم
    .description = جميع الفحوصات ناجحة.
status-degraded = متدهور
    .description = بعض الفحوصات بطيئة أو تفشل بشكل متقطع.
status-failed = معطّل
    .description = الفحوصات تفشل؛ يلزم الإصلاح.
status-unknown = غير معروف
    .description = لا توجد نتيجة فحص بعد.

## أوضاع خط المعالجة

mode-healthy = سليم
mode-degraded = متدهور
mode-healing = قيد الإصلاح
mode-paused = متوقف مؤقتًا

pipeline-healthy = خط المعالجة سليم.
pipeline-degraded = أداء خط المعالجة متدهور.
pipeline-healing = يجري إصلاح خط المعالجة.
pipeline-paused = خط المعالجة متوقف مؤقتًا.

## مستويات الخطورة

severity-critical = حرجة
severity-high = مرتفعة
severity-medium = متوسطة
severity-low = منخفضة
severity-warning = تحذير
severity-info = معلومات

## المناطق

region-us-east = شرق الولايات المتحدة
region-us-west = غرب الولايات المتحدة
region-eu-west = غرب أوروبا
region-eu-central = وسط أوروبا
region-asia-pacific = آسيا والمحيط الهادئ
region-sa-east = شرق أمريكا الجنوبية

## الوحدات

unit-duration-days = { $value } ي
unit-duration-hours = { $value } س
unit-duration-minutes = { $value } د
unit-duration-seconds = { $value } ث
unit-duration-milliseconds = { $value } ملي ث
unit-duration-separator = { " و" }
unit-size-kilobytes = { $value } ك.بايت
unit-size-megabytes = { $value } م.بايت
unit-size-gigabytes = { $value } غ.بايت
unit-requests-per-second = { $value } طلب/ث
unit-components =
    { $count ->
        [zero] لا توجد مكوّنات
        [one] مكوّن واحد
        [two] مكوّنان
        [few] { $count } مكوّنات
        [many] { $count } مكوّنًا
       *[other] { $count } مكوّن
    }
unit-incidents =
    { $count ->
        [zero] لا توجد حوادث
        [one] حادثة واحدة
        [two] حادثتان
        [few] { $count } حوادث
        [many] { $count } حادثة
       *[other] { $count } حادثة
    }

## النطاقات الزمنية

time-range-last-15-minutes = آخر 15 دقيقة
time-range-last-hour = آخر ساعة
time-range-last-6-hours = آخر 6 ساعات
time-range-last-24-hours = آخر 24 ساعة
time-range-last-7-days = آخر 7 أيام
time-range-last-30-days = آخر 30 يومًا
time-range-custom = نطاق مخصص

## الأزرار

button-save = حفظ
button-cancel = إلغاء
button-close = إغلاق
button-apply = تطبيق
button-refresh = تحديث
button-retry = إعادة المحاولة
button-delete = حذف
button-edit = تعديل
button-confirm = تأكيد
button-back = رجوع
button-next = التالي
button-export = تصدير
button-heal-now = إصلاح الآن
button-dry-run = تشغيل تجريبي

## كلمات عامة

generic-yes = نعم
generic-no = لا
generic-loading = جارٍ التحميل…
generic-none = لا شيء
generic-language = اللغة
