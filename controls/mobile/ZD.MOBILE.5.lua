-- SPDX-License-Identifier: MIT
-- ZD.MOBILE.5: Redaction is not available in the Support mobile app.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MOBILE.5"
title = "Redaction is not available in the Support mobile app"
seed_ref = "VIII.5 (added 2023-04-13)"
product = "Zendesk Support mobile app"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that the redaction feature is not available in the Support "
  .. "mobile app. Agents who need to redact must sign in through a browser."
evidence = "Recorded acknowledgement and agent guidance."
remediation = "Record the acknowledgement and tell agents to redact from a browser, not the Support "
  .. "mobile app."
question = "Confirm that the subscriber has recorded this acknowledgement: Redaction is not "
  .. "available in the Support mobile app. Keep as evidence: Recorded acknowledgement and "
  .. "agent guidance."
