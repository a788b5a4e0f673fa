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
  local notused, accepted = S.of("ZD.SUP.10.1"), S.of("ZD.SUP.10.2")
  local ev = { { note = "ZD.SUP.10.1 " .. notused.status .. ": " .. notused.details },
               { note = "ZD.SUP.10.2 " .. accepted.status } }
  if S.satisfied(notused.status) then
    return zd.pass("Branch ZD.SUP.10.1: SMS text messaging is not used.", ev)
  end
  if S.satisfied(accepted.status) then
    return zd.pass("Branch ZD.SUP.10.2: SMS is used and the subscriber's acceptance of full "
      .. "responsibility is on record.", ev)
  end
  if notused.status == "fail" then
    S.carry(ev, notused)
    return zd.fail("SMS is used (ZD.SUP.10.1 fails) and no acceptance of responsibility is "
      .. "recorded (ZD.SUP.10.2). " .. notused.details, ev)
  end
  return S.result(notused.status, "ZD.SUP.10.1 is " .. notused.status .. ": " .. notused.details, ev)
end
