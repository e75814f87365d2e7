# التوافر (crates/engine/src/availability.rs): الرقم نفسه في صفحة المكوّن والنظرة العامة
# وقائمة المكوّنات والتقارير.
availability-label = التوافر
availability-detail = { $outages ->
    [0] لا انقطاع خلال آخر { $days } يومًا
    [one] انقطاع واحد، { $down } خارج الخدمة، خلال آخر { $days } يومًا
    [two] انقطاعان، { $down } خارج الخدمة، خلال آخر { $days } يومًا
    [zero] لا انقطاع خلال آخر { $days } يومًا
    [few] { $outages } انقطاعات، { $down } خارج الخدمة، خلال آخر { $days } يومًا
    [many] { $outages } انقطاعًا، { $down } خارج الخدمة، خلال آخر { $days } يومًا
   *[other] { $outages } انقطاع، { $down } خارج الخدمة، خلال آخر { $days } يومًا
}
availability-overview-hint = المكوّنات المعروضة، مرجّحًا بالزمن، آخر { $days } يومًا
availability-no-data = لا توجد بيانات بعد
report-col-downtime = مدة الانقطاع
report-col-outages = الانقطاعات
