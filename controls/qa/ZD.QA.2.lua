-- SPDX-License-Identifier: MIT
-- ZD.QA.2: Deletions and redactions reach QA only after 3–6 hours.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.QA.2"
title = "Deletions and redactions reach QA only after 3–6 hours"
seed_ref = "XI.2"
product = "Zendesk QA (sync)"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that deletions or redactions made in the Zendesk instance do"
  .. " not reach Zendesk QA immediately, but only 3 to 6 hours later."
evidence = "Recorded acknowledgement. Where urgent removal is needed, a procedure to act in QA "
  .. "directly as well (derived)."
remediation = "Record the acknowledgement and, for urgent removals, delete or redact in Zendesk QA "
  .. "directly as well."
question = "Record, signed and dated, that deletions and redactions reach Zendesk QA only after 3"
  .. " to 6 hours, and show the procedure to delete or redact in QA directly when removal is"
  .. " urgent. Keep both."
