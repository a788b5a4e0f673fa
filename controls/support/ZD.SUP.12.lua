-- SPDX-License-Identifier: MIT
-- ZD.SUP.12: CSAT on ticket channels can leak data by email and by survey URL.
-- Check: composite, SUP.12 needs SUP.12.1 (read from rules) and SUP.12.2 (not readable: a
--   person's record), combined with zd.result.

id = "ZD.SUP.12"
title = "CSAT on ticket channels can leak data by email and by survey URL"
seed_ref = "I.12 (added 2024-10-10)"
product = "Support (customer satisfaction on ticket channels)"
kind = "acknowledgement"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber acknowledges two risks of CSAT on ticket channels if it is not set up "
  .. "correctly: it emails ticket-related Service Data, which may include PHI, and Zendesk "
  .. "does not control that email's encryption; anyone who has a ticket's CSAT survey URL can "
  .. "see that ticket's responses. When CSAT is used on ticket channels, both SUP.12.1 and "
  .. "SUP.12.2 must hold."
evidence = "Composite of 12.1 and 12.2."
remediation = "Configure CSAT so its emails carry only the survey link (ZD.SUP.12.1) and do not use the"
  .. " open-ended question (ZD.SUP.12.2)."
question = "If CSAT is used on ticket channels, confirm both that the survey email carries only "
  .. "the survey link (ZD.SUP.12.1) and that the survey has no open-ended question (ZD.SUP.12.2). "
  .. "Keep the evidence of both."

-- check --
uses = { "automations", "triggers" }

local S = require "status"

function check(snap, ctx)
  local body, question = S.of("ZD.SUP.12.1"), S.of("ZD.SUP.12.2")
  local ev = { { note = "ZD.SUP.12.1 " .. body.status .. ": " .. body.details },
               { note = "ZD.SUP.12.2 " .. question.status } }
  if body.status == "fail" or body.status == "error" or body.status == "not_applicable" then
    if body.status == "fail" then S.carry(ev, body) end
    return S.result(body.status, "ZD.SUP.12.1 is " .. body.status .. ": " .. body.details, ev)
  end
  if S.satisfied(body.status) and S.satisfied(question.status) then
    return zd.pass("The CSAT email carries only the survey link (ZD.SUP.12.1) and the open-ended "
      .. "question is not used (ZD.SUP.12.2).", ev)
  end
  return zd.manual("ZD.SUP.12.1 is " .. body.status .. "; the survey's open-ended question "
    .. "(ZD.SUP.12.2) is not exposed by the API: confirm it is not used and keep a screenshot of "
    .. "the CSAT survey configuration.", ev)
end
