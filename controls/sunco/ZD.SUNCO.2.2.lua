-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.2.2: one Sunshine Conversations API key per service, named, not shared, rotated.
-- Fails on keys with generic names or names shared by several keys (they cannot be told
-- apart); sharing and rotation are not visible, so otherwise manual with the key inventory.
-- The keys listing needs an account-scoped key, which Zendesk customers do not get, so it is
-- normally refused: then manual with the Admin Center question (sunco.keys).
local verdict = require "verdict"
local sunco = require "sunco"

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
  .. "register of who holds each key and the rotation log are kept by the subscriber. Listing "
  .. "keys needs an account-scoped key; the app-scoped keys Admin Center creates are refused, "
  .. "so on most accounts the list comes from Admin Center."
remediation = "In Admin Center > Apps and integrations > APIs > Conversations API, create one key "
  .. "per service with a name that says which service uses it, move each service to its own "
  .. "key, delete the generic or duplicate ones, and record holder and rotation date for each."
question = "In Admin Center > Apps and integrations > APIs > Conversations API, list every "
  .. "Sunshine Conversations API key (name, key ID, creation date) and, for each, the single "
  .. "service that uses it, who holds it, how it was shared (end-to-end encrypted) and when it "
  .. "was last rotated against the rotation policy. Keep the key register and rotation log."
uses = { "sunco_keys" }
params = { "generic_credential_names" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/conversations/" }

function check(snap, ctx)
  local keys, res = sunco.keys(snap, question)
  if keys == nil then return res end
  local ev, bad = sunco.key_names(keys, ctx.params.generic_credential_names)
  if #bad > 0 then
    return zd.fail(verdict.count(#bad, "key") .. " cannot be told apart by service: "
      .. verdict.list(bad) .. ".", ev)
  end
  return zd.manual(verdict.count(#keys, "app key") .. " with distinct, descriptive names; "
    .. "sharing and rotation are not visible through the API: show the key register and "
    .. "rotation log.", ev)
end
