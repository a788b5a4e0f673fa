-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.6: Deal with channels where data in transit may be unencrypted.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.13.6"
title = "Deal with channels where data in transit may be unencrypted"
seed_ref = "SRM III.1.f"
product = "Email, SMS, third-party integrations"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber understands which channels and protocols may carry data without "
  .. "encryption in transit, and deals with them. The main ones are: email; SMS; third-party "
  .. "integrations without encryption that the subscriber adopts at its own discretion. In the"
  .. " healthcare baseline this becomes SUP.8–SUP.12, CHAT.2, EXPLORE.2.2 and QA.3.2."
evidence = "List of unencrypted-capable channels in use, with the mitigation or accepted risk for "
  .. "each."
remediation = "List the channels in use that may carry data without encryption (email, SMS, unencrypted"
  .. " integrations) and record the mitigation or accepted risk for each (see ZD.SUP.8 to "
  .. "ZD.SUP.12)."
question = "Confirm that this holds for the account: Deal with channels where data in transit may be"
  .. " unencrypted. Keep as evidence: List of unencrypted-capable channels in use, with the "
  .. "mitigation or accepted risk for each."
