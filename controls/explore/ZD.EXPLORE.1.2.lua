-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.1.2: Least privilege inside Explore.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.EXPLORE.1.2"
title = "Least privilege inside Explore"
seed_ref = "VI.1(ii)"
product = "Explore (permissions)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Give each user the lowest Explore permission that lets them use Explore in the account's"
  .. " environment, for example viewer rather than editor or admin."
evidence = "Configuration.explore_access level per role, with a recorded justification for edit or "
  .. "admin levels."
remediation = "In Admin Center > People > Team > Roles, set each role's Explore permission to the "
  .. "lowest level it needs (viewer rather than editor or admin) and record why edit or admin "
  .. "is needed."
question = "Confirm that this holds for the account: Least privilege inside Explore. Keep as "
  .. "evidence: Configuration.explore_access level per role, with a recorded justification for"
  .. " edit or admin levels."
uses = { "custom_roles" }
