-- SPDX-License-Identifier: MIT
-- ZD.SUP.6: Endpoints lock after at most 15 minutes idle.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.6"
title = "Endpoints lock after at most 15 minutes idle"
seed_ref = "I.6"
product = "Subscriber endpoints"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "On every system that agents, admins and owners use to reach Zendesk, the subscriber must"
  .. " enforce, as an organisational measure, a password-protected screensaver or lock screen."
  .. " It must start after no more than 15 minutes of inactivity."
evidence = "MDM or group-policy settings: idle lock of 900 seconds or less, password required on "
  .. "resume. A compliance report covering every endpoint used by agents, admins and owners. "
  .. "Zendesk's agent_session_timeout is useful but is not equivalent."
remediation = "Enforce, through MDM or group policy, a password-protected screen lock after at most 15 "
  .. "minutes idle on every system used by agents, admins and owners, and keep the compliance "
  .. "report."
question = "Confirm MDM or group policy enforces a password-protected screen lock after at most 15 "
  .. "minutes (900 seconds) idle on every computer agents, admins and owners use to reach Zendesk. "
  .. "Keep the policy setting and a compliance report listing those devices; Zendesk's own session "
  .. "timeout does not count."
