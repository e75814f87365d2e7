# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = وسم غير صالح `{ $tag }`: يتكوّن الوسم من أحرف وأرقام و`-` و`_` و`.` و`/` و`:`، وبحد أقصى { $max } حرفًا
config-tag-duplicate = الوسم `{ $tag }` مذكور مرتين
config-tag-not-text = الوسم نص (ضع الأرقام والقيم المنطقية بين علامتي اقتباس)
config-tags-shape = يُتوقَّع أن يكون { $key } قائمة تسميات ({ $list }) أو خريطة أوسام بمفاتيح ({ $map })

## The components list

ui-list-heartbeat = آخر الفحوص
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time }: { $status }، { $latency }
ui-list-beat-none = لا فحص بعد
ui-list-avail-24h = 24 ساعة
ui-list-avail-30d = 30 يومًا
ui-list-chips = التصفية حسب الحالة
ui-list-chip-all = الكل
ui-list-chip-healthy = سليمة
ui-list-chip-degraded = متدهورة
ui-list-chip-failed = متوقفة
ui-list-chip-unknown = غير معروفة
ui-list-tag = الوسم
ui-list-tag-any = كل الأوسام
ui-list-tag-filter = عرض المكوّنات الموسومة بـ { $tag } فقط
ui-list-group-by = التجميع حسب
ui-list-group-none = بلا تجميع
ui-list-group-region = المنطقة
ui-list-group-tag = الوسم
ui-list-untagged = بلا وسم
ui-list-group-count =
    { $count ->
        [zero] لا مكوّنات
        [one] مكوّن واحد
        [two] مكوّنان
        [few] { $count } مكوّنات
        [many] { $count } مكوّنًا
       *[other] { $count } مكوّن
    }
ui-list-group-toggle = إظهار { $group } أو إخفاؤه

## The component page's charts

ui-chart-from = من
ui-chart-to = إلى
ui-chart-apply = تطبيق
ui-chart-range-invalid = يجب أن تسبق البداية النهاية.
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = مباشر (1 ث)
ui-chart-live-hint = آخر 5 دقائق، نقطة كل ثانية من تدفق الأحداث
ui-chart-zoom-hint = اسحب عبر مخطط للتكبير، وانقر مرتين للإعادة
ui-chart-reset = إعادة التكبير
ui-chart-legend = العلامات
ui-chart-marker-failed = متوقف (حادث)
ui-chart-marker-degraded = متدهور
ui-chart-marker-healthy = تعافى
ui-chart-marker-restart = بدء العملية
ui-chart-marker-action = إجراء إصلاح
