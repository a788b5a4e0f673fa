-- SPDX-License-Identifier: MIT
-- ZD.MOBILE.5: redaction is not available in the Support mobile app (an
-- acknowledgement). Manual, or not applicable when the app is not allowed.
local mobile = require "mobile"

id = "ZD.MOBILE.5"
title = "Redaction is not available in the Support mobile app"
seed_ref = "VIII.5 (added 2023-04-13)"
product = "Zendesk Support mobile app"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that the redaction feature is not available in the Support "
  .. "mobile app. Agents who need to redact must sign in through a browser."
evidence = "The recorded acknowledgement and the agent guidance to redact from a browser."
  .. " security_settings.mobile_app_access = false (GET /api/v2/security_settings) makes the"
  .. " control not applicable: the Support mobile app cannot be used."
remediation = "Record the acknowledgement and tell agents to redact from a browser, not the Support "
  .. "mobile app."
question = "Record, signed and dated, that the Support mobile app cannot redact, and show the agent"
  .. " guidance that redaction is done from a browser. Keep both."
uses = { "security_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return mobile.ask_unless_off(snap,
    "record the acknowledgement that the app cannot redact and the guidance to redact from a"
    .. " browser.")
end
