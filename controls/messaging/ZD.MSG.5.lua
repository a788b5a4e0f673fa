-- SPDX-License-Identifier: MIT
-- ZD.MSG.5: Removing an agent mid-conversation means cutting off their Zendesk access.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.5"
title = "Removing an agent mid-conversation means cutting off their Zendesk access"
seed_ref = "III.5"
product = "Messaging / Support (user access)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "If the subscriber wants an agent to stop taking part while a messaging conversation is "
  .. "still running, it is fully responsible for forcibly ending that agent's access to "
  .. "Zendesk. In practice this means suspending or downgrading the user and ending their "
  .. "sessions."
evidence = "A revocation runbook: suspend the user or change the role, then delete the user's "
  .. "sessions through the Sessions API. Audit-log entries for past revocations."
remediation = "Write and train a runbook: suspend the user or change their role in Admin Center >"
  .. " People > Team > Team members, then end their sessions (Admin Center or DELETE"
  .. " /api/v2/users/{user_id}/sessions); check the audit log afterwards."
question = "Show the runbook for removing an agent from a running messaging conversation: suspend"
  .. " or downgrade the user (Admin Center > People > Team members), then end their sessions"
  .. " (DELETE /api/v2/users/{id}/sessions). Keep the runbook and the audit-log entries (Admin"
  .. " Center > Account > Audit log) of past removals."
