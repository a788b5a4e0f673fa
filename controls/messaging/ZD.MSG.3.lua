-- SPDX-License-Identifier: MIT
-- ZD.MSG.3: Every agent and light agent is authorised to see all inbound messages.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.3"
title = "Every agent and light agent is authorised to see all inbound messages"
seed_ref = "III.3"
product = "Messaging"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber is fully responsible for making sure that every agent and light agent is "
  .. "authorised to see every inbound message from every end user. The seed implies that "
  .. "messaging does not limit who can see inbound messages."
evidence = "A written authorisation that all agent and light-agent roles are cleared for all "
  .. "messaging data. The agent and light-agent list (GET /api/v2/users, role and custom "
  .. "role), reconciled against that authorisation."
remediation = "Confirm in writing that every agent and light agent who can see messaging conversations "
  .. "is authorised to see all inbound messages, or route messaging to a restricted group."
question = "Export the agents and light agents (Admin Center > People > Team > Team members,"
  .. " filtered by role) who can see messaging conversations, and show the written authorisation"
  .. " that each of them may see every inbound message from every end user. Keep the export and the"
  .. " signed authorisation, reconciled by name and dated."
