-- SPDX-License-Identifier: MIT
-- ZD.SUP.8: Inbound email is unprotected until it reaches Zendesk.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.8"
title = "Inbound email is unprotected until it reaches Zendesk"
seed_ref = "I.8"
product = "Support (email channel)"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that Zendesk is not responsible for protecting email sent by"
  .. " end users, or the Service Data in it, before that email reaches the Support instance. "
  .. "This includes any PHI in email replies to tickets, in the comments or in attachments."
evidence = "Recorded acknowledgement. Optionally, the subscriber's inbound-mail TLS posture (SRM "
  .. "III.1.f)."
remediation = "Record the acknowledgement that inbound email is unprotected before it reaches Zendesk, "
  .. "and tell end users not to email PHI (for example on the support page or in "
  .. "auto-replies)."
question = "Confirm the subscriber has recorded, signed and dated, that Zendesk does not protect "
  .. "email sent by end users before it reaches Zendesk (including PHI in replies, comments and "
  .. "attachments), and that end users are told not to email PHI (support page or auto-reply "
  .. "text). Keep the acknowledgement and the wording shown to end users."
