-- SPDX-License-Identifier: MIT
-- ZD.WFM.1.2: The default WFM agent role sees agent activity unless custom roles restrict it.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.WFM.1.2"
title = "The default WFM agent role sees agent activity unless custom roles restrict it"
seed_ref = "XII.1.b"
product = "Zendesk WFM"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that WFM's default agent role can see agent activities, "
  .. "unless an administrator sets up different access by creating custom roles."
evidence = "WFM role configuration, showing whether custom roles limit agent visibility."
remediation = "Record the acknowledgement and create WFM custom roles that limit what agents can see "
  .. "where needed."
question = "Record, signed and dated, that the default WFM agent role sees agent activity, and show"
  .. " the WFM role configuration (WFM > Settings > Roles): custom roles that limit agents'"
  .. " visibility where needed. Keep both."
