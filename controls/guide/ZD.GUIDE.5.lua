-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.5: Public profiles and @mentions are switched off if judged risky.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GUIDE.5"
title = "Public profiles and @mentions are switched off if judged risky"
seed_ref = "II.5 (option to disable @mentions added 2023-04-13)"
product = "Gather (user profiles)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep public profiles and @mentions on, with a documented risk decision."
automation = "partial"
description = "The subscriber acknowledges that if end users may have public profiles, Gather community"
  .. " members can be @mentioned. If the subscriber judges this risky for its use case, it "
  .. "should turn off public profiles or disable @mentions."
evidence = "Guide settings for public profiles and for @mentions, plus the risk decision."
remediation = "In Guide > Settings > Guide settings, turn off public user profiles and @mentions, or "
  .. "record a risk decision to keep them."
question = "Confirm that this holds for the account: Public profiles and @mentions are switched off "
  .. "if judged risky. Keep as evidence: Guide settings for public profiles and for @mentions,"
  .. " plus the risk decision."
uses = { "hc_general_settings" }
