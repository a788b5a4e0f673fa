-- SPDX-License-Identifier: MIT
-- ZD.AI.2: Generative AI output may be wrong and is not guaranteed.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.AI.2"
title = "Generative AI output may be wrong and is not guaranteed"
seed_ref = "X.2"
product = "Zendesk generative AI"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that generative AI output is produced by a computer, not a "
  .. "person, and may be inaccurate. Zendesk does not guarantee that it is accurate."
evidence = "Recorded acknowledgement, and any human-review policy for AI output."
remediation = "Record the acknowledgement and set a human-review policy for generative AI output."
question = "Record, signed and dated, that generative AI output may be inaccurate and is not"
  .. " guaranteed by Zendesk, and show the human-review policy for AI output sent to end users."
  .. " Keep both."
