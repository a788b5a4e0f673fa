-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.8: API-deleted messages disappear only for the end user.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.8"
title = "API-deleted messages disappear only for the end user"
seed_ref = "IV.8"
product = "Sunshine Conversations API / Agent Workspace"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that a message deleted through the Sunshine Conversations "
  .. "API disappears only from the end user's view. It stays in the Zendesk Agent Workspace. "
  .. "Removing it there needs ticket deletion or the redaction feature, within the limits of "
  .. "SUNCO.7."
evidence = "Recorded acknowledgement; the deletion procedure covers the ticket side."
remediation = "Record the acknowledgement and extend the deletion procedure to redact or delete the "
  .. "matching ticket content in Support."
question = "Record, signed and dated, that messages deleted through the Sunshine Conversations API"
  .. " stay in the Agent Workspace, and show that the deletion procedure also redacts or deletes"
  .. " the matching ticket content. Keep both."
