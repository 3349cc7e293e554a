# 时间线中每个步骤结尾的句子。数值（主机名、地址、时间、错误信息）按原样填入。

## 每个步骤

speaks-imap = IMAP 服务器
speaks-pop3 = POP3 服务器
speaks-smtp = SMTP 服务器
speaks-http = 网站服务器
speaks-ssh = SSH 服务器
speaks-tls = TLS（加密）服务
speaks-unknown = 未知服务
detail-skip-earlier-failed = 未运行：之前的步骤失败了。
detail-skip-needs-sign-in = 未运行：需要先成功登录。
detail-skip-ca-unusable = 未运行：请求中的 CA 证书无法使用。
detail-skip-smtp-mailbox = 未运行：发信（SMTP）没有可查看的邮箱（发信检查为可选项）。
detail-skip-limits-opt-in = 未运行：连接数上限测试为可选项。
detail-deadline = 整个检查的时间限制在此步骤中用完了。

## 填写的内容

detail-input-target =
    { $security ->
        [auto] { $host } 端口 { $port } 上的 { $protocol }，自动检测安全性。
        [none] { $host } 端口 { $port } 上的 { $protocol }，不加密。
       *[other] { $host } 端口 { $port } 上的 { $protocol }，使用 { $security }。
    }
detail-input-unusable = 填写的内容无法直接使用。

## TLS

detail-tls-ca-unusable = 请求中的 CA 证书无法使用：{ $error }。

## DNS

detail-dns-ip = { $ip } 是 IP 地址，无需查找。
detail-dns-ip-refused = { $ip } 被地址策略拒绝，因此没有连接。
detail-dns-all-refused = { $name } 的所有地址都被地址策略拒绝，因此没有连接任何地址。
detail-dns-resolved =
    { $name } 在 { $ms } 毫秒内解析为 { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}等另外 { $more } 个地址
    }{ $refused ->
        [0] 。
       *[other] ，但其中 { $refused } 个被地址策略拒绝。
    }
detail-dns-alias =
    { $name } 是 { $canonical } 的别名，在 { $ms } 毫秒内解析为 { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}等另外 { $more } 个地址
    }{ $refused ->
        [0] 。
       *[other] ，但其中 { $refused } 个被地址策略拒绝。
    }
detail-dns-network-blamed = DNS 服务器对知名邮件服务器 { $name } 的回答是 { $answer }：问题很可能出在此网络的 DNS。
detail-dns-nxdomain = DNS 中不存在 { $name }。
detail-dns-servfail = 查询 { $name } 时，DNS 服务器回答了 { $rcode }。
detail-dns-unaskable = 无法向 DNS 服务器查询 { $name }。
detail-dns-timeout = DNS 服务器在 { $limit } 内没有回答 { $name } 的查询。
detail-dns-no-address = DNS 中存在 { $name }，但它没有 IPv4 或 IPv6 地址。

## TCP

detail-tcp-failed = 无法连接到 { $host } 的端口 { $port }。
detail-tcp-connected = 在 { $ms } 毫秒内连接到 { $address } 的端口 { $port }。

## TLS

detail-tls-valid = 已使用 { $version } 加密；证书对 { $host } 有效。
detail-tls-problems =
    { $count ->
       *[other] 已使用 { $version } 加密，但证书有 { $count } 个问题。
    }
detail-tls-starttls-refused = 服务器不同意 STARTTLS，因此连接保持未加密。
detail-tls-starttls-failed = 服务器同意了 STARTTLS，但切换到加密失败。
detail-tls-starttls-other-protocol = 未尝试 STARTTLS：应答的是 { $answered }，而预期的是 { $expected }。
detail-tls-starttls-greeting-refused = 未尝试 STARTTLS：服务器在问候时就拒绝了服务。
detail-tls-none = 连接未加密。

## 协议

