-- SPDX-License-Identifier: MIT
-- ZD.CHAT.3: no PHI in Chat, or every agent is authorised to see it. A process: manual while
-- Chat is on; not applicable when account settings prove Chat off.
local chat = require "chat"

id = "ZD.CHAT.3"
title = "No PHI in Chat, or all agents are authorised to see it"
seed_ref = "V.3 (added 2021-07-09, for Agent Workspace use)"
product = "Chat / Agent Workspace"
kind = "process"
responsible = "subscriber"
exception = "explicit"
alternative = "Either keep PHI out of Chat (policy and monitoring), or authorise all Chat agents "
  .. "in writing to see it; either limb satisfies the control."
automation = "manual"
description = "Either there is no PHI in Chat, or every agent who can see chats is authorised to "
  .. "see such data (in the Agent Workspace chats are visible to agents broadly)."
evidence = "A written authorisation covering all agents, or a no-PHI-in-Chat policy with its "
  .. "monitoring. settings.chat.enabled = false (GET /api/v2/account/settings) makes the "
  .. "control not applicable."
remediation = "Either forbid PHI in Chat and monitor it, or record written authorisation that all "
  .. "Chat agents may see PHI."
question = "Show either the written authorisation that every agent may see PHI in chats, or the "
  .. "no-PHI-in-Chat policy with evidence that it is monitored. Keep it signed and dated."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  return chat.ask_unless_off(snap, "show the written authorisation of all agents for PHI in "
    .. "chats, or the monitored no-PHI-in-Chat policy.")
end
