-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.2: Choose and configure the authentication method.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.11.2"
title = "Choose and configure the authentication method"
seed_ref = "SRM I.1.b"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "The subscriber selects the sign-in methods among those the service supports (passwords, "
  .. "MFA, SSO and so on) and configures them. The healthcare-specific outcome is defined by "
  .. "ZD.SUP.1."
evidence = "See ZD.SUP.1 (GET /api/v2/security_settings → authentication.agent / "
  .. "authentication.end_user)."
remediation = "Choose the agent sign-in method in Admin Center > Account > Security > Team member "
  .. "authentication: either Zendesk authentication with the Recommended password policy and "
  .. "enforced 2FA, or SSO (see ZD.SUP.1)."
question = "Confirm that this holds for the account: Choose and configure the authentication method."
  .. " Keep as evidence: See ZD.SUP.1 (GET /api/v2/security_settings → authentication.agent / "
  .. "authentication.end_user)."
uses = { "security_settings", "remote_authentications" }
