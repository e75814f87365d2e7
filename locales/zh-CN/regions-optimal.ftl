# 用户所在地的最佳区域 (GET /api/regions/optimal)。

region-optimal-missing-location = 请输入所在地：英文国家名称或两位国家代码。
region-optimal-unknown-location = 未知的所在地“{ $location }”：请输入英文国家名称或两位国家代码。
region-optimal-none-active = 没有已启用的区域，因此没有区域可以保存 { $country } 用户的个人数据。
region-optimal-none-allowed = 没有已启用的区域可以保存 { $country } 用户的个人数据：数据驻留规则禁止所有已启用的区域（{ $regions }）。
region-optimal-reason-nearest = { $region } 是距离 { $country } 最近的已启用区域（{ $km } 公里）。
region-optimal-reason-excluded = { $region } 是距离 { $country } 最近、且 { $rule } 允许存放其个人数据的已启用区域（{ $km } 公里）；已排除更近的区域：{ $excluded }。
