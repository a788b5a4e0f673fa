-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.1: Understand the data types in the use case.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.13.1"
title = "Understand the data types in the use case"
seed_ref = "SRM III.1.a"
product = "Subscriber governance"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber knows which types of data its particular use case brings into the "
  .. "service."
evidence = "Data inventory or classification for the Zendesk use case, naming where PHI can appear: "
  .. "fields, comments, attachments, channels."
remediation = "Write a data inventory for the Zendesk use case naming where PHI can appear (ticket "
  .. "fields, comments, attachments, channels, help centre)."
question = "Confirm that this holds for the account: Understand the data types in the use case. Keep"
  .. " as evidence: Data inventory or classification for the Zendesk use case, naming where "
  .. "PHI can appear: fields, comments, attachments, channels."
