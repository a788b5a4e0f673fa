-- SPDX-License-Identifier: MIT
-- ZD.SUP.10: SMS text messaging may be unencrypted.
-- Check: composite, SUP.10 = SUP.10.1 (SMS not used) or SUP.10.2 (responsibility accepted,
--   attested), combined with zd.result.

id = "ZD.SUP.10"
title = "SMS text messaging may be unencrypted"
seed_ref = "I.10 (lead-in and footnote; footnote added 2020-07-13)"
product = "Support / Talk / text channels"
kind = "acknowledgement"
responsible = "subscriber"
exception = "explicit"
alternative = "Use SMS and record that the subscriber takes full responsibility for it, including "
  .. "making sure SMS carries no PHI (ZD.SUP.10.2)."
automation = "partial"
description = "The subscriber acknowledges that the service's text-messaging features, which it uses at"
  .. " its own discretion, run over SMS or related protocols. These may carry messages into or"
  .. " out of the service without encryption. One of SUP.10.1 or SUP.10.2 must therefore hold."
  .. " Out of scope: the SMS codes used for native Zendesk 2FA (SUP.1.1). They carry only a "
  .. "numeric verification string."
evidence = "Composite of 10.1 and 10.2."
remediation = "Stop using SMS (ZD.SUP.10.1): turn off text on Talk numbers, remove text "
  .. "notifications from triggers and automations, and disconnect SMS messaging channels. Or, as "
  .. "the baseline allows: use SMS and record that the subscriber takes full responsibility for "
  .. "it, including making sure SMS carries no PHI (ZD.SUP.10.2)."
question = "Confirm either that no SMS feature is used (ZD.SUP.10.1: no SMS-capable Talk number, "
  .. "no text actions in triggers or automations, no SMS channel in messaging) or that the "
  .. "exception register records the subscriber taking full responsibility for SMS, including "
  .. "keeping PHI out of it (ZD.SUP.10.2). Keep the evidence of the branch that applies."

-- check --
uses = { "talk_phone_numbers", "triggers", "automations" }

local S = require "status"

function check(snap, ctx)
  return S.unused_or_accepted("ZD.SUP.10.1", "ZD.SUP.10.2", "SMS", "SMS text messaging")
end
