-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.0: PHI can surface in Explore.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.EXPLORE.0"
title = "PHI can surface in Explore"
seed_ref = "VI (unnumbered preamble)"
product = "Explore"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that PHI can appear inside Explore through user names, "
  .. "ticket subjects, field and form values, and the contents of free-text fields."
evidence = "Recorded acknowledgement."
remediation = "Record the acknowledgement that PHI can surface in Explore and take it into account when"
  .. " granting Explore access (ZD.EXPLORE.1.1)."
question = "Confirm that the subscriber has recorded this acknowledgement: PHI can surface in "
  .. "Explore. Keep as evidence: Recorded acknowledgement."
