# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = لا يجوز أن تدوم الجلسة أطول من `api_token_max_ttl` ({ $max })
config-x-min-above-max = قيمة `min_instances` أكبر من `max_instances`
config-x-file-empty = `{ $path }` فارغ أو ليس ملفًا
config-x-file-unreadable = تتعذّر قراءة `{ $path }`: { $detail }
config-x-listen-needs-security = `{ $listen }` ليس عنوان استرجاع محلي: عند تعطيل الأمان لا يرتبط الخادم إلا بعنوان الاسترجاع المحلي (فكل من يصل إليه سيتصرف كمسؤول مجهول)؛ اضبط `{ $setting }` للاستماع على الشبكة
config-x-listen-needs-tls = `{ $listen }` ليس عنوان استرجاع محلي: الاستماع خارج عنوان الاسترجاع المحلي يتطلب `{ $setting }`
config-x-listed-twice = `{ $value }` مذكور مرتين
config-x-status-page-empty = صفحة الحالة مفعّلة لكنها لا تذكر أي مكوّن: أضف أسماءها تحت `components`
config-x-status-page-title = المتوقع عنوان من { $min } إلى { $max } { $max ->
        [zero] حرف
        [one] حرف
        [two] حرفين
        [few] أحرف
        [many] حرفًا
       *[other] حرف
    }
