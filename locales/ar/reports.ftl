# تقارير الامتثال (crates/report): العناوين والأقسام والأعمدة والحالات والأدلة.
# لا تُترجم المراجع مثل "Art. 44" أو "CC7.2"؛ فهي تأتي من جداول البيانات.

report-title = تقرير الامتثال
report-subtitle = { $product } — { $standards }
report-period = الفترة: من { $from } إلى { $to } (دون احتساب النهاية)
report-generated = أُنشئ في { $when }
report-toc = المحتويات
report-page = الصفحة { $page } من { $pages }

report-section-summary = الملخص
report-section-controls = الضوابط والأدلة
report-section-availability = التوافر مقارنةً بأهداف اتفاقية مستوى الخدمة
report-section-incidents = الحوادث
report-section-healing = إجراءات الإصلاح
report-section-regions = أين توجد البيانات
report-section-retention = الاحتفاظ بالبيانات
report-section-integrity = السلامة

report-status-pass = مستوفى
report-status-fail = غير مستوفى
report-status-needs-attention = يحتاج إلى مراجعة

report-col-control = الضابط
report-col-standard = المعيار
report-col-reference = المرجع
report-col-status = الحالة
report-col-evidence = الدليل
report-col-component = المكوّن
report-col-region = المنطقة
report-col-sla = هدف مستوى الخدمة
report-col-availability = التوافر
report-col-checks = الفحوص
report-col-met = تحقق الهدف
report-col-started = البداية
report-col-detect = زمن الاكتشاف
report-col-recover = زمن التعافي
report-col-action = الإجراء
report-col-result = النتيجة
report-col-time = الوقت
report-col-jurisdiction = الولاية القضائية
report-col-data = فئات البيانات
report-col-kind = نوع البيانات
report-col-retention = مدة الاحتفاظ
report-col-rows = الصفوف المحذوفة
report-col-count = العدد

report-chart-regions = التوافر لكل منطقة مقارنةً بأدنى هدف لمستوى الخدمة
report-chart-daily = التوافر اليومي لكل منطقة
report-chart-sla = هدف مستوى الخدمة
report-map-caption = المناطق النشطة؛ يدل حجم النقطة على عدد المكوّنات فيها.
report-none = لا يوجد في هذه الفترة.
report-yes = نعم
report-no = لا
report-ongoing = مستمر
report-unknown = غير معروف
report-components = { $count ->
        [zero] لا مكوّنات
        [one] مكوّن واحد
        [two] مكوّنان
        [few] { $count } مكوّنات
        [many] { $count } مكوّنًا
       *[other] { $count } مكوّن
    }

report-integrity-head = رأس سلسلة التدقيق
report-integrity-no-audit = لا يوجد سجل تدقيق في قاعدة البيانات هذه
report-integrity-content = بصمة المحتوى

## الضوابط

control-audit-chain = سجل تدقيق مقاوم للعبث
control-audit-chain-req = يُسجَّل كل إجراء متعلق بالأمن في سجل قابل للتحقق لا يقبل إلا الإضافة.
control-encryption-at-rest = تشفير البيانات المخزنة
control-encryption-at-rest-req = البيانات المخزنة مشفّرة على القرص.
control-access-review = مراجعة صلاحيات الوصول
control-access-review-req = تُراجَع حسابات المشغّلين وأدوارهم بانتظام.
control-retention-applied = تطبيق سياسة الاحتفاظ
control-retention-applied-req = تُحذف البيانات أو تُجهَّل عند انتهاء مدة الاحتفاظ بها.
control-backups = النسخ الاحتياطي لقاعدة البيانات
control-backups-req = تُنسخ قاعدة البيانات احتياطيًا بانتظام لكي يمكن استعادتها.
control-availability-sla = التوافر
control-availability-sla-req = تحقق الخدمات أهداف التوافر الخاصة بها.
control-incident-response = الاستجابة للحوادث
control-incident-response-req = تُكتشف الحوادث ويُتعافى منها بسرعة.
control-data-residency = موطن البيانات
control-data-residency-req = تبقى البيانات ضمن الولايات القضائية التي تسمح بها قواعدها.
control-healing-audited = التغييرات مضبوطة
control-healing-audited-req = يُسجَّل كل إجراء إصلاح تلقائي ويمكن نسبته إلى منفّذه.
control-data-subject-rights = حق الوصول وحق المحو
control-data-subject-rights-req = يمكن للأشخاص الحصول على بياناتهم الشخصية ومحوها عند الطلب.

