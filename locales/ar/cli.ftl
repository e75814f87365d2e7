# مخرجات سطر الأوامر pipeline-guard المقروءة.

## validate

cli-validate-ok =
    { $file } صالح: { $components ->
        [zero] لا توجد مكوّنات
        [one] مكوّن واحد
        [two] مكوّنان
        [few] { $components } مكوّنات
        [many] { $components } مكوّنًا
       *[other] { $components } مكوّن
    } في { $regions ->
        [zero] لا مناطق
        [one] منطقة واحدة
        [two] منطقتين
        [few] { $regions } مناطق
        [many] { $regions } منطقة
       *[other] { $regions } منطقة
    }.
cli-validate-failed =
    { $file } غير صالح: { $count ->
        [zero] لم يُعثر على مشكلات
        [one] عُثر على مشكلة واحدة
        [two] عُثر على مشكلتين
        [few] عُثر على { $count } مشكلات
        [many] عُثر على { $count } مشكلة
       *[other] عُثر على { $count } مشكلة
    }.

## أخطاء الإعدادات

cli-config-syntax = ملف YAML غير صالح: { $detail }
cli-config-unknown-key = مفتاح غير معروف «{ $key }»
cli-config-missing-key = المفتاح المطلوب «{ $key }» مفقود
cli-config-invalid-value = قيمة غير صالحة للمفتاح «{ $key }»: { $detail }
cli-config-invalid-duration = مدة غير صالحة «{ $value }» (أمثلة: 250ms، 1s، 5m، 24h، 7d)
cli-config-invalid-size = حجم غير صالح «{ $value }» (أمثلة: 512KB، 100MB، 2GB)
cli-config-unknown-region = منطقة غير معروفة «{ $value }» (القيم المقبولة: { $expected })
cli-config-unknown-check = نوع فحص غير معروف «{ $value }» (القيم المقبولة: { $expected })
cli-config-unknown-strategy = استراتيجية استرداد غير معروفة «{ $value }» (القيم المقبولة: { $expected })
cli-config-duplicate-component = المكوّن «{ $name }» معرَّف أكثر من مرة
cli-config-out-of-range = يجب أن تكون قيمة «{ $key }» بين { $min } و{ $max }
cli-config-env-override = قيمة غير صالحة في متغير البيئة { $var }: { $detail }

## serve و demo

cli-serve-starting = جارٍ تشغيل Pipeline Guard مع { $components ->
        [zero] لا مكوّنات
        [one] مكوّن واحد
        [two] مكوّنين
        [few] { $components } مكوّنات
        [many] { $components } مكوّنًا
       *[other] { $components } مكوّن
    }…
cli-serve-listening = الخدمة متاحة على { $url }
cli-serve-stopping = جارٍ الإيقاف: حفظ السجل…
cli-serve-stopped = توقّف بشكل سليم.
cli-demo-starting = جارٍ تشغيل مختبر العرض التوضيحي: { $services ->
        [zero] لا خدمات محلية
        [one] خدمة محلية واحدة
        [two] خدمتان محليتان
        [few] { $services } خدمات محلية
        [many] { $services } خدمة محلية
       *[other] { $services } خدمة محلية
    } مع أعطال مبرمجة…
cli-demo-open-browser = افتح { $url } في المتصفح لمتابعة العرض التوضيحي.
cli-demo-open-desktop = جارٍ فتح تطبيق سطح المكتب…
cli-demo-fault = عطل مبرمج: { $fault } في { $component }
cli-healing-action = جارٍ إصلاح { $component }: { $strategy }
cli-healing-dry-run = تشغيل تجريبي: سيُصلَح { $component } باستخدام { $strategy } دون تنفيذ فعلي

## detect

cli-detect-summary =
    قُيِّم { $rows ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفّان
        [few] { $rows } صفوف
        [many] { $rows } صفًا
       *[other] { $rows } صف
    } من { $input }: { $anomalies ->
        [zero] لا حالات شاذة
        [one] حالة شاذة واحدة
        [two] حالتان شاذتان
        [few] { $anomalies } حالات شاذة
        [many] { $anomalies } حالة شاذة
       *[other] { $anomalies } حالة شاذة
    } فوق { $threshold }.
cli-detect-written = كُتبت الدرجات في { $output }.

## report و verify و audit

cli-report-written = كُتب التقرير في { $file }.
cli-audit-ok =
    سجل التدقيق سليم: تم التحقق من { $rows ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفّين
        [few] { $rows } صفوف
        [many] { $rows } صفًا
       *[other] { $rows } صف
    }.
cli-audit-broken = سجل التدقيق تالف عند الصف { $row }: { $reason }

## المستخدمون والرموز المميزة

cli-user-password-prompt = كلمة مرور { $name }:
cli-user-added = أُضيف المستخدم { $name } بالدور { $role }.
cli-token-issued = رمز مميز للمستخدم { $user }، صالح لمدة { $ttl }:

## الأخطاء

cli-error-prefix = خطأ
cli-error-file-not-found = تعذّرت قراءة { $file }: الملف غير موجود
cli-error-io = تعذّرت قراءة { $file }: { $detail }
cli-error-database = خطأ في قاعدة البيانات: { $detail }
cli-error-invalid-date = تاريخ غير صالح «{ $value }» (الصيغة المتوقعة: YYYY-MM-DD أو RFC 3339)
cli-error-unknown-standard = معيار امتثال غير معروف «{ $value }» (القيم المقبولة: { $expected })
cli-error-unknown-format = تنسيق إخراج غير معروف «{ $value }» (القيم المقبولة: { $expected })
cli-error-unknown-language = لغة غير معروفة «{ $value }» (اللغات المتاحة: { $expected })
cli-error-address-in-use = العنوان { $addr } مستخدم بالفعل
cli-error-permission-denied = تم رفض الإذن: { $detail }
cli-error-internal = خطأ داخلي: { $detail }
cli-hint-help = شغّل «pipeline-guard --help» لعرض طريقة الاستخدام.
