-- SPDX-License-Identifier: MIT
-- ZD.AI.4: Turning on the generative text-expansion tool enables it for all agents.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.AI.4"
title = "Turning on the generative text-expansion tool enables it for all agents"
seed_ref = "X.4"
product = "Zendesk AI (agent writing tools)"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that turning on the text-expansion (\"expand\") writing "
  .. "feature in Admin Center makes it available to every agent in the instance, whatever "
  .. "their role or permissions. The feature's exact English name is uncertain (§6)."
evidence = "Recorded decision, and the state of the feature in Admin Center AI settings."
remediation = "Record the decision before turning on the generative writing tools (Admin Center > AI > "
  .. "Agent copilot / Generative AI for agents), knowing it applies to all agents."
question = "Record, signed and dated, the decision on the generative \"expand\" writing tool (Admin"
  .. " Center > AI > Agent copilot / Generative AI for agents), knowing that turning it on enables"
  .. " it for every agent. Keep the decision and a screenshot of the setting."