## الأدلة

evidence-audit-absent = لا يوجد سجل تدقيق في قاعدة البيانات هذه بعد.
evidence-audit-intact = تم التحقق من سلسلة التدقيق: { $rows ->
        [zero] لا إدخالات
        [one] إدخال واحد
        [two] إدخالان
        [few] { $rows } إدخالات
        [many] { $rows } إدخالًا
       *[other] { $rows } إدخال
    }، والرأس { $head }.
evidence-audit-broken = سلسلة التدقيق مكسورة عند الإدخال { $row }: { $reason }.
evidence-encryption-on = قاعدة البيانات موجودة على وحدة تخزين مشفّرة ({ $device }).
evidence-encryption-off = وحدة تخزين قاعدة البيانات { $device } غير مشفّرة.
evidence-users-absent = لا توجد حسابات مشغّلين في قاعدة البيانات هذه، لذا تتعذر مراجعة صلاحيات الوصول.
evidence-users = رُوجعت حسابات المشغّلين: { $users ->
        [zero] لا حسابات
        [one] حساب واحد
        [two] حسابان
        [few] { $users } حسابات
        [many] { $users } حسابًا
       *[other] { $users } حساب
    } موزعة على { $roles ->
        [zero] لا أدوار
        [one] دور واحد
        [two] دورين
        [few] { $roles } أدوار
        [many] { $roles } دورًا
       *[other] { $roles } دور
    }.
evidence-retention-last = طُبّقت سياسة الاحتفاظ آخر مرة في { $when }؛ وعدد الصفوف المحذوفة أو المُجهّلة خلال الفترة: { $rows ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفان
        [few] { $rows } صفوف
        [many] { $rows } صفًا
       *[other] { $rows } صف
    }.
evidence-retention-stale = طُبّقت سياسة الاحتفاظ آخر مرة في { $when }، أي قبل نهاية الفترة بأكثر من يوم.
evidence-retention-none = لم تُطبَّق سياسة الاحتفاظ في هذه الفترة.
evidence-backup-last = آخر نسخة احتياطية في { $when } ({ $size }).
evidence-backup-stale = آخر نسخة احتياطية في { $when }، أي قبل نهاية الفترة بأكثر من أسبوع.
evidence-backup-none = لا توجد نسخة احتياطية مسجّلة لقاعدة البيانات في هذه الفترة.
evidence-sla-met = { $count ->
        [zero] لا توجد مكوّنات لها أهداف مستوى خدمة.
        [one] حقق المكوّن الوحيد هدف مستوى الخدمة.
        [two] حقق المكوّنان كلاهما أهداف مستوى الخدمة.
        [few] حققت المكوّنات الـ { $count } جميعها أهداف مستوى الخدمة.
        [many] حققت المكوّنات الـ { $count } جميعها أهداف مستوى الخدمة.
       *[other] حققت المكوّنات الـ { $count } جميعها أهداف مستوى الخدمة.
    }
evidence-sla-missed = لم يحقق أهداف مستوى الخدمة { $missed } من أصل { $count ->
        [zero] لا مكوّنات
        [one] مكوّن واحد
        [two] مكوّنين
        [few] { $count } مكوّنات
        [many] { $count } مكوّنًا
       *[other] { $count } مكوّن
    }: { $names }.
