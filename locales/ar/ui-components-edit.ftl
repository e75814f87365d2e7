# Managing components from the window (add, edit, pause, resume, delete) and what the engine
# says when a change cannot be written to the config file.

comp-edit-err-syntax = تعذّرت قراءة ملف الإعدادات في السطر { $line }، العمود { $col }: { $detail }
comp-edit-err-not-a-list = «{ $path }» في ملف الإعدادات ليس قائمة من العناصر
comp-edit-err-flow = «{ $path }» مكتوب في سطر واحد ([ … ] أو { "{" } … { "}" })؛ عدّله يدويًا في الملف
comp-edit-err-not-found = لا يوجد في ملف الإعدادات عنصر باسم «{ $name }»
comp-edit-err-missing-parent = لا يحتوي ملف الإعدادات على قسم «{ $path }» لإضافته إليه
comp-edit-err-not-a-mapping = يجب أن يكون المكوّن مجموعة من الحقول
comp-edit-err-no-file = بدأ الحارس دون ملف إعدادات، لذا لا يمكن حفظ التغييرات
comp-edit-err-needs-restart = «{ $field }» يبدأ مع الحارس: غيّره في ملف الإعدادات ثم أعد التشغيل
comp-paused-issue = متوقف مؤقتًا: لا يُفحص ولا يُصلح
comp-edit-add = إضافة مكوّن
comp-edit-edit = تعديل
comp-edit-pause = إيقاف مؤقت
comp-edit-resume = استئناف
comp-edit-delete = حذف
comp-edit-paused = متوقف مؤقتًا
comp-edit-title-add = مكوّن جديد
comp-edit-title-edit = تعديل { $name }
comp-edit-save = حفظ
comp-edit-cancel = إلغاء
comp-edit-saving = جارٍ الحفظ…
comp-edit-saved = حُفظ في { $file } وطُبّق.
comp-edit-refused = { $count ->
    [zero] لم يُحفظ التغيير.
    [one] لم يُحفظ التغيير: توجد مشكلة واحدة يجب إصلاحها.
    [two] لم يُحفظ التغيير: توجد مشكلتان يجب إصلاحهما.
    [few] لم يُحفظ التغيير: توجد { $count } مشكلات يجب إصلاحها.
    [many] لم يُحفظ التغيير: توجد { $count } مشكلة يجب إصلاحها.
   *[other] لم يُحفظ التغيير: توجد { $count } مشكلة يجب إصلاحها.
}
comp-edit-other-problems = مشكلات أخرى
comp-edit-failed = فشل التغيير: { $detail }
comp-edit-section-general = عام
comp-edit-section-check = الفحص
comp-edit-section-process = العملية الخاضعة للإشراف
comp-edit-section-healing = الحدود والإصلاح
comp-edit-section-more = إعدادات أخرى
comp-edit-field-name = الاسم
comp-edit-field-region = المنطقة
comp-edit-region-default = الافتراضي لخط المعالجة
comp-edit-field-critical = حرج
comp-edit-field-depends-on = يعتمد على
comp-edit-list-hint = افصل بين الأسماء بفواصل.
comp-edit-field-sla = هدف التوافر (%)
comp-edit-field-check-kind = نوع الفحص
comp-edit-kind-http = طلب HTTP
comp-edit-kind-tcp = اتصال TCP
comp-edit-kind-command = أمر
comp-edit-kind-process = العملية قيد التشغيل
comp-edit-kind-prometheus = مقياس من Prometheus
comp-edit-kind-promql = استعلام PromQL
comp-edit-kind-node = مضيف (مُصدِّر العقدة)
comp-edit-field-interval = الفاصل الزمني
comp-edit-field-timeout = المهلة
comp-edit-duration-hint = مثلًا { $example }. فارغ: القيمة الافتراضية لخط المعالجة.
comp-edit-field-url = العنوان (URL)
comp-edit-field-method = الطريقة
comp-edit-field-expect-status = الحالة المتوقعة
comp-edit-field-body-contains = يحتوي الرد على
comp-edit-field-degraded-after = متدهور بعد
comp-edit-field-tls-verify = التحقق من شهادات TLS
comp-edit-field-addr = العنوان (المضيف والمنفذ)
comp-edit-field-run = الأمر
comp-edit-argv-hint = وسيط واحد في كل سطر؛ دون مفسّر أوامر.
comp-edit-field-cwd = مجلد العمل
comp-edit-field-on = على المضيف
comp-edit-field-metric = المقياس
comp-edit-field-healthy-if = سليم إذا
comp-edit-healthy-if-hint = مقارنة، مثلًا { $example }.
comp-edit-field-query = الاستعلام
comp-edit-field-for = معطّل لمدة
comp-edit-field-mountpoint = نظام الملفات
comp-edit-field-supervised = يشغّل الحارس هذه العملية ويشرف عليها
comp-edit-field-command = الأمر
comp-edit-field-env = متغيرات البيئة
comp-edit-env-hint = { $example } واحد في كل سطر.
comp-edit-field-log-max = الحد الأقصى لحجم السجل
comp-edit-field-stop-grace = مهلة الإيقاف
comp-edit-field-memory = حد الذاكرة
comp-edit-field-cpu = حد المعالج (أنوية)
comp-edit-field-recovery = خطوات التعافي
comp-edit-recovery-hint = خطوة واحدة في كل سطر، بالترتيب: { $steps }.
comp-edit-field-raw = إعدادات أخرى (JSON)
comp-edit-raw-hint = الإعدادات التي ليس لها حقل أعلاه ({ $keys }…)، بصيغة JSON.
comp-edit-raw-invalid = هذا ليس كائن JSON: { $detail }
comp-edit-delete-title = حذف { $name }؟
comp-edit-delete-body = يُزال المكوّن من ملف الإعدادات ولا يُفحص بعد ذلك. يحتفظ سجل التدقيق دائمًا بقيوده.
comp-edit-delete-keep = الاحتفاظ بسجله (العينات والحوادث والإصلاحات)
comp-edit-delete-purge = حذف سجله أيضًا
comp-edit-delete-confirm = حذف
comp-edit-deleted = حُذف { $name }.
comp-edit-deleted-purged = حُذف { $name } مع سجله (السجلات المحذوفة: { $rows }).
comp-edit-pause-title = إيقاف { $name } مؤقتًا؟
comp-edit-pause-body = لا يُفحص ولا يُصلح حتى يُستأنف. تستمر العملية الخاضعة للإشراف في العمل.
comp-edit-pause-confirm = إيقاف مؤقت

ui-op-audit-component-add = أُضيف مكوّن
ui-op-audit-component-edit = عُدّل مكوّن
ui-op-audit-component-pause = أُوقف مكوّن مؤقتًا
ui-op-audit-component-resume = استُؤنف مكوّن
ui-op-audit-component-delete = حُذف مكوّن
