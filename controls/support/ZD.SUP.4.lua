-- SPDX-License-Identifier: MIT
-- ZD.SUP.4: The subscriber owns the security implications of API access.
-- Check: the API inventory (OAuth clients and tokens, API tokens, webhooks, targets) with the
--   results of SUP.4.1-4.3; webhooks or targets sending over plain http fail; else a person reviews.

id = "ZD.SUP.4"
title = "The subscriber owns the security implications of API access"
seed_ref = "I.4 (lead-in)"
product = "Support API"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Wherever the account allows calls to the Zendesk API, the subscriber is fully "
  .. "responsible for understanding the security effect of every subscriber or third-party "
  .. "entity allowed to create, read, change or delete Service Data and PHI through that "
  .. "access or through integrations. The subscriber must apply the practices for the API "
  .. "model in use (SUP.4.1–4.3)."
evidence = "A complete register of API credentials and integrations, with owner, purpose and data "
  .. "reached, built from SUP.4.1 and 4.2 plus webhooks and targets. The audit log shows when "
  .. "credentials were created or changed."
remediation = "Keep a register of every API credential and integration (OAuth clients and tokens, API "
  .. "tokens, webhooks, targets) with owner, purpose and data reached, and apply ZD.SUP.4.1 to"
  .. " 4.3."
question = "Confirm the API register lists every OAuth client and token, API token (Admin Center > "
  .. "Apps and integrations > APIs), webhook and legacy target, each with an owner, purpose and "
  .. "the data it reaches, and that none sends ticket data over plain HTTP. Keep the register, "
  .. "reconciled with Admin Center and dated."

-- check --
uses = { "oauth_clients", "oauth_tokens", "api_tokens", "webhooks", "targets", "account_settings" }

local S = require "status"
local data = require "data"
local verdict = require "verdict"

local function count(snap, key)
  local items = zd.items(snap, key)
  return items and #items or nil
end

function check(snap, ctx)
  local subs = { S.of("ZD.SUP.4.1"), S.of("ZD.SUP.4.2"), S.of("ZD.SUP.4.3") }
  local ev, problems = {}, {}
  for _, r in ipairs(subs) do
    ev[#ev + 1] = { note = r.id .. " " .. r.status .. ": " .. r.details }
    if r.status == "fail" then
      problems[#problems + 1] = r.id .. " fails (" .. r.details:gsub("%.$", "") .. ")"
      S.carry(ev, r)
    end
  end
  -- Outbound integrations that send ticket data in clear text.
  for _, src in ipairs({ { key = "webhooks", url = "endpoint", type = "webhook", title = "name", on = "status" },
                         { key = "targets", url = "target_url", type = "target", title = "title", on = "active" } }) do
    for _, w in ipairs(zd.items(snap, src.key) or {}) do
      local url = zd.str(zd.get(w, src.url))
      local state = zd.get(w, src.on)
      local active = state == "active" or zd.bool(state) == true
      -- Only the origin is shown: a URL's user info, path or query may carry a credential.
      if active and url and not verdict.is_https(url) and verdict.origin(url) then
        local obj = data.object(src.type, w, src.title)
        problems[#problems + 1] = src.type .. " " .. tostring(obj.id) .. " \"" .. (obj.title or "")
          .. "\" sends to " .. verdict.origin(url) .. " without TLS (" .. src.url .. ")"
        ev[#ev + 1] = { endpoint = src.key, object = obj, field = src.url,
                        actual = verdict.origin(url), expected = "https://" }
      end
    end
  end
  local inventory = {}
  for _, key in ipairs({ "oauth_clients", "oauth_tokens", "api_tokens", "webhooks", "targets" }) do
    local n = count(snap, key)
    inventory[#inventory + 1] = key .. ": " .. (n and tostring(n) or "not read")
  end
  ev[#ev + 1] = { note = "inventory: " .. table.concat(inventory, ", ") }
  if #problems > 0 then
    return zd.fail("API access needs attention: " .. table.concat(problems, "; ") .. ".", ev)
  end
  local worst = S.worst(subs)
  if worst.status == "error" then
    return zd.error("The API inventory is incomplete: " .. worst.id .. " is error (" .. worst.details .. ").", ev)
  end
  return zd.manual("API credentials and integrations (" .. table.concat(inventory, ", ") .. "): "
    .. "confirm that each has an owner, a purpose and a reviewed scope of data, and keep the register.", ev)
end
