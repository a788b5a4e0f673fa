-- SPDX-License-Identifier: MIT
-- ZD.SUP.12.2: The open-ended question in the CSAT survey is not used.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.12.2"
title = "The open-ended question in the CSAT survey is not used"
seed_ref = "I.12.b"
product = "Support (CSAT survey configuration)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Do not use the CSAT survey's open-ended (free-text) question."
evidence = "The CSAT survey configuration has no open-ended question enabled."
remediation = "In Admin Center > Objects and rules > Business rules > Customer satisfaction (the CSAT "
  .. "survey), remove the open-ended question."
question = "Open the CSAT survey settings in Admin Center (Objects and rules > Business rules > "
  .. "Customer satisfaction) and confirm the survey has no open-ended (free-text) question. Keep a "
  .. "dated screenshot of the survey's questions."
