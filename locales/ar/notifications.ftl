# إشعارات الحوادث وخطوات المعالجة: خطاف ويب عام وSlack وTeams والبريد الإلكتروني وتطبيق
# سطح المكتب. $detail هو سجل المعالِج نفسه.

## مستويات الخطورة والتسميات

notification-severity-info = معلومة
notification-severity-warning = تحذير
notification-severity-critical = حرج

notification-label-component = المكوّن
notification-label-severity = الخطورة
notification-label-incident = الحادثة
notification-label-strategy = خطوة الإصلاح

## أنواع الحوادث

notification-kind-down = متوقف
notification-kind-crash = انهار
notification-kind-memory-limit = تجاوز حد الذاكرة
notification-kind-memory-forecast = على وشك تجاوز حد الذاكرة
notification-kind-alert = عليه تنبيه نشط

## الأحداث

notification-incident-opened-title = الحادثة رقم { $incident }: { $component } يواجه مشكلة
notification-incident-opened-body = حالة { $component }: { $kind }: { $detail }
notification-step-started-title = إصلاح { $component }: بدأت الخطوة { $strategy }
notification-step-started-body = { $detail }
notification-step-succeeded-title = إصلاح { $component }: نجحت الخطوة { $strategy }
notification-step-succeeded-body = اكتملت خلال { $seconds } ث: { $detail }
notification-step-failed-title = إصلاح { $component }: فشلت الخطوة { $strategy }
notification-step-failed-body = فشلت بعد { $seconds } ث: { $detail }
notification-incident-escalated-title = الحادثة رقم { $incident }: { $component } يحتاج إلى مشغّل
notification-incident-escalated-body = توقف الإصلاح التلقائي: { $detail }
notification-incident-resolved-title = حُلّت الحادثة رقم { $incident }: { $component } سليم مجددًا
notification-incident-resolved-body = { $detail }

## معلومات الإرسال

notification-footer = أُرسل بواسطة Pipeline Guard
