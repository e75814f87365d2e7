# 桌面应用的欢迎页面：没有配置时的首次启动。

ui-welcome-title = 欢迎使用 Pipeline Guard
ui-welcome-intro = Pipeline Guard 监控您的服务，发现问题并自动修复。请选择启动方式：应用会记住您的选择，下次启动时直接打开仪表板。
ui-welcome-choices = 您想如何开始？
ui-welcome-demo = 运行演示实验室
ui-welcome-demo-detail = 六个小型实验服务（每个区域一个）在这台计算机上受监控运行：仪表板立即显示实时数据。
ui-welcome-open = 打开配置文件
ui-welcome-open-detail = 在文件对话框中选择一个现有的 Pipeline Guard 配置（YAML）。
ui-welcome-create = 从模板创建配置
ui-welcome-create-detail = 将一份监控这台计算机、带注释的初始配置写入 { $path }（已有文件会保留），然后启动它。之后可编辑它以添加您的服务。
ui-welcome-starting = 正在启动…
ui-welcome-error-title = 无法使用此配置启动
ui-welcome-error-file = 文件：{ $file }
ui-welcome-error-hint = 请修正文件后重新选择，或选择其他启动方式。