detail-protocol-answered = { $host } 在 { $ms } 毫秒内以 { $answered }{ $software } 的身份应答。
detail-protocol-silent-to-tls = { $host } 接受了连接，但在 { $ms } 毫秒内什么也没发送，连 TLS 握手也没有回应。
detail-protocol-never-greeted = { $host } 从未发送问候，尽管它回应了 { $command }。
detail-protocol-silent = { $host } 接受了连接，但在 { $ms } 毫秒内什么也没发送，连 { $command } 也没有回应。
detail-protocol-no-greeting-error = { $host } 没有发送问候：{ $error }。
detail-protocol-closed = { $host } 接受了连接，但没有问候就关闭了它。
detail-protocol-unusable = { $host } 没有发送可用的问候（{ $problem }）。
detail-protocol-other-protocol-because = { $host } 端口 { $port } 上应答的是 { $answered }，而不是 { $expected }（{ $problem }）。
detail-protocol-refused = { $host } 以 { $expected } 的身份应答，但在问候时就拒绝了会话。
detail-protocol-other-protocol = { $host } 端口 { $port } 上应答的是 { $answered }，而不是 { $expected }。
detail-protocol-greeting-endless = { $host } 的问候一直没有结束。
detail-protocol-no-greeting = { $host } 没有发送问候。

## 登录

detail-auth-no-password = 未测试登录：没有提供密码。
detail-auth-refused = 服务器拒绝了 { $user } 的登录（{ $mechanism }）。
detail-auth-timeout = 服务器在 { $limit } 内没有回应登录。
detail-auth-closed = 服务器在登录过程中关闭了连接。
detail-auth-broken = 登录过程中连接失败：{ $error }。
detail-auth-no-oauth = 未发送令牌：服务器在此不提供 OAuth2 登录（XOAUTH2 或 OAUTHBEARER）。
detail-auth-unsendable = 未发送密码：服务器提供的唯一登录方式无法传送此密码。
detail-auth-no-method = 服务器没有提供 maildoctor 可以使用的密码登录方式。
detail-auth-plaintext-not-sent = 未发送密码：服务器拒绝在此未加密的连接上接收密码。
detail-auth-plaintext-cannot = 邮件应用无法用这些设置登录：服务器拒绝在此未加密的连接上接收密码。
detail-auth-no-sign-in-not-sent = 未发送密码：服务器在此没有提供 maildoctor 可以使用的密码登录。
detail-auth-no-sign-in-cannot = 邮件应用无法用这些设置登录：服务器在此没有提供密码登录。
detail-auth-not-sent-unencrypted = 未发送密码：连接未加密。
detail-auth-not-sent-certificate = 未发送密码：无法验证证书。
detail-auth-signed-in = 已用 { $mechanism } 以 { $user } 的身份登录。
detail-auth-after-refused = 已以 { $user } 的身份登录，但服务器拒绝了登录后的第一条命令。
detail-auth-after-ended = 已以 { $user } 的身份登录，但服务器随后结束了会话。
detail-auth-after-broken = 已以 { $user } 的身份登录，但连接在登录后立即失败。
detail-auth-limit-unavailable = 未登录：本服务目前无法执行每个账号的限制，因此没有发送密码。
detail-auth-cooldown = 未登录：此账号刚刚被检查得太频繁，因此没有发送密码。

## 邮箱

detail-mailbox-smtp = 发信（SMTP）没有可查看的邮箱。
detail-mailbox-stat-unreadable = 无法读取服务器对 STAT 的回答，因此邮箱大小未知。
detail-mailbox-stat-failed = 服务器没有回答 STAT（{ $error }），因此邮箱大小未知。
detail-mailbox-locked = 邮箱被另一个会话锁定（STAT 被拒绝）。
detail-mailbox-too-many = 服务器拒绝了 STAT：此账号的连接太多。
detail-mailbox-stat-refused = 服务器拒绝了 STAT。
detail-mailbox-stat-refused-unknown = 服务器拒绝了 STAT，因此邮箱大小未知。
detail-mailbox-slow = 服务器在剩余时间内没有回答，因此邮箱大小未知。

## 上限

detail-limits-refused =
    { $count ->
       *[other] 服务器允许 { $count } 个同时会话，并拒绝了下一个。
    }
