# 登录以及已登录用户可以执行的操作（界面；桌面应用和浏览器）。
ui-session-title = 登录 Pipeline Guard
ui-session-user = 用户名
ui-session-password = 密码
ui-session-submit = 登录
ui-session-failed = 用户名或密码错误。
ui-session-signed-in = 已登录：{ $user }（{ $role }）
ui-session-sign-out = 退出登录
ui-session-read-only = 您的角色只能查看实验环境，不能更改：自愈控制已停用。
