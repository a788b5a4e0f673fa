-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.6: Deal with channels where data in transit may be unencrypted.
-- Check: lists the channels in use that may carry data unencrypted (email addresses, SMS per
--   ZD.SUP.10.1, plain-http webhooks and targets, credentials in their URLs) for a person to
--   record mitigations.

id = "ZD.GEN.13.6"
title = "Deal with channels where data in transit may be unencrypted"
seed_ref = "SRM III.1.f"
product = "Email, SMS, third-party integrations"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber understands which channels and protocols may carry data without "
  .. "encryption in transit, and deals with them. The main ones are: email; SMS; third-party "
  .. "integrations without encryption that the subscriber adopts at its own discretion. In the"
  .. " healthcare baseline this becomes SUP.8–SUP.12, CHAT.2, EXPLORE.2.2 and QA.3.2."
evidence = "List of unencrypted-capable channels in use, with the mitigation or accepted risk for "
  .. "each."
remediation = "List the channels in use that may carry data without encryption (email, SMS, unencrypted"
  .. " integrations) and record the mitigation or accepted risk for each (see ZD.SUP.8 to "
  .. "ZD.SUP.12)."
question = "List the channels in use that may carry data without encryption in transit (email, "
  .. "SMS, integrations over plain HTTP) and confirm each has a recorded mitigation or accepted "
  .. "risk (ZD.SUP.8 to ZD.SUP.12, ZD.CHAT.2, ZD.EXPLORE.2.2, ZD.QA.3.2). Keep the list with the "
  .. "mitigation or exception-register entry for each."

-- check --
uses = { "recipient_addresses", "webhooks", "targets" }

local S = require "status"
local verdict = require "verdict"
local literal = require "literal"

function check(snap, ctx)
  local ev, parts = {}, {}
  local emails = zd.items(snap, "recipient_addresses")
  parts[#parts + 1] = emails and (#emails .. " support email address(es)") or "email addresses not read"
  local sms = S.of("ZD.SUP.10.1")
  parts[#parts + 1] = "SMS: ZD.SUP.10.1 " .. sms.status
  ev[#ev + 1] = { note = "ZD.SUP.10.1 " .. sms.status .. ": " .. sms.details }
  local plain, creds = 0, 0
  for _, src in ipairs({ { key = "webhooks", url = "endpoint", title = "name" }, { key = "targets", url = "target_url", title = "title" } }) do
    for _, w in ipairs(zd.items(snap, src.key) or {}) do
      local url = zd.str(zd.get(w, src.url))
      -- Only the origin is shown: a URL's user info, path or query may carry a credential.
      if url and string.find(string.lower(url), "^%s*http://") then
        plain = plain + 1
        ev[#ev + 1] = { endpoint = src.key, object = { type = src.key, id = zd.get(w, "id"), title = zd.str(zd.get(w, src.title)) },
                        field = src.url, actual = verdict.origin(url), expected = "https://" }
      end
      -- A credential in the URL (webhook URLs that are secrets, user:password@, ?token=):
      -- named by its rule, masked.
      for _, f in ipairs(url and literal.url_credentials(url) or {}) do
        creds = creds + 1
        ev[#ev + 1] = literal.url_evidence(src.key, { type = src.key, id = zd.get(w, "id"),
                                           title = zd.str(zd.get(w, src.title)) }, src.url, f)
      end
    end
  end
  parts[#parts + 1] = plain .. " integration(s) over plain http"
  if creds > 0 then
    parts[#parts + 1] = creds .. " credential(s) in integration URLs"
  end
  return zd.manual("Channels that may carry data unencrypted: " .. table.concat(parts, "; ")
    .. ". Record for each the mitigation or the accepted risk (email: ZD.SUP.8, ZD.SUP.9; SMS: "
    .. "ZD.SUP.10).", ev)
end
