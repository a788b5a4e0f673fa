-- SPDX-License-Identifier: MIT
-- ZD.MOBILE.3: Support mobile app notifications never show ticket comments on the lock
-- screen. A device setting: manual, or not applicable when the app is not allowed.
local mobile = require "mobile"

id = "ZD.MOBILE.3"
title = "Ticket comments never show on the lock screen"
seed_ref = "VIII.3"
product = "Zendesk Support mobile app / device notifications"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "Turn off notifications that can show ticket comments on the device's lock screen."
evidence = "An MDM restriction hiding notification previews on the lock screen for the Zendesk"
  .. " Support app (or all apps), with its compliance report for agents' devices."
  .. " security_settings.mobile_app_access = false (GET /api/v2/security_settings) makes the"
  .. " control not applicable: the Support mobile app cannot be used."
remediation = "Disable lock-screen notification previews for the Zendesk Support app through MDM or the"
  .. " app's notification settings."
question = "Show the MDM profile that hides lock-screen notification previews for the Zendesk"
  .. " Support app on every agent device, and its compliance report. Keep both, dated."
uses = { "security_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return mobile.ask_unless_off(snap,
    "show the MDM restriction hiding lock-screen notification previews for the Support app.")
end
