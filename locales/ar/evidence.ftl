# أدلة ضوابط الامتثال التي يمكن أن تفشل (التقارير؛ issue 16).
evidence-encryption-rest-clear = الأسرار المخزنة وحدها مشفرة: السجل والحوادث وصفوف التدقيق في قاعدة البيانات هذه يمكن لأي شخص يستطيع قراءة وحدة التخزين أن يقرأها.
evidence-access-stale-admin = حسابات المسؤول غير المستخدمة منذ 90 يومًا أو أكثر: { $count } ({ $names }).
evidence-incidents-overdue = حوادث مفتوحة لأكثر من 72 ساعة: { $count } ({ $ids }).
evidence-residency-migrations = عمليات الترحيل في هذه الفترة: { $count }، وقد فُحصت كل منها وفق قواعد إقامة البيانات.
evidence-residency-store-forbidden = يخزّن { $component } { $category } لأشخاص في { $origin } داخل { $region }؛ وهذا ما تحظره { $rule }.
evidence-residency-migration-forbidden = نقل ترحيلٌ لـ { $component } في { $when } { $category } لأشخاص في { $origin } إلى { $target } في { $region }؛ وهذا ما تحظره { $rule }.
evidence-healing-count = إجراءات الإصلاح التي بدأت في هذه الفترة: { $count } (من جدول إجراءات الإصلاح، بما فيها إعادات التشغيل التي أجراها المشرف)؛ لها صف تدقيق: { $audited }؛ ما زالت قيد التنفيذ: { $running }. تُسجَّل طلبات المشغلين وإيقافاتهم المؤقتة ونوافذ الصيانة في التدقيق بوصفها قرارات، ولا تُحسب إجراءات.
evidence-healing-missing = إجراءات إصلاح منتهية بلا صف تدقيق: { $missing } ({ $ids }).
evidence-erasure-unserved = طلبات محو سُجّلت في سجل التدقيق لكنها لم تُنفَّذ قط: { $count }.