evidence-sla-no-data = لا توجد بيانات توافر في هذه الفترة.
evidence-incidents-none = لا توجد حوادث في هذه الفترة.
evidence-incidents = { $count ->
        [zero] لا حوادث
        [one] حادثة واحدة تم التعافي منها
        [two] حادثتان، تم التعافي من كلتيهما
        [few] { $count } حوادث تم التعافي منها جميعًا
        [many] { $count } حادثةً تم التعافي منها جميعًا
       *[other] { $count } حادثة تم التعافي منها جميعًا
    }؛ متوسط زمن التعافي { $mttr }.
evidence-incidents-open = كان { $open } من أصل { $count ->
        [zero] لا حوادث
        [one] حادثة واحدة
        [two] حادثتين
        [few] { $count } حوادث
        [many] { $count } حادثةً
       *[other] { $count } حادثة
    } لا يزال مفتوحًا في نهاية الفترة.
evidence-residency = تبقى بيانات { $count ->
        [zero] لا مكوّنات
        [one] مكوّن واحد
        [two] مكوّنين
        [few] { $count } مكوّنات
        [many] { $count } مكوّنًا
       *[other] { $count } مكوّن
    } ضمن الولاية القضائية لمناطقها.
evidence-residency-unknown = لا يوجد سجل للمكوّنات في قاعدة البيانات هذه، لذا فالمناطق غير معروفة.
evidence-healing-none = لا توجد إجراءات إصلاح في هذه الفترة.
evidence-healing-unaudited = { $count ->
        [zero] لا إجراءات إصلاح
        [one] إجراء إصلاح واحد
        [two] إجراءا إصلاح
        [few] { $count } إجراءات إصلاح
        [many] { $count } إجراءً للإصلاح
       *[other] { $count } إجراء إصلاح
    }، لكن لا يوجد سجل تدقيق يثبت تسجيلها.
evidence-healing-audited = { $count ->
        [zero] لا إجراءات إصلاح
        [one] إجراء إصلاح واحد
        [two] إجراءا إصلاح
        [few] { $count } إجراءات إصلاح
        [many] { $count } إجراءً للإصلاح
       *[other] { $count } إجراء إصلاح
    }، كل منها مسجّل في سجل التدقيق.
evidence-requests-none = لا توجد طلبات وصول أو محو في هذه الفترة؛ وكلاهما متاح.
evidence-requests = عولج { $done } من أصل { $count ->
        [zero] لا طلبات وصول ومحو
        [one] طلب وصول ومحو واحد
        [two] طلبَي وصول ومحو
        [few] { $count } طلبات وصول ومحو
        [many] { $count } طلبًا للوصول والمحو
       *[other] { $count } طلب وصول ومحو
    }.

## الولايات القضائية وفئات البيانات

jurisdiction-eu = الاتحاد الأوروبي (GDPR)
jurisdiction-us = الولايات المتحدة
jurisdiction-us-ca = كاليفورنيا (CCPA)
jurisdiction-br = البرازيل (LGPD)
jurisdiction-sg = سنغافورة (PDPA)
jurisdiction-other = أخرى
data-personal-data = بيانات شخصية
data-health-data = بيانات صحية
data-operational-metrics = مقاييس تشغيلية
data-audit-log = سجل التدقيق
data-credentials = بيانات الاعتماد

## إجراءات الإصلاح والاحتفاظ

action-restart = إعادة التشغيل
action-supervisor-restart = إعادة تشغيل بواسطة المشرف
action-scale-up = التوسيع
action-migrate = النقل
action-run = تشغيل أمر
action-webhook = خطاف ويب
result-succeeded = نجح
result-failed = فشل
result-running = قيد التشغيل
retention-samples = العينات الخام
retention-rollups = التجميعات الدقيقية
retention-events = تغييرات الحالة وأحداث العمليات
retention-incidents = الحوادث
retention-healing-actions = إجراءات الإصلاح
retention-autoscale-decisions = قرارات التوسع التلقائي
retention-data-subject-requests = طلبات الوصول والمحو
retention-audit = سجل التدقيق
