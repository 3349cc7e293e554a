# 其他页面：根据电子邮件地址查找设置、两份报告并排对比，以及已保存报告的简短错误页面。

## 查找您的设置

discover-title = 查找您的邮件服务器设置
discover-lead = 请输入您的电子邮件地址。maildoctor 会查询邮件应用会查找的所有地方（它的服务商列表、您的域名的 DNS 记录和 autoconfig 文件、常见的服务器名称），然后实时检查每台服务器——无需密码。
discover-error-title = 请检查地址
discover-email-label = 电子邮件地址
discover-email-hint = 例如 jo@example.com。只使用地址，不会询问密码。
discover-submit = 查找我的设置
discover-confirmed = 已找到并确认设置
discover-suggested = 建议的设置，未确认
discover-nothing = 未找到设置
discover-for = { $email }（{ $ms } 毫秒）。
discover-provider = 服务商：{ $provider }。
discover-settings = 邮件应用的设置
discover-status-confirmed = 已确认
discover-status-suggested = 建议
discover-encryption = 加密方式
discover-found-by = 来源
discover-diagnose = 用这些设置诊断
discover-disagree = 各来源说法不一
discover-notes = 值得了解
discover-advice = 该怎么做
discover-tried = 尝试过的所有候选
discover-nothing-tried = 没有找到可尝试的服务器。
discover-service = 服务
discover-outcome = 结果
discover-what-happened = 发生了什么
discover-sources = 查询过的来源
discover-source = 来源
discover-asked = 查询内容
discover-answer = 回答
username-local-part = @ 之前的部分

## 两份报告并排对比

compare-title = 两份报告并排对比
compare-reading = 差异意味着什么
compare-first-fix = 首先要解决的问题：
compare-open = 打开完整报告
compare-caption = 从两个地方看到的每个步骤
compare-stage = 步骤

## 无法显示的已保存报告

saved-not-found-title = 未找到
saved-not-found = 此报告不存在：它已被删除或已过期。请再次运行检查以获得新报告。
saved-check-link = 检查邮件服务器
saved-unavailable-title = 暂不可用
saved-unavailable = 目前无法读取已保存的报告。请一分钟后重试。
saved-deleted-title = 已删除
saved-deleted = 已保存的报告已删除。其链接不再能打开它。
