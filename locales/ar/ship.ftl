# التوزيع: واجهة الويب المضمّنة في pipeline-guard.

ship-ui-not-built-title = واجهة الويب غير مبنية
ship-ui-not-built-body = بُني pipeline-guard هذا دون واجهة الويب الخاصة به. ابنِ الواجهة باستخدام { $command } ثم أعد بناء pipeline-guard (أو شغّله مع { $flag }). تعمل واجهة البرمجة ضمن { $api } في هذه الأثناء.

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = راقب خدمات خط المعالجة لديك واكتشف أعطالها وأصلحها
