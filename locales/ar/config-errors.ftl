# Problems in a config file, printed as FILE:LINE:COL: message by `validate`, `serve` and the
# desktop app (crates/engine/src/config/validate.rs). Keys, values and names from the file stay
# as written, in backquotes.

config-unknown-key-expected = حقل غير معروف `{ $key }`، والمتوقع أحد ما يلي: { $expected }
config-expected-unit = المتوقع مدة أو حجم مثل `5s` أو `100MB`
config-value-too-large = القيمة `{ $value }` كبيرة جدًا
config-unknown-duration-unit = وحدة مدة غير معروفة `{ $unit }` في `{ $value }` (القيم المقبولة: { $units })
config-unknown-size-unit = وحدة حجم غير معروفة `{ $unit }` في `{ $value }` (القيم المقبولة: { $units })
config-duration-zero = المتوقع مدة أكبر من الصفر
config-expected-top-mapping = المتوقع في المستوى الأعلى تعيين يحتوي على { $keys }
config-expected-component-list = المتوقع قائمة من المكوّنات
config-unknown-dependency = مكوّن غير معروف `{ $name }` في { $key }
config-self-dependency = لا يمكن أن يعتمد المكوّن على نفسه
config-dependency-cycle = اعتماد دائري: { $cycle }
config-unknown-standard = معيار امتثال غير معروف `{ $value }`، والمتوقع أحد ما يلي: { $expected }
config-component-name = تتكوّن أسماء المكوّنات من حروف وأرقام و`-` و`_` و`.`، والموجود: `{ $name }`
config-component-needs-check = يحتاج المكوّن إلى { $check } (أو إلى { $process } يشرف عليه Guard)
config-unknown-recovery-step = خطوة تعافٍ غير معروفة `{ $value }`، والمتوقع أحد ما يلي: { $expected }
config-unknown-value = قيمة غير معروفة `{ $value }` للمفتاح `{ $key }`، والمتوقع أحد ما يلي: { $expected }
config-expected-at-least = المتوقع { $min } على الأقل
config-expected-between = المتوقع عدد بين { $min } و{ $max }
config-expected-listen = المتوقع عنوان مثل { $example }، والموجود `{ $found }`
config-expected-argv = المتوقع قائمة وسائط غير فارغة (قائمة سلاسل نصية، وليست سطر أوامر للصدفة أبدًا)
config-expected-sla = المتوقع هدف توافر بالنسبة المئوية بين { $min } و{ $max }
config-expected-url = المتوقع عنوان URL يبدأ بـ http:// أو https://، والموجود `{ $found }`
config-expected-host-port = المتوقع { $form }، والموجود `{ $found }`
config-check-kind-missing = المتوقع نوع فحص واحد: { $kinds }
config-check-kind-many = المتوقع نوع فحص واحد بالضبط، والموجود { $found }
config-expected-port = المتوقع منفذ بين { $min } و{ $max }
config-expected-score = المتوقع عتبة للدرجة أكبر من 0 ولا تتجاوز 1
config-expected-hysteresis = المتوقع تخلّف قيمته 0 أو أكثر
