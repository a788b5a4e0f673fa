-- SPDX-License-Identifier: MIT
-- ZD.HOST.4: Data may move between regions; with the add-on, only within the legal boundary.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.HOST.4"
title = "Data may move between regions; with the add-on, only within the legal boundary"
seed_ref = "A, \"Data location agreement\" (second paragraph)"
product = "Account"
kind = "acknowledgement"
responsible = "shared"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that Zendesk may move account data between regions without "
  .. "prior notice, to balance demand and improve performance. For accounts with the Data "
  .. "Center Location add-on, Zendesk keeps any such move inside the country or legal boundary"
  .. " the add-on requires. Consequence for assessment: the HOST.1 region evidence is "
  .. "point-in-time and must be re-confirmed periodically. Responsibility (shared): Zendesk "
  .. "moves data and keeps to the boundary. The subscriber re-verifies."
evidence = "Recorded acknowledgement, plus the date of the last region re-confirmation."
remediation = "Record the acknowledgement that Zendesk may move data between regions, and schedule a "
  .. "periodic re-confirmation of the region with Zendesk Customer Support (ZD.HOST.1)."
question = "Confirm the compliance records hold a signed, dated acknowledgement that Zendesk may "
  .. "move account data between regions without notice (with the Data Center Location add-on, only "
  .. "inside its legal boundary), and that the region is re-confirmed with Zendesk Customer "
  .. "Support on a schedule. Keep the acknowledgement and the date of the last re-confirmation "
  .. "(ZD.HOST.1)."
