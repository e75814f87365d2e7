# لماذا تنتظر المعالجة

heal-refusal-disabled = الإصلاح معطّل في الإعدادات
heal-refusal-paused = الإصلاح متوقف مؤقتًا
heal-refusal-maintenance = نافذة صيانة حتى { $until }
heal-refusal-cooling-down = فترة تهدئة بعد آخر إصلاح حتى { $until }
heal-refusal-breaker-open = قاطع الدائرة مفتوح بعد تكرار فشل الإصلاح، حتى { $until }
