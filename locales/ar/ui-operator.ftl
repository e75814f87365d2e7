# ما يراه المشغّل من معرّفات المحرك: الاستراتيجيات والنتائج والمسبّبات وحالات الحوادث
# والأحداث الحية والصلاحيات وإجراءات التدقيق وعناصر الصفحة.

ui-strategy-scale_down = تقليص النسخ
ui-strategy-notify = إشعار
ui-strategy-respawn = إعادة تشغيل بواسطة المشرف
ui-strategy-other = خطوة أخرى

ui-op-result-running = قيد التنفيذ
ui-op-result-succeeded = نجحت
ui-op-result-failed = فشلت
ui-op-result-skipped = تم تخطيها
ui-op-result-other = نتيجة أخرى
ui-op-trigger-ladder = سلّم التعافي
ui-op-trigger-manual = يدوي
ui-op-trigger-supervisor = المشرف
ui-op-trigger-memory = حد الذاكرة
ui-op-trigger-alert = تنبيه
ui-op-trigger-autoscale = التوسع التلقائي
ui-op-trigger-other = مسبّب آخر
ui-op-col-started = البدء
ui-op-col-component = المكوّن
ui-op-col-strategy = الخطوة
ui-op-col-trigger = المسبّب
ui-op-col-result = النتيجة
ui-op-col-duration = المدة
ui-op-no-attempts = لا محاولات بعد

ui-op-incident-open = مفتوحة
ui-op-incident-resolved = تم حلّها
ui-op-incident-merged = مدمجة
ui-op-incident-number = الحادثة { $id }
ui-op-incident-merged-into = انضمت إلى الحادثة { $id }
ui-op-incident-open-for = مفتوحة منذ { $duration }
ui-op-incident-lasted = استمرت { $duration }
ui-op-incident-kind-down = متوقف
ui-op-incident-kind-crash = تعطّل
ui-op-incident-kind-memory_limit = تجاوز حد الذاكرة
ui-op-incident-kind-memory_forecast = يُتوقع نفاد الذاكرة
ui-op-incident-kind-alert = تنبيه نشط

ui-op-feed-incident-opened = فُتحت الحادثة { $id }: { $kind }
ui-op-feed-healing-step = خطوة الإصلاح { $strategy }: { $phase }
ui-op-feed-incident-escalated = صُعّدت الحادثة { $id }
ui-op-feed-incident-closed = أُغلقت الحادثة { $id }
ui-op-step-started = بدأت
ui-op-step-succeeded = نجحت
ui-op-step-failed = فشلت
ui-op-step-skipped = تم تخطيها

ui-op-permission-admin-access = الإدارة
ui-op-permission-manage-components = إدارة المكوّنات
ui-op-permission-trigger-healing = تشغيل الإصلاح
ui-op-permission-read-metrics = قراءة المقاييس
ui-op-permission-monitor-health = مراقبة الحالة
ui-op-permission-export-reports = تصدير التقارير
ui-op-permission-manage-users = إدارة الحسابات
ui-op-permission-view-audit = عرض سجل التدقيق
ui-op-permission-other = صلاحية أخرى
ui-op-token-role-scope = كل ما يسمح به دور الحساب

ui-op-audit-heal = إصلاح: { $strategy }
ui-op-audit-account-language = تغيير اللغة
ui-op-audit-auth-invalid-token = استخدام رمز غير صالح
ui-op-audit-auth-revoked-token = استخدام رمز ملغى
ui-op-audit-autoscale-change = تغيير التوسع التلقائي
ui-op-audit-config-change = تغيير الإعدادات
ui-op-audit-data-operation-blocked = حظر عملية على البيانات
ui-op-audit-healing-preferences = تغيير سلّم التعافي
ui-op-audit-key-rotate = تدوير المفتاح
ui-op-audit-login = تسجيل الدخول
ui-op-audit-login-failed = فشل تسجيل الدخول
ui-op-audit-login-local = تسجيل الدخول من هذا الحاسوب
ui-op-audit-login-locked = قفل الحساب بعد محاولات فاشلة
ui-op-audit-permission-denied = رفض الصلاحية
ui-op-audit-region-activate = تفعيل منطقة
ui-op-audit-region-deactivate = تعطيل منطقة
ui-op-audit-report-exported = تصدير تقرير
ui-op-audit-retention-applied = تطبيق سياسة الاحتفاظ
ui-op-audit-role-define = تعريف دور
ui-op-audit-secret-put = حفظ سرّ
ui-op-audit-security-finding = نتيجة أمنية
ui-op-audit-subject-erased = محو البيانات الشخصية
ui-op-audit-subject-erasure-requested = طلب المحو
ui-op-audit-subject-exported = تصدير البيانات الشخصية
ui-op-audit-token-denied = رفض الرمز
ui-op-audit-token-issue = إصدار رمز
ui-op-audit-token-revoke = إلغاء رمز
ui-op-audit-user-create = إنشاء حساب
ui-op-audit-user-disable = تعطيل حساب
ui-op-audit-user-enable = تفعيل حساب
ui-op-audit-user-lock = قفل حساب
ui-op-audit-user-role = تغيير الدور
ui-op-audit-other = إجراء آخر

ui-op-skip-to-content = الانتقال إلى المحتوى
ui-op-report-hint = اختر فترة والمعايير ثم أنشئ التقرير. يُسجَّل الإنشاء في سجل التدقيق.
ui-op-chart-label = { $metric } خلال الفترة المختارة
