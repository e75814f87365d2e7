# Settings → Security (ui/src/components/SecurityAdmin.svelte).

ui-security-users = حسابات المشغّلين
ui-security-name = الاسم
ui-security-role = الدور
ui-security-state = الحالة
ui-security-you = أنت
ui-security-enabled = نشط
ui-security-disabled = معطّل
ui-security-locked = تسجيل الدخول مؤجَّل
ui-security-enable = تفعيل
ui-security-disable = تعطيل
ui-security-erase = محو
ui-security-add-user = إضافة حساب
ui-security-password = كلمة المرور
ui-security-role-admin = مسؤول
ui-security-role-operator = مشغّل
ui-security-role-viewer = مشاهد
ui-security-tokens = رموز API
ui-security-token-user = الحساب
ui-security-lifetime = مدة الصلاحية
ui-security-ttl-hour = ساعة واحدة
ui-security-ttl-day = يوم واحد
ui-security-ttl-month = 30 يومًا
ui-security-issue = إصدار رمز
ui-security-scope = الصلاحيات
ui-security-secret-once = انسخ هذا الرمز الآن: لن يظهر إلا مرة واحدة.
ui-security-copy = نسخ
ui-security-copied = تم النسخ
ui-security-token-id = معرّف الرمز
ui-security-expires = ينتهي في
ui-security-token-active = صالح
ui-security-token-revoked = ملغى
ui-security-token-expired = منتهي الصلاحية
ui-security-revoke = إلغاء
ui-security-revoke-title = إلغاء رمز API هذا؟
ui-security-no-tokens = لا توجد رموز API بعد.
ui-security-findings = نتائج الأمان
ui-security-no-findings = لا توجد نتائج أمان.
ui-security-kind-brute_force = محاولة تخمين بالقوة الغاشمة
ui-security-kind-revoked_token_use = استخدام رمز ملغى
ui-security-kind-privilege_escalation = محاولة تصعيد الصلاحيات
ui-security-kind-destructive_burst = موجة من الإجراءات الهدّامة
ui-security-kind-forged_token = رمز مزوّر
ui-security-audit = سجل التدقيق
ui-security-verify = التحقق من السلسلة
ui-security-time = الوقت
ui-security-actor = المنفّذ
ui-security-action = الإجراء
ui-security-target = الهدف
ui-security-enable-body = سيتمكن الحساب من تسجيل الدخول بكلمة مروره مجددًا.
ui-security-disable-body = تتوقف جلساته ورموز API الخاصة به عن العمل فورًا، ويبقى الحساب وسجله.
ui-security-erase-body = يُحذف الحساب ورموزه وإعداداته نهائيًا، ولا تحتفظ صفوف التدقيق إلا باسم مستعار لا يمكن ربطه به. لا يمكن التراجع عن ذلك.
ui-security-user-added = أُضيف الحساب { $user }.
ui-security-role-title = تغيير دور { $user }؟
ui-security-role-body = يحصل الحساب على صلاحيات الدور { $role } عند طلبه التالي.
ui-security-enable-title = تفعيل { $user }؟
ui-security-disable-title = تعطيل { $user }؟
ui-security-erase-title = محو { $user }؟
ui-security-erased = مُحي الحساب { $user }.
ui-security-revoke-body = تتوقف البرامج النصية التي تستخدم هذا الرمز الخاص بـ { $user } عن العمل فورًا.
ui-security-verified = السلسلة سليمة: { $rows ->
        [zero] لا صفوف للتحقق منها
        [one] تم التحقق من صف واحد
        [two] تم التحقق من صفين
        [few] تم التحقق من { $rows } صفوف
        [many] تم التحقق من { $rows } صفًا
       *[other] تم التحقق من { $rows } صف
    }.
ui-security-broken = السلسلة مكسورة عند الصف { $row }.
