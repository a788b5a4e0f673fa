-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.6: Configure IP restrictions where needed.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.11.6"
title = "Configure IP restrictions where needed"
seed_ref = "SRM I.1.f"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "Where the subscriber needs them, it configures the IP restrictions the product supports."
  .. " The healthcare rule is SUP.3; for Explore Enterprise it is EXPLORE.3.2."
evidence = "Security settings ip.ip_restriction_enabled, ip.ip_ranges, "
  .. "ip.enable_agent_ip_restrictions."
remediation = "In Admin Center > Account > Security > Advanced > IP restrictions, enable IP "
  .. "restrictions with the subscriber's own ranges where the use case needs them (required "
  .. "for ZD.SUP.3 without agent MFA and for ZD.EXPLORE.3.2)."
question = "Confirm that this holds for the account: Configure IP restrictions where needed. Keep as"
  .. " evidence: Security settings ip.ip_restriction_enabled, ip.ip_ranges, "
  .. "ip.enable_agent_ip_restrictions."
uses = { "security_settings" }
