# 服务台的已保存报告列表。

desk-title = 服务台
desk-heading = 已保存的报告
desk-verdict = 结论
desk-any = 任意
desk-primary = 主要问题
desk-provider = 服务商
desk-server = 服务器
desk-ticket = 工单
desk-run-from = 运行位置
desk-anywhere = 任意位置
desk-this-service = 本服务
desk-user-computer = 用户的计算机
desk-show = 显示
desk-clear = 清除
desk-failed = 目前无法读取已保存的报告。请一分钟后重试。
desk-chart =
    { $count ->
       *[other] 每小时的主要问题（最近 { $count } 小时，UTC）
    }
desk-no-failures = 这段时间内没有失败。
desk-other-findings = 其他问题
desk-total =
    { $count ->
       *[other] { $count } 份报告
    }
desk-none = 没有匹配的已保存报告。
desk-when = 时间
desk-older = 更早的报告 →
desk-no-store = 本服务不保存报告。
desk-off = 服务台视图已关闭：它需要本服务的 api_tokens（docs/CONFIGURATION.md）。
desk-error-title = 错误
desk-not-shown = 无法显示服务台视图。