config-x-allowed-host = المتوقع اسم مضيف أو عنوان مع منفذ اختياري ({ $examples })، والموجود `{ $value }`
config-x-port-needs-scale-command = يتطلب `{ $placeholder }` في الأمر وجود `{ $setting }` في المكوّن
config-x-port-needs-scale-check = يتطلب `{ $placeholder }` في الفحص وجود `{ $setting }` في المكوّن
config-x-scale-bounds = المتوقع 1 ≤ `min_instances` ≤ `max_instances`
config-x-scale-command = المتوقع قائمة `argv` غير فارغة تتضمن `{ $placeholder }`
config-x-http-method = المتوقع أحد ما يلي: { $expected }
config-x-process-check-needs-block = يتطلب فحص `process` وجود كتلة `process:` في المكوّن
config-x-node-url = المتوقع عنوان URL لمقاييس `node_exporter` مثل `{ $example }`، والموجود `{ $value }`
config-x-node-mountpoint = المتوقع نقطة تركيب مطلقة مثل `/` أو `/data`، والموجود `{ $value }`
config-x-promql-url = المتوقع عنوان URL الأساسي لخادم Prometheus مثل `{ $example }`، والموجود `{ $value }`
config-x-sample-name = المتوقع اسم سلسلة من حروف وأرقام و`_`، والموجود `{ $value }`
config-x-unknown-host-none = مضيف غير معروف `{ $name }`: عرّفه تحت `hosts:` (`name` و`address` و`user` و`key_file` و`known_hosts`)
config-x-unknown-host = مضيف غير معروف `{ $name }`، والمتوقع أحد ما يلي: { $expected }
config-x-hosts-list = المتوقع قائمة مضيفين (`name` و`address` و`port` و`user` و`key_file` و`known_hosts`)
config-x-host-name = تتكوّن أسماء المضيفين من حروف وأرقام و`-` و`_` و`.`، والموجود: `{ $value }`
config-x-host-duplicate = اسم المضيف `{ $name }` مكرر
config-x-host-address = المتوقع اسم مضيف أو عنوان IP، والموجود `{ $value }`
config-x-host-user = المتوقع اسم مستخدم، والموجود `{ $value }`
config-x-step-host = المتوقع اسم مضيف من `hosts:`
config-x-step-run-argv = المتوقع أن يكون `run:` قائمة غير فارغة من السلاسل النصية (مصفوفة `argv`، وليس سلسلة shell أبدًا)
config-x-rule-metric = المتوقع اسم مقياس مثل `{ $example }`
config-x-finite-number = المتوقع عدد منتهٍ
config-x-rule-number = المتوقع عدد أو حجم مثل `200MB` أو مدة مثل `500ms`، والموجود `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = وضع غير معروف `{ $value }`، والمتوقع أحد ما يلي: { $expected }
config-x-autoscale-rules-both = حدّد قاعدة مضمّنة (`metric` و`threshold_up` و`threshold_down` و`scale_factor`) أو قائمة تحت `rules:`، وليس كليهما
config-x-autoscale-rules-empty = المتوقع قاعدة واحدة على الأقل، مثل `{ $example }`
config-x-autoscale-rule-missing = المتوقع قاعدة: `metric` و`threshold_up` و`threshold_down` (و`scale_factor`)، أو قائمة تحت `rules:`
config-x-autoscale-metric-twice = للمقياس `{ $metric }` قاعدتان؛ اجعل لكل مقياس قاعدة واحدة
config-x-autoscale-min-zero = المتوقع نسخة واحدة على الأقل
config-x-autoscale-min-max = المتوقع `min_instances` ({ $min }) ≤ `max_instances` ({ $max })
config-x-autoscale-above-scale-max = القيمة { $value } أعلى من `scale.max_instances` ({ $max })، حيث يتوقف `scale_up`
config-x-autoscale-below-scale-min = القيمة { $value } أدنى من `scale.min_instances` ({ $min })، حيث يتوقف `scale_down`
config-x-autoscale-not-scalable = يتطلب `autoscale` مكوّنًا قابلًا للتوسيع: `process.command` خاضعًا للإشراف مع `{"{"}port{"}"}` و`scale: {"{"} port: N {"}"}`، أو `scale.command` مع `{"{"}replicas{"}"}`
config-x-autoscale-horizon = `horizon` مخصص لـ `mode: hybrid` (التوسيع وفق التوقّع)
config-x-autoscale-metric-empty = المتوقع مقياس من عينات المكوّن، مثل `cpu_usage` أو `response_time_seconds` أو مقياس فحص Prometheus
config-x-autoscale-metric-state = `{ $metric }` حالة وليس مقياس حمل؛ وسّع وفق `cpu_usage` أو `memory_bytes` أو `response_time_seconds` أو مقياس فحص
config-x-autoscale-metric-unsupervised = لا يُقاس `{ $metric }` إلا لعملية يشرف عليها Guard (`process:`)
config-x-missing-key = `{ $key }` مفقود
config-x-finite-number-found = المتوقع عدد منتهٍ، والموجود { $value }
config-x-autoscale-thresholds = المتوقع أن يكون `threshold_down` ({ $down }) أدنى من `threshold_up` ({ $up })، وإلا فسيتذبذب التوسيع
config-x-autoscale-factor = المتوقع `scale_factor` أكبر من 1 (1.5 = نصف العدد زيادةً)، والموجود { $value }
config-x-comparison = المتوقع مقارنة مثل `< 0.05` أو `>= 1`، والموجود `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = لغة غير معروفة `{ $value }`، والمتوقع أحد ما يلي: { $expected }
config-x-channel-https-token = المتوقع عنوان URL يبدأ بـ https:// (لا يُسمح بـ http:// العادي إلا إلى `127.0.0.1/localhost`: فالعنوان يحمل رمزًا مميزًا)
config-x-channel-https = المتوقع عنوان URL يبدأ بـ https://
config-x-channel-headers-webhook = `headers` مخصص لقناة `webhook` عامة فقط
config-x-channel-header-name = `{ $name }` ليس اسم ترويسة HTTP صالحًا
config-x-channel-header-value = ليست قيمة ترويسة HTTP صالحة
config-x-smtp-security = أمان SMTP غير معروف `{ $value }`، والمتوقع أحد ما يلي: { $expected }
config-x-smtp-host = المتوقع اسم مضيف مرحّل SMTP
config-x-smtp-clear-text = يرسل `security: none` البريد وكلمة المرور نصًا واضحًا: لا يُسمح به إلا لمرحّل على `127.0.0.1/localhost`؛ استخدم `tls` أو `starttls`
config-x-smtp-password-user = يتطلب `password` وجود `username`
config-x-email = المتوقع عنوان بريد إلكتروني مثل `{ $example }`، والموجود `{ $value }`
config-x-email-recipients = المتوقع مستلم واحد على الأقل
config-x-channel-kind-missing = المتوقع نوع قناة واحد: { $kinds }
config-x-channel-kind-many = المتوقع نوع قناة واحد بالضبط، والموجود { $found }
config-x-severity = درجة خطورة غير معروفة `{ $value }`، والمتوقع أحد ما يلي: { $expected }
config-x-unknown-component = مكوّن غير معروف `{ $name }`
config-x-unknown-event = حدث غير معروف `{ $value }`، والمتوقع أحد ما يلي: { $expected }
config-x-channel-name = المتوقع اسم قناة غير فارغ
config-x-retry-attempts = المتوقع من { $min } إلى { $max } { $max ->
        [zero] محاولة
        [one] محاولة
        [two] محاولتين
        [few] محاولات
        [many] محاولة
       *[other] محاولة
    }
