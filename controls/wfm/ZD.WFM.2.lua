-- SPDX-License-Identifier: MIT
-- ZD.WFM.2: Ticket tags are visible in WFM; restrict access if tags are sensitive.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.WFM.2"
title = "Ticket tags are visible in WFM; restrict access if tags are sensitive"
seed_ref = "XII.2"
product = "Zendesk WFM / Support tags"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Risk-based: if the tag vocabulary is judged not sensitive, record that review instead of"
  .. " restricting WFM access."
automation = "partial"
description = "The subscriber acknowledges that tags placed on Support tickets, whether by agents, "
  .. "admins or default system logic, are shown in WFM to anyone who can see that ticket "
  .. "activity. If the subscriber considers tags sensitive, it must set WFM access permissions"
  .. " accordingly."
evidence = "A review of the tag vocabulary for PHI or sensitivity, and WFM role permissions."
remediation = "Review the tag vocabulary (Admin Center > Objects and rules > Tags) for PHI or sensitive"
  .. " values; if any, remove them or restrict WFM access to people approved to see them."
question = "Confirm that this holds for the account: Ticket tags are visible in WFM; restrict access"
  .. " if tags are sensitive. Keep as evidence: A review of the tag vocabulary for PHI or "
  .. "sensitivity, and WFM role permissions."
uses = { "tags" }
