-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.3: Choose which channels may reach the instance.
-- Check: lists the channels that reach the instance (support addresses, Talk numbers, Chat,
--   Sunshine Conversations channels, API access) for a person to justify each.

id = "ZD.GEN.13.3"
title = "Choose which channels may reach the instance"
seed_ref = "SRM III.1.c"
product = "Channels"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber decides which channels may communicate with its instance, for example "
  .. "email, web form, messaging, social, SMS, voice, chat and API."
evidence = "Enabled channels and support addresses (for example GET /api/v2/recipient_addresses). "
  .. "Messaging and social integrations, Talk numbers, Chat. Each one justified for the use "
  .. "case."
remediation = "Review the channels in Admin Center > Channels (email addresses, messaging, social, "
  .. "Talk, Chat, API) and turn off every channel the use case does not need; record the "
  .. "justification of each remaining one."
question = "In Admin Center > Channels, list the channels that reach this account (support email "
  .. "addresses, web form, messaging and social, Talk and text, Chat) and the API access in Apps "
  .. "and integrations > APIs, and confirm each one in use has a recorded justification for the "
  .. "use case and the rest are off. Keep the dated channel list with its justifications."

-- check --
requires = { "recipient_addresses" }
uses = { "talk_phone_numbers", "account_settings", "sunco_integrations" }

local data = require "data"

function check(snap, ctx)
  local ev, parts = {}, {}
  local emails, why = data.list(snap, "recipient_addresses")
  if emails == nil then
    return zd.error(why .. ".", {})
  end
  for _, r in ipairs(emails) do
    ev[#ev + 1] = { endpoint = "recipient_addresses", object = { type = "recipient_address", id = zd.get(r, "id"),
                    title = zd.str(zd.get(r, "name")) }, field = "email", actual = zd.get(r, "email") }
  end
  parts[#parts + 1] = #emails .. " support email address(es)"
  local numbers = zd.items(snap, "talk_phone_numbers")
  if numbers then
    for _, p in ipairs(numbers) do
      ev[#ev + 1] = { endpoint = "talk_phone_numbers", object = { type = "phone_number", id = zd.get(p, "id"),
                      title = zd.str(zd.get(p, "name")) }, field = "capabilities", actual = zd.get(p, "capabilities") }
    end
    parts[#parts + 1] = #numbers .. " Talk number(s)"
  else
    parts[#parts + 1] = "Talk numbers not read"
  end
  local s = snap.account_settings
  if s then
    local chat = zd.bool(zd.get(s, "settings.chat.enabled"))
    parts[#parts + 1] = "Chat " .. (chat == true and "on" or chat == false and "off" or "unknown")
    local tok = zd.bool(zd.get(s, "settings.api.api_token_access"))
    local pw = zd.bool(zd.get(s, "settings.api.api_password_access"))
    parts[#parts + 1] = "API tokens " .. (tok == true and "on" or tok == false and "off" or "unknown")
      .. ", API passwords " .. (pw == true and "on" or pw == false and "off" or "unknown")
  else
    parts[#parts + 1] = "Chat and API access not read (" .. zd.state("account_settings").reason .. ")"
  end
  local integ = zd.items(snap, "sunco_integrations")
  if integ then
    for _, i in ipairs(integ) do
      ev[#ev + 1] = { endpoint = "sunco_integrations", object = { type = "integration", id = zd.get(i, "id"),
                      title = zd.str(zd.get(i, "displayName")) }, field = "type", actual = zd.get(i, "type") }
    end
    parts[#parts + 1] = #integ .. " messaging channel(s)"
  else
    parts[#parts + 1] = "messaging channels not read (" .. zd.state("sunco_integrations").reason .. ")"
  end
  return zd.manual("Channels that reach the instance: " .. table.concat(parts, "; ")
    .. ". Record why each is needed for the use case and turn off the others.", ev)
end
