# تسجيل الدخول وما يحق للمستخدم المسجَّل فعله (الواجهة؛ تطبيق سطح المكتب والمتصفح).
ui-session-title = تسجيل الدخول إلى Pipeline Guard
ui-session-user = اسم المستخدم
ui-session-password = كلمة المرور
ui-session-submit = دخول
ui-session-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
ui-session-signed-in = مسجَّل الدخول باسم { $user } ({ $role })
ui-session-sign-out = تسجيل الخروج
ui-session-read-only = يسمح دورك بمراقبة المختبر دون تغييره: عناصر التحكم في الإصلاح معطَّلة.
