-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.3: Explore Enterprise widens sharing and export.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.EXPLORE.3"
title = "Explore Enterprise widens sharing and export"
seed_ref = "VI, \"special considerations for Explore Enterprise\" (unnumbered block, added 2020-08)"
product = "Explore Enterprise"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that Explore Enterprise can widen data sharing and export. "
  .. "EXPLORE.3.1–3.3 then apply."
evidence = "Recorded acknowledgement. Controls 3.1–3.3 are N/A without Explore Enterprise."
remediation = "Record the acknowledgement that Explore Enterprise widens sharing and export, and apply "
  .. "ZD.EXPLORE.3.1 to 3.3."
question = "Confirm that the subscriber has recorded this acknowledgement: Explore Enterprise widens"
  .. " sharing and export. Keep as evidence: Recorded acknowledgement. Controls 3.1–3.3 are "
  .. "N/A without Explore Enterprise."