detail-limits-stopped =
    { $count ->
       *[other] { $count } 个同时会话可以正常工作；测试在找到上限之前停止了。
    }
detail-limits-cap =
    { $count ->
       *[other] 服务器至少允许 { $count } 个同时会话（测试到此为止）。
    }

## 端口使用的协议

detail-wire-tls-first = 此端口从一开始就使用 SSL/TLS。
detail-wire-plain-starttls = 此端口以明文问候并提供 STARTTLS。
detail-wire-plain = 此端口以明文问候。
detail-wire-no-greeting = 没有收到明文问候，因此没有启动 TLS。
detail-wire-web-server = 网站服务器回应了 TLS 握手，因此没有启动 TLS。
detail-wire-silent = 服务器在 { $ms } 毫秒内什么也没发送，TLS 握手也没有得到回应。
detail-wire-tls-outdated = 此端口从一开始就使用 SSL/TLS，但只支持已不再安全的 TLS 版本。
detail-wire-tls-fails-chosen-plain = 此端口从一开始就使用 SSL/TLS（而不是明文问候），而且它的 TLS 失败了。
detail-wire-tls-fails = 此端口从一开始就使用 SSL/TLS，但它的 TLS 握手失败了。
detail-wire-plain-on-tls = 在预期 TLS 握手的地方，服务器以明文作答。
detail-wire-handshake-failed = TLS 握手失败。
detail-wire-tls-on-plain = 服务器在此端口上一开始就使用 TLS。

## 发信检查（SMTP）

detail-send-no-sender = 发信检查需要您的发件地址；但没有提供。
detail-send-accepted = 服务器会接受从 { $sender } 发往 { $recipient } 的邮件（MAIL FROM 和 RCPT TO 已被接受，随后取消：没有发送任何内容）。
detail-send-refused = 服务器拒绝了 { $sender } → { $recipient } 的 { $command }；没有发送任何内容。
detail-send-signin-failed = 发信检查未运行：登录未成功。
detail-send-needs-signin = 发信检查未运行：需要用户名和密码（未登录时，服务器拒绝转发邮件是正常的）。
detail-mailbox-maildrop =
    { $messages ->
       *[other] { $messages } 封邮件，{ $size }。
    }
detail-mailbox-list-unreadable = 无法读取文件夹列表（{ $why }）。
detail-mailbox-no-counts =
    { $folders ->
       *[other] { $folders } 个文件夹；服务器没有给出邮件数量。
    }
detail-mailbox-some-counted =
    { $folders ->
       *[other] { $folders } 个文件夹
    }，在已统计的 { $counted } 个中共有 { $messages ->
       *[other] { $messages } 封邮件
    }。
detail-mailbox-folders =
    { $folders ->
       *[other] { $folders } 个文件夹
    }，{ $messages ->
       *[other] { $messages } 封邮件。
    }
detail-mailbox-largest = { $name } 中有 { $messages } 封邮件。
detail-mailbox-quota-full =
    { $kind ->
        [storage] 已使用 { $limit } 存储空间中的 { $used }：邮箱已满。
       *[messages] 已使用配额 { $limit } 封邮件中的 { $used }：邮箱已满。
    }
detail-mailbox-quota-almost-full =
    { $kind ->
        [storage] 已使用 { $limit } 存储空间中的 { $used }（{ $percent }%，快满了）。
       *[messages] 已使用配额 { $limit } 封邮件中的 { $used }（{ $percent }%，快满了）。
    }
detail-mailbox-quota =
    { $kind ->
        [storage] 已使用 { $limit } 存储空间中的 { $used }（{ $percent }%）。
       *[messages] 已使用配额 { $limit } 封邮件中的 { $used }（{ $percent }%）。
    }
detail-mailbox-quota-unlimited =
    { $kind ->
        [storage] 已使用 { $used } 存储空间（无上限）。
       *[messages] 已使用 { $used } 封邮件（无上限）。
    }
detail-mailbox-folder-in-use = 有一个文件夹正在被另一个会话使用。
detail-mailbox-stopped = maildoctor 提前停止了（{ $why }）。
