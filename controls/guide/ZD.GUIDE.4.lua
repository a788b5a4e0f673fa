-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.4: No non-employee community moderators.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GUIDE.4"
title = "No non-employee community moderators"
seed_ref = "II.4"
product = "Gather (moderator groups)"
kind = "inventory"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep non-employee moderators and record that the subscriber accepts responsibility for "
  .. "their access to data that may be PHI."
automation = "partial"
description = "Community moderators in Gather who are not subscriber employees should not be allowed, "
  .. "unless the subscriber accepts responsibility for their access to data that may be PHI."
evidence = "Members of the Guide moderator groups, and users whose role includes community "
  .. "moderation (custom role moderate_forums). Each one confirmed as an employee against the "
  .. "HR list, or covered by an exception entry."
remediation = "Remove non-employees from Gather moderator groups (Guide > Settings > Moderator groups),"
  .. " or record that the subscriber accepts responsibility for their access."
question = "Confirm that this holds for the account: No non-employee community moderators. Keep as "
  .. "evidence: Members of the Guide moderator groups, and users whose role includes community"
  .. " moderation (custom role moderate_forums). Each one confirmed as an employee against the"
  .. " HR list, or covered by an exception entry."
uses = { "hc_permission_groups", "users" }
