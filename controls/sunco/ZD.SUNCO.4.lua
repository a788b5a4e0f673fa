-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.4: End-user attachments off; secure attachments or no PHI from agents.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.4"
title = "End-user attachments off; secure attachments or no PHI from agents"
seed_ref = "IV.4"
product = "Sunshine Conversations (attachments)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep end-user attachments on and record that the subscriber takes full responsibility "
  .. "for attachment content and access."
automation = "partial"
description = "Turn off end users' ability to attach files to Sunshine Conversations conversations. "
  .. "Take full responsibility for either turning on secure attachments or making sure agents "
  .. "never attach PHI files. Otherwise attachments can be reached by anyone who has the URL, "
  .. "and the subscriber carries full responsibility for attachment content and access. This "
  .. "mirrors MSG.2; the (i)/(ii) labels were lost in translation."
evidence = "The channel or SDK configuration disabling end-user uploads. Tickets.private_attachments"
  .. " = true, or an agent procedure."
remediation = "Turn off end-user attachments on Sunshine Conversations channels, and use secure "
  .. "attachments or forbid agents from sending PHI."
question = "Confirm that this holds for the account: End-user attachments off; secure attachments or"
  .. " no PHI from agents. Keep as evidence: The channel or SDK configuration disabling "
  .. "end-user uploads. Tickets.private_attachments = true, or an agent procedure."
