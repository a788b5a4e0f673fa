-- SPDX-License-Identifier: MIT
-- ZD.MSG.7: End-user authentication, if used, is implemented securely.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.7"
title = "End-user authentication, if used, is implemented securely"
seed_ref = "III.7 (added 2023-04-13)"
product = "Messaging (authenticated end users)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "If the subscriber chooses to authenticate end users in messaging, it is fully "
  .. "responsible for doing so securely, following best practice and industry standards. The "
  .. "minimum is MSG.7.1 and MSG.7.2. The control is N/A if end-user authentication is not "
  .. "used."
evidence = "Composite of 7.1 and 7.2, plus a design review of the token-issuing service."
remediation = "If messaging end users are authenticated, implement ZD.MSG.7.1 and ZD.MSG.7.2 and have "
  .. "the token-issuing service reviewed."
question = "State whether messaging end users are authenticated (Admin Center > Account > Security"
  .. " > End user authentication > Messaging). If they are, provide the evidence of ZD.MSG.7.1 and"
  .. " ZD.MSG.7.2 and the design review of the token-issuing service; if not, record that, which"
  .. " makes this control not applicable."
