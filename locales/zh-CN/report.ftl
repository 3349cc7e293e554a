# 报告的阅读形式：页面、命令行文本、工单摘要和概括报告的句子。服务器原话、代码、主机名和数字原样填入，不翻译。

## 结论和概括报告的句子

verdict-ok = 未发现问题
verdict-warning = 可以使用，但有需要修改的地方
verdict-error = 目前还无法使用
summary-ok = { $what }：未发现问题。
summary-warning = { $what }可以使用，但：{ $title }。
summary-error = { $what }无法使用：{ $title }。
summary-other = { $what }：请查看检查结果。
summary-no-target = 本次检查
target-auto = { $host } 端口 { $port } 上的 { $protocol }（自动检测安全性）
target-plain = { $host } 端口 { $port } 上的 { $protocol }（不加密）
target-secure = { $host } 端口 { $port } 上的 { $protocol }（使用 { $security }）

## 时间线中各步骤的名称

stage-input = 检查填写的内容
stage-dns = 查找服务器名称
stage-tcp = 连接服务器
stage-tls = 加密连接
stage-protocol = 与邮件服务通信
stage-auth = 登录
stage-mailbox = 查看邮箱
stage-limits = 测试连接数上限
status-pass = 完成
status-warn = 警告
status-fail = 失败
status-skip = 已跳过
severity-error = 错误
severity-warning = 警告
severity-info = 提示

## 页面各部分

report-provider = 服务商：{ $provider }
report-fix-first = 首先要解决的问题
report-also-found = 其他发现
report-findings = 检查结果
report-other-findings = 其他检查结果
report-code = 代码：
report-evidence = 依据：
report-timeline = maildoctor 做了什么
report-stages = 步骤
report-total-time = 总用时：{ $ms } 毫秒
report-server-software = 服务器软件：{ $software }
report-send = 发送给您的服务台
report-copy-ticket = 复制工单摘要
report-download-json = 下载 JSON
report-ticket-summary = 工单摘要（纯文本）
report-technical = 技术细节
report-again = 检查其他设置
report-ticket = 工单：{ $ticket }

## 应该可用的设置

settings-title = 应该可用的设置
settings-lead = 请将这些填入邮件应用的账号设置中。
settings-verified = 刚刚验证可用
settings-also-suggested = 其他建议（未验证）
settings-suggested = 建议（未验证）
role-imap = 收件服务器（IMAP）
role-pop3 = 收件服务器（POP）
role-smtp = 发件服务器（SMTP）
settings-server = 服务器
settings-requires-ssl = 需要 SSL
settings-port = 端口
settings-requires-sign-in = 需要登录
settings-username = 用户名
settings-password = 密码
settings-password-yours = 您的密码
settings-password-or-app = 您的密码（如果服务商要求，则为应用专用密码）
settings-found-from = 来源
settings-note = 备注
settings-check-sign-in = 用这些设置检查登录
settings-yes-with = 是（{ $security }）
settings-yes = 是
settings-no = 否
username-full-address = 您的完整电子邮件地址
username-unchanged = 不变（即您现在使用的用户名）
username-not-tried = 不变（此处未尝试登录）
checked-verified-in = 已验证：{ $ms } 毫秒内响应
checked-verified = 已验证
checked-not-verified = 未验证

## 技术细节

cert-title = 证书
cert-subject = 主题
cert-names = 覆盖的名称
cert-none = （无）
cert-issuer = 颁发者
cert-valid-from = 生效日期
cert-valid-until = 到期日期
cert-days-left =
    { $count ->
       *[other] 还剩 { $count } 天
    }
cert-key = 密钥
cert-connection = 连接
cert-chain = 服务器发送的证书链
cert-issued-by = 颁发者为
cert-until = 有效期至
alternatives-title = 尝试过的其他设置
alternatives-settings = 设置
alternatives-result = 结果
alternatives-time = 用时
alternatives-found-from = 来源
alternatives-summary =
    { $count ->
       *[other] 在 { $ms } 毫秒内尝试了 { $count } 组其他设置（未登录），其中 { $verified } 组验证可用。
    }
transcript-title =
    { $count ->
       *[other] 与服务器的对话（{ $count } 行）
    }
