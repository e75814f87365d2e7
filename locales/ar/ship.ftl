# التوزيع: واجهة الويب المضمّنة في pipeline-guard.

ship-ui-not-built-title = واجهة الويب غير مبنية
ship-ui-not-built-body = بُني pipeline-guard هذا دون واجهة الويب الخاصة به. ابنِ الواجهة باستخدام { $command } ثم أعد بناء pipeline-guard (أو شغّله مع { $flag }). تعمل واجهة البرمجة ضمن { $api } في هذه الأثناء.
