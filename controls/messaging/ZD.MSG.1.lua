-- SPDX-License-Identifier: MIT
-- ZD.MSG.1: no social-media messaging channel without a no-PHI rule or the subscriber's own BAA.
-- Lists active social integrations (WhatsApp, Messenger, Instagram, …) of the Sunshine
-- Conversations app by type; each one fails until an exception records rule (i) or BAA (ii).
local sunco = require "sunco"

id = "ZD.MSG.1"
title = "Social messaging channels only with a no-PHI rule or the subscriber's own BAA"
seed_ref = "III.1 (section added 2023-02-24; (i)/(ii) labels added 2023-04-13)"
product = "Messaging (social channels)"
kind = "inventory"
responsible = "subscriber"
exception = "explicit"
alternative = "For each social channel kept, either (i) enforce and record a rule that no PHI is "
  .. "exchanged on it, or (ii) hold the subscriber's own BAA with the platform; record it as an "
  .. "exception for ZD.MSG.1 naming the channel."
automation = "partial"
description = "No social-media messaging channel is connected unless the subscriber takes full "
  .. "responsibility for it: (i) making sure no PHI appears in messages on that channel, or "
  .. "(ii) signing its own BAA with the messaging platform concerned."
evidence = "The Sunshine Conversations integrations of the account's messaging app (GET "
  .. "/sc/v2/apps/{appId}/integrations): every active integration whose type is a social "
  .. "platform (whatsapp, messenger, instagram, twitter, telegram, line, viber, wechat, kakao, "
  .. "apple, googlercs). For each one kept, the no-PHI rule or the BAA with the platform."
remediation = "In Admin Center > Channels > Messaging and social > Messaging, remove the social "
  .. "channels that are not needed; for each one kept, record a no-PHI rule for that channel "
  .. "or the subscriber's own BAA with the platform as an exception for ZD.MSG.1."
question = "List the social messaging channels connected in Admin Center > Channels > Messaging "
  .. "and social (WhatsApp, Facebook Messenger, Instagram, X, LINE, Telegram, Viber, Apple "
  .. "Messages for Business, …). For each, keep either the no-PHI rule given to agents and end "
  .. "users, or the subscriber's BAA with the platform."
uses = { "sunco_integrations" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/conversations/" }

function check(snap, ctx)
  return sunco.channels(snap, function(t) return sunco.SOCIAL[t] end,
    "social messaging channel")
end
