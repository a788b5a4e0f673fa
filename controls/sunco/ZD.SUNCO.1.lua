-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.1: Third-party channels only with a no-PHI rule or the subscriber's own BAA.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.1"
title = "Third-party channels only with a no-PHI rule or the subscriber's own BAA"
seed_ref = "IV.1 (section added 2023-04-13)"
product = "Sunshine Conversations (third-party channels)"
kind = "inventory"
responsible = "subscriber"
exception = "explicit"
alternative = "For each third-party channel kept, either enforce and record a rule that no PHI is "
  .. "exchanged on it, or hold the subscriber's own BAA with the platform."
automation = "partial"
description = "Do not enable integrations with third-party channels unless the subscriber takes full "
  .. "responsibility for one of these: (i) making sure no PHI appears in third-party channel "
  .. "messages, or (ii) signing its own BAA with the messaging platform concerned."
evidence = "GET /v2/apps/{appId}/integrations for every Sunshine Conversations app (channel types), "
  .. "each with its no-PHI policy or BAA."
remediation = "Remove third-party channel integrations that are not needed from each Sunshine "
  .. "Conversations app; for each one kept, record a no-PHI rule or the subscriber's own BAA "
  .. "with the platform."
question = "Confirm that this holds for the account: Third-party channels only with a no-PHI rule or"
  .. " the subscriber's own BAA. Keep as evidence: GET /v2/apps/{appId}/integrations for every"
  .. " Sunshine Conversations app (channel types), each with its no-PHI policy or BAA."
uses = { "sunco_integrations" }
