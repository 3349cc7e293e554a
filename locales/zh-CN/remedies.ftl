# 补救措施目录（简体中文）：每个检查结果的标题、说明和步骤，已知服务商有其专门步骤。
# 称呼用“您”；QQ 邮箱和网易邮箱的应用密码称为“授权码”。

## input: what was typed

finding-input-invalid_host = 服务器名称无效
    .explanation = 服务器名称为空、过长，或包含服务器名称不能有的字符，例如空格、斜杠或开头的“http://”。由于没有可以查找的服务器，因此无法进行任何测试。
    .step-1 = 检查服务器名称中是否有拼写错误、空格和多余的字符；下方显示了发现的问题。
    .step-2 = 删除所有不属于名称本身的内容，例如“http://”、“https://”、斜杠或名称后面的路径。
    .step-3 = 在服务商的帮助页面或创建账号时收到的欢迎邮件中查找收件服务器名称；它通常以“imap.”、“pop.”或“mail.”开头。
    .step-4 = 重新输入名称，然后再次运行测试。

finding-input-invalid_port = 端口不是有效的数字
    .explanation = 端口必须是 1 到 65535 之间的整数。输入的值不是，因此无法进行任何测试。
    .step-1 = 检查端口是否有输入错误；下方显示了输入的值。
    .step-2 = 使用您所设置的服务器类型的常用端口：IMAP 用 993，POP 用 995，发信（SMTP）用 465 或 587。
    .step-3 = 如果不确定，请将端口留空，系统会使用所选安全方式的常用端口。

finding-input-invalid_username = 用户名中包含换行
    .explanation = 用户名（或电子邮件地址）中含有换行或其他不可见的控制字符，通常是从文档或邮件中复制时带入的。任何邮件应用都无法用它登录，因此没有向服务器发送任何内容。
    .step-1 = 请手动重新输入用户名，不要粘贴。
    .step-2 = 确保它在一行内，前后没有空格或换行。
    .step-3 = 再次运行测试。

finding-input-email_as_server = 服务器名称处填写了电子邮件地址
    .explanation = 服务器名称字段中填写的是电子邮件地址。您的地址应填在用户名字段中；服务器名称是服务商邮件服务器的名称，例如 imap.example.com。
    .step-1 = 将电子邮件地址移到邮件应用的用户名字段中。
    .step-2 = 在服务器字段中改填服务商收件服务器的名称；如果已识别出服务商，正确的名称就在下方的建议设置中。
    .step-3 = 如果没有显示建议，请在服务商的帮助页面中查找服务器名称。
    .gmail-step-1 = 将您的 Gmail 地址移到邮件应用的用户名字段中。
    .gmail-step-2 = 在服务器字段中填写 imap.gmail.com（IMAP）或 pop.gmail.com（POP），使用 SSL/TLS 和端口 993（IMAP）或 995（POP）。
    .gmail-step-3 = 发信请使用 smtp.gmail.com，搭配 SSL/TLS 和端口 465，或 STARTTLS 和端口 587。
    .outlook-step-1 = 将您的 Outlook.com 地址移到邮件应用的用户名字段中。
    .outlook-step-2 = 在服务器字段中填写 outlook.office365.com，IMAP 使用 SSL/TLS 和端口 993，POP 使用端口 995。
    .outlook-step-3 = 发信请使用 smtp-mail.outlook.com，搭配 STARTTLS 和端口 587。
    .outlook-step-4 = 在邮件应用中选择 Microsoft 登录（OAuth）：Outlook.com 已不再接受邮件应用使用密码登录。
    .yahoo-step-1 = 将您的 Yahoo 地址移到邮件应用的用户名字段中。
    .yahoo-step-2 = 在服务器字段中填写 imap.mail.yahoo.com（IMAP）或 pop.mail.yahoo.com（POP），使用 SSL/TLS 和端口 993（IMAP）或 995（POP）。
    .yahoo-step-3 = 发信请使用 smtp.mail.yahoo.com，搭配 SSL/TLS 和端口 465。
    .yahoo-step-4 = 密码请使用 Yahoo 应用专用密码，而不是您的普通密码。
    .icloud-step-1 = 将 iCloud 地址中 @ 之前的部分移到邮件应用的用户名字段中；如果被拒绝，请改用完整地址。
    .icloud-step-2 = 在服务器字段中填写 imap.mail.me.com，使用 SSL/TLS 和端口 993；iCloud 邮件没有 POP 服务器。
    .icloud-step-3 = 发信请使用 smtp.mail.me.com，搭配 STARTTLS 和端口 587，并以完整地址作为用户名。
    .icloud-step-4 = 请使用 Apple 账户中的 App 专用密码，而不是您的普通密码。

finding-input-webmail_host = 这是网站地址，不是邮件服务器
    .explanation = 输入的名称是服务商网站或网页邮箱的地址，需要在浏览器中打开。邮件应用需要的是服务商邮件服务器的名称，两者并不相同。
    .step-1 = 将服务器名称替换为下方建议设置中显示的服务商邮件服务器名称。
    .step-2 = 保留旁边显示的安全方式和端口；它们是配套的。
    .step-3 = 如果没有显示建议，请在服务商的帮助页面中查找邮件服务器名称。
    .gmail-step-1 = 将服务器名称替换为 imap.gmail.com（IMAP）或 pop.gmail.com（POP）。
    .gmail-step-2 = IMAP 选择 SSL/TLS 和端口 993，POP 选择端口 995。
    .gmail-step-3 = 发信请使用 smtp.gmail.com，搭配 SSL/TLS 和端口 465，或 STARTTLS 和端口 587。
    .outlook-step-1 = 将服务器名称替换为 outlook.office365.com。
    .outlook-step-2 = IMAP 选择 SSL/TLS 和端口 993，POP 选择端口 995。
    .outlook-step-3 = 发信请使用 smtp-mail.outlook.com，搭配 STARTTLS 和端口 587。
    .outlook-step-4 = 在邮件应用中选择 Microsoft 登录（OAuth）：Outlook.com 已不再接受邮件应用使用密码登录。
    .yahoo-step-1 = 将服务器名称替换为 imap.mail.yahoo.com（IMAP）或 pop.mail.yahoo.com（POP）。
    .yahoo-step-2 = IMAP 选择 SSL/TLS 和端口 993，POP 选择端口 995。
    .yahoo-step-3 = 发信请使用 smtp.mail.yahoo.com，搭配 SSL/TLS 和端口 465。
    .icloud-step-1 = 将服务器名称替换为 imap.mail.me.com；iCloud 邮件没有 POP 服务器。
    .icloud-step-2 = 选择 SSL/TLS 和端口 993。
    .icloud-step-3 = 发信请使用 smtp.mail.me.com，搭配 STARTTLS 和端口 587。

finding-input-protocol_port_mismatch = 此端口属于另一种邮件服务器
    .explanation = 每种邮件服务器都有自己的端口：IMAP 使用 993 或 143，POP 使用 995 或 110，发信（SMTP）使用 465、587 或 25。所选端口属于另一种服务器，而不是您正在设置的那种，因此很可能会由错误的服务应答。
    .step-1 = 确认您要设置的是 IMAP、POP 还是发信（SMTP）；下方显示了该端口的常见用途。
    .step-2 = 将端口改为下方显示的常用端口，并搭配相应的安全方式：993、995 和 465 用 SSL/TLS，143、110 和 587 用 STARTTLS。
    .step-3 = 使用更正后的端口再次运行测试。
    .icloud-explanation = 所选端口属于另一种邮件服务器。iCloud 邮件只使用两个端口：收信（IMAP）用端口 993（没有 POP），发信用端口 587。
    .icloud-step-1 = 收信请将账号设置为 IMAP，使用 imap.mail.me.com、SSL/TLS 和端口 993；iCloud 邮件没有 POP 服务器。
    .icloud-step-2 = 发信请使用 smtp.mail.me.com，搭配 STARTTLS 和端口 587。
    .icloud-step-3 = 使用这些设置再次运行测试。

finding-input-host_protocol_mismatch = 服务器名称属于另一种邮件服务器
    .explanation = 服务器名称以表示服务器类型的词开头，例如 POP 用“pop.”、IMAP 用“imap.”、发信用“smtp.”，它与您正在设置的类型不符。许多服务商把这些服务放在不同的机器上，因此错误的服务器可能不应答，或以错误的方式应答。
    .step-1 = 确认您要设置的是 IMAP、POP 还是发信（SMTP）。
    .step-2 = 使用下方显示为建议主机的服务器名称，或在服务商的帮助页面中查找正确的名称。
    .step-3 = 使用更正后的名称再次运行测试。
    .icloud-explanation = 服务器名称与您正在设置的服务器类型不符。iCloud 邮件只有一台收件服务器（仅支持 IMAP，没有 POP）和一台发件服务器。
    .icloud-step-1 = 收信请将账号设置为 IMAP，使用 imap.mail.me.com、SSL/TLS 和端口 993；iCloud 邮件没有 POP 服务器。
    .icloud-step-2 = 发信请使用 smtp.mail.me.com，搭配 STARTTLS 和端口 587。
    .icloud-step-3 = 使用这些设置再次运行测试。

finding-input-security_port_mismatch = 安全设置与此端口不匹配
    .explanation = 端口 993、995 和 465 从第一个字节起就要求 SSL/TLS，而端口 143、110 和 587 先以明文开始，再通过 STARTTLS 切换到加密。所选的安全方式正好是另一种，因此连接很可能会卡住或失败。
    .step-1 = 如果您在端口 143、110 或 587 上选择了 SSL/TLS：保留 SSL/TLS，并将端口改为 993（IMAP）、995（POP）或 465（SMTP）。
    .step-2 = 如果您在端口 993、995 或 465 上选择了 STARTTLS 或不加密：保留端口，改选 SSL/TLS。
    .step-3 = 使用下方建议设置中显示的设置再次运行测试。


