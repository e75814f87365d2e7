# التوسّع التلقائي (صفحة الإصلاح وتفاصيل المكوّن) وطابور الإصلاح والبحث عن المنطقة الأنسب (خريطة المناطق).

ui-as-title = التوسّع التلقائي
ui-as-live = مباشر
ui-as-live-hint = يُحدَّث من أحداث التوسّع لدى الحارس فور وقوعها
ui-as-none = لا يوجد مكوّن يتوسّع تلقائيًا: أضف إعدادات التوسّع التلقائي إلى مكوّن في الإعدادات.
ui-as-mode-reactive = تفاعلي
ui-as-mode-hybrid = هجين (تنبؤ)
ui-as-dry-run = تشغيل تجريبي
ui-as-paused = متوقف مؤقتًا
ui-as-overridden = عُدّل أثناء التشغيل
ui-as-runtime-note = تبقى التغييرات محفوظة بعد إعادة تشغيل الحارس إلى أن تعيدها إلى الإعداد.
ui-as-override-not-applied = تغيير محفوظ أثناء التشغيل غير نافذ: { $reason }
ui-as-col-instances = النسخ
ui-as-col-component = المكوّن
ui-as-col-cooldown = فترة التهدئة
ui-as-col-metric = المقياس
ui-as-col-time = الوقت
ui-as-col-change = التغيير
ui-as-col-result = النتيجة
ui-as-col-reason = السبب
ui-as-range = المسموح { $min }–{ $max }
ui-as-instances = { $instances } قيد التشغيل، المسموح { $min }–{ $max }
ui-as-now = الآن
ui-as-factor = المُعامل × { $factor }
ui-as-forecast = التنبؤ
ui-as-cooldown-until = في فترة التهدئة حتى { $time }
ui-as-holding = مُعلّق:
ui-as-decisions = أحدث قرارات التوسّع
ui-as-no-decisions = لا توجد قرارات توسّع بعد.
ui-as-result-succeeded = تم التوسّع
ui-as-result-failed = فشل
ui-as-result-held = مُعلّق
ui-as-result-dry_run = تجريبي فقط
ui-as-feed-scaled = تغيّر عدد النسخ من { $from } إلى { $to }
ui-as-feed-dry = سيتغيّر عدد النسخ من { $from } إلى { $to } (تشغيل تجريبي)
ui-as-feed-failed = فشل تغيير عدد النسخ من { $from } إلى { $to }
ui-as-feed-held = عُلّق التوسّع عند { $from ->
        [zero] صفر نسخة
        [one] نسخة واحدة
        [two] نسختين
        [few] { $from } نسخ
        [many] { $from } نسخةً
       *[other] { $from } نسخة
    }

ui-as-queue-title = طابور الإصلاح
ui-as-queue-slots = { $busy } من { $slots ->
        [zero] صفر خانة إصلاح
        [one] خانة إصلاح واحدة
        [two] خانتي إصلاح
        [few] { $slots } خانات إصلاح
        [many] { $slots } خانةَ إصلاح
       *[other] { $slots } خانة إصلاح
    } مشغولة
ui-as-queue-busy = قيد الإصلاح الآن
ui-as-queue-idle = لا يجري أي إصلاح الآن.
ui-as-queue-next = في الانتظار، بالترتيب المخطط
ui-as-queue-empty = لا أحد ينتظر خانة إصلاح.
ui-as-queue-weight = الوزن { $weight }
ui-as-queue-starts = يُتوقع أن يبدأ خلال { $duration }
ui-as-queue-waited = ينتظر منذ { $duration }
ui-as-queue-planned-by = رُتّب الطابور بطريقة { $method } لتقليل وقت التوقف المتوقع مرجّحًا بمدى الأهمية.
ui-as-queue-method-exact = البحث الدقيق
ui-as-queue-method-annealed = التلدين المحاكى
ui-as-queue-last-plan = آخر ترتيب للقبول: { $order }

