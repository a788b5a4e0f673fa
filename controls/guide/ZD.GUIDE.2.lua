-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.2: End-user comments in Guide are off, or moderated with PHI removed.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GUIDE.2"
title = "End-user comments in Guide are off, or moderated with PHI removed"
seed_ref = "II.2 (permitted with moderation since 2019-12-17)"
product = "Guide (article comments)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep end-user comments on, with moderation, and remove PHI from comments before they are"
  .. " published."
automation = "partial"
description = "One of two options: turn off end users' ability to comment in Guide, or moderate "
  .. "comments and remove any PHI from all of them, using the moderation described in GUIDE.3."
evidence = "Either: comments disabled (the Guide setting, or comments_disabled = true on every "
  .. "article), or content moderation = \"Moderate all content\" (GUIDE.3), plus moderation "
  .. "records."
remediation = "In Guide > Settings > Guide settings, turn off article comments, or turn on comment "
  .. "moderation and remove PHI from comments before approving them."
question = "Confirm that this holds for the account: End-user comments in Guide are off, or "
  .. "moderated with PHI removed. Keep as evidence: Either: comments disabled (the Guide "
  .. "setting, or comments_disabled = true on every article), or content moderation = "
  .. "\"Moderate all content\" (GUIDE.3), plus moderation records."
uses = { "hc_general_settings" }