config-x-channel-duplicate = اسم القناة `{ $name }` مكرر (استخدمته القناة { $first } أولًا)

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs).
config-x-front-listen = المتوقع عنوان مثل `{ $example }`، والموجود `{ $value }`
config-x-front-loopback = لا تستمع الواجهة الأمامية إلا على عنوان الاسترجاع المحلي (`127.0.0.1` أو `::1`) ما لم تكن قيمة `{ $setting }` هي `true`، والموجود `{ $value }`
config-x-front-port-zero = المتوقع منفذ ثابت، وليس 0
config-x-front-port-taken = المنفذ { $port } للواجهة الأمامية هو المنفذ الأساسي للنسخ (`scale.port`)؛ اختر منفذًا آخر
config-x-front-balance = طريقة توزيع حمل غير معروفة `{ $value }`، والمتوقع أحد ما يلي: { $expected }
config-x-front-weight = المتوقع وزن أكبر من 0، والموجود { $value }
config-x-front-weights-count = { $count ->
        [zero] لا أوزان
        [one] وزن واحد
        [two] وزنان
        [few] { $count } أوزان
        [many] { $count } وزنًا
       *[other] { $count } وزن
    } لعدد أقصاه { $max ->
        [zero] { $max } نسخة
        [one] نسخة واحدة
        [two] نسختان
        [few] { $max } نسخ
        [many] { $max } نسخة
       *[other] { $max } نسخة
    } (`scale.max_instances`)
config-x-front-needs-instances = تحتاج الواجهة الأمامية إلى نسخ يشرف عليها الحارس: `process.command` مع `{ $placeholder }` و`{ $example }`
config-x-front-try-timeout-twice = حدِّد مهلة كل محاولة مرة واحدة: `retry.per_try_timeout` أو `try_timeout`، لا كليهما
config-x-front-failures-range = المتوقع عدد إخفاقات من { $min } إلى { $max }، والموجود { $value }
config-x-front-percent-range = المتوقع نسبة مئوية من { $min } إلى { $max }، والموجود { $value }
config-x-front-retries-range = المتوقع عدد إعادات محاولة من { $min } إلى { $max }، والموجود { $value }
config-x-front-ejection-times = `max_ejection_time` أقصر من `base_ejection_time`
config-x-front-method = المتوقع طريقة HTTP بأحرف كبيرة مثل `PUT` أو `DELETE`، والموجود `{ $value }`
config-x-front-guard-address = `{ $listen }` هو عنوان HTTP الخاص بالحارس نفسه (`{ $setting }`)
config-x-front-address-taken = الواجهة الأمامية لـ `{ $component }` تستمع بالفعل على `{ $listen }`

# A PromQL check's query, looked over before Prometheus sees it.
config-x-promql-empty = المتوقع تعبير PromQL مثل `{ $example }`
config-x-promql-unterminated = سلسلة نصية غير مغلقة تبدأ عند الحرف { $at } من الاستعلام
config-x-promql-mismatch = `{ $close }` عند الحرف { $at } من الاستعلام لا يغلق `{ $open }` الموجود عند الحرف { $open_at }
config-x-promql-unmatched = `{ $close }` عند الحرف { $at } من الاستعلام بلا قوس فتح مقابل
config-x-promql-unclosed = `{ $open }` عند الحرف { $at } من الاستعلام لا يُغلق أبدًا
