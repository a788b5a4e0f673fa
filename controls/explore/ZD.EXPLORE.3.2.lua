-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.3.2: IP restrictions are used (Explore Enterprise).
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.EXPLORE.3.2"
title = "IP restrictions are used (Explore Enterprise)"
seed_ref = "VI (Explore Enterprise) item 2"
product = "Explore Enterprise / Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "With Explore Enterprise, make use of IP restrictions. Unlike SUP.3, the seed offers no "
  .. "MFA alternative here. Whether the Support-level IP allow-list is enough, or a "
  .. "dashboard-level restriction is meant, is not stated."
evidence = "Security settings ip.ip_restriction_enabled = true, with subscriber ranges (as SUP.3)."
remediation = "Turn on IP restrictions with the subscriber's own ranges in Admin Center > Account > "
  .. "Security > Advanced > IP restrictions."
question = "Confirm that this holds for the account: IP restrictions are used (Explore Enterprise). "
  .. "Keep as evidence: Security settings ip.ip_restriction_enabled = true, with subscriber "
  .. "ranges (as SUP.3)."
uses = { "security_settings" }
