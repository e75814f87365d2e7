# Compliance: restriction texts, report evidence, account export/erasure and backups.

evidence-audit-unverifiable = تعذّر التحقق من سجل التدقيق: { $reason }.
evidence-secrets-plaintext = أسرار مخزّنة دون تشفير: { $count }.
evidence-keyfile-open = ملف المفاتيح { $path } قابل للقراءة من مستخدمين آخرين (الوضع { $mode })؛ يجب أن يكون 600.
evidence-secrets-encrypted = الأسرار ورموز الوصول مشفّرة بـ XChaCha20-Poly1305 ({ $count ->
        [zero] لا قيم
        [one] قيمة واحدة
        [two] قيمتان
        [few] { $count } قيم
        [many] { $count } قيمةً
       *[other] { $count } قيمة
    })، بمفتاح محفوظ خارج قاعدة البيانات في { $path }.
evidence-secrets-encrypted-passphrase = الأسرار ورموز الوصول مشفّرة بـ XChaCha20-Poly1305 ({ $count ->
        [zero] لا قيم
        [one] قيمة واحدة
        [two] قيمتان
        [few] { $count } قيم
        [many] { $count } قيمةً
       *[other] { $count } قيمة
    })، بمفتاح مشتق من عبارة المرور المهيّأة.
evidence-access-roles = الحسابات المفعّلة حسب الدور: { $list }.
evidence-access-active = سجّل كل حساب مفعّل الدخول خلال آخر 90 يومًا.
evidence-access-stale = حسابات لم تسجّل الدخول منذ 90 يومًا وتحتاج إلى مراجعة: { $count } ({ $names }).
evidence-backup-verified = ملف النسخة الاحتياطية { $path } موجود ويطابق قيمة SHA-256 المسجّلة؛ النسخ الاحتياطية في الفترة: { $count }.
evidence-backup-corrupt = ملف النسخة الاحتياطية { $path } لا يطابق قيمة SHA-256 المسجّلة.
evidence-backup-missing = ملف النسخة الاحتياطية { $path } مفقود.
evidence-incidents-mttd = متوسط زمن الاكتشاف { $mttd }؛ إجراءات الإصلاح المنفّذة: { $actions }.
evidence-healing-partly-audited = إجراءات الإصلاح في سجل التدقيق: { $audited } من { $count }.
action-scale-down = تقليص
action-notify = إشعار
result-skipped = تم التخطي
restriction-gdpr-transfer = لا يجوز أن تغادر البيانات الشخصية لأصحاب البيانات في الاتحاد الأوروبي الاتحادَ دون قرار كفاية أو ضمانات مناسبة.
restriction-gdpr-lawful-basis = يلزم أساس قانوني؛ صدّر البيانات اللازمة للغرض فقط.
restriction-gdpr-record = سجّل العملية في سجل أنشطة المعالجة (سجل التدقيق).
restriction-gdpr-processor = تتطلب المشاركة مع جهة معالجة اتفاقية معالجة بيانات.
restriction-gdpr-special-category = تتطلب البيانات من الفئات الخاصة موافقة صريحة أو استثناءً آخر وفق المادة 9(2)، ولا يستطيع الحارس إثبات ذلك.
restriction-gdpr-erasure = يجب أن يشمل المحو النسخ والنسخ الاحتياطية أيضًا ضمن مدة الاحتفاظ.
restriction-ccpa-opt-out = احترم حق المستهلك في رفض البيع أو المشاركة.
restriction-ccpa-right-to-know = يجب الرد على طلبات الوصول خلال 45 يومًا وبصيغة قابلة للنقل.
restriction-ccpa-deletion = يجب إبلاغ مزوّدي الخدمات بالحذف.
restriction-soc2-audit-immutable = أدلة التدقيق تقبل الإضافة فقط وتُحفظ طوال مدة الاحتفاظ بها.
restriction-soc2-credentials = لا تغادر بيانات الاعتماد النظام أبدًا.
restriction-soc2-audited = تُسجَّل العملية في سجل التدقيق.
restriction-iso-logs-protected = السجلات محمية من العبث والحذف غير المصرّح به.
restriction-iso-authentication-info = لا يُكشف عن معلومات المصادقة.
restriction-iso-transfer-agreement = يتبع نقل المعلومات سياسة نقل متفقًا عليها.
restriction-lgpd-transfer = النقل الدولي مسموح فقط إلى دول توفّر مستوى حماية كافيًا.
restriction-lgpd-basis = يلزم أساس قانوني؛ ويحق لصاحب البيانات طلب الوصول ونسخة منها.
restriction-pdpa-transfer = النقل مسموح فقط إذا وفّر المتلقي حماية مماثلة.
restriction-pdpa-consent = تلزم الموافقة؛ ويحق للأفراد طلب الوصول إلى بياناتهم.
restriction-hipaa-minimum-necessary = اكشف الحد الأدنى الضروري فقط، ولشريك أعمال بموجب اتفاقية فقط.
restriction-hipaa-audit-retention = تُحفظ سجلات التدقيق ست سنوات.
cli-user-exported = صُدّرت بيانات الحساب { $name } إلى { $file }.
cli-user-erased = مُحي الحساب { $name }: { $tokens ->
        [zero] لم يُلغَ أي رمز
        [one] أُلغي رمز واحد
        [two] أُلغي رمزان
        [few] أُلغيت { $tokens } رموز
        [many] أُلغي { $tokens } رمزًا
       *[other] أُلغي { $tokens } رمز
    }؛ { $rows ->
        [zero] ولا توجد قيود تدقيق
        [one] ولم يعد قيد التدقيق الوحيد يذكر
        [two] ولم يعد قيدا التدقيق يذكران
        [few] ولم تعد قيود التدقيق الـ { $rows } تذكر
        [many] ولم تعد قيود التدقيق الـ { $rows } تذكر
       *[other] ولم تعد قيود التدقيق الـ { $rows } تذكر
    } سوى الاسم المستعار { $pseudonym }.
cli-backup-done = كُتبت النسخة الاحتياطية في { $path } ({ $bytes ->
        [zero] لا بايتات
        [one] بايت واحد
        [two] بايتان
        [few] { $bytes } بايتات
        [many] { $bytes } بايتًا
       *[other] { $bytes } بايت
    }، SHA-256 { $sha }).
cli-region-activated = المنطقة { $region } مفعّلة.
cli-region-deactivated = المنطقة { $region } معطّلة.
