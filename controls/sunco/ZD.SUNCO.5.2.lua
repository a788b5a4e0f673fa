-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.5.2: End-user JWTs expire within 15 minutes.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.5.2"
title = "End-user JWTs expire within 15 minutes"
seed_ref = "IV.5.b"
product = "Sunshine Conversations, issued by the subscriber's auth service"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Every end-user JWT must carry the exp claim, set to no more than 15 minutes after issue."
evidence = "A sample token with exp − iat ≤ 900 seconds; issuer configuration."
remediation = "Set the exp claim of every Sunshine Conversations end-user JWT to at most 15 minutes "
  .. "after iat."
question = "Provide a decoded sample Sunshine Conversations end-user JWT (claims only) with exp"
  .. " minus iat of at most 900 seconds, and the issuer's configuration or code that sets it. Keep"
  .. " both, dated."