## dns: finding the server's address

finding-dns-nxdomain = 服务器名称不存在
    .explanation = 互联网的域名系统（DNS）表示不存在这个名称的服务器。这几乎总是拼写错误，或者服务器名称是根据电子邮件地址猜出来的，而不是查到的。
    .step-1 = 逐个字母检查服务器名称是否有拼写错误。
    .step-2 = 在服务商的帮助页面中查找确切的收件服务器名称；不要根据电子邮件地址去猜。
    .step-3 = 如果名称属于您自己的域名，请让域名管理者在 DNS 记录中添加邮件服务器的名称。

finding-dns-no_address = 服务器名称存在，但没有指向任何地址
    .explanation = DNS 知道这个名称，但它没有互联网地址，因此无处可连。当域名存在、但下面没有设置邮件服务器名称，或者只配置了网站或收信路由（MX）时，就会出现这种情况。
    .step-1 = 确认您填写的是邮件服务器名称，而不只是您的域名。
    .step-2 = 在服务商的帮助页面中查找确切的收件服务器名称。
    .step-3 = 如果您管理该域名：为此名称添加指向邮件服务器的地址记录（IPv4 用 A，IPv6 用 AAAA）。

finding-dns-servfail = 域名服务器无法查找此名称
    .explanation = 被查询的 DNS 服务器出错或拒绝回答。这通常说明该域名的 DNS 设置有问题（例如 DNSSEC 错误或域名服务器宕机），而不是您的邮件应用有问题。
    .step-1 = 等待几分钟后再次运行测试；短暂的 DNS 故障很常见。
    .step-2 = 检查服务器名称的拼写是否正确。
    .step-3 = 如果一直失败，请告知域名管理者其域名服务器没有回答；他们可以用 DNS 测试工具检查该域名。

finding-dns-timeout = 查找服务器名称用时过长
    .explanation = 没有 DNS 服务器及时回答，因此服务器的地址未知。该域名的域名服务器可能已宕机或无法访问，也可能测试所用的网络屏蔽了 DNS。
    .step-1 = 几分钟后再次运行测试。
    .step-2 = 检查服务器名称的拼写是否正确。
    .step-3 = 如果一直失败，请告知域名管理者其域名服务器没有回答。

finding-dns-blocked_address = 服务器名称指向 maildoctor 不会测试的地址
    .explanation = 此名称的所有地址都是私有、本地或其他保留地址，例如家庭网络、本机或云服务的内部地址。为了安全，除非设置为允许，maildoctor 不会连接此类地址。
    .step-1 = 确认您填写的是邮件服务器的公开名称，而不是内部或本地名称。
    .step-2 = 如果您管理该域名：确保此名称的公开 DNS 记录指向服务器的公网地址。
    .step-3 = 如果您为测试私有服务器的服务台运行 maildoctor：用 --allow-private 启动它，或将该私有地址段加入允许列表。

finding-dns-did_you_mean = 服务器名称看起来有拼写错误
    .explanation = 此名称与某个知名服务商的邮件服务器名称只差一两个字母，很可能是拼写错误。
    .step-1 = 将您输入的名称与下方显示的建议名称进行比较。
    .step-2 = 如果建议名称正是您要找的服务器，请使用它并再次运行测试。

finding-dns-provider_lookup_failed = 此网络的 DNS 查不到一个知名邮件服务器
    .explanation = 服务器名称属于一家知名服务商的邮件服务器，它肯定存在，但被查询的 DNS 服务器却说它不存在、没有回答，或给出了不可能属于该服务商的地址。这说明问题出在测试所用网络的 DNS，例如过滤或家长控制服务、Wi-Fi 登录页面或有故障的路由器，而不是拼写错误。
    .step-1 = 在另一个网络上试试您的邮件应用，例如改用手机的移动数据而不是 Wi-Fi，看看在那里是否正常。
    .step-2 = 如果您在酒店、咖啡馆、机场等使用公共 Wi-Fi，请先打开任意网页并完成登录页面，然后再试。
    .step-3 = 重启路由器，或将设备改用其他 DNS 服务器，例如您的互联网服务商的 DNS，或 1.1.1.1、9.9.9.9 等公共 DNS。
    .step-4 = 在公司或学校的网络中，请询问 IT 部门其 DNS 过滤是否屏蔽了此邮件服务；下方列出了被查询的 DNS 服务器。


## tcp: reaching the server

finding-tcp-refused = 服务器拒绝了连接
    .explanation = 已联系到服务器，但此端口上没有程序接受连接。通常是这台服务器的端口不对，或者其上的邮件服务已停止；有时服务器会在多次登录失败后暂时封锁某个地址。
    .step-1 = 检查端口：按照服务商帮助页面的说明，IMAP 用 993，POP 用 995，发信用 465 或 587。
    .step-2 = 确认服务器名称是邮件服务器，而不是同一服务商的其他机器。
    .step-3 = 如果您管理该服务器：检查邮件服务是否正在运行并监听此端口。
    .step-4 = 如果同样的设置以前可以使用，请等待一小时：服务器可能因多次登录失败而封锁了您的地址。

finding-tcp-timeout = 服务器没有及时应答
    .explanation = 连接尝试完全没有得到回应。很可能是途中的防火墙丢弃了它、服务器已宕机，或者端口被悄悄关闭了。
    .step-1 = 换一个网络再试，例如手机的移动数据：有些网络、酒店和公司会屏蔽邮件端口。
    .step-2 = 检查端口：IMAP 用 993，POP 用 995，发信用 465 或 587。
    .step-3 = 如果您管理该服务器：检查防火墙是否允许此端口的连接，以及服务器是否在运行。

finding-tcp-unreachable = 从这里无法访问服务器
    .explanation = 网络报告没有通往服务器的路由。服务器所在的网络可能已中断，或者该地址无法从互联网访问。
    .step-1 = 几分钟后再次运行测试。
    .step-2 = 确认服务器名称是邮件服务器的公开名称。
    .step-3 = 如果您管理该服务器：检查其网络连接以及其公网地址是否可路由。

finding-tcp-partial = 服务器的部分地址无法使用
    .explanation = 服务器名称有多个地址，通常一个 IPv6 和一个 IPv4，其中只有部分地址接受连接。先尝试故障地址的邮件应用可能会变慢或偶尔失败。
    .step-1 = 查看下方每个地址的结果，找出哪些地址失败。
    .step-2 = 如果您管理该服务器：修复故障地址，或在它们恢复之前删除其 DNS 记录（通常是 IPv6 的 AAAA 记录）。
    .step-3 = 如果您不管理该服务器：向服务商报告故障地址；在此期间，您的邮件应用应仍能通过可用的地址连接。


## tls: encryption and certificates

finding-tls-plaintext_on_tls_port = 选择了 SSL/TLS，但此端口以不加密方式开始
    .explanation = 您的设置是 SSL/TLS，它从第一个字节起就加密，但服务器在此端口上以明文发出了问候。此端口需要 STARTTLS（问候之后再开启加密）或不加密。
    .step-1 = 在邮件应用中为此端口选择 STARTTLS，或保留 SSL/TLS 并将端口改为 993（IMAP）、995（POP）或 465（SMTP）。
    .step-2 = 如果服务商提供，建议在 993、995 或 465 上使用 SSL/TLS：这样连接从第一个字节起就是加密的。
    .step-3 = 使用新设置再次运行测试。

finding-tls-tls_on_plaintext_port = 此端口从一开始就需要 SSL/TLS
    .explanation = 由于选择了 STARTTLS 或不加密，预期会收到明文问候，但服务器一开始就在等待加密。993、995 和 465 等端口就是这样工作的。
    .step-1 = 在邮件应用中为此端口选择 SSL/TLS。
    .step-2 = 如果您想改用 STARTTLS，请将端口改为 143（IMAP）、110（POP）或 587（SMTP）。
    .step-3 = 使用新设置再次运行测试。

finding-tls-handshake_failed = 无法建立安全连接
    .explanation = 服务器和 maildoctor 无法就如何加密连接达成一致，或者服务器在尝试过程中中断了。原因可能是端口不对、服务器配置有误，或网络设备干扰了加密流量。
    .step-1 = 检查端口与安全设置是否配套：993、995 和 465 用 SSL/TLS，143、110 和 587 用 STARTTLS。
    .step-2 = 换一个网络再试，以防防火墙或过滤器干扰加密连接。
    .step-3 = 如果您管理该服务器：检查其 TLS 配置，并在日志中查找下方显示的握手错误。

finding-tls-protocol_outdated = 加密方式过时：应用和服务器无法就安全的 TLS 版本达成一致
    .explanation = 其中一方只支持旧的加密版本（TLS 1.0 或 1.1）或已不再安全的弱加密算法。要么是服务器只提供这些版本而被当前的邮件应用和 maildoctor 拒绝，要么是服务器拒绝了只支持这些版本的旧邮件应用。
    .step-1 = 如果服务器表示不支持 TLS 1.0 和 1.1：请更新邮件应用或设备系统，或改用支持 TLS 1.2 的应用。
    .step-2 = 否则，请让服务商或服务器管理员启用 TLS 1.2 和 TLS 1.3。
    .step-3 = 如果您管理该服务器：更新邮件服务器及其 TLS 库，并在设置中允许 TLS 1.2 和 1.3。
    .step-4 = 不要为了绕过此问题而在邮件应用中关闭加密：那样您的密码会在无保护的情况下传输。