ui-as-detail-title = قاعدة التوسّع التلقائي
ui-as-edit = تغيير قاعدة التوسّع التلقائي
ui-as-field-min = الحد الأدنى للنسخ
ui-as-field-max = الحد الأقصى للنسخ
ui-as-field-cooldown = فترة التهدئة (ثوانٍ)
ui-as-field-up = التوسّع عند
ui-as-field-down = التقليص عند
ui-as-field-factor = المُعامل
ui-as-field-paused = إيقاف التوسّع التلقائي مؤقتًا
ui-as-field-dry-run = تشغيل تجريبي: يقرّر ويسجّل دون تغيير أي شيء
ui-as-bounds = تسمح إعدادات التوسّع في هذا المكوّن بين { $min } و{ $max ->
        [zero] صفر نسخة
        [one] نسخة واحدة
        [two] نسختين
        [few] { $max } نسخ
        [many] { $max } نسخةً
       *[other] { $max } نسخة
    }
ui-as-save = حفظ التغييرات
ui-as-reset = العودة إلى الإعدادات
ui-as-saved = تم الحفظ: تسري القاعدة الجديدة من التقييم التالي.
ui-as-no-changes = لم يتغيّر شيء.
ui-as-forbidden = يتطلب تغيير القاعدة صلاحية إدارة المكوّنات.
ui-as-confirm-title = هل تريد تغيير التوسّع التلقائي لـ { $component }؟
ui-as-confirm-scale-now = بهذه الحدود سيتغيّر عدد نسخ { $component } فورًا من { $from } إلى { $to }.
ui-as-confirm-live = سيتوقف التشغيل التجريبي: سيبدأ التوسّع التلقائي النسخ ويوقفها فعليًا.
ui-as-confirm-reset = تعود القاعدة والحدود وفترة التهدئة إلى القيم الموجودة في الإعدادات.
ui-as-err-integer = أدخل عددًا صحيحًا.
ui-as-err-number = أدخل رقمًا.
ui-as-err-min-low = يجب ألا يقل عن { $min }.
ui-as-err-max-high = يجب ألا يزيد على { $max }.
ui-as-err-min-max = يجب ألا يقل عن الحد الأدنى ({ $min }).
ui-as-err-cooldown = يجب أن يكون بين 0 و{ $max ->
        [zero] صفر ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $max } ثوانٍ
        [many] { $max } ثانيةً
       *[other] { $max } ثانية
    }
ui-as-err-down-up = يجب أن يكون أقل من عتبة التوسّع ({ $up })، وإلا تذبذب التوسّع.
ui-as-err-negative = يجب ألا يكون سالبًا.
ui-as-err-factor = يجب أن يكون أكبر من 1 (‏1.5 يضيف النصف).
ui-as-err-server = رفض الحارس التغيير: { $message }

ui-optimal-title = أين يجب أن تُحفظ بيانات المستخدم؟
ui-optimal-hint = أقرب منطقة مفعّلة تسمح بها قواعد إقامة البيانات للبيانات الشخصية للمستخدم.
ui-optimal-location = موقع المستخدم
ui-optimal-placeholder = اسم الدولة أو رمزها، مثل ألمانيا
ui-optimal-find = ابحث عن المنطقة
ui-optimal-quick = مواقع شائعة
ui-optimal-distance = على بُعد { $km } كم من { $country }
ui-optimal-why-nearest = { $region } هي أقرب منطقة مفعّلة إلى { $country }.
ui-optimal-why-excluded = يستبعد { $rule } مناطق مفعّلة أقرب: { $regions }.
ui-optimal-why-allowed = { $region } هي أقرب منطقة مفعّلة يجوز فيها حفظ البيانات الشخصية لمستخدم في { $country }.
ui-optimal-why-jurisdiction = يخضع المستخدم لـ { $jurisdiction }، وتخضع { $region } لـ { $regionJurisdiction }.
ui-optimal-why-unregulated = لا تشمل أيُّ قاعدة إقامة في المعايير السارية المستخدمين في { $country }؛ وتخضع { $region } لـ { $regionJurisdiction }.
ui-optimal-active = المناطق المفعّلة التي رُوعيت: { $regions }
ui-optimal-standards = المعايير السارية: { $standards }
ui-optimal-no-standards = لم يُضبط أي معيار لحماية البيانات: المسافة وحدها تحسم الاختيار.
ui-error-unknown_location = موقع غير معروف.
ui-error-no_eligible_region = لا توجد منطقة مفعّلة يجوز لها حفظ هذه البيانات.
