-- SPDX-License-Identifier: MIT
-- ZD.QA.5: Partial deletions made through the Sunshine Conversations API do not reach QA.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.QA.5"
title = "Partial deletions made through the Sunshine Conversations API do not reach QA"
seed_ref = "XI.5"
product = "Zendesk QA / Sunshine Conversations API"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber acknowledges that deleting part of a messaging conversation through the "
  .. "Sunshine Conversations API is not reflected in Zendesk QA. To remove the data from QA, "
  .. "it must instead redact the original ticket or delete the whole conversation."
evidence = "A deletion procedure that uses redaction or whole-conversation deletion when QA is "
  .. "connected."
remediation = "When QA is connected, delete Sunshine Conversations data by redaction or "
  .. "whole-conversation deletion, and delete in QA as well."
question = "Show the deletion procedure used while Zendesk QA is connected: partial message"
  .. " deletion through the Sunshine Conversations API is replaced by redacting the ticket or"
  .. " deleting the whole conversation. Keep the procedure and a recent example."
