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

## Discovery: the sources' answers, the probes, notes and advice

discover-source-table = 服务商列表
discover-source-autoconfig = autoconfig
discover-source-srv = SRV 记录
discover-source-mx = MX 记录
discover-source-guess = 常用名称
discover-source-ispdb = Thunderbird 的 ISPDB
outcome-confirmed = 已确认
outcome-unencrypted = 可用，但未加密
outcome-bad-certificate = 有应答，但证书无效
outcome-failed = 失败
outcome-not-tried = 未尝试
discover-setting = { $host } 端口 { $port }（{ $security }）
discover-source-says = { $source }：{ $setting }
discover-disagreement = { $role }：{ $said }。
discover-note-unencrypted = 可用，但未加密：密码会以可读的明文传输。
discover-note-not-confirmed = 未确认（{ $outcome }）：{ $detail }
discover-note-nxdomain = { $domain } 在 DNS 中不存在：请检查地址的拼写。
discover-note-srv-not-offered = { $name } 表明不提供使用 { $security } 的 { $protocol }。
discover-note-srv-outside = { $name } 指向 { $target }，不在 { $domain } 之内：没有 DNSSEC 时，这可能是伪造的（RFC 6186 §6）；请向您的服务商确认该服务器属于他们。
discover-note-app-password = { $provider } 要求在邮件应用中使用应用专用密码，而不是您的账号密码：请开启两步验证，在账号的安全设置中创建应用专用密码，并将其用作密码。
discover-note-oauth-only = { $provider } 在邮件应用中只接受 OAuth2 登录：密码即使正确也会被拒绝。请使用会在浏览器窗口中登录您账号的邮件应用。
discover-note-oauth-only-microsoft = { $provider } 在邮件应用中只接受 OAuth2 登录：密码即使正确也会被拒绝。请使用会在浏览器窗口中登录您 Microsoft 账号的邮件应用。
discover-note-since = 自 { $since } 起适用。
discover-advice-nothing = 没有找到 { $domain } 的邮件设置：服务商列表中没有该域名，该域名没有发布 autoconfig 文件或 SRV 记录，常用的服务器名称也都没有应答。
discover-ask-provider = 请向您的邮件服务商（或管理该域名的人）询问：IMAP 或 POP 收件服务器的名称、端口和加密方式（SSL/TLS 或 STARTTLS）；发件服务器（SMTP）的名称、端口和加密方式；以及用户名是完整的电子邮件地址，还是只是 @ 之前的部分。服务商也可以发布这些设置（autoconfig 文件或 SRV 记录），让邮件应用自动找到。
discover-probe-too-many = 未尝试：候选超过 { $limit } 个。
discover-probe-port-refused = 未尝试：端口 { $port } 不是本服务检查的邮件端口。
discover-probe-out-of-time = 查找的时间已先用完。
discover-probe-unencrypted = { $protocol } 有应答，但未加密。
discover-probe-confirmed = { $protocol } 通过 { $security } 应答，证书有效。
discover-probe-bad-certificate = { $protocol } 有应答，但证书对 { $host } 无效。
discover-answer-known = 已知：{ $provider }
discover-answer-not-in-table = 不在列表中
discover-answer-nxdomain = 域名不存在（NXDOMAIN）
discover-answer-no-mx = 没有可用的 MX
discover-answer-no-address = 没有地址
discover-answer-has-address = 有地址
discover-answer-no-record = 没有记录
discover-answer-not-offered = “.”：明确表示不提供该服务
discover-answer-listed =
    { $count ->
       *[other] 列出的 { $listed } 个服务器中有 { $count } 个可用
    }
discover-answer-not-used = （未使用：之前的地址已应答）
discover-answer-snapshot =
    { $count ->
       *[other] { $provider }：{ $count } 个服务器（{ $why }）
    }
