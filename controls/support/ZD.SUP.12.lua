-- SPDX-License-Identifier: MIT
-- ZD.SUP.12: CSAT on ticket channels can leak data by email and by survey URL.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.12"
title = "CSAT on ticket channels can leak data by email and by survey URL"
seed_ref = "I.12 (added 2024-10-10)"
product = "Support (customer satisfaction on ticket channels)"
kind = "acknowledgement"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber acknowledges two risks of CSAT on ticket channels if it is not set up "
  .. "correctly: it emails ticket-related Service Data, which may include PHI, and Zendesk "
  .. "does not control that email's encryption; anyone who has a ticket's CSAT survey URL can "
  .. "see that ticket's responses. When CSAT is used on ticket channels, both SUP.12.1 and "
  .. "SUP.12.2 must hold."
evidence = "Composite of 12.1 and 12.2."
remediation = "Configure CSAT so its emails carry only the survey link (ZD.SUP.12.1) and do not use the"
  .. " open-ended question (ZD.SUP.12.2)."
question = "Confirm that the subscriber has recorded this acknowledgement: CSAT on ticket channels "
  .. "can leak data by email and by survey URL. Keep as evidence: Composite of 12.1 and 12.2."
uses = { "automations", "triggers" }
