# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = مكوّن غير معروف `{ $name }`
api-error-unknown-incident = حادثة غير معروفة { $id }
api-error-unknown-channel = قناة إشعارات غير معروفة `{ $name }`
api-error-bad-query = أحد معاملات الاستعلام غير صالح: { $detail }
api-error-bad-json = نص الطلب غير صالح لهذه العملية: { $detail }
api-error-bad-json-expected = نص الطلب غير صالح لهذه العملية: { $detail }؛ والمتوقع { $expected }
api-error-unknown-language = لغة غير معروفة `{ $value }`، والمتوقع أحد ما يلي: { $expected }
api-error-no-account = الأمان معطّل، لذا لا يوجد حساب مشغّل

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = المصادقة مطلوبة: أرسل `{ $header }` (احصل عليه من { $route })
api-denied-invalid = الرمز المميز تالف أو لا يمكن التحقق من توقيعه
api-denied-expired = انتهت صلاحية الرمز المميز؛ سجّل الدخول مجددًا
api-denied-revoked = أُلغي الرمز المميز
api-denied-unknown-user = حساب الرمز المميز لم يعد موجودًا أو معطّل
api-denied-forbidden = الإذن { $permission } مطلوب
api-denied-bad-credentials = اسم المستخدم أو كلمة المرور غير صحيحة
api-denied-throttled = محاولات كثيرة جدًا؛ أعد المحاولة بعد { $seconds } ث
api-denied-setup-required = الأمان مفعّل ولا يوجد حساب بعد: أنشئ المسؤول أولًا (`{ $command }`، أو { $route } من هذا الجهاز باستخدام رمز الإعداد المطبوع عند التشغيل)
api-denied-loopback-only = يُقدَّم هذا المسار لعملاء الاسترجاع المحلي فقط
api-denied-internal = خطأ داخلي؛ راجع سجل الخادم

# An account or a region named in the path that does not exist.
api-error-no-user = لا يوجد مستخدم `{ $name }`
api-error-unknown-region = منطقة غير معروفة `{ $value }`، والمتوقع أحد ما يلي: { $expected }

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = حدّد واحدًا فقط من `{ $to }` و`{ $duration }`
api-error-alertmanager-payload = تتعذّر قراءة حمولة Alertmanager: { $detail }
