# قنوات الإشعارات في النافذة (الإعدادات) وإشعارات سطح المكتب في التطبيق.

## رسالة الاختبار التي ترسلها القناة عند الضغط على «إرسال اختبار» (المحرك).

notification-test-title = رسالة اختبار من Pipeline Guard
notification-test-body = هذا اختبار لقناة الإشعارات. إذا استطعت قراءته فالتسليم يعمل.

## القنوات

ui-channels-title = قنوات الإشعارات
ui-channels-hint = الوجهات التي تُرسل إليها الحوادث وخطوات الإصلاح. تبقى الأسرار (الرموز في عناوين URL وقيم الترويسات وكلمات المرور) على الخادم ولا تُعرض أبدًا.
ui-channels-empty = لا توجد قنوات مهيأة.
ui-channels-config-hint = تُكتب التغييرات في ملف الإعداد (مع الحفاظ على تعليقاته وترتيبه) وتسري فورًا.
ui-channels-col-name = الاسم
ui-channels-col-kind = النوع
ui-channels-col-target = الوجهة
ui-channels-col-filter = المرشّح
ui-channels-col-language = اللغة
ui-channels-kind-webhook = Webhook
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = البريد الإلكتروني
ui-channels-kind-desktop = تطبيق سطح المكتب
ui-channels-secret-set = سرّ مضبوط (مخفي)
ui-channels-headers = الترويسات: { $names }
ui-channels-recipients = إلى: { $list }
ui-channels-min-severity = الخطورة { $severity } أو أعلى
ui-channels-components = المكوّنات: { $list }
ui-channels-events = الأحداث: { $list }
ui-channels-all = الكل
ui-channels-test = إرسال اختبار
ui-channels-testing = جارٍ الإرسال…
ui-channels-test-ok = سُلّمت خلال { $ms } ملي ث
ui-channels-test-failed = لم تُسلَّم ({ $ms } ملي ث): { $error }
ui-channels-history = سجل التسليم
ui-channels-history-hide = إخفاء السجل
ui-channels-history-empty = لم يُرسل شيء عبر هذه القناة بعد.
ui-channels-col-time = الوقت
ui-channels-col-event = الحدث
ui-channels-col-component = المكوّن
ui-channels-col-status = الحالة
ui-channels-col-attempts = المحاولات
ui-channels-col-error = الخطأ
ui-channels-status-sent = أُرسلت
ui-channels-status-failed = فشلت
ui-channels-status-dropped = أُسقطت
ui-channels-event-incident_opened = فُتحت حادثة
ui-channels-event-step_started = بدأت خطوة إصلاح
ui-channels-event-step_succeeded = نجحت خطوة إصلاح
ui-channels-event-step_failed = فشلت خطوة إصلاح
ui-channels-event-incident_escalated = صُعّدت حادثة
ui-channels-event-incident_resolved = حُلّت حادثة
ui-channels-event-test = رسالة اختبار
ui-channels-page = { $from }–{ $to } من { $total }
ui-channels-newer = الأحدث
ui-channels-older = الأقدم

## إشعارات سطح المكتب في التطبيق

ui-desktop-notify-title = إشعارات سطح المكتب
ui-desktop-notify-hint = يعرض التطبيق إشعارًا من النظام، باللغة المختارة أعلاه، في الحالات التالية:
ui-desktop-notify-critical = حوادث جديدة في المكوّنات الحرجة
ui-desktop-notify-failed = فشل الإصلاح (خطوة فاشلة أو تصعيد)
ui-desktop-notify-none = لن يُرسل أي إشعار.
ui-desktop-notify-saved = حُفظ.

## إجراءات سجل التدقيق

ui-op-audit-notification-test = أرسل إشعار اختبار
ui-op-audit-notification-desktop = غيّر إشعارات سطح المكتب

## Adding, changing and removing channels

ui-channels-add = إضافة قناة
ui-channels-edit = تعديل
ui-channels-remove = إزالة
ui-channels-remove-confirm = تأكيد إزالة { $name }
ui-channels-save = حفظ
ui-channels-cancel = إلغاء
ui-channels-form-add = قناة جديدة
ui-channels-form-edit = تعديل { $name }
ui-channels-field-name = الاسم
ui-channels-field-min-severity = أدنى خطورة
ui-channels-field-url = عنوان URL
ui-channels-field-url-keep = اتركه فارغًا للإبقاء على العنوان المحفوظ
ui-channels-field-smtp-host = خادم SMTP
ui-channels-field-smtp-port = المنفذ
ui-channels-field-smtp-security = أمان الاتصال
ui-channels-field-smtp-username = اسم المستخدم
ui-channels-field-smtp-password = كلمة المرور
ui-channels-field-password-keep = اتركها فارغة للإبقاء على كلمة المرور المحفوظة
ui-channels-field-from = المرسل
ui-channels-field-to = إلى (مفصولة بفواصل)
ui-channels-field-components = المكوّنات (مفصولة بفواصل؛ فارغ: الكل)
ui-channels-field-events = الأحداث (مفصولة بفواصل؛ فارغ: الكل)
ui-channels-saved = حُفظت في ملف الإعداد وأصبحت سارية.
ui-channels-removed = أُزيلت من ملف الإعداد.
ui-channels-problems = لم يُغيَّر ملف الإعداد:
ui-op-audit-notification-channel-add = أضاف قناة إشعارات
ui-op-audit-notification-channel-edit = غيّر قناة إشعارات
ui-op-audit-notification-channel-remove = أزال قناة إشعارات
