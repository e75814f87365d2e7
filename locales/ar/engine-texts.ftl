# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

check-timed-out = انتهت مهلة فحص { $kind } بعد { $after }
check-panicked = توقف الفحص بشكل غير متوقع: { $detail }
check-http-timed-out = انتهت مهلة الطلب { $method } إلى { $url }
check-http-unreachable = رُفض اتصال الطلب { $method } إلى { $url } أو تعذّر الوصول
check-http-error = الطلب { $method } إلى { $url }: { $detail }
check-http-status = ‏HTTP { $code } من { $url } (المتوقع { $expected })
check-http-body-missing = لا يحتوي نص الاستجابة على `{ $needle }`
check-http-slow = استجابة بطيئة: { $latency } ملي ث (الحد { $limit } ملي ث)
check-command-empty = الأمر فارغ
check-command-cannot-run = تعذّر تشغيل `{ $program }`: { $detail }
check-command-exited = انتهى `{ $program }` بالحالة { $code }: { $output }
check-command-exited-silent = انتهى `{ $program }` بالحالة { $code }
check-command-killed = أُنهي `{ $program }` بإشارة: { $output }
check-command-killed-silent = أُنهي `{ $program }` بإشارة
check-command-wait-failed = فشل انتظار `{ $program }`: { $detail }
check-process-not-running = العملية { $pid } لا تعمل
check-process-none = العملية الخاضعة للإشراف لا تعمل
check-tcp-cannot-connect = تعذّر الاتصال بـ { $addr }: { $detail }
check-scrape-read-failed = قراءة { $url }: { $detail }
check-scrape-status = ‏HTTP { $code } من { $url }
check-scrape-failed = جمع البيانات من { $url }: { $detail }
check-node-scrape-failed = جمع البيانات من { $exporter } على { $url }: { $detail }
check-metric-not-found = لم يُعثر على المقياس `{ $metric }` ذي التسميات { $labels } في { $url }
check-metric-unhealthy = { $metric } = { $value } لا يحقق { $condition }
check-node-missing = لا يصدّر { $url }: { $missing }
check-node-missing-memory = الذاكرة ({ $metrics })
check-node-missing-disk = نظام الملفات المركّب على `{ $mountpoint }` ({ $metrics })
check-promql-no-series = لم يُرجع `{ $query }` أي سلسلة
check-promql-all-nan = أعطى `{ $query }` القيمة { $nan } لكل سلسلة (نسبة بلا حركة مرور؟)
check-promql-broken = { $series } = { $value } (سليم إذا { $condition })
check-promql-pending = { $series } = { $value } (سليم إذا { $condition })، قيد الانتظار: لم يستمر بعد { $for }
check-promql-held = { $series } = { $value } (سليم إذا { $condition }) منذ { $for }
check-promql-held-labels = خالف { $series } الشرط `{ $key }` طوال { $for }
check-promql-for-failed = التحقق من `{ $key }`: { $detail }
check-issue-starting = قيد التشغيل: { $issue }
check-issue-restarting = قيد إعادة التشغيل: { $issue }
check-issue-guard-stopped = توقّف Guard
check-issue-component-removed = أُزيل المكوّن من الإعدادات
check-issue-list = { $issues }
check-issue-legacy = { $text }
notice-needs-operator = يحتاج إصلاح `{ $component }` إلى مشغّل: { $reason }
notice-cannot-start = تعذّر تشغيل `{ $program }`: { $detail }؛ ستُعاد المحاولة بعد { $delay }
process-exited-status = انتهت العملية { $pid } بالحالة { $code }
process-killed-signal = أُنهيت العملية { $pid } بالإشارة { $signal }
process-exited = انتهت العملية { $pid }

finding-anomaly = حالة شاذة في { $metric }: القيمة { $value } بدرجة { $score }
finding-predicted = ‏{ $metric } عند { $level } ويرتفع بمقدار { $slope }/ث، ويُتوقع أن يبلغ { $limit } خلال { $eta } (النطاق { $band })
finding-band-range = { $low }–{ $high }
finding-band-min = ≥ { $low }
finding-threshold = { $rule } ({ $metric } = { $value })
finding-threshold-resolved = لم يعد { $rule } متحققًا ({ $metric } = { $value })
finding-rule = { $expr }
finding-rule-held = { $expr } لمدة { $for }
finding-value-mb = { $value } MB
finding-value-ms = { $value } ملي ث
finding-value = { $value }
