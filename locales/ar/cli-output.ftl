# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

cli-error-password-stdin = تعذّرت قراءة كلمة المرور من الإدخال القياسي: { $detail }
cli-error-no-password = لا توجد كلمة مرور في الإدخال القياسي (مرّرها عبر أنبوب: { $example })
cli-error-erase-confirm = لا يمكن التراجع عن محو «{ $name }»: أضف { $flag } للتأكيد
cli-user-list-disabled = معطَّل
cli-role-added = الدور { $name }: { $permissions }
cli-error-bad-ttl = { $option }: مدة غير صالحة «{ $value }» (أمثلة: 30m، 1h، 7d)
cli-token-issued-detail = الرمز { $jti } للمستخدم { $user }، الصلاحيات { $permissions }، صالح حتى { $until } بالتوقيت العالمي.
cli-token-revoked = أُلغي الرمز { $jti }.
cli-error-no-database = { $db }: لا توجد قاعدة بيانات بهذا الاسم
cli-error-no-signing-key = لا يملك Guard مفتاح توقيع
cli-error-no-checkpoints = لا توجد نقاط تحقق في سجل التدقيق
cli-error-cannot-write = تعذّرت الكتابة في { $file }: { $detail }
cli-error-cannot-create = تعذّر إنشاء { $file }: { $detail }
cli-error-cannot-start = تعذّر تشغيل { $program }: { $detail }
cli-error-cannot-listen = تعذّر الاستماع على { $addr }: { $detail }
cli-error-at-least-one = { $option }: المتوقع 1 على الأقل
cli-error-bad-public-key = { $option }: ليس مفتاحًا عامًا من نوع Ed25519 (المتوقع «ed25519:» متبوعًا بـ 64 رقمًا ست عشريًا، كما يطبعه «{ $export }»)
cli-error-export-unaudited = كُتب التقرير، لكن تعذّر تسجيل تصديره في سجل التدقيق: { $detail }
cli-report-written-signed = { $file }: { $bytes ->
        [zero] لا بايتات
        [one] بايت واحد
        [two] بايتان
        [few] { $bytes } بايتات
        [many] { $bytes } بايتًا
       *[other] { $bytes } بايت
    }، SHA-256 { $digest }، موقّع بالمفتاح { $key }
cli-demo-labsvc-missing = لم يُعثر على برنامج خدمات المختبر في { $path } (ابنِه بالأمر «{ $command }»)
cli-demo-config-invalid = إعدادات العرض التوضيحي المضمّنة غير صالحة:
cli-demo-port-busy = المنفذ { $port } مشغول؛ اختر منافذ أخرى باستخدام { $option }
cli-demo-no-window = تعذّر على تطبيق سطح المكتب فتح نافذة ({ $reason })؛ ستُقدَّم واجهة الويب بدلًا منه.
cli-demo-app-exited = انتهى تطبيق سطح المكتب بالحالة { $status }
cli-demo-no-app = تطبيق سطح المكتب غير مبني ({ $command })؛ ستُقدَّم واجهة الويب بدلًا منه.
cli-detect-empty = { $file }:{ $line }: المتوقع سطر العناوين «{ $header }»، لكن الملف انتهى
cli-detect-bad-header = { $file }:{ $line }: المتوقع سطر العناوين «{ $header }»، والموجود { $found }
cli-detect-field-count = { $file }:{ $line }: المتوقع حقلان «{ $header }»، والموجود { $found }
cli-detect-bad-timestamp = { $file }:{ $line }: المتوقع طابع زمني «{ $format }» أو بصيغة RFC 3339، والموجود { $found }
cli-detect-bad-value = { $file }:{ $line }: المتوقع أن تكون القيمة عددًا منتهيًا، والموجود { $found }
cli-tls-cert-unreadable = تعذّرت قراءة شهادة TLS ‏{ $file }: { $detail }
cli-tls-no-cert = لا توجد شهادة PEM في { $file }
cli-tls-key-unreadable = تعذّرت قراءة مفتاح TLS الخاص { $file }: { $detail }
cli-tls-setup = فشل إعداد TLS: { $detail }
cli-tls-mismatch = شهادة TLS ‏{ $cert } والمفتاح { $key } لا يكوّنان هوية خادم: { $detail }
cli-serve-needs-tls = رُفض الاستماع على { $addr }: من دون TLS لا يُسمح إلا بعناوين الاسترجاع (استخدم 127.0.0.1 أو اضبط { $key })
cli-serve-no-ui-index = { $option } { $dir }: لا يوجد { $file } هناك (ابنِ واجهة الويب بالأمر «{ $command }»)
cli-serve-no-embedded-ui = بُني هذا البرنامج من دون واجهة الويب (كان { $dir } مفقودًا وقت البناء)؛ تشرح الصفحة / كيفية بنائها
cli-serve-security-disabled = الأمان معطَّل ({ $key }): يستطيع أي مستخدم محلي على هذا الجهاز التحكم في API (أما صفحات الويب فلا: فحوص { $checks })؛ فعّل الأمان على الأجهزة المشتركة
cli-serve-setup-banner =
    الأمان مفعَّل ولا يوجد أي حساب. إلى أن يُنشأ مسؤول، تجيب API بالرمز 503.
    أنشئ المسؤول إما بالأمر
      { $command }   (كلمة المرور من الإدخال القياسي)
    أو، من هذا الجهاز فقط، بالطلب
      { $request }
cli-serve-closing-connections = تُغلق الاتصالات التي لا تزال مفتوحة بعد { $seconds ->
        [zero] لا ثوانٍ
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
