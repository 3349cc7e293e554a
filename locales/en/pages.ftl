# The other pages: finding the settings from an e-mail address (templates/discover.html), two
# reports side by side (templates/compare.html), and the saved report's error pages. Host
# names, codes and sources' answers are filled in, never translated.

## Finding your settings

discover-title = Find your mail server settings
discover-lead = Type your e-mail address. maildoctor asks every place mail apps look (its provider table, your domain's DNS records and autoconfig file, the usual server names), then checks each server live — without a password.
discover-error-title = Please check the address
discover-email-label = E-mail address
discover-email-hint = For example jo@example.com. Only the address is used; no password is asked.
discover-submit = Find my settings
discover-confirmed = Settings found and confirmed
discover-suggested = Settings suggested, not confirmed
discover-nothing = No settings found
discover-for = For { $email } ({ $ms } ms).
discover-provider = Provider: { $provider }.
discover-settings = Settings for your mail app
discover-status-confirmed = confirmed
discover-status-suggested = suggested
discover-encryption = Encryption
discover-found-by = Found by
discover-diagnose = Diagnose with these settings
discover-disagree = Sources disagree
discover-notes = Worth knowing
discover-advice = What to do
discover-tried = Every candidate tried
discover-nothing-tried = No server was found to try.
discover-service = Service
discover-outcome = Outcome
discover-what-happened = What happened
discover-sources = Sources asked
discover-source = Source
discover-asked = Asked
discover-answer = Answer
username-local-part = the part before the @

## Two reports side by side

compare-title = Two reports side by side
compare-reading = What the difference means
compare-first-fix = First thing to fix:
compare-open = Open the full report
compare-caption = Each stage, from both places
compare-stage = Stage

## A saved report that cannot be shown

saved-not-found-title = Not found
saved-not-found = This report does not exist: it was deleted, or it has expired. Run the check again to get a new one.
saved-check-link = Check a mail server
saved-unavailable-title = Unavailable
saved-unavailable = Saved reports cannot be read just now. Please try again in a minute.
saved-deleted-title = Deleted
saved-deleted = The saved report was deleted. Its link no longer opens it.
