-- SPDX-License-Identifier: MIT
-- ZD.SUP.4.3: API password (basic-auth) access disabled.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.4.3"
title = "API password (basic-auth) access disabled"
seed_ref = "I.4.c (added 2023-04-13)"
product = "Admin Center, API configuration"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep API password access only where a documented need requires it, and record that need "
  .. "and its owner in the exception register."
automation = "auto"
description = "Disable password access to the API wherever possible. That method sends the user's "
  .. "credentials with every request, which makes them easier for an attacker to intercept if "
  .. "they are exposed."
evidence = "Account settings api.api_password_access is off (Admin Center > Apps and integrations > "
  .. "APIs > API configuration)."
remediation = "In Admin Center > Apps and integrations > APIs > API configuration, turn off \"Allow API"
  .. " password access\" (and the end-user variant), after moving integrations to OAuth or API"
  .. " tokens."
question = "Confirm that this holds for the account: API password (basic-auth) access disabled. Keep"
  .. " as evidence: Account settings api.api_password_access is off (Admin Center > Apps and "
  .. "integrations > APIs > API configuration)."
uses = { "account_settings" }
