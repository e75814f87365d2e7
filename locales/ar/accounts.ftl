# الحسابات والمفاتيح من الطرفية (المسألة 15).
cli-user-unlocked = أُزيلت مهلة تسجيل الدخول عن { $name } ({ $sources ->
    [zero] لا مصادر
    [one] مصدر واحد
    [two] مصدران
    [few] { $sources } مصادر
    [many] { $sources } مصدرًا
   *[other] { $sources } مصدر
})؛ وعاد عدّاد الإخفاقات إلى الصفر.
cli-key-signing-rotated = جرى تدوير مفتاح توقيع JWT؛ تبقى الرموز الموقّعة بالمفتاح القديم صالحة حتى تنتهي صلاحيتها، في موعد أقصاه { $until } بالتوقيت العالمي.
cli-key-signing-from-config = يأتي مفتاح توقيع JWT من الإعدادات (security.secret_key أو PIPELINE_SECRET_KEY)؛ غيّره هناك لتدويره.
cli-key-data-rotated = جرى تدوير مفتاح تشفير البيانات؛ وأُعيد تشفير { $values } من القيم.
cli-key-data-from-config = يأتي مفتاح تشفير البيانات من عبارة المرور في الإعدادات (security.encryption_key)؛ غيّرها هناك لتدويره.
