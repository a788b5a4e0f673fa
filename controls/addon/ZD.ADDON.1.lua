-- SPDX-License-Identifier: MIT
-- ZD.ADDON.1 (also reported as ZD.MSG.11): side conversations carry no PHI, or the
-- subscriber bears all liability. Not applicable when every side-conversation channel is off;
-- when any is on, manual (the no-PHI rule or the liability exception) with channels and roles.
local verdict = require "verdict"

id = "ZD.ADDON.1"
title = "Side conversations carry no PHI, or the subscriber bears all liability"
seed_ref = "VII.1 (section added 2020-08; same text as III.11)"
product = "Collaboration add-on (side conversations, child tickets)"
kind = "content"
responsible = "subscriber"
exception = "explicit"
alternative = "Use side conversations with PHI and record that the subscriber bears all liability for "
  .. "it."
automation = "partial"
description = "Side conversations let agents, at their discretion, create child tickets and send"
  .. " messages to recipients by email, Slack, Microsoft Teams or integrations. In a"
  .. " healthcare-enabled account that uses them, the subscriber either (i) makes sure no PHI is in"
  .. " those messages, or (ii) where they may contain PHI, bears all liability, costs and damages"
  .. " from any unauthorised acquisition, access, use or disclosure of PHI through them (possibly"
  .. " an indemnity, §6 of the catalog)."
evidence = "GET /api/v2/account/settings: settings.side_conversations.{email_channel,"
  .. " slack_channel, msteams_channel, tickets_channel} (all false => not applicable); GET"
  .. " /api/v2/custom_roles: roles with configuration.side_conversation_create. Then the no-PHI"
  .. " rule with agent guidance, or an exception entry accepting limb (ii)."
remediation = "Turn off side-conversation channels that are not needed in Admin Center > Objects"
  .. " and rules > Tickets > Settings > Side conversations, and remove side_conversation_create"
  .. " from roles that do not need it (Admin Center > People > Team > Roles). For the rest, publish"
  .. " a no-PHI rule for side conversations and monitor it, or record an exception for ZD.ADDON.1"
  .. " accepting all liability (limb ii)."
question = "List the side-conversation channels that are on (Admin Center > Objects and rules >"
  .. " Tickets > Settings > Side conversations) and the roles that may create them. Keep either the"
  .. " no-PHI rule given to agents, with how it is monitored, or the signed acceptance of liability"
  .. " for PHI in side conversations."
uses = { "account_settings", "custom_roles" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

local CHANNELS = { "email_channel", "slack_channel", "msteams_channel", "tickets_channel" }

function check(snap, ctx)
  if snap.account_settings == nil then
    return verdict.missing("account_settings", "Check Admin Center > Objects and rules > Tickets "
      .. "> Settings > Side conversations.")
  end
  local sc, how = zd.get(snap.account_settings, "settings.side_conversations")
  if sc == nil then
    return zd.manual("settings.side_conversations is " .. (how or "absent") .. " in account "
      .. "settings, so whether side conversations are on is unknown (the Collaboration add-on "
      .. "may be missing); confirm in Admin Center > Objects and rules > Tickets > Settings.",
      { { endpoint = "account_settings", field = "settings.side_conversations", actual = how } })
  end
  if zd.type(sc) ~= "object" then
    return verdict.error("settings.side_conversations is not an object.")
  end
  local ev, on, unknown = {}, {}, {}
  for _, ch in ipairs(CHANNELS) do
    local v = sc[ch]
    local b = zd.bool(v)
    ev[#ev + 1] = { endpoint = "account_settings", field = "settings.side_conversations." .. ch,
                    actual = v }
    if b == true then
      on[#on + 1] = ch
    elseif b == nil and v ~= nil and v ~= zd.null then
      return verdict.error("settings.side_conversations." .. ch .. " is not a boolean.")
    elseif b == nil then
      unknown[#unknown + 1] = ch
    end
  end
  if #on == 0 and #unknown == 0 then
    return zd.na("Side conversations are off: no channel is enabled (email, Slack, Microsoft "
      .. "Teams, child tickets).", ev)
  end
  local roles = zd.items(snap, "custom_roles")
  if roles ~= nil then
    local creators = 0
    for _, r in ipairs(roles) do
      if zd.bool(zd.get(r, "configuration.side_conversation_create")) == true then
        creators = creators + 1
        ev[#ev + 1] = { endpoint = "custom_roles", object = { type = "custom_role",
                        id = zd.int(r.id), title = zd.str(r.name) },
                        field = "configuration.side_conversation_create", actual = true,
                        note = "members: " .. tostring(zd.int(r.team_member_count) or "?") }
      end
    end
  end
  if #on == 0 then
    return zd.manual("No side-conversation channel is reported on, but "
      .. table.concat(unknown, ", ") .. " " .. ((#unknown == 1) and "is" or "are")
      .. " missing; confirm in Admin Center that side conversations are off.", ev)
  end
  return zd.manual("Side conversations are on (" .. table.concat(on, ", ") .. "): show the "
    .. "no-PHI rule given to agents, or record an exception accepting limb (ii) liability.", ev)
end
