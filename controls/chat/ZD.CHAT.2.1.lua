-- SPDX-License-Identifier: MIT
-- ZD.CHAT.2.1: Email piping is disabled.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.CHAT.2.1"
title = "Email piping is disabled"
seed_ref = "V.2.a"
product = "Chat (account settings)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Turn off Chat email piping, which sends transcripts to an email address."
evidence = "The Chat email-piping setting is empty or off (Chat dashboard or Chat API account "
  .. "settings)."
remediation = "In the Chat dashboard, Settings > Account > File sending / Email piping, clear the "
  .. "email-piping address."
question = "Confirm that this holds for the account: Email piping is disabled. Keep as evidence: The"
  .. " Chat email-piping setting is empty or off (Chat dashboard or Chat API account "
  .. "settings)."
