-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.7: AI-agent conversations that became tickets cannot be redacted.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.7"
title = "AI-agent conversations that became tickets cannot be redacted"
seed_ref = "IV.7"
product = "Sunshine Conversations / Support"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that end-user and AI-agent conversations that were turned "
  .. "into tickets cannot currently be redacted. They can be removed only by deleting the "
  .. "ticket."
evidence = "Recorded acknowledgement and a ticket-deletion procedure."
remediation = "Record the acknowledgement and write a ticket-deletion procedure for AI-agent "
  .. "conversations that became tickets."
question = "Record, signed and dated, that AI-agent conversations that became tickets cannot be"
  .. " redacted, and show the ticket-deletion procedure used when such content must be removed."
  .. " Keep both."
