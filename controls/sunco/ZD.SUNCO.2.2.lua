-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.2.2: one Sunshine Conversations API key per service, named, not shared, rotated.
-- Fails on keys with generic names or names shared by several keys (they cannot be told
-- apart); sharing and rotation are not visible, so otherwise manual with the key inventory.
local verdict = require "verdict"
local sunco = require "sunco"
local inventory = require "inventory"

id = "ZD.SUNCO.2.2"
title = "API tokens and keys: one per service, named, not shared, rotated"
seed_ref = "IV.2.b"
product = "Sunshine Conversations API (keys/tokens)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Key access is the broadest Sunshine Conversations API model: each service has its "
  .. "own key with a descriptive name; keys are not shared with third parties except where "
  .. "reasonably necessary, and then only over an end-to-end encrypted transfer; a key is "
  .. "rotated at once when a third party holding it is breached, and routinely as the "
  .. "subscriber's policy requires."
evidence = "App keys (GET /sc/v2/apps/{appId}/keys: id, displayName; secrets are never stored): "
  .. "every displayName unique and not generic (parameter generic_credential_names). The "
  .. "register of who holds each key and the rotation log are kept by the subscriber; "
  .. "account-level keys are not listed by the app API."
remediation = "In Admin Center > Apps and integrations > APIs > Conversations API, create one key "
  .. "per service with a name that says which service uses it, move each service to its own "
  .. "key, delete the generic or duplicate ones, and record holder and rotation date for each."
question = "For every Sunshine Conversations key (app and account level), show which single "
  .. "service uses it, who holds it, how it was shared (end-to-end encrypted), and when it was "
  .. "last rotated against the rotation policy. Keep the key register and rotation log."
uses = { "sunco_keys" }
params = { "generic_credential_names" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/conversations/" }

-- Beyond the exact generic names of the parameter (inventory.generic), a name made only of
-- generic words ("My Test Key", "Sunshine API key") says no more.
local function only_generic_words(name, list)
  local words = { key = true, keys = true, my = true, app = true, sunshine = true,
                  sunco = true, smooch = true, conversations = true }
  for _, g in ipairs(list or {}) do
    for w in tostring(g):lower():gmatch("%a+") do words[w] = true end
  end
  for w in name:lower():gmatch("%a+") do
    if not words[w] then return false end
  end
  return true
end

function check(snap, ctx)
  local keys, res = sunco.list(snap, "sunco_keys")
  if keys == nil then return res end
  local list = ctx.params.generic_credential_names
  local dups = inventory.duplicates(keys, "displayName")
  local ev, bad = {}, {}
  for _, k in ipairs(keys) do
    local name = zd.str(k.displayName)
    local item = { endpoint = "sunco_keys",
                   object = { type = "sunco_key", id = zd.str(k.id), title = name },
                   field = "displayName", actual = k.displayName }
    local why = nil
    local same = dups[inventory.norm(name)]
    if inventory.generic(name, list) or only_generic_words(name or "", list) then
      why = (inventory.norm(name) == "") and "no name" or "generic name"
    elseif same then
      why = "name shared by " .. #same .. " keys"
    end
    if why then
      item.note = why
      item.expected = "a unique name saying which service uses the key"
      bad[#bad + 1] = "'" .. (name or "") .. "' (" .. why .. ")"
    end
    ev[#ev + 1] = item
  end
  if #bad > 0 then
    return zd.fail(verdict.count(#bad, "key") .. " cannot be told apart by service: "
      .. verdict.list(bad) .. ".", ev)
  end
  return zd.manual(verdict.count(#keys, "app key") .. " with distinct, descriptive names; "
    .. "sharing and rotation are not visible through the API: show the key register and "
    .. "rotation log.", ev)
end
