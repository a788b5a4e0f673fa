-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.1: no third-party channel without a no-PHI rule or the subscriber's own BAA.
-- Every active integration that is not Zendesk's own web/SDK channel or a custom (webhook)
-- integration counts; each fails until an exception records rule (i) or BAA (ii).
local sunco = require "sunco"

id = "ZD.SUNCO.1"
title = "Third-party channels only with a no-PHI rule or the subscriber's own BAA"
seed_ref = "IV.1 (section added 2023-04-13)"
product = "Sunshine Conversations (third-party channels)"
kind = "inventory"
responsible = "subscriber"
exception = "explicit"
alternative = "For each third-party channel kept, either (i) enforce and record a rule that no "
  .. "PHI is exchanged on it, or (ii) hold the subscriber's own BAA with the platform; record it"
  .. " as an exception for ZD.SUNCO.1 naming the channel."
automation = "partial"
description = "No third-party channel is connected to Sunshine Conversations unless the "
  .. "subscriber takes full responsibility for it: (i) making sure no PHI appears in messages "
  .. "on that channel, or (ii) signing its own BAA with the platform concerned."
evidence = "GET /sc/v2/apps/{appId}/integrations: every active integration whose type is not "
  .. "web, ios, android, unity, custom or zd:* (that is social platforms and relays such as "
  .. "twilio, messagebird, mailgun, and any type zdaudit does not know). For each one kept, "
  .. "the no-PHI rule or the BAA."
remediation = "Remove third-party channel integrations that are not needed (Admin Center > "
  .. "Channels > Messaging and social, or DELETE /sc/v2/apps/{appId}/integrations/{id}); for "
  .. "each one kept, record a no-PHI rule or the subscriber's own BAA with the platform as an "
  .. "exception for ZD.SUNCO.1."
question = "List the third-party channels of every Sunshine Conversations app (Admin Center > "
  .. "Channels > Messaging and social, or the integrations API). For each, keep either the "
  .. "no-PHI rule for that channel or the subscriber's BAA with the platform."
uses = { "sunco_integrations" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/conversations/" }

function check(snap, ctx)
  return sunco.channels(snap, function(t)
    if sunco.first_party(t) then return nil end
    return sunco.SOCIAL[t] or sunco.RELAY[t] or ("unknown type " .. t)
  end, "third-party channel")
end
