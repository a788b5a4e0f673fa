-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.1.1: Explore only for agents who can already see all PHI-bearing records.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.EXPLORE.1.1"
title = "Explore only for agents who can already see all PHI-bearing records"
seed_ref = "VI.1(i)"
product = "Explore (access)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "In any covered instance that holds PHI, grant Explore access only to agents who already "
  .. "have access to every ticket, call and chat in the parent instance that might contain "
  .. "PHI."
evidence = "Every custom role whose configuration.explore_access is not none also has "
  .. "configuration.ticket_access = all (and matching Talk and Chat visibility). The users "
  .. "holding those roles."
remediation = "In Admin Center > People > Team > Roles, give Explore access only to roles whose ticket "
  .. "access is \"all tickets\" and who are approved to see every PHI-bearing record."
question = "Confirm that this holds for the account: Explore only for agents who can already see all"
  .. " PHI-bearing records. Keep as evidence: Every custom role whose "
  .. "configuration.explore_access is not none also has configuration.ticket_access = all (and"
  .. " matching Talk and Chat visibility). The users holding those roles."
uses = { "custom_roles" }
