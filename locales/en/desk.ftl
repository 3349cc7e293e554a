# The help desk's list of saved reports (templates/desk.html). Codes, provider ids, host
# names, tickets and times are shown as they are.

desk-title = Help desk
desk-heading = Saved reports
desk-verdict = Verdict
desk-any = any
desk-primary = Primary finding
desk-provider = Provider
desk-server = Server
desk-ticket = Ticket
desk-run-from = Run from
desk-anywhere = anywhere
desk-this-service = this service
desk-user-computer = the user's computer
desk-show = Show
desk-clear = Clear
desk-failed = Saved reports cannot be read just now. Please try again in a minute.
desk-chart =
    { $count ->
        [one] Primary findings per hour (last { $count } hour, UTC)
       *[other] Primary findings per hour (last { $count } hours, UTC)
    }
desk-no-failures = No failures in this time.
desk-other-findings = other findings
desk-total =
    { $count ->
        [one] { $count } report
       *[other] { $count } reports
    }
desk-none = No saved report matches.
desk-when = When
desk-older = Older reports →
desk-no-store = This service does not keep reports.
desk-off = The desk view is off: it needs the service's api_tokens (docs/CONFIGURATION.md).
desk-error-title = Error
desk-not-shown = The desk could not be shown.
