-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.5: End-user authentication, if used, is implemented robustly.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.5"
title = "End-user authentication, if used, is implemented robustly"
seed_ref = "IV.5"
product = "Sunshine Conversations (authenticated users)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "If end-user authentication is implemented, the subscriber is fully responsible for doing"
  .. " it robustly, following security best practice and industry standards. The minimum is "
  .. "SUNCO.5.1 and SUNCO.5.2. The control is N/A if it is not used."
evidence = "Composite of 5.1 and 5.2."
remediation = "If Sunshine Conversations end users are authenticated, implement ZD.SUNCO.5.1 and "
  .. "ZD.SUNCO.5.2."
question = "State whether Sunshine Conversations end users are authenticated with JWTs. If they"
  .. " are, provide the evidence of ZD.SUNCO.5.1 and 5.2; if not, record that, which makes this"
  .. " control not applicable."
