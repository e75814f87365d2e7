# ملف الإعداد كمدخل غير موثوق: الحجم والنص وحدود YAML والملف الفارغ.

config-input-unreadable = تعذّرت قراءة الملف: { $detail }
config-input-too-large = حجم الملف أكبر من { $limit } بايت، وهو الحد الأقصى لملف الإعداد
config-input-not-utf8 = ليس ملفًا نصيًا: البايتات في هذا الموضع ليست UTF-8 صالحًا
config-input-nul = ليس ملفًا نصيًا: يحتوي على بايت صفري هنا (هل هو ملف ثنائي؟)
config-input-empty = لا يحتوي الملف على محتوى YAML (فارغ أو يضم أسطرًا فارغة وتعليقات فقط)؛ يحتاج الإعداد على الأقل إلى أحد المفاتيح { $keys }
config-input-not-mapping = يجب أن يكون المستوى الأعلى تعيينًا يضم { $keys }، لكن وُجد { $found ->
        [string] نص
        [number] رقم
        [bool] قيمة منطقية
        [list] قائمة
       *[null] قيمة فارغة
    }
config-input-too-many-aliases = أكثر من { $max } اسمًا مستعارًا (*) في إعداد واحد؛ توقف التحليل هنا
config-input-alias-nodes = ستتوسع الأسماء المستعارة إلى أكثر من { $max } عقدة (قنبلة أسماء مستعارة؟)؛ توقف التحليل هنا دون توسيعها
config-input-too-deep = تداخل يتجاوز { $max } مستوى

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = ملف YAML غير صالح: المفتاح `{ $key }` مكرر
config-input-second-document = ملف YAML غير صالح: المتوقع مستند YAML واحد، ووُجد مستند ثانٍ
config-input-alias-key = ملف YAML غير صالح: لا يمكن أن يكون الاسم المستعار (`*name`) مفتاحًا في تعيين
config-input-collection-key = ملف YAML غير صالح: المتوقع مفتاح بسيط، ووُجدت قائمة أو تعيين مستخدم مفتاحًا
