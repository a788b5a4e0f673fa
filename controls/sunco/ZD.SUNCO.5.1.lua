-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.5.1: JWT signing keys: one per channel, named, not shared, rotated.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

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
question = "Export the JWT signing keys of every Sunshine Conversations app (names, key IDs,"
  .. " creation dates) and show one descriptively named key per authenticated channel, the register"
  .. " of third parties holding a key and how it was transferred, and the rotation log against"
  .. " policy."
uses = { "sunco_keys" }
