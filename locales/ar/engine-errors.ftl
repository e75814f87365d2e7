# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = خطأ داخلي؛ راجع السجل
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }`: { $problem }
api-error-unknown-value = قيمة غير معروفة `{ $value }`، والمتوقع أحد ما يلي: { $expected }
api-error-empty-name = `{ $param }`: اسم مكوّن فارغ (المتوقع `{ $example }`)
api-error-unix-time = يجب أن تكون `{ $param }` ({ $value }) وقت `Unix` بالثواني بين 0 و{ $max }
api-error-step-min = يجب ألا تقل `{ $param }` ({ $value }) عن ثانية واحدة
api-error-to-before-from = يجب أن يكون `to` ({ $to }) بعد `from` ({ $from })
api-error-to-not-before-from = لا يجوز أن يكون `to` ({ $to }) قبل `from` ({ $from })
api-error-too-many-buckets = عدد الفترات كبير جدًا (أكثر من { $max }): زِد `{ $param }`
api-error-param-range = يجب أن تكون `{ $param }` ({ $value }) بين { $min } و{ $max }
api-error-param-negative = لا يجوز أن تكون `{ $param }` ({ $value }) سالبة
api-error-already-acknowledged = الحادثة { $id } أقرّ بها `{ $by }` من قبل
api-error-not-assignable = `{ $name }` ليس حسابًا يمكن إسناد الحوادث إليه؛ والمتوقع أحد ما يلي: { $expected }
api-error-note-empty = تحتاج الملاحظة إلى بعض النص
api-error-note-too-long = يمكن أن تحوي الملاحظة { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر؛ وهذه فيها { $count }
api-error-no-step = ليس لـ `{ $name }` خطوة `{ $step }` في سُلّم التعافي الخاص به
api-error-maintenance-order = يجب أن تنتهي نافذة صيانة بعد أن تبدأ
api-error-no-autoscale = ليس لـ `{ $name }` كتلة `autoscale:` في الإعدادات
api-error-not-promql = فحص `{ $name }` من نوع `{ $kind }`، وليس `promql`
api-error-promql-range = المتوقع `from` < `to` و`step` أكبر من الصفر
api-error-too-many-points = { $count ->
        [zero] لا نقاط
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $count } نقاط
        [many] { $count } نقطة
       *[other] { $count } نقطة
    } لكل سلسلة أكثر من { $max }: استخدم `step` أكبر
api-error-file = { $file }: { $detail }
api-error-cooldown-range = المتوقع من 0 إلى { $max } ملي ث (يوم واحد)، والموجود { $value } ملي ث
api-error-rules-empty = المتوقع قاعدة واحدة على الأقل
api-error-rule-metric = `{ $metric }` ليس مقياسًا في إعدادات هذا التوسّع التلقائي؛ والمتوقع أحد ما يلي: { $expected }
api-error-not-negative = المتوقع 0 أو أكثر، والموجود { $value }
api-error-ladder-empty = يحتاج سُلّم التعافي إلى خطوة واحدة على الأقل
api-error-ladder-no-step = ليس لـ `{ $name }` خطوة `{ $step }` في السُّلّم المضبوط (تسمّي API الخطوات بأسمائها؛ ولا تقبل أبدًا `argv` أو URL)
api-error-unknown-step = خطوة تعافٍ غير معروفة `{ $value }`، والمتوقع أحد ما يلي: { $expected }
api-error-unknown-standard = معيار غير معروف `{ $value }`، والمتوقع بعض ما يلي: { $expected }
api-error-no-standard = المتوقع معيار واحد على الأقل
api-error-last-region = لا يمكن إلغاء تفعيل المنطقة `{ $region }`: إنها آخر منطقة نشطة
api-error-stored-change = تعذّرت قراءة التغيير المحفوظ: { $detail }

# Building a compliance report (crates/report).
report-error-empty-period = الفترة فارغة: يجب أن يكون `{ $to_name }` ({ $to }) بعد `{ $from_name }` ({ $from })
report-error-no-database = { $file }: لا توجد قاعدة البيانات هذه
report-error-internal = تعذّر إنشاء التقرير؛ راجع السجل

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = لا يوجد حساب Pipeline Guard باسم مستخدم نظام التشغيل `{ $user }`؛ يمكن للمسؤول إنشاؤه بالأمر `{ $command }`
app-error-undeclared-command = الأمر `{ $command }` لا يعلن أي إذن (أضف صفه إلى `{ $table }`)
app-error-not-public-command = الأمر `{ $command }` ليس أمرًا عامًا في `{ $table }`
app-error-engine-running = المحرك يعمل بالفعل: أعد تشغيل التطبيق لاختيار إعدادات أخرى
app-error-internal = خطأ داخلي: { $detail }
app-error-no-downloads = لا يوجد مجلد للتنزيلات: اضبط `{ $var }` أو `{ $home }` (أو `{ $xdg }` في `{ $file }`)
app-error-save-report = تعذّر حفظ التقرير في { $dir }: { $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = تعذّر على التطبيق تشغيل هذا الأمر: { $detail }
