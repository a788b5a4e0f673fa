-- SPDX-License-Identifier: MIT
-- ZD.CHAT.2.2: The "email transcript" option in the classic Web Widget is disabled.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.CHAT.2.2"
title = "The \"email transcript\" option in the classic Web Widget is disabled"
seed_ref = "V.2.b"
product = "Chat (Web Widget, Classic)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "In the legacy Web Widget (Classic), turn off the option that lets visitors email "
  .. "themselves the chat transcript."
evidence = "The widget's email-transcript setting is off (Chat widget settings; screenshot or API)."
remediation = "In the Chat dashboard, Settings > Widget > Forms / Chat window, turn off the \"Email "
  .. "transcript\" option of the classic Web Widget."
question = "Confirm that this holds for the account: The \"email transcript\" option in the classic "
  .. "Web Widget is disabled. Keep as evidence: The widget's email-transcript setting is off "
  .. "(Chat widget settings; screenshot or API)."
