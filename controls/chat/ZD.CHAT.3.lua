-- SPDX-License-Identifier: MIT
-- ZD.CHAT.3: No PHI in Chat, or all agents are authorised to see it.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.CHAT.3"
title = "No PHI in Chat, or all agents are authorised to see it"
seed_ref = "V.3 (added 2021-07-09, for Agent Workspace use)"
product = "Chat / Agent Workspace"
kind = "process"
responsible = "subscriber"
exception = "explicit"
alternative = "Either keep PHI out of Chat (policy and monitoring), or authorise all Chat agents in "
  .. "writing to see it."
automation = "manual"
description = "The subscriber is fully responsible for at least one of: (i) making sure there is no PHI"
  .. " in Chat, and/or (ii) making sure every agent is authorised to see such data."
evidence = "A written authorisation covering all agents, or a no-PHI-in-Chat policy with its "
  .. "monitoring."
remediation = "Either forbid PHI in Chat and monitor it, or record written authorisation that all Chat "
  .. "agents may see PHI."
question = "Confirm that this holds for the account: No PHI in Chat, or all agents are authorised to"
  .. " see it. Keep as evidence: A written authorisation covering all agents, or a "
  .. "no-PHI-in-Chat policy with its monitoring."
