-- SPDX-License-Identifier: MIT
-- ZD.CHAT.2.3: No email exports from the Chat dashboard.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.CHAT.2.3"
title = "No email exports from the Chat dashboard"
seed_ref = "V.2.c"
product = "Chat (dashboard exports)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "Do not share exports from the Chat dashboard by email."
evidence = "Policy, and role permissions limiting who can export, where available."
remediation = "Write a policy forbidding email exports from the Chat dashboard and limit export "
  .. "permissions to the roles that need them."
question = "Confirm that this holds for the account: No email exports from the Chat dashboard. Keep "
  .. "as evidence: Policy, and role permissions limiting who can export, where available."