finding-tls-cert_name_mismatch = 服务器证书对应的是另一个名称
    .explanation = 服务器出示的证书不包含您输入的服务器名称，因此邮件应用无法确定连到的是正确的服务器。通常是服务商的邮件服务器名称与输入的不同，例如是共享主机的名称，而不是您自己的域名。
    .step-1 = 查看下方列出的证书所覆盖的名称。
    .step-2 = 如果其中某个名称是您服务商的邮件服务器，请在邮件应用中将其用作服务器名称。
    .step-3 = 确认您选择了正确的服务器类型：IMAP 用 IMAP 的名称，POP 用 POP 的名称。
    .step-4 = 如果您管理该服务器：安装一个包含此服务器名称的证书。

finding-tls-cert_expired = 服务器证书已过期
    .explanation = 证书只在有限时间内有效，而这张证书的到期日期已过。邮件应用会对此发出警告或拒绝连接，因为过期的证书已无法证明服务器是真的。
    .step-1 = 告知服务商或服务器管理员证书已过期；下方显示了到期日期。
    .step-2 = 不要在邮件应用中永久接受证书警告：那样会把问题和真正的攻击一起掩盖。
    .step-3 = 如果您管理该服务器：续订证书，连同中间证书一起安装，然后重启或重新加载邮件服务。

finding-tls-cert_not_yet_valid = 服务器证书尚未生效
    .explanation = 证书的生效日期在未来。要么是新证书安装得太早，要么是服务器或测试机器的时钟不准。
    .step-1 = 检查您自己设备上的日期和时间是否正确。
    .step-2 = 告知服务商或服务器管理员；下方显示了证书的生效日期。
    .step-3 = 如果您管理该服务器：检查服务器的时钟，并安装一张当前有效的证书。

finding-tls-cert_expiring_soon = 服务器证书即将过期
    .explanation = 证书目前仍然有效，但将在 14 天内过期。过期后，邮件应用会发出警告或拒绝连接。
    .step-1 = 告知服务商或服务器管理员证书即将过期；下方显示了日期。
    .step-2 = 如果您管理该服务器：现在就续订证书，检查自动续订是否正常，并在续订后重新加载邮件服务。

finding-tls-cert_self_signed = 服务器证书不是由受信任的机构颁发的
    .explanation = 证书由服务器自己签名，没有任何公认的机构为其担保。邮件应用无法将它与攻击者的证书区分开，因此会显示警告。
    .step-1 = 确认服务器名称是您服务商的公开邮件服务器；有些服务商使用另一个带有正规证书的名称。
    .step-2 = 如果您管理该服务器：为此服务器名称安装受信任机构颁发的证书，例如 Let's Encrypt 的免费证书。
    .step-3 = 如果这本来就是私有服务器：先与管理员核对证书指纹，然后在每台设备上将其证书安装为受信任。

finding-tls-cert_untrusted = 服务器证书来自未知的机构
    .explanation = 证书由邮件应用不信任的机构颁发，例如公司自己的机构或未知机构。在组织内部这可能没问题，但攻击者的证书看起来也一样。
    .step-1 = 确认服务器名称是您服务商的公开邮件服务器。
    .step-2 = 如果服务器属于您的组织：向其 IT 团队索取组织的根证书，并安装到您的设备上。
    .step-3 = 如果您管理该服务器：为此服务器名称安装公开受信任机构颁发的证书。

finding-tls-cert_chain_incomplete = 服务器没有发送完整的证书链
    .explanation = 服务器发送了自己的证书，但没有发送将其与受信任机构连接起来的中间证书。有些应用能自行补上缺口，有些则不能，因此同样的设置在一台设备上能用，在另一台上却失败。maildoctor 会从服务器证书中给出的地址获取缺失的证书，下方的详情说明了缺少哪张证书以及是否已确认。
    .step-1 = 告知服务商或服务器管理员缺少中间证书，并转告下方列出的证书名称和地址。
    .step-2 = 如果您管理该服务器：为此名称安装包含中间证书的证书（即证书机构提供的完整证书链文件），然后重新加载邮件服务。
    .step-3 = 之后再次运行测试，确认证书链已完整。

finding-tls-starttls_unsupported = 服务器不提供 STARTTLS
    .explanation = 选择了 STARTTLS，但服务器在此端口上不提供切换到加密的功能。没有它，密码就会以不加密的方式传输。
    .step-1 = 在邮件应用中改选 SSL/TLS 和端口 993（IMAP）、995（POP）或 465（SMTP）。
    .step-2 = 确认服务器名称和端口是服务商推荐的设置。
    .step-3 = 如果您管理该服务器：为此服务和端口启用 TLS。

finding-tls-starttls_failed = 切换到加密失败
    .explanation = 服务器提供了 STARTTLS，但切换到加密连接没有完成。服务器的 TLS 设置可能有问题，或者网络中有东西在干扰。
    .step-1 = 在邮件应用中改试 SSL/TLS 和端口 993（IMAP）、995（POP）或 465（SMTP）。
    .step-2 = 换一个网络再试，以防防火墙干扰加密连接。
    .step-3 = 如果您管理该服务器：检查其 TLS 证书和设置，并在日志中查找下方显示的错误。

finding-tls-not_used = 连接未加密
    .explanation = 连接没有任何加密，因此途中任何人都能读取您的密码和邮件。大多数服务商会拒绝在这种连接上登录。
    .step-1 = 在邮件应用中选择 SSL/TLS 和端口 993（IMAP）、995（POP）或 465（SMTP）。
    .step-2 = 如果服务器不提供 SSL/TLS，请选择 STARTTLS 和端口 143（IMAP）、110（POP）或 587（SMTP）。
    .step-3 = 如果您管理该服务器：启用 TLS，并停止在不加密的连接上接受密码。


## protocol: what answers on the port

finding-protocol-pop3_not_imap = 此端口用于 POP，不是 IMAP
    .explanation = 您正在设置 IMAP，但此主机和端口上应答的是 POP 服务器。两者的工作方式不同，因此邮件应用无法以 IMAP 方式与它通信。
    .step-1 = 如果您想用 IMAP：将端口改为 993 并使用 SSL/TLS（或 143 并使用 STARTTLS），并使用服务商帮助页面中的 IMAP 服务器名称。
    .step-2 = 如果您想用 POP：将账号设置为 POP，而不是 IMAP。
    .step-3 = 使用更正后的设置再次运行测试。
    .icloud-explanation = 您正在设置 IMAP，但应答的是 POP 服务器。iCloud 邮件没有 POP 服务器，所以这不是 iCloud 的服务器。
    .icloud-step-1 = 使用 imap.mail.me.com 作为服务器名称。
    .icloud-step-2 = 选择 SSL/TLS 和端口 993。
    .icloud-step-3 = 使用这些设置再次运行测试。

finding-protocol-imap_not_pop3 = 此端口用于 IMAP，不是 POP
    .explanation = 您正在设置 POP，但此主机和端口上应答的是 IMAP 服务器。邮件应用无法以 POP 方式与它通信。
    .step-1 = 如果您想用 POP：将端口改为 995 并使用 SSL/TLS（或 110 并使用 STARTTLS），并使用服务商帮助页面中的 POP 服务器名称。
    .step-2 = 如果 IMAP 也可以：请改为将账号设置为 IMAP；它能让您的邮件在各设备间保持同步。
    .step-3 = 使用更正后的设置再次运行测试。
    .icloud-explanation = 您正在设置 POP，但 iCloud 邮件没有 POP 服务器：收信只能通过 IMAP。
    .icloud-step-1 = 将账号设置为 IMAP，而不是 POP。
    .icloud-step-2 = 使用 imap.mail.me.com，搭配 SSL/TLS 和端口 993。
    .icloud-step-3 = 以 IMAP 方式再次运行测试。

finding-protocol-smtp_not_incoming = 这是发件服务器，不是收件服务器
    .explanation = 您正在设置收信（IMAP 或 POP），但应答的是发件（SMTP）服务器。发信和收信使用不同的服务器或端口。
    .step-1 = 收信请使用收件服务器名称：它通常以“imap.”或“pop.”开头，而不是“smtp.”。
    .step-2 = IMAP 使用端口 993 和 SSL/TLS，POP 使用端口 995 和 SSL/TLS。
    .step-3 = 如果这个服务器和端口本应用于发信，请改为填入邮件应用的发件（SMTP）设置中。

finding-protocol-incoming_not_smtp = 这是收件服务器，不是发件服务器
    .explanation = 您正在设置发信（SMTP），但应答的是收件服务器（IMAP 或 POP）。发信使用自己的服务器名称或端口。
    .step-1 = 发信请使用发件服务器名称：它通常以“smtp.”开头。
    .step-2 = 使用端口 465 和 SSL/TLS，或端口 587 和 STARTTLS。
    .step-3 = 如果这个服务器和端口本应用于收信，请改为填入邮件应用的收件设置中。

finding-protocol-http_not_mail = 应答的是网站服务器，不是邮件服务器
    .explanation = 此主机和端口指向一个网站。邮件应用需要的是服务商的邮件服务器和邮件端口，而不是您在浏览器中打开的地址。
    .step-1 = 确认端口是邮件端口：IMAP 用 993 或 143，POP 用 995 或 110，发信用 465 或 587；80 和 443 是网站端口。
    .step-2 = 将服务器名称替换为服务商帮助页面中的邮件服务器名称；它通常以“imap.”、“pop.”、“smtp.”或“mail.”开头。
    .step-3 = 使用更正后的设置再次运行测试。

