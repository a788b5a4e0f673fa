-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.3: Configure and monitor session handling.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.11.3"
title = "Configure and monitor session handling"
seed_ref = "SRM I.1.c"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "The subscriber configures session behaviour (sign-out and inactivity timeouts, signed-in"
  .. " devices) and monitors it. The SRM gives no numeric value. The tool should report the "
  .. "values and compare them with the subscriber's policy. A 15-minute idle figure matches "
  .. "SUP.6 and MOBILE.4, but those concern devices, not Zendesk sessions."
evidence = "Security settings agent_session_timeout, maximum_session_duration_enabled, "
  .. "maximum_session_duration, end_user_session_timeout, mobile_app_session_timeout. Session "
  .. "listing through the Sessions API for monitoring."
remediation = "Set session timeouts in Admin Center > Account > Security > Advanced > Session "
  .. "expiration to values the subscriber's policy allows, and review active sessions through "
  .. "the Sessions API."
question = "Confirm that this holds for the account: Configure and monitor session handling. Keep as"
  .. " evidence: Security settings agent_session_timeout, maximum_session_duration_enabled, "
  .. "maximum_session_duration, end_user_session_timeout, mobile_app_session_timeout. Session "
  .. "listing through the Sessions API for monitoring."
uses = { "security_settings" }
