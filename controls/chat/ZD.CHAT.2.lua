-- SPDX-License-Identifier: MIT
-- ZD.CHAT.2: Chat transcripts and exports are never emailed.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.CHAT.2"
title = "Chat transcripts and exports are never emailed"
seed_ref = "V.2 (widened on 2023-02-24 to all email export of Chat data)"
product = "Chat"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Chat transcripts must not be sent by email. That means CHAT.2.1–2.3 must all hold. Since"
  .. " 2023-02-24 the ban covers every email-based export of Chat data, not only transcripts "
  .. "and email piping."
evidence = "Composite of 2.1–2.3."
remediation = "Turn off Chat email piping and the classic widget's email-transcript option, and forbid "
  .. "email exports from the Chat dashboard (ZD.CHAT.2.1 to 2.3)."
question = "Confirm that this holds for the account: Chat transcripts and exports are never emailed."
  .. " Keep as evidence: Composite of 2.1–2.3."
