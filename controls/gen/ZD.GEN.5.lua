-- SPDX-License-Identifier: MIT
-- ZD.GEN.5: Identify which accounts are healthcare-enabled, and of which type.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.5"
title = "Identify which accounts are healthcare-enabled, and of which type"
seed_ref = "D, preamble (definition of \"Healthcare Enabled Accounts\" and of PHI per type)"
product = "Account"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "For each Zendesk account (subdomain), record whether it is HIPAA-enabled, HDS-enabled or"
  .. " both. This matters for three reasons: The baseline applies to \"any and all\" "
  .. "healthcare-enabled accounts; The meaning of PHI differs by type; HOST.3 and HOST.7 apply"
  .. " only to HDS. Any account into which PHI will flow must be one of them. Responsibility "
  .. "(subscriber): Zendesk records the enablement."
evidence = "A list of subdomains with type and agreement reference. The tool's run configuration "
  .. "should state the type so it can select the applicable controls."
remediation = "Record, for every Zendesk subdomain, whether it is HIPAA-enabled, HDS-enabled or both, "
  .. "with the agreement reference, and set the type in the zdaudit configuration."
question = "Confirm the subscriber keeps a list of all its Zendesk subdomains stating for each "
  .. "whether it is HIPAA-enabled, HDS-enabled, both or neither, with the agreement reference "
  .. "(ZD.GEN.1), and that no PHI flows into a subdomain marked neither. Keep the list, approved "
  .. "and dated."
