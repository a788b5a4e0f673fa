-- SPDX-License-Identifier: MIT
-- ZD.SUP.11: Legacy CSAT emails ticket data whose encryption Zendesk does not control.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.11"
title = "Legacy CSAT emails ticket data whose encryption Zendesk does not control"
seed_ref = "I.11 (added 2021-01-21 as \"CSAT\", redefined as legacy CSAT 2024-10-10)"
product = "Support (legacy customer satisfaction)"
kind = "acknowledgement"
responsible = "subscriber"
exception = "explicit"
alternative = "Use legacy CSAT and record that the subscriber takes full responsibility for it and the "
  .. "data it emails (ZD.SUP.11.2)."
automation = "partial"
description = "The subscriber acknowledges that the legacy customer-satisfaction survey emails "
  .. "ticket-related Service Data, which may include PHI, to collect ratings. Zendesk does not"
  .. " control whether that email is encrypted. One of SUP.11.1 or SUP.11.2 must hold."
evidence = "Composite of 11.1 and 11.2."
remediation = "Either stop using legacy CSAT (ZD.SUP.11.1) or record in the exception register that the"
  .. " subscriber takes full responsibility for it (ZD.SUP.11.2)."
question = "Confirm that the subscriber has recorded this acknowledgement: Legacy CSAT emails ticket"
  .. " data whose encryption Zendesk does not control. Keep as evidence: Composite of 11.1 and"
  .. " 11.2."
uses = { "account_settings", "automations" }