finding-protocol-unknown = 应答的不是邮件服务器
    .explanation = 服务器作了应答，但不像任何邮件服务器；它可能是另一种服务，例如远程登录（SSH），或是中间的某个设备。下方显示了它发送的前几个字节。
    .step-1 = 确认端口是邮件端口：IMAP 用 993 或 143，POP 用 995 或 110，发信用 465 或 587。
    .step-2 = 确认服务器名称是您服务商的邮件服务器。
    .step-3 = 如果您管理该服务器：检查是哪个程序在监听此端口。

finding-protocol-no_greeting = 服务器已连接，但一言不发
    .explanation = 连接已建立，但服务器始终没有发送邮件服务器首先会发的问候。服务器可能过载或卡住了，可能限制了单个地址的连接数，也可能在等待一个尚未启动的加密。
    .step-1 = 检查端口与安全设置是否配套：993、995 和 465 用 SSL/TLS，143、110 和 587 用 STARTTLS。
    .step-2 = 关闭使用此账号的其他邮件应用或设备，几分钟后再次运行测试。
    .step-3 = 如果您管理该服务器：检查邮件服务是否正常，以及是否达到了单个地址的连接数上限。

finding-protocol-rejected = 服务器立即拒绝了服务
    .explanation = 服务器作了应答，但立即拒绝为此连接服务。它可能太忙、屏蔽了测试所用的地址，或正在维护；下方显示了它自己的消息。
    .step-1 = 阅读下方服务器的消息：其中通常会说明原因。
    .step-2 = 稍等一会儿再次运行测试，尤其是当消息提到繁忙或连接过多时。
    .step-3 = 询问服务商或服务器管理员，您的地址或网络是否被屏蔽。

finding-server-slow_response = 服务器应答缓慢
    .explanation = 服务器用了超过 3 秒才发出问候。它仍然可用，但邮件应用可能会超时，这通常意味着服务器过载，或在查找连接方地址时很慢。
    .step-1 = 稍后再次运行测试，看看延迟是否依然存在。
    .step-2 = 如果邮件应用过早放弃，请调高其连接超时时间。
    .step-3 = 如果您管理该服务器：检查其负载，以及它是否在问候前等待反向 DNS 或其他查询。


## auth: signing in

finding-auth-invalid_credentials = 用户名或密码未被接受
    .explanation = 服务器拒绝了登录。通常是密码或用户名有误，但许多服务商在要求应用专用密码或其他登录方式时也会给出同样的回答。例如 Microsoft 的“LOGIN failed”或“AUTHENTICATE failed”通常表示此账号已关闭密码登录。
    .step-1 = 检查密码：仔细重新输入，注意大写锁定键和键盘输入法。
    .step-2 = 检查用户名：大多数服务商要求使用完整的电子邮件地址。
    .step-3 = 用同样的用户名和密码登录服务商的网页邮箱，确认它们是正确的。
    .step-4 = 如果网页邮箱可以登录而邮件应用不行，请查看您的服务商是否要求邮件应用使用应用专用密码。
    .gmail-explanation = Gmail 拒绝了登录。Gmail 已不再接受邮件应用使用您的普通 Google 密码（个人账号自 2022 年 5 月 30 日起，工作和学校账号自 2024 年秋季起），因此这通常意味着需要应用专用密码或“使用 Google 账号登录”；也可能是密码输错或已被撤销。
    .gmail-step-1 = 使用完整的 Gmail 地址作为用户名。
    .gmail-step-2 = 如果尚未开启，请在 Google 账号的“安全性”下开启两步验证。
    .gmail-step-3 = 在 Google 账号中创建应用专用密码（“安全性”、“两步验证”、“应用专用密码”），并用它代替您的普通密码。
    .gmail-step-4 = 如果您的邮件应用支持，请改用“使用 Google 账号登录”（Apple Mail、Outlook 和 Thunderbird 都支持）；在那里可以使用您的普通 Google 密码。
    .gmail-step-5 = 如果是工作或学校账号：请询问管理员是否允许使用应用专用密码或邮件应用。
    .yahoo-explanation = Yahoo 拒绝了登录。对于密码错误和在需要应用专用密码的地方使用普通密码，Yahoo 给出的回答相同，而邮件应用需要应用专用密码。
    .yahoo-step-1 = 使用完整的 Yahoo 地址作为用户名。
    .yahoo-step-2 = 在浏览器中登录 Yahoo，打开“Account Info”（账号信息），再打开“Account security”（账号安全），选择生成应用专用密码。
    .yahoo-step-3 = 在邮件应用中用应用专用密码代替您的普通密码。
    .aol-explanation = AOL 拒绝了登录。对于密码错误和在需要应用专用密码的地方使用普通密码，AOL 给出的回答相同，而邮件应用需要应用专用密码。
    .aol-step-1 = 使用完整的 AOL 地址作为用户名。
    .aol-step-2 = 在浏览器中登录 AOL，打开“Account Info”（账号信息），再打开“Account security”（账号安全），选择生成应用专用密码。
    .aol-step-3 = 在邮件应用中用应用专用密码代替您的普通密码。
    .icloud-explanation = iCloud 拒绝了登录。对于密码错误和在需要 App 专用密码的地方使用 Apple 账户密码，iCloud 给出的回答相同，而邮件应用需要 App 专用密码。
    .icloud-step-1 = 使用 iCloud 地址中 @ 之前的部分作为用户名；如果被拒绝，请改用完整地址。
    .icloud-step-2 = 在浏览器中登录 Apple 账户，打开“登录与安全性”，再打开“App 专用密码”并创建一个；必须已开启双重认证。
    .icloud-step-3 = 在邮件应用中用 App 专用密码代替您的 Apple 账户密码。
    .qq-explanation = QQ 邮箱拒绝了登录。邮件应用必须使用 QQ 邮箱设置中生成的授权码，而不是您的 QQ 密码。
    .qq-step-1 = 使用完整的 QQ 邮箱地址作为用户名。
    .qq-step-2 = 在网页版 QQ 邮箱中打开“设置”，再打开“账户”，开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .qq-step-3 = 在那里生成授权码，并在邮件应用中用它代替密码。
    .netease-explanation = 网易邮箱拒绝了登录。邮件应用必须使用邮箱设置中的客户端授权码，而不是您的账号密码。
    .netease-step-1 = 使用完整的 163、126 或 yeah.net 地址作为用户名。
    .netease-step-2 = 在网页版邮箱中打开“设置”，再打开“POP3/SMTP/IMAP”，开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .netease-step-3 = 在那里创建客户端授权码，并在邮件应用中用它代替密码。
    .netease126-explanation = 网易邮箱拒绝了登录。邮件应用必须使用邮箱设置中的客户端授权码，而不是您的账号密码。
    .netease126-step-1 = 使用完整的 163、126 或 yeah.net 地址作为用户名。
    .netease126-step-2 = 在网页版邮箱中打开“设置”，再打开“POP3/SMTP/IMAP”，开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .netease126-step-3 = 在那里创建客户端授权码，并在邮件应用中用它代替密码。
    .neteaseyeah-explanation = 网易邮箱拒绝了登录。邮件应用必须使用邮箱设置中的客户端授权码，而不是您的账号密码。
    .neteaseyeah-step-1 = 使用完整的 163、126 或 yeah.net 地址作为用户名。
    .neteaseyeah-step-2 = 在网页版邮箱中打开“设置”，再打开“POP3/SMTP/IMAP”，开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .neteaseyeah-step-3 = 在那里创建客户端授权码，并在邮件应用中用它代替密码。
    .outlook-explanation = Outlook.com 拒绝了登录。自 2024 年 9 月 16 日起，Outlook.com 完全不再接受邮件应用使用密码，只接受 Microsoft 登录（OAuth），因此正确的密码也会被拒绝。
    .outlook-step-1 = 使用支持 Microsoft 登录的邮件应用，例如 Outlook、Apple Mail 或启用 OAuth 的 Thunderbird。
    .outlook-step-2 = 从邮件应用中删除该账号并重新添加，选择 Microsoft 登录（在 Thunderbird 中：身份验证方式选 OAuth2）。
    .outlook-step-3 = 在浏览器中登录 outlook.com，确认账号本身可以正常使用。
    .microsoft365-explanation = Microsoft 365 拒绝了登录。IMAP 和 POP 的密码登录已于 2022 年底关闭，因此 Microsoft 的“LOGIN failed”或“AUTHENTICATE failed”通常表示密码登录已被禁用，而不是密码错误；但也可能是密码错误。
    .microsoft365-step-1 = 使用支持 Microsoft 登录的邮件应用，例如 Outlook、Apple Mail 或启用 OAuth 的 Thunderbird，并用 Microsoft 登录重新添加账号。
    .microsoft365-step-2 = 在浏览器中用同一账号登录 office.com，确认密码正确。
    .microsoft365-step-3 = 如需用密码发信（SMTP AUTH）：请管理员为您的邮箱允许“经过身份验证的 SMTP”；Microsoft 将于 2026 年 12 月底默认关闭它。
    .microsoft365-step-4 = 询问管理员，“安全默认值”或“条件访问”是否阻止了您的账号使用邮件应用。
    .gmx-explanation = GMX 拒绝了登录。对于密码错误和已关闭 POP3 与 IMAP 访问的账号，GMX 给出的回答相同。
    .gmx-step-1 = 使用完整的 GMX 地址作为用户名，并在浏览器中登录 GMX 来确认密码。
    .gmx-step-2 = 在网页版 GMX 中打开“设置”，再打开“POP3 & IMAP”，允许通过 POP3 和 IMAP 访问。
    .gmx-step-3 = 保存设置后再次运行测试。
    .gmxnet-explanation = GMX 拒绝了登录。对于密码错误和已关闭 POP3 与 IMAP 访问的账号，GMX 给出的回答相同。
    .gmxnet-step-1 = 使用完整的 GMX 地址作为用户名，并在浏览器中登录 GMX 来确认密码。
    .gmxnet-step-2 = 在网页版 GMX 中打开“设置”，再打开“POP3 & IMAP”，允许通过 POP3 和 IMAP 访问。
    .gmxnet-step-3 = 保存设置后再次运行测试。
    .webde-explanation = WEB.DE 拒绝了登录。对于密码错误和已关闭 POP3 与 IMAP 访问的账号，WEB.DE 给出的回答相同。
    .webde-step-1 = 使用完整的 WEB.DE 地址作为用户名，并在浏览器中登录 WEB.DE 来确认密码。
    .webde-step-2 = 在网页版 WEB.DE 中打开“设置”，再打开“POP3/IMAP”，允许通过 POP3 和 IMAP 访问。
    .webde-step-3 = 保存设置后再次运行测试。
    .yandex-explanation = Yandex 拒绝了登录。对于密码错误、未开启邮件应用访问的账号，以及在需要应用专用密码的地方使用普通密码，Yandex 给出的回答都相同。
    .yandex-step-1 = 在网页版 Yandex 邮箱中打开邮件客户端设置，允许通过 IMAP 访问。
    .yandex-step-2 = 在 Yandex ID 的安全设置中为邮件创建应用专用密码。
    .yandex-step-3 = 使用完整地址作为用户名，应用专用密码作为密码。

