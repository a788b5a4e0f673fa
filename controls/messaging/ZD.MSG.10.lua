-- SPDX-License-Identifier: MIT
-- ZD.MSG.10: Messaging attachments are not scanned for malware.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.10"
title = "Messaging attachments are not scanned for malware"
seed_ref = "III.10 (added 2023-04-13)"
product = "Messaging (end-user attachments)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber acknowledges that Zendesk does not currently scan end users' messaging "
  .. "attachments for malware. It is fully responsible for putting procedures and policies in "
  .. "place that reduce the risk to its own assets."
evidence = "Anti-malware or EDR on agent endpoints, and an attachment-handling policy."
remediation = "Run anti-malware or EDR on agent endpoints and publish an attachment-handling policy for"
  .. " messaging."
question = "Show that every agent device that opens messaging attachments runs anti-malware or EDR"
  .. " (a console export), and the attachment-handling policy given to agents. Keep both, dated."
