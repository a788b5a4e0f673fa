-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.5.1: JWT signing keys: one per channel, named, not shared, rotated.
-- Sunshine Conversations signs JWTs with its app keys, so the key list (when the listing was
-- not refused: sunco.keys) shows names and duplicates; sharing and rotation stay manual.
local verdict = require "verdict"
local sunco = require "sunco"

id = "ZD.SUNCO.5.1"
title = "JWT signing keys: one per channel, named, not shared, rotated"
seed_ref = "IV.5.a"
product = "Sunshine Conversations (JWT signing keys)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The four duties of MSG.7.1, applied to Sunshine Conversations: (i) a distinct, "
  .. "descriptively named key per authenticated channel (ii) no sharing except where "
  .. "necessary, and then over an end-to-end encrypted transfer; (iii) immediate rotation "
  .. "after a known breach at a third party that holds a key; (iv) rotation per organisational"
  .. " policy."
evidence = "App or account key list (names, IDs, ages), rotation log and register of sharing."
remediation = "Use one named JWT signing key per channel, keep keys in a vault, never share them, and "
  .. "rotate them on schedule and after any exposure."
question = "In Admin Center > Apps and integrations > APIs > Conversations API, list the keys"
  .. " of every Sunshine Conversations app (names, key IDs, creation dates, owners) and show one descriptively named key per authenticated channel, the register"
  .. " of third parties holding a key and how it was transferred, and the rotation log against"
  .. " policy."
uses = { "sunco_keys" }
params = { "generic_credential_names" }

function check(snap, ctx)
  local keys, res = sunco.keys(snap, question)
  if keys == nil then return res end
  local ev, bad = sunco.key_names(keys, ctx.params.generic_credential_names)
  if #bad > 0 then
    return zd.fail(verdict.count(#bad, "signing key") .. " cannot be told apart by channel: "
      .. verdict.list(bad) .. ".", ev)
  end
  return zd.manual(verdict.count(#keys, "app key") .. " with distinct, descriptive names; "
    .. "which channel each signs for, sharing and rotation are not visible through the API: "
    .. "show the key register and rotation log.", ev)
end
