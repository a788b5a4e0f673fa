-- SPDX-License-Identifier: MIT
-- ZD.SUP.1: Agent authentication uses one of the two approved methods.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.1"
title = "Agent authentication uses one of the two approved methods"
seed_ref = "I.1"
product = "Support / Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "Agent sign-in must be secured by one of two methods: native Zendesk authentication that "
  .. "meets ZD.SUP.1.1, or an external SSO that meets ZD.SUP.1.2, together with ZD.SUP.1.3. "
  .. "Both methods also require that administrators cannot set end users' passwords. "
  .. "Assessment logic: PASS if SUP.1.1 passes, or if SUP.1.2 and SUP.1.3 both pass."
evidence = "Composite of SUP.1.1–1.3, all from GET /api/v2/security_settings."
remediation = "Either use Zendesk sign-in with the Recommended password policy, enforced 2FA and "
  .. "admin-set passwords off (ZD.SUP.1.1), or SSO with a strong IdP policy and IdP-enforced "
  .. "2FA with Zendesk password sign-in off (ZD.SUP.1.2 and ZD.SUP.1.3)."
question = "Confirm that this holds for the account: Agent authentication uses one of the two "
  .. "approved methods. Keep as evidence: Composite of SUP.1.1–1.3, all from GET "
  .. "/api/v2/security_settings."
uses = { "security_settings" }
