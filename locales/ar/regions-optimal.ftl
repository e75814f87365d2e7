# المنطقة الأنسب لموقع المستخدم (GET /api/regions/optimal).

region-optimal-missing-location = أدخل موقعًا: اسم دولة (مثل Germany) أو رمز ISO 3166 (مثل DE).
region-optimal-unknown-location = موقع غير معروف «{ $location }»: أدخل اسم دولة (مثل Germany) أو رمز ISO 3166 (مثل DE).
region-optimal-none-active = لا توجد منطقة مفعّلة، لذا لا يمكن لأي منطقة حفظ البيانات الشخصية لمستخدم في { $country }.
region-optimal-none-allowed = لا يجوز لأي منطقة مفعّلة حفظ البيانات الشخصية لمستخدم في { $country }: قواعد إقامة البيانات تمنع كل المناطق المفعّلة ({ $regions }).
region-optimal-reason-nearest = { $region } هي أقرب منطقة مفعّلة إلى { $country } ({ $km } كم).
region-optimal-reason-excluded = { $region } هي أقرب منطقة مفعّلة إلى { $country } ({ $km } كم) يسمح فيها { $rule } ببياناته الشخصية؛ استُبعدت مناطق أقرب: { $excluded }.
