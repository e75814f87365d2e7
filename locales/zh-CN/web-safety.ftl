# HTTP 服务器请求检查的拒绝、报告期间上限，以及安全功能关闭时 serve 拒绝在回环地址以外监听。

http-foreign-host = 此服务器不响应主机名 { $host }(通过其他名称访问的页面可能是域名重绑定攻击)。它响应 { $allowed };如需使用其他名称,请将其添加到 { $key }。
http-cross-site-origin = 已拒绝:此请求来自页面 { $origin },在浏览器中只有 Pipeline Guard 自己的页面可以使用此地址。
http-cross-site-fetch = 已拒绝:浏览器标明此请求来自其他站点({ $header }: { $value })。
http-json-only = 已拒绝:此处的请求正文必须是 JSON({ $expected }),而不是 { $found }。
http-method-not-allowed = 此地址不允许 { $method };它接受 { $allowed }。
http-request-timeout = 请求在 { $seconds } 秒后被中止({ $key })。
report-period-too-long = 报告期间为 { $days } 天,超过单个报告可覆盖的 { $max } 天({ $key })。请拆分为更短的期间。
cli-serve-loopback-only = 拒绝在 { $addr } 上监听:安全功能关闭时,服务器只在回环地址(127.0.0.1 或 ::1)上监听,因为任何能访问它的人都会以匿名管理员身份操作。要在网络上监听,请设置 { $key } 并创建管理员账户。
