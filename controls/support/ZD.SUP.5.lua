-- SPDX-License-Identifier: MIT
-- ZD.SUP.5: "Require authentication for download" is enabled for attachments.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.5"
title = "\"Require authentication for download\" is enabled for attachments"
seed_ref = "I.5"
product = "Support (ticket attachments)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep attachments public and record in the exception register that the subscriber takes "
  .. "full responsibility for attachment content and for access to attachment data."
automation = "auto"
description = "Turn on \"Require authentication for download\" (private attachments), so that only "
  .. "signed-in, authorised users can fetch ticket attachments. If it stays off, anyone who "
  .. "has an attachment's URL can download it. The subscriber then carries full responsibility"
  .. " for attachment content and for access to attachment data."
evidence = "GET /api/v2/account/settings → tickets.private_attachments = true."
remediation = "In Admin Center > Objects and rules > Tickets > Settings > Attachments, turn on "
  .. "\"Require authentication for download\"."
question = "Confirm that this holds for the account: \"Require authentication for download\" is "
  .. "enabled for attachments. Keep as evidence: GET /api/v2/account/settings → "
  .. "tickets.private_attachments = true."
uses = { "account_settings" }
