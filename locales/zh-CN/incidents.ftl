# 事件的时间线、原因和关闭原因。

## 事件为何开启

incident-reason-exit-status = 进程 { $pid } 运行 { $uptime } 后以状态 { $code } 退出
incident-reason-exit-signal = 进程 { $pid } 运行 { $uptime } 后被信号 { $signal } 终止
incident-reason-exit = 进程 { $pid } 运行 { $uptime } 后退出
incident-reason-check = 检查失败：{ $issues }
incident-reason-check-plain = 检查失败
incident-reason-memory = 常驻内存 { $used } MB 超过了 { $limit } MB 的上限
incident-reason-alert = 告警 `{ $alert }`：{ $summary }
incident-reason-alert-plain = 告警 `{ $alert }`
incident-reason-finding = 检测：{ $finding }
incident-reason-root-down = `{ $root }` 已宕机
incident-reason-still-down = 根本原因 `{ $root }` 恢复后仍处于宕机状态

## 时间线条目

incident-respawn-failed = { $exit }；监管进程将在 { $delay } 后再次启动它
incident-respawn-up = 监管进程重新启动的进程已运行并在响应
incident-respawn-not-up = 在 { $within } 内未能启动
incident-restart-skipped = 已跳过：监管进程已在以递增的等待时间重启这个反复崩溃的子进程
incident-waiting = 在第 { $step } 步（{ $strategy }）之前等待：{ $refusal }
incident-step-verified = { $detail }；已验证
incident-step-not-healthy = { $detail }；在 { $within } 内未恢复健康
incident-step-result = { $detail }
incident-dependent-up = `{ $component }` 已重新运行
incident-dependent-folded = `{ $component }` 因本事件的根本原因而宕机；其告警已并入本事件
incident-merged-duplicate = 重复检测
incident-merged-into = 已并入事件 { $incident }：根本原因 `{ $root }`
incident-alert-firing = 告警 `{ $alert }` 正在触发：{ $summary }
incident-alert-firing-plain = 告警 `{ $alert }` 正在触发
incident-alert-resolved = 告警 `{ $alert }` 已解除
incident-alert-resolved-late = 告警 `{ $alert }` 已解除；事件此前已关闭
incident-escalated-breaker = { $window } 内修复失败 { $failures } 次：断路器已打开；在半开之前不再尝试
incident-escalated-ladder = 恢复阶梯（{ $steps } 步）已用尽，`{ $component }` 仍处于宕机状态
incident-still-escalated = 仍在升级处理中：{ $reason }

## 事件如何关闭

incident-closed-check = 检查确认已恢复健康
incident-closed-manual = 手动操作后确认已恢复健康
incident-closed-respawn = 监管进程重启后确认已恢复健康
incident-closed-alone = 已自行恢复；未执行任何操作
incident-closed-step = 执行{ $step ->
        [restart] 重启
        [scale_up] 扩容
        [scale_down] 缩容
        [migrate] 迁移
        [run] 运行命令
        [webhook] 调用网络钩子
        [notify] 通知
       *[other] `{ $step }`
    }后确认已恢复健康
incident-closed-verified = 已确认恢复健康

## 合规报告中的事件摘要

incident-summary-root-cause = { $reason }（根本原因：{ $root }）
incident-summary-affected = { $summary }；同时受影响：{ $components }

## 时间线条目的类型（事件页面）

incident-kind-detected = 检测到
incident-kind-action = 操作
incident-kind-verified = 已验证
incident-kind-escalated = 已升级
incident-kind-folded = 已并入
incident-kind-note = 备注
incident-kind-closed = 已关闭
