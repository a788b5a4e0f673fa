-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.3.1: Shared dashboards are PHI-free or shared only with authorised recipients.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.EXPLORE.3.1"
title = "Shared dashboards are PHI-free or shared only with authorised recipients"
seed_ref = "VI (Explore Enterprise) item 1"
product = "Explore Enterprise (dashboard sharing)"
kind = "inventory"
responsible = "subscriber"
exception = "explicit"
alternative = "Share a dashboard only if it is PHI-free, or only with recipients authorised to see its "
  .. "data."
automation = "manual"
description = "For each shared dashboard, one of two: (i) make sure it contains no PHI, or (ii) share "
  .. "it only with agents, groups, lists or end users authorised to view and receive that "
  .. "data."
evidence = "The sharing list for each dashboard, checked against authorised recipients."
remediation = "Review each shared Explore dashboard: keep it PHI-free or share it only with named "
  .. "authorised recipients."
question = "Confirm that this holds for the account: Shared dashboards are PHI-free or shared only "
  .. "with authorised recipients. Keep as evidence: The sharing list for each dashboard, "
  .. "checked against authorised recipients."