finding-auth-app_password_required = 此账号需要应用专用密码
    .explanation = 您的服务商不接受邮件应用使用您的普通密码，通常是因为开启了两步验证。它要求使用单独的应用专用密码，该密码在账号的安全设置中专为邮件应用创建。
    .step-1 = 登录服务商的网站，打开账号的安全设置。
    .step-2 = 为邮件创建应用专用密码（有些服务商称之为 App 专用密码或授权码）。
    .step-3 = 在邮件应用中用应用专用密码代替您的普通密码。
    .step-4 = 请勿泄露应用专用密码；您可以随时在同一位置撤销它。
    .gmail-step-1 = 如果尚未开启，请在 Google 账号的“安全性”下开启两步验证。
    .gmail-step-2 = 在 Google 账号中创建应用专用密码（“安全性”、“两步验证”、“应用专用密码”）。
    .gmail-step-3 = 在邮件应用中用应用专用密码代替您的普通 Google 密码，并以完整的 Gmail 地址作为用户名。
    .gmail-step-4 = 如果您的邮件应用支持，请改用“使用 Google 账号登录”；在那里可以使用您的普通 Google 密码。
    .yahoo-step-1 = 在浏览器中登录 Yahoo，打开“Account Info”（账号信息），再打开“Account security”（账号安全）。
    .yahoo-step-2 = 如果尚未开启，请开启两步验证。
    .yahoo-step-3 = 选择生成应用专用密码，并在邮件应用中用它代替您的普通密码。
    .aol-step-1 = 在浏览器中登录 AOL，打开“Account Info”（账号信息），再打开“Account security”（账号安全）。
    .aol-step-2 = 如果尚未开启，请开启两步验证。
    .aol-step-3 = 选择生成应用专用密码，并在邮件应用中用它代替您的普通密码。
    .icloud-step-1 = 在浏览器中登录 Apple 账户，打开“登录与安全性”。
    .icloud-step-2 = 如果尚未开启，请开启双重认证。
    .icloud-step-3 = 打开“App 专用密码”，创建一个，并在邮件应用中用它代替您的 Apple 账户密码。
    .qq-explanation = QQ 邮箱要求使用授权码：邮件应用无法用您的 QQ 密码登录。
    .qq-step-1 = 在网页版 QQ 邮箱中打开“设置”，再打开“账户”。
    .qq-step-2 = 开启 IMAP/SMTP 服务（如使用 POP3 也一并开启），并在提示时通过短信确认。
    .qq-step-3 = 生成授权码，并在邮件应用中用它代替密码。
    .netease-explanation = 网易邮箱要求使用客户端授权码：邮件应用无法用您的账号密码登录。
    .netease-step-1 = 在 163、126 或 yeah.net 网页版邮箱中打开“设置”，再打开“POP3/SMTP/IMAP”。
    .netease-step-2 = 开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .netease-step-3 = 创建客户端授权码，并在邮件应用中用它代替密码。
    .netease126-explanation = 网易邮箱要求使用客户端授权码：邮件应用无法用您的账号密码登录。
    .netease126-step-1 = 在 163、126 或 yeah.net 网页版邮箱中打开“设置”，再打开“POP3/SMTP/IMAP”。
    .netease126-step-2 = 开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .netease126-step-3 = 创建客户端授权码，并在邮件应用中用它代替密码。
    .neteaseyeah-explanation = 网易邮箱要求使用客户端授权码：邮件应用无法用您的账号密码登录。
    .neteaseyeah-step-1 = 在 163、126 或 yeah.net 网页版邮箱中打开“设置”，再打开“POP3/SMTP/IMAP”。
    .neteaseyeah-step-2 = 开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .neteaseyeah-step-3 = 创建客户端授权码，并在邮件应用中用它代替密码。

finding-auth-web_login_required = 您的服务商希望您先在其网站上登录
    .explanation = 服务商阻止了这次登录，直到您在其网站上确认为止，这通常是因为登录来自新的地点或设备，或者服务商认为邮件应用不安全。您的密码很可能是正确的。
    .step-1 = 在浏览器中登录服务商的网页邮箱，最好与邮件应用使用同一个网络。
    .step-2 = 如果被要求，请完成安全验证或确认此次登录尝试。
    .step-3 = 在几分钟内再次运行测试。
    .step-4 = 如果反复出现，请查看您的服务商是否要求邮件应用使用应用专用密码。
    .gmail-step-1 = 在同一网络中用浏览器登录 Gmail，并完成出现的任何安全验证。
    .gmail-step-2 = 在 Google 账号的“安全性”下查看最近的安全活动，并确认这次登录是您本人。
    .gmail-step-3 = 在邮件应用中使用应用专用密码（Google 账号、“安全性”、“两步验证”、“应用专用密码”），或使用支持“使用 Google 账号登录”的邮件应用。
    .gmail-step-4 = 在几分钟内再次运行测试。
    .yahoo-step-1 = 在浏览器中登录 Yahoo Mail，并完成出现的任何安全验证。
    .yahoo-step-2 = 在“Account Info”（账号信息）、“Account security”（账号安全）下创建应用专用密码，并在邮件应用中使用它。
    .yahoo-step-3 = 在几分钟内再次运行测试。
    .aol-step-1 = 在浏览器中登录 AOL Mail，并完成出现的任何安全验证。
    .aol-step-2 = 在“Account Info”（账号信息）、“Account security”（账号安全）下创建应用专用密码，并在邮件应用中使用它。
    .aol-step-3 = 在几分钟内再次运行测试。
    .icloud-step-1 = 在浏览器中登录 icloud.com，并接受显示的任何条款或安全提示。
    .icloud-step-2 = 在 Apple 账户的“登录与安全性”下创建 App 专用密码，并在邮件应用中使用它。
    .icloud-step-3 = 在几分钟内再次运行测试。
    .qq-step-1 = 在浏览器中登录 QQ 邮箱，并完成出现的任何安全验证。
    .qq-step-2 = 在“设置”、“账户”下确认 IMAP/SMTP 服务已开启，如有需要请生成新的授权码。
    .qq-step-3 = 在邮件应用中使用授权码，然后再次运行测试。
    .netease-step-1 = 在浏览器中登录网易网页版邮箱，并完成出现的任何安全验证。
    .netease-step-2 = 在“设置”、“POP3/SMTP/IMAP”下确认 IMAP/SMTP 服务已开启，如有需要请创建新的客户端授权码。
    .netease-step-3 = 在邮件应用中使用授权码，然后再次运行测试。
    .netease-step-4 = 如果服务器在登录后提示“Unsafe Login”：网易会拒绝不表明身份的邮件应用，请使用 Thunderbird、Apple Mail、Outlook 或网易邮箱大师，或改用 POP3 代替 IMAP。
    .netease126-step-1 = 在浏览器中登录网易网页版邮箱，并完成出现的任何安全验证。
    .netease126-step-2 = 在“设置”、“POP3/SMTP/IMAP”下确认 IMAP/SMTP 服务已开启，如有需要请创建新的客户端授权码。
    .netease126-step-3 = 在邮件应用中使用授权码，然后再次运行测试。
    .netease126-step-4 = 如果服务器在登录后提示“Unsafe Login”：网易会拒绝不表明身份的邮件应用，请使用 Thunderbird、Apple Mail、Outlook 或网易邮箱大师，或改用 POP3 代替 IMAP。
    .neteaseyeah-step-1 = 在浏览器中登录网易网页版邮箱，并完成出现的任何安全验证。
    .neteaseyeah-step-2 = 在“设置”、“POP3/SMTP/IMAP”下确认 IMAP/SMTP 服务已开启，如有需要请创建新的客户端授权码。
    .neteaseyeah-step-3 = 在邮件应用中使用授权码，然后再次运行测试。
    .neteaseyeah-step-4 = 如果服务器在登录后提示“Unsafe Login”：网易会拒绝不表明身份的邮件应用，请使用 Thunderbird、Apple Mail、Outlook 或网易邮箱大师，或改用 POP3 代替 IMAP。

