# صحة سجل الحارس نفسه: الحادثة التي يفتحها ما دام لا يستطيع كتابة العينات في قاعدة بياناته.
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = السجل لا تتم كتابته: { $problem }
history-problem-write-failed = عمليات الكتابة تفشل ({ $error })
history-problem-read-only = قاعدة البيانات { $path } للقراءة فقط
history-problem-deleted = حُذفت قاعدة البيانات { $path }؛ لن يُكتب شيء بعد الآن حتى يُعاد تشغيل الحارس
history-problem-replaced = استبدل ملف آخر قاعدة البيانات { $path }؛ لن يُكتب شيء بعد الآن حتى يُعاد تشغيل الحارس
incident-history-resumed = { $dropped ->
    [0] عادت كتابة السجل؛ حُفظت كل العينات التي احتُفظ بها في الذاكرة في أثناء ذلك
    [one] عادت كتابة السجل؛ أُسقطت عينة واحدة في أثناء ذلك (كان المخزن المؤقت ممتلئًا)
   *[other] عادت كتابة السجل؛ أُسقطت { $dropped } عينة في أثناء ذلك (كان المخزن المؤقت ممتلئًا)
}
