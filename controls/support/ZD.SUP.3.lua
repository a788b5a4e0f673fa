-- SPDX-License-Identifier: MIT
-- ZD.SUP.3: Agent UI access restricted to subscriber IP ranges, unless agent MFA is in force.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.3"
title = "Agent UI access restricted to subscriber IP ranges, unless agent MFA is in force"
seed_ref = "I.3"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Enforce agent MFA instead: natively in Zendesk (ZD.SUP.1.1) or in the subscriber's IdP "
  .. "with enterprise SSO (ZD.SUP.1.2)."
automation = "auto"
description = "Where possible, human agents' access to Service Data through the UI should be limited to"
  .. " IP addresses the subscriber controls. That is not needed if agent multi-factor "
  .. "authentication is enabled, either natively (SUP.1.1) or in the subscriber's environment "
  .. "together with enterprise SSO (SUP.1.2). \"Agent access\" here means only human agents "
  .. "using the UI. API access falls under SUP.4. Since 2023-02-24, one IP restriction setting"
  .. " covers Support and Chat together. Practical effect: an account that passes SUP.1 also "
  .. "satisfies SUP.3."
evidence = "Ip.ip_restriction_enabled = true, with ip.ip_ranges limited to ranges the subscriber "
  .. "declares as its own. Ip.enable_agent_ip_restrictions = true is acceptable: it applies "
  .. "the restriction to agents only. Otherwise the SUP.1 result."
remediation = "In Admin Center > Account > Security > Advanced > IP restrictions, turn on IP "
  .. "restrictions (or \"Enable agent IP restrictions\") with only the subscriber's own "
  .. "ranges; or make sure agent MFA is enforced (ZD.SUP.1)."
question = "Confirm that this holds for the account: Agent UI access restricted to subscriber IP "
  .. "ranges, unless agent MFA is in force. Keep as evidence: Ip.ip_restriction_enabled = "
  .. "true, with ip.ip_ranges limited to ranges the subscriber declares as its own. "
  .. "Ip.enable_agent_ip_restrictions = true is acceptable: it applies the restriction to "
  .. "agents only. Otherwise the SUP.1 result."
uses = { "security_settings" }
