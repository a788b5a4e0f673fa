-- SPDX-License-Identifier: MIT
-- chat.lua — whether legacy Zendesk Chat is on, from account settings, for the CHAT controls:
-- they are not applicable only when the snapshot proves Chat off; the Chat dashboard settings
-- themselves (email piping, transcripts) have no API, so an enabled Chat means a person checks.
local verdict = require "verdict"
local feature = require "feature"
local M = {}

-- probe(body) -> "off" | "on" | "unknown", evidence, for the account_settings body.
function M.probe(s)
  local enabled_v = zd.get(s, "settings.chat.enabled")
  local active_v = zd.get(s, "settings.active_features.chat")
  local enabled, active = zd.bool(enabled_v), zd.bool(active_v)
  local ev = {
    { endpoint = "account_settings", field = "settings.chat.enabled", actual = enabled_v },
    { endpoint = "account_settings", field = "settings.active_features.chat", actual = active_v },
  }
  if enabled == true or active == true then return "on", ev end
  if enabled == false then return "off", ev end
  return "unknown", ev
end

-- The result for a CHAT control a person must check while Chat is on (feature.lua).
function M.ask_unless_off(snap, ask)
  return feature.ask_unless_off(snap, "account_settings", "Zendesk Chat", M.probe, ask)
end

-- The same, for a check that decides on its own when Chat is on: returns nil, ev when on.
function M.off_or_missing(snap)
  if snap.account_settings == nil then
    return verdict.missing("account_settings")
  end
  local st, ev = M.probe(snap.account_settings)
  if st == "off" then
    return zd.na("Zendesk Chat is off (settings.chat.enabled false).", ev)
  end
  if st == "unknown" then
    return verdict.error("settings.chat.enabled is missing or not a boolean, so whether Chat is on "
      .. "is unknown.")
  end
  return nil, ev
end

return M
