-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.2.2: API tokens and keys: one per service, named, not shared, rotated.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.2.2"
title = "API tokens and keys: one per service, named, not shared, rotated"
seed_ref = "IV.2.b"
product = "Sunshine Conversations API (keys/tokens)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Token or key access is the broadest model and must be used with care. When it is used, "
  .. "the subscriber must: (i) use a separate token or key for each service, with a "
  .. "descriptive name (ii) share none with third parties, except where reasonably necessary, "
  .. "and then only over an end-to-end encrypted transfer; (iii) rotate immediately if a third"
  .. " party that holds one suffers a data breach the subscriber learns of; (iv) rotate "
  .. "frequently, as its organisational policy requires."
evidence = "Key list (for example GET /v2/apps/{appId}/keys): displayName unique and descriptive, "
  .. "key age checked against policy. Register of sharing and rotation log."
remediation = "Use one Sunshine Conversations API key per service with a descriptive name (Admin Center"
  .. " > Apps and integrations > APIs > Conversations API), never share keys, and rotate them "
  .. "on schedule and after any exposure."
question = "Confirm that this holds for the account: API tokens and keys: one per service, named, "
  .. "not shared, rotated. Keep as evidence: Key list (for example GET /v2/apps/{appId}/keys):"
  .. " displayName unique and descriptive, key age checked against policy. Register of sharing"
  .. " and rotation log."
uses = { "sunco_keys" }
