# 守护程序自身历史记录的健康状况：在无法向数据库写入样本期间打开的事件。
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = 历史记录未在写入：{ $problem }
history-problem-write-failed = 写入失败（{ $error }）
history-problem-read-only = 数据库 { $path } 为只读
history-problem-deleted = 数据库 { $path } 已被删除；在守护程序重启之前不会再写入任何内容
history-problem-replaced = 另一个文件替换了数据库 { $path }；在守护程序重启之前不会再写入任何内容
incident-history-resumed = { $dropped ->
    [0] 历史记录已恢复写入；期间保存在内存中的所有样本均已保存
    [one] 历史记录已恢复写入；期间丢弃了 1 个样本（缓冲区已满）
   *[other] 历史记录已恢复写入；期间丢弃了 { $dropped } 个样本（缓冲区已满）
}
