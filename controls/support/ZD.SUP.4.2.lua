-- SPDX-License-Identifier: MIT
-- ZD.SUP.4.2: API tokens: one per service, named, not shared, rotated.
-- Check: api_tokens inventory (active tokens: generic or duplicate descriptions, older than
--   api_token_rotation_days, unused for stale_token_days); token access off is not applicable.

id = "ZD.SUP.4.2"
title = "API tokens: one per service, named, not shared, rotated"
seed_ref = "I.4.b"
product = "Support API (API tokens)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "An API token can use the whole API, so it is the broadest model and must be used with "
  .. "care. If API tokens are used, the subscriber must: (i) use a separate token for each "
  .. "service or integration, each with a descriptive name (ii) never share tokens with third "
  .. "parties, except where reasonably necessary, and then only over an end-to-end encrypted "
  .. "transfer; (iii) rotate a token immediately if it was shared with a third party and the "
  .. "subscriber learns that third party has suffered a data breach; (iv) rotate tokens "
  .. "frequently, at least as often as its organisational policy requires. Since 2023-04-13 "
  .. "the seed sets no fixed interval."
evidence = "Account setting api.api_token_access (if off, the control is N/A). GET "
  .. "/api/v2/api_tokens: description present and unique; token age from created_at checked "
  .. "against the policy's rotation interval; last_used_at. Register of tokens shared with "
  .. "third parties and how they were transferred. A breach-triggered rotation procedure."
remediation = "In Admin Center > Apps and integrations > APIs > API tokens, give every service its own "
  .. "token with a descriptive unique name, delete unused tokens, rotate tokens older than the"
  .. " rotation interval, and rotate at once any token shared with a breached third party; "
  .. "move integrations to OAuth (API tokens stop working on 2027-04-30)."
question = "In Admin Center > Apps and integrations > APIs > API tokens, confirm each active "
  .. "token's name says which service uses it, no two services share a token, and each was created "
  .. "within the rotation interval; confirm there is a register of tokens given to third parties "
  .. "(with the encrypted transfer used) and a breach-triggered rotation procedure. Keep the dated "
  .. "token list, the register and the procedure."

-- check --
uses = { "account_settings", "api_tokens" }
params = { "api_token_rotation_days", "stale_token_days", "generic_credential_names" }

local data = require "data"
local inv = require "inventory"

local SUNSET = "API tokens stop working on 2027-04-30 (Zendesk's migration to OAuth); plan the move."

function check(snap, ctx)
  local access_raw = zd.get(snap.account_settings, "settings.api.api_token_access")
  local access = zd.bool(access_raw)
  if access == false then
    return zd.na("API token access is off (settings.api.api_token_access " .. tostring(access_raw)
      .. "), so no API token can be used.", { { endpoint = "account_settings",
      path = "settings.api.api_token_access", actual = access_raw } })
  end
  local tokens = zd.items(snap, "api_tokens")
  if tokens == nil then
    return data.missing("api_tokens", "API tokens")
  end
  local rotation = zd.int(ctx.params.api_token_rotation_days) or 90
  local stale = zd.int(ctx.params.stale_token_days) or 90
  local generic = ctx.params.generic_credential_names
  local active = {}
  for _, t in ipairs(tokens) do
    if zd.bool(zd.get(t, "active")) ~= false then
      active[#active + 1] = t
    end
  end
  local ev, problems = {}, {}
  local function flag(t, field, actual, expected, what)
    if zd.excepted("api_tokens", t) then return end
    local obj = data.object("api_token", t, "description")
    ev[#ev + 1] = { endpoint = "api_tokens", object = obj, field = field, actual = actual, expected = expected }
    problems[#problems + 1] = "token " .. tostring(obj.id) .. " \"" .. (obj.title or "") .. "\" " .. what
  end
  for _, t in ipairs(active) do
    local desc = zd.str(zd.get(t, "description"))
    if inv.generic(desc, generic) then
      flag(t, "description", desc or "none", "a name saying which service uses it", "has a generic name")
    end
    local age = inv.age_days(zd.get(t, "created_at"), ctx.now)
    if age == nil then
      flag(t, "created_at", zd.get(t, "created_at") or "absent", "a creation date", "has no readable creation date")
    elseif age > rotation then
      flag(t, "created_at", zd.get(t, "created_at"), "at most " .. rotation .. " days old",
        "is " .. age .. " days old (rotation every " .. rotation .. " days)")
    end
    local actual, expected, what = inv.unused(zd.get(t, "last_used") or zd.get(t, "last_used_at"),
      ctx.now, stale)
    if actual ~= nil then
      flag(t, "last_used", actual, expected, what)
    end
  end
  inv.each_duplicate(active, "description", function(t)
    flag(t, "description", zd.get(t, "description"), "one token per service, names unique",
      "shares its name with another token")
  end)
  ev[#ev + 1] = { endpoint = "api_tokens", note = #active .. " active API token(s). " .. SUNSET }
  if #problems > 0 then
    return zd.fail(#problems .. " API token finding(s): " .. table.concat(problems, "; ") .. ". " .. SUNSET, ev)
  end
  if #active == 0 then
    return zd.pass("No active API token exists. " .. SUNSET, ev)
  end
  return zd.pass(#active .. " active API token(s), each with its own descriptive name, younger than "
    .. rotation .. " days and in use. Sharing with third parties and breach-triggered rotation "
    .. "stay procedural: keep the register. " .. SUNSET, ev)
end
