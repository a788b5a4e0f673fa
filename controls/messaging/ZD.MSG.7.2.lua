-- SPDX-License-Identifier: MIT
-- ZD.MSG.7.2: End-user JWTs expire within 15 minutes.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.7.2"
title = "End-user JWTs expire within 15 minutes"
seed_ref = "III.7.b"
product = "Messaging (end-user authentication), issued by the subscriber's auth service"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Every end-user JWT issued for messaging must include the expiry (exp) claim, set to no "
  .. "more than 15 minutes after it is issued."
evidence = "A decoded sample token where exp − iat ≤ 900 seconds; configuration or code review of "
  .. "the token issuer."
remediation = "Set the exp claim of every messaging end-user JWT to at most 15 minutes after iat in the"
  .. " token-issuing service."
question = "Provide a decoded sample end-user JWT for each authenticated messaging channel (header"
  .. " and claims only, never the signature key) showing exp minus iat of at most 900 seconds, and"
  .. " the issuer's configuration or code that sets it. Keep both, dated."