finding-auth-basic_auth_disabled = 此账号不接受邮件应用使用密码
    .explanation = 服务器只允许现代登录方式（OAuth），即在服务商自己的页面上登录，因此即使密码正确也会被拒绝。maildoctor 使用密码测试登录，因此在这里无法继续检查。
    .step-1 = 使用支持服务商自有登录方式的邮件应用（通常显示为“使用…登录”或 OAuth2）。
    .step-2 = 从邮件应用中删除该账号并重新添加，选择该登录方式。
    .step-3 = 如果是工作账号：请询问管理员能否为您的邮箱允许密码登录。
    .outlook-explanation = Outlook.com 自 2024 年 9 月 16 日起不再接受邮件应用使用密码。现在只有 Microsoft 登录（OAuth）可用，因此正确的密码也会被拒绝。
    .outlook-step-1 = 使用支持 Microsoft 登录的邮件应用，例如 Outlook、Apple Mail 或启用 OAuth 的 Thunderbird。
    .outlook-step-2 = 从邮件应用中删除该账号并重新添加，选择 Microsoft 登录（在 Thunderbird 中：身份验证方式选 OAuth2）。
    .outlook-step-3 = 如果您的邮件应用不提供 Microsoft 登录，请更新它；旧版本只支持密码。
    .microsoft365-explanation = 自 2022 年底起，Microsoft 365 的 IMAP 和 POP 不再接受密码，只能使用 Microsoft 登录（OAuth）。在管理员允许的情况下，用密码发信（SMTP AUTH）仍然可用，直到 Microsoft 于 2026 年 12 月底默认将其关闭。
    .microsoft365-step-1 = 使用支持 Microsoft 登录的邮件应用，例如 Outlook、Apple Mail 或启用 OAuth 的 Thunderbird，并用 Microsoft 登录重新添加账号。
    .microsoft365-step-2 = 如需用密码发信：请管理员在 Microsoft 365 管理中心为您的邮箱允许“经过身份验证的 SMTP”（用户、邮件、管理电子邮件应用）。
    .microsoft365-step-3 = 询问管理员，“安全默认值”或“条件访问”是否阻止了您的账号使用密码登录。
    .microsoft365-step-4 = 计划在 2026 年 12 月底之前，将使用密码发信的设备和脚本改为 OAuth。

finding-auth-protocol_disabled = 此账号已关闭 IMAP、POP 或邮件应用发信
    .explanation = 您的密码可能是正确的，但该账号不允许使用这种访问方式（IMAP、POP 或邮件应用通过 SMTP 发信）。许多服务商允许您在网页设置中开启；在公司中则由管理员决定。
    .step-1 = 登录服务商的网页邮箱，在设置中查找 IMAP、POP 或邮件应用访问。
    .step-2 = 为您正在设置的方式（IMAP 或 POP）开启访问，然后保存。
    .step-3 = 如果找不到该设置或无法更改：请管理员或服务商为您的账号启用 IMAP 或 POP。
    .step-4 = 几分钟后再次运行测试。
    .gmail-explanation = Gmail 拒绝了这种访问方式。自 2025 年 1 月起，个人 Gmail 账号的 IMAP 始终处于开启状态，因此 IMAP 登录被拒绝说明这是管理员关闭了 IMAP 的工作或学校账号；POP 仍有单独的开关。
    .gmail-step-1 = 对于 POP：在网页版 Gmail 中打开“设置”、“查看所有设置”、“转发和 POP/IMAP”，然后启用 POP。
    .gmail-step-2 = 对于工作或学校账号的 IMAP：请 Google Workspace 管理员为您允许 POP 和 IMAP 访问（管理控制台、应用、Google Workspace、Gmail、最终用户访问权限）。
    .gmail-step-3 = 等更改生效几分钟后，再次运行测试。
    .gmx-step-1 = 在浏览器中登录 GMX，打开“设置”，再打开“POP3 & IMAP”。
    .gmx-step-2 = 允许通过 POP3 和 IMAP 访问此账号，然后保存。
    .gmx-step-3 = 以完整的 GMX 地址作为用户名再次运行测试。
    .gmxnet-step-1 = 在浏览器中登录 GMX，打开“设置”，再打开“POP3 & IMAP”。
    .gmxnet-step-2 = 允许通过 POP3 和 IMAP 访问此账号，然后保存。
    .gmxnet-step-3 = 以完整的 GMX 地址作为用户名再次运行测试。
    .webde-step-1 = 在浏览器中登录 WEB.DE，打开“设置”，再打开“POP3/IMAP”。
    .webde-step-2 = 允许通过 POP3 和 IMAP 访问此账号，然后保存。
    .webde-step-3 = 以完整的 WEB.DE 地址作为用户名再次运行测试。
    .qq-step-1 = 在网页版 QQ 邮箱中打开“设置”，再打开“账户”。
    .qq-step-2 = 开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .qq-step-3 = 在那里生成授权码，并在邮件应用中将其用作密码。
    .netease-step-1 = 在网易网页版邮箱中打开“设置”，再打开“POP3/SMTP/IMAP”。
    .netease-step-2 = 开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .netease-step-3 = 在那里创建客户端授权码，并在邮件应用中将其用作密码。
    .netease126-step-1 = 在网易网页版邮箱中打开“设置”，再打开“POP3/SMTP/IMAP”。
    .netease126-step-2 = 开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .netease126-step-3 = 在那里创建客户端授权码，并在邮件应用中将其用作密码。
    .neteaseyeah-step-1 = 在网易网页版邮箱中打开“设置”，再打开“POP3/SMTP/IMAP”。
    .neteaseyeah-step-2 = 开启 IMAP/SMTP 服务（如使用 POP3 也一并开启）。
    .neteaseyeah-step-3 = 在那里创建客户端授权码，并在邮件应用中将其用作密码。

finding-auth-plaintext_disallowed = 服务器不接受未加密的密码
    .explanation = 服务器拒绝通过未加密的连接接收密码，这是在保护您。连接需要先使用 SSL/TLS 或 STARTTLS。
    .step-1 = 在邮件应用中选择 SSL/TLS 和端口 993（IMAP）、995（POP）或 465（SMTP），或选择 STARTTLS 和端口 143（IMAP）、110（POP）或 587（SMTP）。
    .step-2 = 选择始终加密的设置，而不是“如果可用”才加密的设置。
    .step-3 = 开启加密后再次运行测试。

finding-auth-mechanism_unsupported = 服务器没有提供可在此使用的登录方式
    .explanation = 服务器和 maildoctor 没有共同的密码登录方式，或者此端口根本不提供登录。这种情况出现在服务器之间传递邮件的端口（例如 25）上，以及只允许 OAuth 或证书登录的服务器上。
    .step-1 = 发信请使用端口 587 和 STARTTLS，或端口 465 和 SSL/TLS，而不是端口 25。
    .step-2 = 确认已开启加密：许多服务器只在 SSL/TLS 或 STARTTLS 之后才提供登录。
    .step-3 = 如果您管理该服务器：在此端口上启用密码登录（例如通过 TLS 的 PLAIN 或 LOGIN）。

finding-auth-account_locked = 账号已被锁定或停用
    .explanation = 服务器表示该账号已被锁定、停用或暂停，因此目前任何密码都无法使用。服务商会在发现可疑活动、服务未付费或管理员封锁账号时这样做。
    .step-1 = 在浏览器中登录服务商的网页邮箱，查看账号被锁定的原因以及解锁方法。
    .step-2 = 按照服务商的步骤恢复账号，例如确认您的身份或重置密码。
    .step-3 = 如果是工作或学校账号：请管理员为您解锁。

finding-auth-too_many_failures = 登录失败次数过多：服务器暂时阻止登录
    .explanation = 多次登录失败后，服务器或其前面的安全系统会暂时拒绝此账号或来自您网络地址的登录，有时即使密码正确也会拒绝。这种封锁通常会在几分钟到一小时后自行解除。
    .step-1 = 停止所有使用此账号的邮件应用和设备，让它们不再用旧密码反复尝试。
    .step-2 = 至少等待 15 分钟；如果封锁再次出现，请等待一小时。
    .step-3 = 通过登录网页邮箱确认密码，然后在每个邮件应用中更新密码，再重新开启它们。
    .step-4 = 如果服务器表示您的地址被禁止或封锁：请服务器管理员解除封锁，并查看您的服务商是否要求邮件应用使用应用专用密码。

finding-auth-server_error = 邮件服务器出现临时问题
    .explanation = 服务器表示由于自身的问题，目前无法为您服务：它很忙、正在重启或维护，或者其中某个部分（例如登录数据库）出现故障。这与您的密码或设置无关。
    .step-1 = 等待几分钟后再次运行测试。
    .step-2 = 查看服务商的状态页面是否有故障通知。
    .step-3 = 不要因为这条消息而更改密码或设置：它们不是原因。
    .step-4 = 如果问题持续：请告知服务商或服务器管理员，并附上下方服务器的消息。

finding-auth-failed_unclassified = 登录失败，原因 maildoctor 无法识别
    .explanation = 服务器拒绝了登录，而 maildoctor 没有针对这条消息的规则。下方显示的服务器原话通常会说明问题所在。
    .step-1 = 阅读下方服务器的消息，查找原因，例如被封锁的国家或某项策略。
    .step-2 = 通过登录网页邮箱检查用户名和密码。
    .step-3 = 询问服务商或服务器管理员，并引用下方服务器的消息。

