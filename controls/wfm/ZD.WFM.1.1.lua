-- SPDX-License-Identifier: MIT
-- ZD.WFM.1.1: The default WFM admin role sees all agent activity and settings.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.WFM.1.1"
title = "The default WFM admin role sees all agent activity and settings"
seed_ref = "XII.1.a (section added 2024-12-27)"
product = "Zendesk WFM"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that WFM's default admin role can see every agent activity "
  .. "and every setting that applies to the WFM service, including the ticket tags described "
  .. "in WFM.2."
evidence = "Recorded acknowledgement, and the list of WFM admins."
remediation = "Record the acknowledgement and limit the WFM admin role to people approved to see all "
  .. "agent activity and settings."
question = "Record, signed and dated, that the default WFM admin role sees all agent activity and"
  .. " settings (including ticket tags), and export the list of WFM admins (WFM > Settings > Roles)"
  .. " approved for that. Keep both."
