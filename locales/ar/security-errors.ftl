# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = الاسم `{ $name }` غير صالح: استخدم من 1 إلى { $max } من الحروف والأرقام و`.` و`_` و`-` و`@`
sec-error-invalid-name-bytes = الاسم غير صالح ({ $bytes ->
        [zero] { $bytes } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $bytes } بايتات
        [many] { $bytes } بايتًا
       *[other] { $bytes } بايت
    }): استخدم من 1 إلى { $max } من الحروف والأرقام و`.` و`_` و`-` و`@`
sec-error-password-short = كلمة المرور قصيرة جدًا ({ $count ->
        [zero] { $count } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    }): استخدم { $min } على الأقل
sec-error-password-long = كلمة المرور أطول من { $max ->
        [zero] { $max } بايت
        [one] بايت واحد
        [two] بايتين
        [few] { $max } بايتات
        [many] { $max } بايتًا
       *[other] { $max } بايت
    }
sec-error-setup-done = اكتمل الإعداد الأولي بالفعل: يوجد حساب
sec-error-unknown-role = دور غير معروف `{ $role }` (المدمجة: `admin` و`operator` و`viewer`؛ أضف أدوارًا أخرى بالأمر `{ $command }`)
sec-error-user-exists = المستخدم `{ $name }` موجود بالفعل
sec-error-builtin-role = `{ $name }` دور مدمج ولا يمكن تغييره
sec-error-ttl-unusable = مدة صلاحية الرمز { $seconds } ث غير صالحة للاستخدام
sec-error-scope-beyond = المستخدم `{ $user }` (الدور `{ $role }`) لا يملك { $permissions }
sec-error-ttl-zero = يجب أن تكون مدة صلاحية الرمز موجبة
sec-error-ttl-max = يمكن أن يبقى الرمز صالحًا { $max } على الأكثر (`{ $setting }`)، وليس { $ttl }
sec-error-key-from-config = مفتاح التشفير يأتي من الإعدادات (`{ $setting }`)؛ غيّره هناك
sec-error-signing-key-from-config = مفتاح توقيع الرموز يأتي من الإعدادات (`{ $setting }` أو `{ $env }`)؛ غيّره هناك
sec-error-key-file-missing = ملف المفاتيح { $file } مفقود، لذا لا يمكن التحقق من سلسلة التدقيق
sec-error-checkpoints-missing = ملف نقاط التحقق { $file } مفقود أو فارغ لكن مفتاح التوقيع { $key } موجود: استعد الملف من نسختك الاحتياطية، أو انقل المفتاح بعيدًا لبدء سجل جديد لنقاط التحقق (ولن يُتحقق من سجل التدقيق حينها إلا من تلك النقطة فصاعدًا)
sec-error-signing-key-missing = مفتاح التوقيع { $key } مفقود لكن { $file } يحوي نقاط تحقق وقّعها: استعد المفتاح من نسختك الاحتياطية (فمفتاح جديد سيجعل التحقق من سجل التدقيق مستحيلًا)
sec-error-last-manager = `{ $name }` هو آخر حساب يستطيع إدارة المستخدمين؛ أنشئ مسؤولًا آخر قبل محوه
sec-error-last-admin = `{ $name }` هو آخر مسؤول مفعّل؛ اجعل حسابًا آخر مسؤولًا أولًا
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = لا تملك { $permissions }، لذا لا يمكنك: { $action }
sec-do-create-user = إنشاء حساب بالدور `{ $role }`
sec-do-give-role = منح `{ $name }` الدور `{ $role }`
sec-do-change-role = تغيير دور `{ $name }` (`{ $role }`)
sec-do-disable = تعطيل `{ $name }` (`{ $role }`)
sec-do-enable = تفعيل `{ $name }` (`{ $role }`)
sec-do-issue-token-role = إصدار رمز لـ `{ $name }` (`{ $role }`)
sec-do-issue-token = إصدار رمز لـ `{ $name }`
