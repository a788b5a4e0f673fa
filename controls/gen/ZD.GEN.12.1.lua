-- SPDX-License-Identifier: MIT
-- ZD.GEN.12.1: Security review of API and SDK integrations.
-- Check: lists every integration built on the APIs (OAuth clients and tokens, API tokens,
--   webhooks, Sunshine Conversations keys and custom integrations) for the security review a
--   person records; not applicable only when every one of those lists was read and is empty.

id = "ZD.GEN.12.1"
title = "Security review of API and SDK integrations"
seed_ref = "SRM II.1.a"
product = "Integrations"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber weighs the security impact of every third-party integration built on the "
  .. "Zendesk APIs or SDKs."
evidence = "Zendesk objects, each with an owner, purpose, data accessed and date of last review: "
  .. "OAuth clients: GET /api/v2/oauth/clients; OAuth tokens: GET /api/v2/oauth/tokens; API "
  .. "tokens: GET /api/v2/api_tokens; Webhooks: GET /api/v2/webhooks. Sunshine Conversations "
  .. "integrations and keys (see SUNCO.2)."
remediation = "Keep a register of every OAuth client, OAuth token, API token and webhook (Admin Center "
  .. "> Apps and integrations > APIs and > Webhooks) with owner, purpose, data accessed and "
  .. "date of last security review; remove what nobody owns."
question = "For every OAuth client, OAuth token and API token (Admin Center > Apps and "
  .. "integrations > APIs), every webhook (Apps and integrations > Webhooks), and every Sunshine "
  .. "Conversations integration and key, confirm the integration register names its owner, "
  .. "purpose, the data it reaches and the date of its last security review. Keep the register, "
  .. "with review dates inside the subscriber's review cycle."

-- check --
uses = { "oauth_clients", "oauth_tokens", "api_tokens", "webhooks", "account_settings", "sunco_keys",
         "sunco_integrations" }

local data = require "data"

local SOURCES = {
  { key = "oauth_clients", type = "oauth_client", title = "name", skip_global = true },
  { key = "oauth_tokens", type = "oauth_token", title = "client_id" },
  { key = "api_tokens", type = "api_token", title = "description", active = true },
  { key = "webhooks", type = "webhook", title = "name" },
}

function check(snap, ctx)
  local ev, counts, total = {}, {}, 0
  local token_access = zd.bool(zd.get(snap.account_settings, "settings.api.api_token_access"))
  for _, s in ipairs(SOURCES) do
    local items = zd.items(snap, s.key)
    if items == nil then
      if not (s.key == "api_tokens" and token_access == false) then
        return data.missing(s.key, "the integration inventory")
      end
      items = {}
    end
    local n = 0
    for _, it in ipairs(items) do
      local skip = (s.skip_global and zd.bool(zd.get(it, "global")) == true)
        or (s.active and zd.bool(zd.get(it, "active")) == false)
      if not skip then
        n = n + 1
        if #ev < 40 then
          local t = zd.get(it, s.title)
          ev[#ev + 1] = { endpoint = s.key, object = { type = s.type, id = zd.get(it, "id"),
                          title = t ~= nil and tostring(t) or nil }, note = "review: owner, purpose, data reached" }
        end
      end
    end
    counts[#counts + 1] = s.key .. " " .. n
    total = total + n
  end
  -- Sunshine Conversations: API keys and custom (webhook) integrations, when collected; they
  -- need separate credentials, so an unread list is named rather than failing the inventory.
  local unread = {}
  for _, s in ipairs({ { key = "sunco_keys", type = "sunco_key", title = "displayName" },
                       { key = "sunco_integrations", type = "sunco_integration", title = "displayName",
                         custom = true } }) do
    local items = zd.items(snap, s.key)
    if items == nil then
      unread[#unread + 1] = zd.state(s.key).reason
    else
      local n = 0
      for _, it in ipairs(items) do
        if not s.custom or zd.str(zd.get(it, "type")) == "custom" then
          n = n + 1
          if #ev < 40 then
            ev[#ev + 1] = { endpoint = s.key, object = { type = s.type, id = zd.str(zd.get(it, "id")),
                            title = zd.str(zd.get(it, s.title)) }, note = "review: owner, purpose, data reached" }
          end
        end
      end
      counts[#counts + 1] = s.key .. (s.custom and " (custom) " or " ") .. n
      total = total + n
    end
  end
  for _, key in ipairs({ "oauth_clients", "oauth_tokens", "api_tokens", "webhooks", "sunco_keys",
                         "sunco_integrations" }) do
    if data.truncated(key) then unread[#unread + 1] = "the '" .. key .. "' list was truncated" end
  end
  if total == 0 and #unread == 0 then
    return zd.na("No OAuth client, OAuth token, API token, webhook, Sunshine Conversations key or "
      .. "custom integration exists: nothing is built on the APIs.", ev)
  end
  if #unread > 0 then
    ev[#ev + 1] = { note = "not read in full: " .. table.concat(unread, "; ") }
    return zd.manual("Integrations built on the APIs (" .. table.concat(counts, ", ") .. "); "
      .. "some lists were not read in full (" .. unread[1] .. "): list what is missing in "
      .. "Admin Center > Apps and integrations > APIs. Record "
      .. "for each integration its owner, purpose, data accessed and the date of its last "
      .. "security review.", ev)
  end
  return zd.manual("Integrations built on the APIs (" .. table.concat(counts, ", ") .. "): record for "
    .. "each its owner, purpose, data accessed and the date of its last security review.", ev)
end
