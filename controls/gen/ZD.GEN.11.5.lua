-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.5: Configure API access and understand what it implies.
-- Check: API access as configured (token and password access, OAuth clients), judged by the
--   worst of ZD.SUP.4.1, 4.2 and 4.3 (zd.result).

id = "ZD.GEN.11.5"
title = "Configure API access and understand what it implies"
seed_ref = "SRM I.1.e"
product = "Admin Center (API configuration), Sunshine"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "Where relevant (integrations, use of Sunshine services), the subscriber configures "
  .. "access to Zendesk's REST APIs and understands the consequences of using them. The "
  .. "healthcare specifics are SUP.4.x and SUNCO.2.x."
evidence = "Account settings api.api_token_access and api.api_password_access; OAuth client list. "
  .. "See SUP.4."
remediation = "In Admin Center > Apps and integrations > APIs > Zendesk API, turn off token and "
  .. "password access that is not needed, prefer OAuth clients, and document every API "
  .. "credential (see ZD.SUP.4)."
question = "In Admin Center > Apps and integrations > APIs > API configuration, record whether API "
  .. "token access and API password access are on, and confirm each is on only because a "
  .. "documented integration needs it (ZD.SUP.4.1 to ZD.SUP.4.3). Keep a dated screenshot and the "
  .. "list of integrations that justify each."

-- check --
uses = { "account_settings", "oauth_clients" }

local S = require "status"

function check(snap, ctx)
  local api = zd.get(snap.account_settings, "settings.api")
  local subs = { S.of("ZD.SUP.4.1"), S.of("ZD.SUP.4.2"), S.of("ZD.SUP.4.3") }
  local ev = {}
  for _, f in ipairs({ "api_token_access", "api_password_access", "api_password_access_end_users" }) do
    local v = zd.get(api, f)
    if v ~= nil then
      ev[#ev + 1] = { endpoint = "account_settings", path = "settings.api." .. f, actual = v }
    end
  end
  local parts, relevant, why = {}, {}, {}
  for _, r in ipairs(subs) do
    ev[#ev + 1] = { note = r.id .. " " .. r.status .. ": " .. r.details }
    parts[#parts + 1] = r.id .. " " .. r.status
    if r.status ~= "not_applicable" then relevant[#relevant + 1] = r end
  end
  local w = S.worst(relevant)
  if w == nil then
    return zd.na("No API access model is in use.", ev)
  end
  -- The sub-controls at the worst status say which objects and fields decided.
  for _, r in ipairs(relevant) do
    if r.status == w.status and not S.satisfied(r.status) then
      why[#why + 1] = r.id .. ": " .. r.details
      if r.status == "fail" then S.carry(ev, r) end
    end
  end
  return S.result(w.status, "API access as configured: " .. table.concat(parts, ", ") .. "."
    .. ((#why > 0) and (" " .. table.concat(why, " ")) or ""), ev)
end
