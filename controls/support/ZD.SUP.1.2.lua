-- SPDX-License-Identifier: MIT
-- ZD.SUP.1.2: External SSO with a strong IdP policy and IdP-enforced 2FA.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.1.2"
title = "External SSO with a strong IdP policy and IdP-enforced 2FA"
seed_ref = "I.1.b"
product = "Support / Admin Center security, and the subscriber's IdP"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "If agents sign in through an external single sign-on provider: The provider's credential"
  .. " requirements must be at least as strict as Zendesk's \"Recommended\" password level; "
  .. "Two-factor authentication must be enabled and enforced in that provider for all agent "
  .. "access; Admins must not be able to set end-user passwords; Google or Microsoft social "
  .. "SSO qualifies only if the subscriber's own tenant enforces these rules. For Microsoft, "
  .. "tenant restriction should be on."
evidence = "Zendesk side: authentication.agent.remote_login = true (or the Google or Microsoft login"
  .. " flag, with office_365_enforce_tid = true), and admins_can_set_user_passwords = false. "
  .. "IdP side, supplied by the subscriber: a policy export showing the password rules and MFA"
  .. " enforcement for the Zendesk application."
remediation = "Configure SSO in Admin Center > Account > Security > Team member authentication > "
  .. "External authentication; in the IdP, apply a password policy no weaker than Zendesk's "
  .. "Recommended level and enforce MFA for the Zendesk application (for Microsoft, restrict "
  .. "to the subscriber's tenant); turn off \"Allow admins to set passwords\"; keep the IdP "
  .. "policy export."
question = "Confirm that this holds for the account: External SSO with a strong IdP policy and "
  .. "IdP-enforced 2FA. Keep as evidence: Zendesk side: authentication.agent.remote_login = "
  .. "true (or the Google or Microsoft login flag, with office_365_enforce_tid = true), and "
  .. "admins_can_set_user_passwords = false. IdP side, supplied by the subscriber: a policy "
  .. "export showing the password rules and MFA enforcement for the Zendesk application."
uses = { "security_settings", "remote_authentications" }