finding-auth-skipped_no_credentials = 未测试登录
    .explanation = 没有提供用户名或密码，因此测试在确认服务器可以访问并正确应答之后就停止了。登录之前的所有步骤都已测试。
    .step-1 = 提供用户名和密码再次运行测试，以同时检查登录。
    .step-2 = 如果服务商要求邮件应用使用应用专用密码，请使用它。

finding-auth-skipped_insecure = 由于连接不安全，未发送密码
    .explanation = 连接未加密，或者其证书未通过检查，因此途中的任何人都可能读取或截获密码。除非明确要求，maildoctor 绝不会通过这样的连接发送密码，因此没有测试登录。
    .step-1 = 请先解决本次测试发现的加密问题：选择 SSL/TLS（端口 993、995、465）或 STARTTLS（端口 143、110、587），或修复证书问题。
    .step-2 = 在邮件应用中使用同样的加密设置。
    .step-3 = 仅适用于私有网络中您信任的测试服务器：使用选项 allow_insecure_auth 仍然允许发送密码，证书问题则使用 trust_certificate。

finding-auth-password_expired = 密码已过期
    .explanation = 密码正确但已太旧：服务器要求您先设置新密码才能登录。邮件应用无法为您更改密码。
    .step-1 = 在浏览器中登录服务商的网页邮箱或账号页面，并在提示时设置新密码。
    .step-2 = 在使用此账号的每个邮件应用和设备中更新密码。
    .step-3 = 如果是工作或学校账号：如果网页上没有更改密码的选项，请询问管理员。

finding-auth-oauth_token_invalid = 登录令牌被拒绝
    .explanation = 服务器拒绝了 OAuth 登录令牌：它可能已过期、是为错误的账号颁发的，或者没有邮件权限。
    .step-1 = 从邮件应用中删除该账号并重新添加，通过服务商的页面登录。
    .step-2 = 确保登录的账号与您正在设置的邮箱是同一个账号。
    .step-3 = 如果您负责该应用程序：为 IMAP、POP 或 SMTP 申请邮件权限（scope），并在令牌过期前刷新它。
    .gmail-explanation = Gmail 拒绝了 OAuth 登录令牌。它的回答（已在下方解码）说明了用于邮件的令牌需要的权限：scope https://mail.google.com/。已过期（约一小时后）、为另一个 Google 账号颁发或缺少该 scope 的令牌都会这样被拒绝。
    .gmail-step-1 = 获取新的访问令牌：Google 的令牌约一小时后过期，请用应用的刷新令牌刷新它。
    .gmail-step-2 = 颁发令牌时申请 scope https://mail.google.com/；其他 Gmail scope 不允许使用 IMAP、POP 或 SMTP。
    .gmail-step-3 = 使用令牌所属的同一个 Google 账号作为用户名。
    .gmail-step-4 = 如果是工作或学校账号：请询问管理员是否已在 Google 管理控制台中允许该应用访问 Gmail。
    .microsoft365-explanation = Microsoft 365 拒绝了 OAuth 登录令牌。对于已过期、为用户名之外的其他邮箱颁发或缺少此协议权限（scope）的令牌，它的回答都相同。
    .microsoft365-step-1 = 为所用协议申请带相应 scope 的令牌：IMAP 用 https://outlook.office.com/IMAP.AccessAsUser.All，POP 用 https://outlook.office.com/POP.AccessAsUser.All，发信用 https://outlook.office.com/SMTP.Send，另加 offline_access 以便刷新。
    .microsoft365-step-2 = 使用邮箱自己的地址作为用户名：令牌必须是为同一个账号颁发的。
    .microsoft365-step-3 = 如果令牌已超过大约一小时，请获取新令牌。
    .microsoft365-step-4 = 请管理员检查该邮箱是否已启用 IMAP、POP 或经过身份验证的 SMTP（Microsoft 365 管理中心中该用户的邮件设置）：已关闭的协议同样会拒绝令牌。
    .outlook-explanation = Outlook.com 拒绝了 OAuth 登录令牌：它已过期、是为另一个账号颁发的，或者缺少此协议的权限（scope）。
    .outlook-step-1 = 为所用协议申请带相应 scope 的令牌：https://outlook.office.com/IMAP.AccessAsUser.All、https://outlook.office.com/POP.AccessAsUser.All 或 https://outlook.office.com/SMTP.Send，另加 offline_access。
    .outlook-step-2 = 使用令牌所属的 Outlook.com 地址作为用户名。
    .outlook-step-3 = 如果令牌已超过大约一小时，请获取新令牌。

finding-auth-skipped_cooldown = 由于此账号刚刚被检查得太频繁，未测试登录
    .explanation = 在过去几分钟内，此账号已从这里或由使用本服务的其他人多次用密码检查过。为了避免服务商锁定账号，这次没有发送密码；登录之前的所有步骤仍然已测试。
    .step-1 = 等待下方显示的时间，然后再次运行测试。
    .step-2 = 确保没有其他人在同一时间测试同一个账号。
    .step-3 = 如果之前的测试中登录失败，请先在服务商的网页邮箱中确认密码再重试，让下一次测试有意义。


## limits: connection and usage limits

finding-limits-too_many_connections = 同时连接到此账号或来自此地址的连接过多
    .explanation = 服务器对每个账号或每个网络地址只允许少量同时连接，而这些连接都已被占用。每个邮件应用、手机和电脑都会打开一个或多个连接；在同一个办公室或家庭路由器后面，它们共用一个地址。
    .step-1 = 关闭您当前不用的设备上的邮件应用，或从旧设备上删除该账号。
    .step-2 = 如果邮件应用有相应设置，请减少同时连接数。
    .step-3 = 等待几分钟让旧连接超时，然后再次运行测试。
    .step-4 = 如果服务器在登录之前就拒绝了连接，请询问其管理员您的网络地址是否有连接数限制。
    .gmail-explanation = Gmail 每个账号最多允许 15 个同时 IMAP 连接。达到此上限后，即使密码正确，Gmail 也可能在一段时间内回答“Invalid credentials”。
    .gmail-step-1 = 关闭您当前不用的设备上邮件应用中的 Gmail，或从旧设备上删除该账号。
    .gmail-step-2 = 在邮件应用中降低同时连接数，使您所有设备的连接总数保持在 15 个以下。
    .gmail-step-3 = 等待大约 10 分钟让旧连接关闭，然后再测试或更改密码。

finding-limits-bandwidth_exceeded = 账号已达到每日下载上限
    .explanation = 服务商限制每天可以下载的邮件量或可以发送的命令数，而此账号已达到上限。同步会停止，直到上限重置，通常在 24 小时内。
    .step-1 = 等到上限重置（通常在一天之内）后再同步。
    .step-2 = 检查是否有邮件应用或备份工具一遍又一遍地下载整个邮箱，并停止它们。
    .step-3 = 将大型邮件应用设置为只同步您需要的文件夹。
    .gmail-explanation = Gmail 限制每个账号每天的 IMAP 下载量为 2500 MB，上传量为 500 MB。当某个应用或工具超出时，Gmail 会暂停访问最长 24 小时。
    .gmail-step-1 = 最多等待 24 小时再同步；上限会自动重置。
    .gmail-step-2 = 停止复制或备份整个邮箱的工具，并将其设置为分多天、分小批运行。
    .gmail-step-3 = 在邮件应用中只同步您需要的文件夹。
    .gmail-step-4 = 如果是工作或学校账号：请询问管理员，管理员可以在 Google 管理控制台中看到该上限。

finding-limits-connection_limit_measured = 服务器允许的连接数
    .explanation = maildoctor 同时打开了多个连接，以了解此账号可以使用多少个；下方显示了允许的数量。这只是信息，不是问题。
    .step-1 = 让您所有邮件应用和设备的连接总数保持在所示数量以下。
    .step-2 = 如果经常达到上限：请降低邮件应用中的同时连接数设置。

finding-limits-throttled = 服务器正在限制此账号的速度
    .explanation = 服务器仍然可用，但有意放慢了此账号的速度，通常是因为它最近同步得非常频繁。在恢复之前，邮件可能会延迟到达。
    .step-1 = 让邮件应用完成当前的同步，不要重启它。
    .step-2 = 检查是否有多个应用或工具同时同步同一个账号，并停止不需要的那些。
    .step-3 = 稍后再次运行测试，看看速度限制是否已解除。


## mailbox: the mailbox itself

finding-mailbox-folder_too_large = 某个文件夹中的邮件非常多
    .explanation = 某个文件夹中有超过 10000 封邮件。对于这么大的文件夹，许多邮件应用会变慢、崩溃或停止同步。
    .step-1 = 将较旧的邮件移到归档文件夹中，例如每年一个。
    .step-2 = 在邮件应用中只同步最近的邮件，或只同步您需要的文件夹。
    .step-3 = 删除或清空不需要的文件夹，例如“已删除邮件”和“垃圾邮件”。

finding-mailbox-over_quota = 邮箱已满
    .explanation = 邮箱已用完所有存储空间。新邮件可能会被退回给发件人，有些应用也会停止同步。
    .step-1 = 删除不需要的大邮件和附件，并清空“已删除邮件”和“垃圾邮件”。
    .step-2 = 在服务商的网页设置中查看已用的存储空间。
    .step-3 = 如果需要保留所有内容，请购买更多存储空间或请管理员提高配额。

finding-mailbox-in_use = 另一个应用正在使用此邮箱
    .explanation = 使用 POP 时，同一时间只能有一个应用打开邮箱，而现在另一个会话正占用着它。当那个应用结束或超时后，锁定就会解除。
    .step-1 = 关闭通过 POP 收取此账号的其他邮件应用或设备，或停止它们自动收信。
    .step-2 = 等待几分钟让另一个会话结束，然后再次运行测试。
    .step-3 = 如果多台设备读取同一个账号，请考虑用 IMAP 代替 POP。

