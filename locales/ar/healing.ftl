# لماذا تنتظر المعالجة

heal-refusal-disabled = المعالجة معطّلة في الإعدادات
heal-refusal-paused = المعالجة متوقفة مؤقتًا
heal-refusal-maintenance = نافذة صيانة حتى { $until }
heal-refusal-cooling-down = فترة تهدئة بعد آخر معالجة حتى { $until }
heal-refusal-breaker-open = قاطع الدائرة مفتوح بعد تكرار فشل المعالجة، حتى { $until }
