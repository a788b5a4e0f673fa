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
question = "Confirm a data inventory for the Zendesk use case names the data types that enter the "
  .. "account and where PHI can appear: ticket fields and comments, attachments, each channel "
  .. "(email, messaging, Talk, Chat), the help centre and integrations. Keep the approved, dated "
  .. "inventory."
