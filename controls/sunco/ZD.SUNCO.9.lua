-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.9: Sunshine Conversations attachments are not scanned for malware.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.9"
title = "Sunshine Conversations attachments are not scanned for malware"
seed_ref = "IV.9"
product = "Sunshine Conversations (attachments)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber acknowledges that Zendesk does not currently scan attachments on Sunshine"
  .. " Conversations channels for malware. It is fully responsible for procedures and policies"
  .. " that reduce the risk to its employees."
evidence = "Endpoint anti-malware and an attachment-handling policy."
remediation = "Run anti-malware on agent endpoints and publish an attachment-handling policy for "
  .. "Sunshine Conversations channels."
question = "Show that every device that opens Sunshine Conversations attachments runs anti-malware"
  .. " or EDR (console export), and the attachment-handling policy. Keep both, dated."