transcript-empty = 没有对话：maildoctor 未能连接到邮件服务。
transcript-caption = 发送和接收的每一行，以及从开始算起的时间
transcript-who = 谁
transcript-time = 时间
transcript-line = 内容
who-client = maildoctor 发送
who-server = 服务器回复
who-note = 备注
request-title = 提交的请求
request-protocol = 协议
request-server = 服务器
request-port = 端口
request-security = 安全性
request-username = 用户名
request-password = 密码
request-email = 电子邮件地址
request-options = 选项
request-none = （无）
request-standard-port = （默认）
request-automatic = 自动
request-no-security = 无
request-password-given = 已提供（不显示）
request-password-not-given = 未提供
option-test-limits = 测试连接数上限
option-insecure-auth = 在未加密的连接上发送密码
option-trust-certificate = 不顾证书问题发送密码

## 分享已保存的报告

share-failed = 此报告无法保存（报告存储目前不可用），因此没有可分享的链接。它只显示在这里。
share-title = 分享此报告
share-saved-for =
    { $count ->
       *[other] 已保存 { $count } 天，地址为
    }
share-saved-hint = 请把这个链接复制到工单中；任何拥有链接的人都可以打开报告（报告中不含密码）。
share-copy = 复制链接
compare-label = 与同一服务器的另一份报告对比（例如在用户自己的计算机上运行的报告）
compare-hint = 粘贴其链接或 ID。
compare-submit = 并排对比
share-delete = 删除已保存的报告
vantage-service = 在服务台的服务上运行
vantage-user = 在用户自己的计算机上运行（maildoctor { $version }）

## 工单摘要和命令行

ticket-heading = maildoctor 报告（{ $started }）
ticket-checked = 已检查：{ $host } 上的 { $protocol }（{ $port }）
ticket-standard-port = 默认端口
ticket-request-id = 请求 ID：{ $id }
ticket-saved = 已保存的报告：{ $link }
cli-port = 端口 { $port }
cli-username = 用户名：{ $username }
cli-found-from = 来源：{ $from }

## 实时页面的脚本（static/app.js 从页面读取这些文字；占位符由脚本填入）

js-copied = 已复制。请粘贴到您的工单或电子邮件中。
js-copy-failed = 复制失败：请打开“工单摘要”并手动复制文字。
js-no-server = { $provider } 没有 { $protocol } 服务器。
js-filled = 已填入 { $provider } 的 { $protocol } 服务器：{ $host }，端口 { $port }。
js-progress = 每完成一步，就会显示在这里。
js-next = 正在进行下一步…
js-start-failed = 检查无法开始（{ $status }）。
js-ended-early = 与 maildoctor 的连接过早结束。请重试。
js-not-finished = 检查未完成。请重试。

## The alternatives tried after a failure
alternatives-too-many = 未尝试：其他设置超过 { $limit } 组。
alternatives-no-answer = 在分配给其他设置的 { $ms } 毫秒内没有应答。
alternatives-stopped = 已停止：另一组设置已经可用。
origin-provider = 服务商
origin-srv = SRV 记录
origin-autoconfig = autoconfig
origin-same-port = 相同端口
origin-standard-port = 标准端口
origin-certificate = 证书
origin-finding = 检查结果
settings-note-port-25 = 端口 25 只是发信的最后手段：大多数家庭和移动网络都封锁该端口发信。如果 465 或 587 可用，请改用它们。
settings-note-sign-in = 登录方式：{ $how }。
settings-note-tried = 刚刚尝试：
signin-password = 密码
signin-app-password = 应用专用密码（或 OAuth2）
signin-oauth2-only = 仅 OAuth2
settings-sign-in-note = maildoctor 检查这些设置时没有登录：它建立了连接、完成了加密、检查了证书并读取了问候语。它只会用您提供的设置登录。
# What exactly an origin was (the JSON's sources[].detail).
origin-detail-provider = { $provider } 公布的 { $protocol } 服务器
origin-detail-finding = 某项检查结果指出的修正
origin-detail-certificate = 证书涵盖的名称：{ $name }
origin-detail-same-port = 相同端口 { $port }，使用 { $security }
origin-detail-standard-port = { $protocol } 的标准端口，使用 { $security }
origin-detail-port-25 = 端口 25，发信的最后手段（在家庭网络中通常被封锁）
