-- SPDX-License-Identifier: MIT
-- ZD.MOBILE.6: the Support mobile app does not show whether a messaging end user is
-- authenticated (an acknowledgement). Manual, or not applicable when the app is not
-- allowed.
local mobile = require "mobile"

id = "ZD.MOBILE.6"
title = "The mobile app does not show end users' authentication status"
seed_ref = "VIII.6 (added 2023-04-13)"
product = "Zendesk Support mobile app / messaging"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "If the subscriber authenticates end users in Zendesk messaging, it acknowledges that the"
  .. " Support mobile app does not show whether an end user is authenticated. Agents on mobile"
  .. " cannot rely on that signal."
evidence = "The recorded acknowledgement and agent guidance not to rely on authentication status in"
  .. " the app (relevant when messaging end users are authenticated)."
  .. " security_settings.mobile_app_access = false (GET /api/v2/security_settings) makes the"
  .. " control not applicable: the Support mobile app cannot be used."
remediation = "Record the acknowledgement and tell agents on mobile not to rely on an end user's "
  .. "authentication status."
question = "If messaging end users are authenticated, record, signed and dated, that the Support"
  .. " mobile app does not show their authentication status, and show the agent guidance. Keep"
  .. " both."
uses = { "security_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return mobile.ask_unless_off(snap,
    "record the acknowledgement that the app does not show end users' authentication status,"
    .. " and the agent guidance.")
end
