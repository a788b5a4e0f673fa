-- SPDX-License-Identifier: MIT
-- ZD.CHAT.1: Chat access for agents goes through Support authentication.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.CHAT.1"
title = "Chat access for agents goes through Support authentication"
seed_ref = "V.1"
product = "Chat"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Restrict agents' access to Zendesk Chat by connecting Chat to Zendesk Support and having"
  .. " agents authenticate through Support. Support's sign-in controls (SUP.1, SUP.3) then "
  .. "govern Chat too."
evidence = "Chat is linked to the Support account, and agents sign in only through Support. No "
  .. "stand-alone Chat credentials or Chat-only agents."
remediation = "Connect Chat to Support and have agents sign in through Support (Chat dashboard > "
  .. "Settings > Account > Authentication), so ZD.SUP.1 and ZD.SUP.3 also govern Chat."
question = "Confirm that this holds for the account: Chat access for agents goes through Support "
  .. "authentication. Keep as evidence: Chat is linked to the Support account, and agents sign"
  .. " in only through Support. No stand-alone Chat credentials or Chat-only agents."