discover-answer-not-in-snapshot = 不在内置副本中（{ $why }）
discover-why-not-asked = 未查询 ISPDB 服务
discover-why-unreachable = 无法查询该服务
discover-answer-timeout = 在时间限制内没有应答
as-given = { $answer }
discover-cli-for = { $email }（{ $ms } 毫秒）
discover-cli-tried = 尝试过的所有候选：
discover-cli-diagnose = 诊断
discover-note-ispdb-oauth-only = { $provider } 在邮件应用中只接受 OAuth2 登录（“使用 Microsoft/Google 登录”）：密码即使正确也会被拒绝。请使用以这种方式登录的邮件应用。

## The comparison's reading
compare-who-user = 用户的计算机
compare-who-desk = 服务台的服务
compare-who-first = { $who }（第一份报告）
compare-who-second = { $who }（第二份报告）
compare-differ-protocol = 协议：{ $left } / { $right }
compare-differ-server = 服务器：{ $left } / { $right }
compare-differ-port = 端口：{ $left } / { $right }
compare-differ-security = 安全设置：{ $left } / { $right }
compare-differ-username = 用户名不同
compare-settings-differ = 这两份报告检查的不是同一组设置（{ $differences }）。请先比较设置：{ $right }上的应用可能只是设置得与{ $left }上的不同。
compare-same-ending = 两份报告的结果相同（{ $verdict }）：{ $who }所在的网络在这里没有影响。
compare-interception = 在{ $seen }上，服务器出示的证书（由 { $issuer } 签发）与在{ $other }上的（由 { $other_issuer } 签发）不同，而且不受信任：该网络中有东西在拦截加密连接——通常是会“扫描加密连接”的杀毒或安全软件，或公司的代理服务器。请对邮件关闭这种扫描，或将邮件服务器加入其例外列表。
compare-input = 来自{ $bad }的请求无法检查{ $why }；来自{ $good }的可以。
compare-dns = 在{ $good }上可以查到 { $host }；在{ $bad }上查不到{ $why }。那里使用的 DNS 服务器（路由器、VPN 或公司网络）不应答这个名称：请重启路由器、关闭 VPN，或换一个网络来确认。
compare-tcp = 在{ $good }上，{ $host } 在端口 { $port } 上应答；在{ $bad }上没有应答{ $why }。该网络中有东西封锁了端口 { $port }：防火墙、杀毒或安全软件，或者网络运营商。请换一个网络（例如手机热点）确认，然后允许邮件应用使用端口 { $port }，或者改用设置表中的其他端口。
compare-tls = 在{ $good }上可以与 { $host } 建立加密；在{ $bad }上失败{ $why }。该网络中有东西干扰加密连接（扫描加密连接的杀毒软件、公司代理服务器或强制登录门户）。
compare-protocol = 在{ $good }上，端口 { $port } 上应答的是邮件服务器；在{ $bad }上应答的是别的东西{ $why }。该网络中有设备或程序代替服务器应答（代理服务器、检查邮件的防火墙或强制登录门户）。
compare-auth = 两边都能连上服务器，但只有在{ $good }上能登录{ $why }。在{ $bad }上输入的用户名或密码不一样，或者服务商拒绝来自该网络或该地点的登录（请查看服务商的安全提醒）。
compare-later = 两边都能登录；但在{ $bad }上随后出现了{ $good }上没有的问题{ $why }。来自{ $bad }的报告说明了要更改什么。
compare-error-title = 无法比较
compare-need-two = 要进行比较，请提供两份已保存的报告：它们的链接（…/r/…）或 ID。
compare-missing = 其中一份报告不存在：已被删除或已过期。
compare-failed = 无法显示比较结果。

## Where a candidate came from ("Found by")
claim-table = 服务商列表：{ $provider }
claim-guess = 推测：常用名称 { $host }
claim-srv = SRV { $name }（优先级 { $priority }，权重 { $weight }）
claim-srv-outside = SRV { $name }（优先级 { $priority }，权重 { $weight }）——目标不在该域名内
claim-ispdb-snapshot = 内置的 ISPDB 副本（thunderbird/autoconfig { $commit }）：{ $id }
