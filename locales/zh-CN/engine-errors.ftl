# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = 内部错误；请查看日志
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }`：{ $problem }
api-error-unknown-value = 未知的值 `{ $value }`，应为以下之一：{ $expected }
api-error-empty-name = `{ $param }`：组件名称为空（应为 `{ $example }` 的形式）
api-error-unix-time = `{ $param }`（{ $value }）必须是 0 到 { $max } 之间的 `Unix` 时间（秒）
api-error-step-min = `{ $param }`（{ $value }）至少应为 1 秒
api-error-to-before-from = `to`（{ $to }）必须晚于 `from`（{ $from }）
api-error-to-not-before-from = `to`（{ $to }）不能早于 `from`（{ $from }）
api-error-too-many-buckets = 区间过多（超过 { $max } 个）：请增大 `{ $param }`
api-error-param-range = `{ $param }`（{ $value }）必须在 { $min } 到 { $max } 之间
api-error-param-negative = `{ $param }`（{ $value }）不能为负数
api-error-already-acknowledged = 事件 { $id } 已由 `{ $by }` 确认
api-error-not-assignable = `{ $name }` 不是可分配事件的账户；应为以下之一：{ $expected }
api-error-note-empty = 备注需要一些文字
api-error-note-too-long = 备注最多 { $max } 个字符；这条有 { $count } 个
api-error-no-step = `{ $name }` 的恢复阶梯中没有 `{ $step }` 步骤
api-error-maintenance-order = 维护窗口必须在开始之后结束
api-error-no-autoscale = `{ $name }` 在配置中没有 `autoscale:` 块
api-error-not-promql = `{ $name }` 的检查是 `{ $kind }`，不是 `promql`
api-error-promql-range = 应满足 `from` < `to`，且 `step` 大于零
api-error-too-many-points = 每个序列 { $count } 个点，超过了 { $max } 个：请使用更大的 `step`
api-error-file = { $file }：{ $detail }
api-error-cooldown-range = 应为 0 到 { $max } 毫秒（一天），实际为 { $value } 毫秒
api-error-rules-empty = 至少需要一条规则
api-error-rule-metric = `{ $metric }` 不是此自动扩缩容配置中的指标；应为以下之一：{ $expected }
api-error-not-negative = 应为 0 或更大，实际为 { $value }
api-error-ladder-empty = 恢复阶梯至少需要一个步骤
api-error-ladder-no-step = `{ $name }` 已配置的阶梯中没有 `{ $step }` 步骤（API 按名称指定步骤，从不接受 `argv` 或 URL）
api-error-unknown-step = 未知的恢复步骤 `{ $value }`，应为以下之一：{ $expected }
api-error-unknown-standard = 未知的标准 `{ $value }`，应为以下若干项：{ $expected }
api-error-no-standard = 至少需要一个标准
api-error-last-region = 区域 `{ $region }` 无法停用：它是最后一个活动区域
api-error-stored-change = 无法读取已保存的更改：{ $detail }

# Building a compliance report (crates/report).
report-error-empty-period = 时间段为空：`{ $to_name }`（{ $to }）必须晚于 `{ $from_name }`（{ $from }）
report-error-no-database = { $file }：没有这个数据库
report-error-internal = 无法生成报告；请查看日志

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = 没有与您的操作系统用户 `{ $user }` 同名的 Pipeline Guard 账户；管理员可以用 `{ $command }` 创建它
app-error-undeclared-command = 命令 `{ $command }` 没有声明权限（请把它的行加入 `{ $table }`）
app-error-not-public-command = 命令 `{ $command }` 不是 `{ $table }` 中的公开命令
app-error-engine-running = 引擎已在运行：请重启应用以选择其他配置
app-error-internal = 内部错误：{ $detail }
app-error-no-downloads = 没有下载文件夹：请设置 `{ $var }` 或 `{ $home }`（或 `{ $file }` 中的 `{ $xdg }`）
app-error-save-report = 无法把报告保存到 { $dir }：{ $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = 应用无法运行此命令：{ $detail }
