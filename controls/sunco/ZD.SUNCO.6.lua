-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.6: Conversations handled only by an AI agent are still stored; the subscriber must delete them.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.6"
title = "Conversations handled only by an AI agent are still stored; the subscriber must delete "
  .. "them"
seed_ref = "IV.6"
product = "Sunshine Conversations (AI agents)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber confirms that end-user conversations with an AI agent are kept in the "
  .. "system even when they are never handed to a human and never become tickets. It is "
  .. "responsible for deleting them as its obligations require, for example with a webhook "
  .. "that alerts it when they are stored and triggers deletion through the Sunshine "
  .. "Conversations API. The translation lost the word \"not\", so it reads as if the "
  .. "handed-off conversations were meant. Read it the same way as MSG.8 (§6)."
evidence = "Retention rule, webhook configuration and deletion logs."
remediation = "Delete conversations handled only by an AI agent through the Sunshine Conversations API "
  .. "on a retention schedule, and keep deletion logs."
question = "Confirm that this holds for the account: Conversations handled only by an AI agent are "
  .. "still stored; the subscriber must delete them. Keep as evidence: Retention rule, webhook"
  .. " configuration and deletion logs."
