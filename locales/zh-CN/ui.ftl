# 页面框架和检查表单（templates/base.html、templates/index.html、web::pages）。
# 称呼用“您”，用词参照 Google 和 Microsoft 的简体中文帮助。
site-skip = 跳到正文
site-tagline = 为什么我的邮件应用连不上？
site-footer = maildoctor 从这台计算机检查您指定的服务器。您的密码只用于本次检查，绝不会被保存或显示。
site-language = 语言
form-title = 检查您的邮件设置
form-lead = 请按照邮件应用中的设置原样填写。maildoctor 会一步一步连接服务器，并告诉您需要修改什么。
form-errors-title = 请检查表单
shortcuts-title = 使用的是知名邮件服务商？
shortcuts-hint = 选择您的服务商，maildoctor 会填好它的服务器。用户名和密码仍需您自己填写。
shortcut-use = 我用 { $provider }
discover-link = 不知道您的服务器？根据电子邮件地址查找。
protocol-legend = 您想检查什么？
protocol-hint = IMAP 和 POP 用于收信，SMTP 用于发信。如今大多数应用使用 IMAP。
choice-imap = 收信 — IMAP
choice-pop3 = 收信 — POP
choice-smtp = 发信 — SMTP
choice-auto = 自动
choice-tls = SSL/TLS
choice-starttls = STARTTLS
choice-none = 无（不加密）
optional = （可选）
host-label = 服务器
host-hint = 例如 imap.example.com，即邮件应用中的“收件服务器”或“发件服务器”。
port-label = 端口
port-hint = 留空表示使用常用端口。
security-label = 安全性
security-hint = 也称为“加密方式”。选择“自动”会检测服务器使用哪种方式。
username-label = 用户名
username-hint = 通常是您的完整电子邮件地址。
password-label = 密码
password-hint = 只用于本次检查，绝不会被保存或显示。留空则只检查连接。
email-label = 电子邮件地址
email-hint = 帮助 maildoctor 识别您的服务商并推荐其设置。
ticket-label = 工单编号
ticket-hint = 供服务台使用：工单或案例编号，会与保存的报告一起存放，便于以后查找。
limits-label = 同时检查连接数上限
limits-hint = 同时打开多个连接，看服务器允许多少个。需要稍长时间。
more-options = 更多选项
oauth-label = 使用 OAuth2 访问令牌代替密码
oauth-hint = 适用于通过 Microsoft 或 Google 登录的账号：由管理员工具生成的令牌。只用于本次检查，绝不会被保存或显示。
send-test-label = 发信（SMTP）：同时检查此账号能否以我的地址发信
send-test-hint = 登录后，maildoctor 会请服务器接受一个发件人和一个收件人，然后取消：不会发送任何邮件。
send-from-label = 用于检查的发件人地址
send-from-hint = 您的应用使用的“发件人”地址（如果不是您的用户名），例如别名或共享邮箱。
send-to-label = 用于检查的收件人
send-to-hint = 留空则使用发件人本身。无论如何都不会发送任何内容。
insecure-label = 即使连接未加密也发送我的密码
insecure-hint = 仅适用于您自己网络中的服务器。途中任何人都可能读取密码。
trust-label = 即使服务器证书不受信任也发送我的密码
trust-hint = 仅当您的邮件服务商告知其证书是自签名的时才使用。
submit = 检查我的设置
progress-title = 正在检查您的设置…
progress-status = 每完成一步，就会显示在这里。
stop = 停止
field-protocol-missing = 请选择 IMAP、POP 或 SMTP。
field-security-missing = 请选择一种安全设置。
field-host-missing = 请输入服务器名称，例如 imap.example.com。

## Refusals: why a check was not run (the page or the API's "detail")
refused-title = 未检查
refused-back = 返回表单
refused-rate =
    { $count ->
       *[other] 短时间内来自您的地址的检查过多。请等待 { $count } 秒后重试。
    }
refused-busy =
    { $count ->
       *[other] maildoctor 目前正在进行它所能承受的最多检查。请在 { $count } 秒后重试。
    }
refused-port = 本服务只检查邮件端口（{ $ports }）。端口 { $port } 不在其中；如需测试其他端口，请在您自己的计算机上运行 `maildoctor check`。
refused-too-long = 过长：{ $field }（`{ $name }`，最多 { $max } 个字符）。
refused-field-host = 服务器名称
refused-field-username = 用户名
refused-field-email = 电子邮件地址
refused-field-password = 密码
refused-field-oauth-token = OAuth2 令牌
refused-field-ticket = 工单号
refused-field-lang = 语言
refused-forwarded-for = 本服务前面的代理发送了无法读取的客户端地址。
refused-token = 本服务需要访问令牌。
refused-origin = 该表单是从其他网站提交的，因此没有运行。
refused-shared-down = maildoctor 无法连接到其各副本共享限额的存储，因此现在不会登录任何账号（它无法保证防止账号被锁定的单账号限额）。请在一分钟后重试，或者不填写密码，只检查连接。
api-error-too-large = 请求正文超过 64 KiB
api-error-timeout = 诊断耗时过长；请重试
api-error-not-found = 没有这个 API 端点
api-error-method = 请对 /api/v1/diagnose 使用 POST
api-error-other = 无法处理该请求
form-unreadable = 无法读取表单。请重新填写。
