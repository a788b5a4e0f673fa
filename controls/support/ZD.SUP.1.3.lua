-- SPDX-License-Identifier: MIT
-- ZD.SUP.1.3: Password sign-in is disabled when SSO is used.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.1.3"
title = "Password sign-in is disabled when SSO is used"
seed_ref = "I.1.c"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "When SSO is the agents' authentication method, Zendesk password sign-in must be turned "
  .. "off for agents, so a local password cannot bypass SSO. Related point the seed does not "
  .. "mention: the SSO-outage bypass (a one-time sign-in link). Restricting it to the account "
  .. "owner is the tighter choice."
evidence = "Authentication.agent.enforce_sso = true and authentication.agent.zendesk_login = false. "
  .. "Report remote_bypass / remote_bypass_name (owner vs admins) for information."
remediation = "In Admin Center > Account > Security > Team member authentication, turn off Zendesk "
  .. "authentication for team members once SSO works, and restrict the SSO bypass to the "
  .. "account owner."
question = "Confirm that this holds for the account: Password sign-in is disabled when SSO is used. "
  .. "Keep as evidence: Authentication.agent.enforce_sso = true and "
  .. "authentication.agent.zendesk_login = false. Report remote_bypass / remote_bypass_name "
  .. "(owner vs admins) for information."
uses = { "security_settings" }
