# The read-only status page served at /status (crates/cli/src/routes/status_page.rs).
status-page-title = حالة الخدمات
status-page-off = لا توجد صفحة حالة على هذا الخادم.
status-page-heading-component = الخدمة
status-page-heading-status = الحالة
status-page-heading-availability = التوافر (30 يومًا)
status-page-heading-incidents = الحوادث المفتوحة
status-page-status-healthy = تعمل
status-page-status-degraded = أداء منخفض
status-page-status-failed = متوقفة
status-page-status-unknown = غير معروفة
status-page-overall-ok = جميع الخدمات تعمل
status-page-overall-issues = { $count ->
    [zero] لا توجد خدمات بها مشكلات
    [one] خدمة واحدة بها مشكلة
    [two] خدمتان بهما مشكلة
    [few] { $count } خدمات بها مشكلات
    [many] { $count } خدمة بها مشكلات
   *[other] { $count } خدمة بها مشكلات
}
status-page-no-incidents = لا شيء
status-page-no-data = لا توجد بيانات بعد
status-page-incident = { $kind } منذ { $since } بالتوقيت العالمي
status-page-kind-down = لا تستجيب
status-page-kind-crash = توقفت فجأة
status-page-kind-memory-limit = بلغت حد الذاكرة
status-page-kind-memory-forecast = الذاكرة على وشك النفاد
status-page-kind-alert = تنبيه نشط
status-page-kind-other = حادث
status-page-updated = آخر تحديث { $time } بالتوقيت العالمي · يُعاد التحميل كل { $seconds } ثانية
status-page-languages = اللغات
status-page-language-name = العربية
