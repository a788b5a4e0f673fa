-- SPDX-License-Identifier: MIT
-- ZD.SUP.11: Legacy CSAT emails ticket data whose encryption Zendesk does not control.
-- Check: composite, SUP.11 = SUP.11.1 or SUP.11.2 (the recorded acceptance, attested).

id = "ZD.SUP.11"
title = "Legacy CSAT emails ticket data whose encryption Zendesk does not control"
seed_ref = "I.11 (added 2021-01-21 as \"CSAT\", redefined as legacy CSAT 2024-10-10)"
product = "Support (legacy customer satisfaction)"
kind = "acknowledgement"
responsible = "subscriber"
exception = "explicit"
alternative = "Use legacy CSAT and record that the subscriber takes full responsibility for it and the "
  .. "data it emails (ZD.SUP.11.2)."
automation = "partial"
description = "The subscriber acknowledges that the legacy customer-satisfaction survey emails "
  .. "ticket-related Service Data, which may include PHI, to collect ratings. Zendesk does not"
  .. " control whether that email is encrypted. One of SUP.11.1 or SUP.11.2 must hold."
evidence = "Composite of 11.1 and 11.2."
remediation = "Stop using legacy CSAT (ZD.SUP.11.1): turn it off or move to the updated CSAT, and "
  .. "deactivate rules that send {{satisfaction.rating_section}}. Or, as the baseline allows: use "
  .. "legacy CSAT and record that the subscriber takes full responsibility for it and the data it "
  .. "emails (ZD.SUP.11.2)."
question = "Confirm either that legacy CSAT is not used (ZD.SUP.11.1) or that the exception "
  .. "register records the subscriber taking full responsibility for it and the data it emails "
  .. "(ZD.SUP.11.2). Keep the evidence of the branch that applies."
uses = { "account_settings", "automations" }

-- check --
requires = { "account_settings" }

local S = require "status"

function check(snap, ctx)
  return S.unused_or_accepted("ZD.SUP.11.1", "ZD.SUP.11.2", "legacy CSAT")
end
