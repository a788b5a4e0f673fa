-- SPDX-License-Identifier: MIT
-- ZD.MOBILE.4: The screen locks after at most 15 minutes of inactivity.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MOBILE.4"
title = "The screen locks after at most 15 minutes of inactivity"
seed_ref = "VIII.4"
product = "Mobile devices"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "Turn on the inactivity screen lock, set to lock after no more than 15 minutes without "
  .. "use."
evidence = "An MDM maximum-inactivity setting of 15 minutes or less. Zendesk's "
  .. "mobile_app_session_timeout is a related app sign-out timer, not an equivalent."
remediation = "Enforce an auto-lock of 15 minutes or less through MDM on every mobile device used with "
  .. "Zendesk."
question = "Show the MDM profile setting auto-lock to 15 minutes or less on every mobile device"
  .. " used with Zendesk, and its compliance report. (The app's mobile_app_session_timeout in Admin"
  .. " Center > Account > Security is a sign-out timer, not a screen lock.) Keep both, dated."
