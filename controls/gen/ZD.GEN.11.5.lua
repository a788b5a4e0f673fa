-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.5: Configure API access and understand what it implies.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.11.5"
title = "Configure API access and understand what it implies"
seed_ref = "SRM I.1.e"
product = "Admin Center (API configuration), Sunshine"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "Where relevant (integrations, use of Sunshine services), the subscriber configures "
  .. "access to Zendesk's REST APIs and understands the consequences of using them. The "
  .. "healthcare specifics are SUP.4.x and SUNCO.2.x."
evidence = "Account settings api.api_token_access and api.api_password_access; OAuth client list. "
  .. "See SUP.4."
remediation = "In Admin Center > Apps and integrations > APIs > Zendesk API, turn off token and "
  .. "password access that is not needed, prefer OAuth clients, and document every API "
  .. "credential (see ZD.SUP.4)."
question = "Confirm that this holds for the account: Configure API access and understand what it "
  .. "implies. Keep as evidence: Account settings api.api_token_access and "
  .. "api.api_password_access; OAuth client list. See SUP.4."
uses = { "account_settings", "oauth_clients" }
