# The Compliance page of the UI (ui/src/pages/Compliance.svelte).

ui-compliance-report = تقرير الامتثال
ui-compliance-report-forbidden = لا يمكنك تصدير التقارير: يلزم إذن تصدير التقارير.
ui-compliance-period = الفترة
ui-compliance-custom = مخصصة
ui-compliance-from = من
ui-compliance-to = إلى
ui-compliance-standards = المعايير
ui-compliance-error-dates = أدخل التاريخين بصيغة سنة-شهر-يوم.
ui-compliance-error-order = تاريخ النهاية يسبق تاريخ البداية.
ui-compliance-build = إنشاء التقرير
ui-compliance-export-pdf = تصدير PDF
ui-compliance-export-html = تصدير HTML
ui-compliance-export-csv = تصدير CSV (zip)
ui-compliance-export-json = تصدير JSON
ui-compliance-pass = ناجحة
ui-compliance-fail = راسبة
ui-compliance-needs-attention = تحتاج إلى مراجعة
ui-compliance-integrity = الختم
ui-compliance-audit-head = رأس سلسلة التدقيق
ui-compliance-digest = بصمة التقرير (SHA-256)
ui-compliance-controls = الضوابط وأدلتها
ui-compliance-status-pass = ناجح
ui-compliance-status-fail = راسب
ui-compliance-status-needs_attention = يحتاج إلى مراجعة
ui-compliance-regions = المناطق
ui-compliance-region = المنطقة
ui-compliance-jurisdiction = الولاية القضائية
ui-compliance-state = الحالة
ui-compliance-action = الإجراء
ui-compliance-active = نشطة
ui-compliance-inactive = غير نشطة
ui-compliance-activate = تفعيل
ui-compliance-deactivate = إلغاء التفعيل
ui-compliance-activate-body = يمكن وضع المكونات والبيانات في هذه المنطقة مجددًا.
ui-compliance-deactivate-body = لن توضع مكونات أو بيانات جديدة في هذه المنطقة، وسينقل الإصلاح الذاتي ما فيها إلى خارجها.
ui-compliance-validate = التحقق من عملية على البيانات
ui-compliance-operation = العملية
ui-compliance-data-type = نوع البيانات
ui-compliance-user-region = منطقة المستخدم
ui-compliance-destination = الوجهة
ui-compliance-no-destination = بلا وجهة
ui-compliance-check = تحقق
ui-compliance-allowed = مسموح بها
ui-compliance-blocked = محظورة
ui-compliance-articles = المواد والضوابط
ui-compliance-op-export = تصدير
ui-compliance-op-share = مشاركة
ui-compliance-op-sell = بيع
ui-compliance-op-transfer = نقل
ui-compliance-op-migrate = ترحيل
ui-compliance-op-replicate = نسخ متماثل
ui-compliance-op-process = معالجة
ui-compliance-op-store = تخزين
ui-compliance-op-delete = حذف
ui-compliance-op-modify = تعديل
ui-compliance-last-days = { $days ->
        [zero] لا أيام
        [one] آخر يوم
        [two] آخر يومين
        [few] آخر { $days } أيام
        [many] آخر { $days } يومًا
       *[other] آخر { $days } يوم
    }
ui-compliance-exported = تم حفظ { $file }.
ui-compliance-audit-rows = { $rows ->
    [zero] لا صفوف
    [one] صف واحد
    [two] صفان
    [few] { $rows } صفوف
    [many] { $rows } صفًا
   *[other] { $rows } صف
}
ui-compliance-activate-title = تفعيل { $region }؟
ui-compliance-deactivate-title = إلغاء تفعيل { $region }؟
