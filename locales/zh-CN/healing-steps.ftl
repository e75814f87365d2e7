# 修复步骤的详情：步骤将要做什么以及做了什么。反引号中的名称和 argv 列表按原样显示；
# $error、$output 和 $status 是系统或命令自己的话。

heal-text = { $text }

## 监管进程的重启

step-respawn-plan = 监管进程重新启动子进程
step-respawn-pending = { $exit }；监管进程再次启动它
step-respawn-started = { $exit }；已重新启动，{ "PID" } 为 { $pid }

## restart

step-restart-rolling-plan = 滚动重启位于 { $listen } 前端之后的 `{ $component }`：依次对每个实例排空、重启并重新检查
step-restart-plan = 重启 `{ $component }`（停止 { "PID" } { $pid }，启动 { $command }）
step-restart-start-plan = 再次启动 `{ $component }`（{ $command }）
step-restart-unsupervised-plan = 无法重启 `{ $component }`：未受监管（请添加带有其重启命令的 { "`run:`" } 步骤）
step-restart-unsupervised = `{ $component }` 不受守护程序监管；请用 { "`run:`" } 步骤重启它
step-restart-done = 已重启：{ "PID" } { $old } → { $new }
step-restart-started = 已启动 { "PID" } { $pid }
step-restart-pending = 已请求重启；子进程尚未启动

## 前端之后

step-front-missing = `{ $component }` 没有前端
step-front-unknown-component = 未知组件 `{ $component }`
step-front-instance-error = 实例 { $instance }：{ $error }
step-rolling-instance = 实例 { $instance } 已在 { $waited } 毫秒内排空（处理中 { $in_flight }，剩余 { $left }）{ $note ->
    [uncovered] { "（没有其他健康实例：请求可能已失败）" }
    [timed-out] { "（排空超时）" }
   *[none] { "" }
}，已重启
step-rolling-stopped = { $done }；实例 { $instance } 未在 { $within } 内恢复健康：已停止滚动重启
step-rolling-done = 滚动重启 { $instances } 个实例：{ $done }
step-retire-uncovered = 实例 { $instance } 未停止：`{ $component }` 没有其他健康实例可以接手它的请求
step-retire-not-stopped = 实例 { $instance } 已排空但未停止：{ $error }
step-retire-done = 实例 { $instance } 已在 { $waited } 毫秒内排空（处理中 { $in_flight }），已停止
step-retire-done-timed-out = 实例 { $instance } 已在 { $waited } 毫秒内排空（处理中 { $in_flight }）（排空超时，仍有 { $left } 个在处理），已停止

## scale_up 和 scale_down

step-command-plan = 运行 { $argv }
step-scale-replicas = { $replicas } 个副本：{ $detail }
step-scale-up-full-plan = 无法扩容 `{ $component }`：已有 { $running } 个实例，上限为 { $max } 个
step-scale-up-plan = 启动 `{ $component }` 的实例 { $instance }（在下一个空闲端口上运行 { $command }）
step-scale-up-impossible-plan = 无法伸缩 `{ $component }`：其命令中没有 { "`{port}`" }，也没有 { "`scale.command`" }
step-scale-up-full = 已有 { $running } 个实例，上限为 { $max } 个
step-scale-up-no-port = 基础端口 { $port } 之后没有空闲端口
step-scale-up-started = 已在端口 { $port } 上启动实例 { $instance }
step-scale-up-max-replicas = 已达到 { $max } 个副本的上限
step-scale-up-impossible = `{ $component }` 无法伸缩：请在其命令中加入 { "`{port}`" } 并设置 { "`scale: { port: N }`" }，或提供 { "`scale.command`" }
step-scale-down-drain-plan = 通过前端排空 `{ $component }` 的实例 { $instance }，然后停止它
step-scale-down-plan = 停止 `{ $component }` 的实例 { $instance }
step-scale-down-nothing-plan = `{ $component }` 没有可缩容的实例
step-scale-down-min-instances = 已处于 { $min } 个实例的下限
step-scale-down-stopped = 已停止实例 { $instance }
step-scale-down-min-replicas = 已处于 { $min } 个副本的下限
step-scale-down-no-extra = `{ $component }` 没有可停止的额外实例

## migrate

step-migrate-no-service = `{ $component }` 没有 { "`tags.service`" }，因此没有可迁移到的对等组件
step-migrate-peer-unhealthy = { $peer } 不健康
step-migrate-peer-region-off = { $peer } 位于已停用的区域 { $region }
step-migrate-peer-same-region = `{ $peer }` 位于同一区域（{ $region }）
step-migrate-peer-residency = `{ $peer }` 位于 { $region }：{ $rule } 禁止将这些数据（{ $category }）移出 { $from }
step-migrate-no-peer = 服务 `{ $service }` 没有可以接管的健康对等组件（{ $refused }）
step-migrate-plan = 将 `{ $component }` 迁移到 `{ $target }`
step-migrate-impossible-plan = 无法迁移：{ $why }
step-migrate-done = `{ $component }` 的流量已迁移到 `{ $target }`

## notify

step-notify-plan = 为 `{ $component }` 记录一条通知（不做更改）
step-notify-done = 已就 `{ $component }` 通知运维人员

## run

step-run-plan = 运行 { $argv }（超时 { $timeout }）
step-run-empty = { "argv" } 为空
step-run-cannot-start = 无法启动 { $program }：{ $error }
step-run-exited-ok = { $program } 以 0 退出
step-run-exited = { $program } 以 { $status } 退出：{ $output }
step-run-error = { $program }：{ $error }
step-run-timeout = { $program } 未在 { $timeout } 内完成；已强制终止

## webhook

step-webhook-plan = 将事件以 JSON 格式 { "POST" } 到 { $url }
step-webhook-answered-attempt = { $url } 返回 { $status }（第 { $attempt } 次尝试）
step-webhook-answered = { $url } 返回 { $status }
step-webhook-error = { $url }：{ $error }
step-webhook-gave-up = { $last }（已尝试 { $attempts } 次）
