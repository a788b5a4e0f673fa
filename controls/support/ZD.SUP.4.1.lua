-- SPDX-License-Identifier: MIT
-- ZD.SUP.4.1: OAuth 2.0: preferred; distinct client identities; least-privilege scopes.
-- Check: oauth_clients (generic or duplicate names, duplicate identifiers) and oauth_tokens
--   (unexpired tokens with disallowed_oauth_scopes, unused for stale_token_days).

id = "ZD.SUP.4.1"
title = "OAuth 2.0: preferred; distinct client identities; least-privilege scopes"
seed_ref = "I.4.a"
product = "Support API (OAuth)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Use OAuth 2.0 wherever possible. It offers the finest-grained control, but users must "
  .. "consent to the access it requests. Give every OAuth client a descriptive, unique name "
  .. "and a unique identifier. Give every OAuth token only the minimum permissions (scopes) "
  .. "needed for its task."
evidence = "GET /api/v2/oauth/clients: name unique and non-generic; identifier unique. GET "
  .. "/api/v2/oauth/tokens: scopes. Flag the broad read / write scopes where resource-specific"
  .. " scopes would do. Use used_at to find stale tokens."
remediation = "In Admin Center > Apps and integrations > APIs > OAuth clients, give each client a "
  .. "unique descriptive name and identifier; revoke OAuth tokens with broad read/write or "
  .. "impersonate scopes and re-issue them with resource-specific scopes; revoke unused "
  .. "tokens."
question = "In Admin Center > Apps and integrations > APIs > OAuth clients, confirm each client "
  .. "has a unique, descriptive name and a unique identifier; in the token list (GET "
  .. "/api/v2/oauth/tokens), confirm each token holds only the scopes its task needs (no write or "
  .. "impersonate where one resource's scope would do) and unused tokens are revoked. Keep the "
  .. "dated client and token lists with their scopes."

-- check --
uses = { "oauth_clients", "oauth_tokens" }
params = { "disallowed_oauth_scopes", "stale_token_days", "generic_credential_names" }

local data = require "data"
local inv = require "inventory"

function check(snap, ctx)
  local clients = zd.items(snap, "oauth_clients")
  local tokens = zd.items(snap, "oauth_tokens")
  local stale = zd.int(ctx.params.stale_token_days) or 90
  local disallowed = {}
  for _, s in ipairs(ctx.params.disallowed_oauth_scopes or {}) do
    disallowed[s] = true
  end
  local ev, problems, names, byid = {}, {}, {}, {}
  local function flag(endpoint, obj, field, actual, expected, what, client)
    if zd.excepted("oauth_clients", client) then return end
    ev[#ev + 1] = { endpoint = endpoint, object = obj, field = field, actual = actual, expected = expected }
    problems[#problems + 1] = obj.type .. " " .. tostring(obj.id) .. " \"" .. (obj.title or "") .. "\" " .. what
  end
  if clients ~= nil then
    local mine = {}
    for _, c in ipairs(clients) do
      names[zd.int(zd.get(c, "id")) or -1] = zd.str(zd.get(c, "name"))
      byid[zd.int(zd.get(c, "id")) or -1] = c
      if zd.bool(zd.get(c, "global")) ~= true then
        mine[#mine + 1] = c
        if inv.generic(zd.str(zd.get(c, "name")), ctx.params.generic_credential_names) then
          flag("oauth_clients", data.object("oauth_client", c), "name", zd.get(c, "name") or "none",
            "a unique, descriptive name", "has a generic name", c)
        end
      end
    end
    for _, field in ipairs({ "name", "identifier" }) do
      inv.each_duplicate(mine, field, function(c)
        flag("oauth_clients", data.object("oauth_client", c), field, zd.get(c, field),
          "unique", "shares its " .. field .. " with another client", c)
      end)
    end
  end
  local live = 0
  if tokens ~= nil then
    for _, t in ipairs(tokens) do
      local exp = zd.time(zd.str(zd.get(t, "expires_at")))
      if exp == nil or exp > ctx.now then
        live = live + 1
        local cid = zd.int(zd.get(t, "client_id"))
        local obj = { type = "oauth_token", id = zd.get(t, "id"),
                      title = "client " .. tostring(cid) .. (names[cid] and (" " .. names[cid]) or "") }
        local broad = {}
        local scopes = zd.get(t, "scopes")
        if zd.type(scopes) == "array" then
          for _, s in ipairs(scopes) do
            if disallowed[s] then broad[#broad + 1] = s end
          end
        end
        if #broad > 0 then
          flag("oauth_tokens", obj, "scopes", table.concat(broad, " "), "resource-specific scopes (e.g. tickets:read)",
            "has broad scope(s) " .. table.concat(broad, ", "), byid[cid] or cid)
        end
        local actual, expected, what = inv.unused(zd.get(t, "used_at"), ctx.now, stale)
        if actual ~= nil then
          flag("oauth_tokens", obj, "used_at", actual, expected, what, byid[cid] or cid)
        end
      end
    end
  end
  if #problems > 0 then
    return zd.fail(#problems .. " OAuth finding(s): " .. table.concat(problems, "; ") .. ".", ev)
  end
  if clients == nil then
    return data.missing("oauth_clients", "OAuth clients")
  end
  if tokens == nil then
    return data.missing("oauth_tokens", "OAuth token scopes")
  end
  if data.truncated("oauth_clients") or data.truncated("oauth_tokens") then
    return data.incomplete(data.truncated("oauth_clients") and "oauth_clients" or "oauth_tokens", "OAuth inventory")
  end
  ev[#ev + 1] = { endpoint = "oauth_tokens", note = #clients .. " OAuth client(s), " .. live .. " unexpired token(s)" }
  return zd.pass(#clients .. " OAuth client(s) with unique, descriptive names; " .. live
    .. " unexpired token(s), none with a disallowed scope or unused.", ev)
end
