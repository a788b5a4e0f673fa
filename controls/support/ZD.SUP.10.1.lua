-- SPDX-License-Identifier: MIT
-- ZD.SUP.10.1: Text messaging is not used in healthcare-enabled accounts.
-- Check: no SMS-capable Talk number, no active rule with an SMS notification action, and no
--   SMS channel (twilio, messagebird) in Sunshine Conversations; unreadable sources keep it open.

id = "ZD.SUP.10.1"
title = "Text messaging is not used in healthcare-enabled accounts"
seed_ref = "I.10.a"
product = "Support / Talk / text channels"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Use SMS and record that the subscriber takes full responsibility for it, including "
  .. "making sure SMS carries no PHI (ZD.SUP.10.2)."
automation = "partial"
description = "SMS text-messaging features are not used in the healthcare-enabled account."
evidence = "No SMS-enabled numbers (Talk phone numbers with SMS capability). No third-party SMS "
  .. "channel integrations. No active triggers or automations with SMS notification actions."
remediation = "Remove SMS capability from Talk numbers (Admin Center > Channels > Talk and email > Talk"
  .. " > Numbers), remove SMS actions from triggers and automations, and remove third-party "
  .. "SMS channels."
  .. " Or, as the baseline allows: use SMS and record that the subscriber takes full "
  .. "responsibility for it, including making sure SMS carries no PHI (ZD.SUP.10.2)."
question = "In Admin Center > Channels > Talk and email > Talk > Numbers, confirm no number has "
  .. "text (SMS) turned on; in Objects and rules > Business rules, confirm no active trigger or "
  .. "automation sends a text notification; in Channels > Messaging and social, confirm no SMS "
  .. "channel (Twilio, MessageBird) is connected. Keep dated screenshots or exports of all three."

-- check --
uses = { "talk_phone_numbers", "triggers", "automations", "account_settings", "sunco_integrations" }

local data = require "data"
local R = require "rules"
local shape = require "shape"

local SMS_CHANNELS = { twilio = true, messagebird = true }

function check(snap, ctx)
  local unusable = R.unusable(snap)
    or shape.list(zd.items(snap, "talk_phone_numbers"), "talk_phone_numbers",
                  { capabilities = "object", sms_enabled = "boolean" })
    or shape.list(zd.items(snap, "sunco_integrations"), "sunco_integrations",
                  { type = "string!", status = "string" })
  if unusable then return shape.error(unusable) end
  local found, ev, unknown = {}, {}, {}
  -- Talk numbers
  local numbers = zd.items(snap, "talk_phone_numbers")
  if numbers == nil then
    local voice = zd.bool(zd.get(snap.account_settings, "settings.voice.enabled"))
    if voice == false then
      ev[#ev + 1] = { endpoint = "account_settings", path = "settings.voice.enabled", actual = false,
                      note = "Talk is off, so no Talk number can send SMS" }
    else
      unknown[#unknown + 1] = "Talk numbers (" .. data.reason("talk_phone_numbers") .. ")"
    end
  else
    for _, p in ipairs(numbers) do
      local sms = zd.bool(zd.get(p, "capabilities.sms")) == true or zd.bool(zd.get(p, "sms_enabled")) == true
      if sms then
        local num = zd.str(zd.get(p, "display_number")) or zd.str(zd.get(p, "number")) or "?"
        found[#found + 1] = "Talk number " .. num .. " can send SMS"
        ev[#ev + 1] = { endpoint = "talk_phone_numbers",
                        object = { type = "phone_number", id = zd.get(p, "id"), title = zd.str(zd.get(p, "name")) },
                        path = "capabilities.sms", actual = true, expected = false,
                        note = zd.get(p, "sms_group_id") ~= nil and ("sms_group_id " .. tostring(zd.get(p, "sms_group_id"))) or nil }
      end
    end
  end
  -- Business rules with SMS actions
  for _, src in ipairs({ { key = "triggers", kind = "trigger" }, { key = "automations", kind = "automation" } }) do
    local items = zd.items(snap, src.key)
    if items == nil then
      unknown[#unknown + 1] = src.key .. " (" .. data.reason(src.key) .. ")"
    end
    for _, n in ipairs(R.notifications_of(snap, src.key, src.kind, { sms = true })) do
      local obj = R.object(n)
      found[#found + 1] = n.kind .. " " .. tostring(obj.id) .. " \"" .. (obj.title or "") .. "\" sends SMS (" .. n.action .. ")"
      ev[#ev + 1] = { endpoint = src.key, object = obj, field = n.action, actual = n.action, expected = "no SMS action" }
    end
  end
  -- Third-party SMS channels
  local integ = zd.items(snap, "sunco_integrations")
  if integ == nil then
    unknown[#unknown + 1] = "third-party SMS channels (" .. data.reason("sunco_integrations") .. ")"
  else
    for _, i in ipairs(integ) do
      local t = zd.str(zd.get(i, "type"))
      if t and SMS_CHANNELS[t] and zd.str(zd.get(i, "status")) ~= "inactive" then
        found[#found + 1] = "Sunshine Conversations " .. t .. " channel \"" .. (zd.str(zd.get(i, "displayName")) or "") .. "\""
        ev[#ev + 1] = { endpoint = "sunco_integrations",
                        object = { type = "integration", id = zd.get(i, "id"), title = zd.str(zd.get(i, "displayName")) },
                        field = "type", actual = t, expected = "no SMS channel" }
      end
    end
  end
  if #found > 0 then
    return zd.fail("SMS text messaging is in use: " .. table.concat(found, "; ") .. ".", ev)
  end
  if #unknown > 0 then
    return zd.manual("No SMS found in what was collected, but these could not be read: "
      .. table.concat(unknown, "; ") .. ". Confirm that no SMS feature is used.", ev)
  end
  return zd.pass("No SMS-capable Talk number, SMS rule action or SMS channel is in use.", ev)
end
