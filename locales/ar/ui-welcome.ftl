# شاشة الترحيب في تطبيق سطح المكتب: أول تشغيل بلا ملف إعداد.

ui-welcome-title = مرحبًا بك في Pipeline Guard
ui-welcome-intro = يراقب Pipeline Guard خدماتك ويكتشف الأعطال ويُصلحها. اختر طريقة البدء: يتذكّر التطبيق اختيارك ويفتح لوحة المتابعة مباشرة في المرة القادمة.
ui-welcome-choices = كيف تريد أن تبدأ؟
ui-welcome-demo = تشغيل المختبر التجريبي
ui-welcome-demo-detail = ست خدمات مختبرية صغيرة، واحدة لكل منطقة، تعمل على هذا الحاسوب تحت المراقبة: تمتلئ لوحة المتابعة ببيانات حية على الفور.
ui-welcome-open = فتح ملف إعداد
ui-welcome-open-detail = اختر إعدادًا موجودًا لـ Pipeline Guard ‏(YAML) من نافذة اختيار الملفات.
ui-welcome-create = إنشاء إعداد من القالب
ui-welcome-create-detail = يكتب إعدادًا أوليًا مشروحًا يراقب هذا الحاسوب في { $path } (ويُبقي على الملف إن كان موجودًا) ثم يشغّله. عدّله لاحقًا لإضافة خدماتك.
ui-welcome-starting = جارٍ التشغيل…
ui-welcome-error-title = تعذّر التشغيل بهذا الإعداد
ui-welcome-error-file = الملف: { $file }
ui-welcome-error-hint = أصلح الملف ثم اختره مرة أخرى، أو اختر طريقة أخرى للبدء.