finding-mailbox-login_delay = 服务器每隔几分钟才允许登录一次
    .explanation = 此 POP 服务器规定了两次登录之间的最短间隔；下方显示了该间隔。收信更频繁的应用会被拒绝。
    .step-1 = 将邮件应用的收信间隔设置得比下方显示的间隔更长。
    .step-2 = 等待这段时间过去，然后再次运行测试。

finding-send-accepted = 此账号可以用这个地址发信
    .explanation = 登录后，服务器接受了下方的发件人和收件人。随后 maildoctor 在发送任何邮件之前取消了（RSET）：没有投递任何内容。
    .step-1 = 如果您的邮件应用仍然无法发信，请检查它在发信时是否登录：在发件服务器设置中开启“我的发送服务器（SMTP）要求验证”（或“使用与接收邮件服务器相同的设置”）。
    .step-2 = 确认应用使用的发件服务器、端口和安全方式与本次测试相同。
    .microsoft365-explanation = 登录后，服务器接受了下方的发件人和收件人，随后 maildoctor 在发送任何邮件之前取消了。Microsoft 365 只在真正发送邮件时才检查“代理发送”权限，因此届时共享邮箱或他人的地址仍可能被拒绝（5.7.60）。
    .microsoft365-step-1 = 确认您的邮件应用在发信时以同一个账号登录。
    .microsoft365-step-2 = 如果之后以共享邮箱或其他地址发信时被 5.7.60 拒绝，请向管理员申请该地址的“代理发送”权限。
    .outlook-explanation = 登录后，服务器接受了下方的发件人和收件人，随后 maildoctor 在发送任何邮件之前取消了。Outlook.com 会在真正发送邮件时再次检查发件地址，因此届时不是此账号别名的地址仍可能被拒绝。
    .outlook-step-1 = 确认您的邮件应用在发信时以同一个账号登录。
    .outlook-step-2 = 只用您的 Outlook.com 地址或其别名发信（在“设置”中打开“邮件”，然后“同步电子邮件”，再打开“管理别名”）。

finding-send-sender_not_permitted = 服务器不允许此账号用这个地址发信
    .explanation = 您已登录，但服务器拒绝了发件人地址。当应用以别名、他人的地址或此账号无权代发的共享邮箱发信时，就会出现这种情况。
    .step-1 = 在邮件应用中检查此账号的“发件人”地址：它应该是您登录时使用的地址。
    .step-2 = 如需用其他地址发信，请先在服务商网站上将其添加为您账号的发信地址（别名），或向管理员申请“代理发送”权限。
    .step-3 = 如果使用共享邮箱，请用共享邮箱自己的账号发信，或请管理员授予您“代理发送”或“代表发送”权限。
    .gmail-step-1 = 在电脑上打开 Gmail，点击“设置”，然后点击“查看所有设置”。
    .gmail-step-2 = 点击“账号和导入”标签。在“用这个地址发送邮件”下，点击“添加其他电子邮件地址”，然后按照步骤验证该地址。
    .gmail-step-3 = 在邮件应用中使用您的 Gmail 地址，或“用这个地址发送邮件”下列出的地址发信。
    .microsoft365-step-1 = 请 Microsoft 365 管理员为您的账号授予此地址或共享邮箱的“代理发送”权限（在 Exchange 管理中心：收件人，然后邮箱，然后该邮箱，再选委派）。
    .microsoft365-step-2 = 权限最多可能需要一小时才能生效；请在那之后再试。
    .microsoft365-step-3 = 在此之前，请用您自己的地址发信。
    .outlook-step-1 = 登录 Outlook.com，打开“设置”，然后“邮件”，再打开“同步电子邮件”。在“管理别名”下确认此地址是您账号的别名。
    .outlook-step-2 = 在邮件应用中使用您的 Outlook.com 地址或其别名发信。

finding-send-relay_denied = 服务器不为您转发邮件
    .explanation = 服务器拒绝为您向此收件人发送邮件。服务器只为已登录的应用转发邮件；此拒绝通常意味着应用在发信时没有登录，或者使用了错误的服务器。
    .step-1 = 在邮件应用的发件（SMTP）服务器设置中开启身份验证：“我的发送服务器（SMTP）要求验证”，使用与收信相同的用户名和密码。
    .step-2 = 使用服务商的发件服务器，端口 465（SSL/TLS）或 587（STARTTLS），而不是端口 25。
    .step-3 = 如果您用的是互联网服务商的服务器而不是邮件服务商的服务器，请改用邮件服务商的发件服务器。

finding-send-limit_reached = 此账号已达到发信上限
    .explanation = 服务器拒绝新邮件，因为此账号发送的邮件数或收件人数已达到目前允许的上限（通常按天计算）。上限重置后即可再次发信。
    .step-1 = 等到上限重置（通常在 24 小时内），然后再试。
    .step-2 = 大批量发信请使用邮件列表或电子报服务，而不是您的邮件账号。
    .step-3 = 如果您并没有发送很多邮件，请更改密码：可能有其他人在用您的账号发信。
    .gmail-step-1 = 最多等待 24 小时：Gmail 会自动解除发信限制。一个 Gmail 账号每天大约可以向 500 位收件人发信。
    .gmail-step-2 = 如果您并没有发送那么多邮件，请更改 Google 密码，并在 myaccount.google.com/security 查看最近的安全活动。
    .gmail-step-3 = 大批量发信请改用邮件列表服务。
    .microsoft365-step-1 = 最多等待 24 小时：Exchange Online 每个邮箱每天允许 10000 位收件人，并会自动解除限制。
    .microsoft365-step-2 = 如果您并没有发送那么多邮件，请更改密码并告知管理员：账号可能已被盗用。

finding-send-account_blocked = 此账号已被禁止发信
    .explanation = 服务商已停止此账号发信，通常是因为它发送了看起来像垃圾邮件的邮件，或者可能有其他人在使用它。
    .step-1 = 立即更改密码；如果尚未开启两步验证，请开启。
    .step-2 = 检查已发送邮件中是否有不是您写的邮件。
    .step-3 = 联系服务商或管理员重新开启发信功能；他们会先检查该账号。
    .microsoft365-step-1 = 告知 Microsoft 365 管理员：该账号因发送垃圾邮件而被列入受限实体列表。
    .microsoft365-step-2 = 管理员会重置您的密码、检查账号，然后在 Microsoft Defender 门户中将其从受限实体中移除。
    .outlook-step-1 = 在网页浏览器中登录 outlook.com，并按照显示的步骤验证您的账号。
    .outlook-step-2 = 更改密码，并在 account.microsoft.com/security 查看最近的活动。
    .outlook-step-3 = 如果发信仍被阻止，请通过帮助页面联系 Outlook.com 支持。

finding-send-message_too_large = 服务器拒绝这么大的邮件
    .explanation = 服务器拒绝了发送前声明的邮件大小：这么大的邮件超出了它的上限。
    .step-1 = 在一封邮件中少放或放更小的附件，或通过链接（云存储服务）分享大文件。
    .step-2 = 询问服务商或管理员服务器接受多大的邮件。

finding-send-size_limit_small = 此服务器只接受小邮件
    .explanation = 服务器表示它接受的邮件最大为下方所示大小。照片和文档常常会让邮件超过这个大小（附件在发送时会增大约三分之一），因此这样的邮件会被拒绝。
    .step-1 = 通过链接（云存储服务）分享大文件，而不是作为附件发送。
    .step-2 = 如果您管理该服务器，请将其邮件大小上限（Postfix 为 message_size_limit）提高到至少 25 MB。

finding-send-recipient_refused = 服务器拒绝此收件人
    .explanation = 服务器接受了发件人，但拒绝了收件人地址：它可能不存在，或不接受来自此账号的邮件。
    .step-1 = 检查收件人地址是否有拼写错误。
    .step-2 = 换一个收件人试试，例如您自己的地址。

finding-send-refused_unclassified = 服务器拒绝发送此邮件
    .explanation = 服务器以 maildoctor 无法识别的原因拒绝了发件人或收件人。下方显示了它的原话。
    .step-1 = 阅读下方服务器的回答：其中通常会说明原因。
    .step-2 = 将服务器的回答发给您的服务商或管理员。

finding-send-temporary_failure = 服务器暂时无法接收邮件
    .explanation = 服务器给出了临时拒绝：它现在无法接收这封邮件，但以后可能可以。邮件应用会把这类邮件留在发件箱中并重试。
    .step-1 = 等待几分钟后再试。
    .step-2 = 如果反复出现，请将下方服务器的回答发给您的服务商或管理员。

finding-send-needs_signin = 未检查发信：没有登录
    .explanation = 发件服务器只为已登录的应用转发邮件，因此没有用户名和密码时，出现“Relay access denied”之类的拒绝在这里是正常的，并不是故障。
    .step-1 = 提供用户名和密码再次运行测试，以同时检查发信。
    .step-2 = 在邮件应用中确保发件服务器会登录：开启“我的发送服务器（SMTP）要求验证”。

finding-send-no_sender = 未检查发信：没有发件人地址
    .explanation = 要检查发信，maildoctor 需要您的发件地址。您的用户名不是电子邮件地址，也没有提供发件地址。
    .step-1 = 以您的电子邮件地址作为用户名再次运行测试，或为发信检查提供发件人地址。
    .step-2 = 使用您的邮件应用发信时所用的“发件人”地址，让检查针对该地址进行。
