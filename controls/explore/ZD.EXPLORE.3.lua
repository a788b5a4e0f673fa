-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.3: Explore Enterprise widens sharing and export (an acknowledgement).
-- Not applicable when Explore is off; the Explore plan is not exposed, so otherwise manual.
local explore = require "explore"

id = "ZD.EXPLORE.3"
title = "Explore Enterprise widens sharing and export"
seed_ref = "VI, \"special considerations for Explore Enterprise\" (unnumbered block, added 2020-08)"
product = "Explore Enterprise"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that Explore Enterprise can widen data sharing and export. "
  .. "EXPLORE.3.1–3.3 then apply."
evidence = "The subscriber's recorded acknowledgement, and the Explore plan (Admin Center > Account"
  .. " > Billing); ZD.EXPLORE.3.1 to 3.3 are not applicable without Explore Enterprise."
  .. " active_features.explore = false (GET /api/v2/account/settings) makes the control not"
  .. " applicable."
remediation = "Record the acknowledgement that Explore Enterprise widens sharing and export, and apply "
  .. "ZD.EXPLORE.3.1 to 3.3."
question = "State whether the account has Explore Enterprise (Admin Center > Account > Billing >"
  .. " Subscription). If it has, record the acknowledgement that it widens sharing and export and"
  .. " apply ZD.EXPLORE.3.1 to 3.3; keep the subscription page and the signed acknowledgement."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return explore.ask_unless_off(snap,
    "state whether the account has Explore Enterprise and, if so, record the acknowledgement"
    .. " that it widens sharing and export.")
end
