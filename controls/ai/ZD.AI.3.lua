-- SPDX-License-Identifier: MIT
-- ZD.AI.3: "Generate variations" is off for AI-agent messages that carry required disclaimers.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.AI.3"
title = "\"Generate variations\" is off for AI-agent messages that carry required disclaimers"
seed_ref = "X.3 (\"Answer Bot\" → \"AI agents\" 2024-12-16)"
product = "AI agents (bot message steps)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "When an AI agent's bot message is used to give end users a required disclaimer, the "
  .. "\"Generate variations\" feature must not be turned on for that message. This keeps the "
  .. "disclaimer wording exactly as written."
evidence = "An export or listing of AI-agent flows and answers. For every message step the "
  .. "subscriber marks as a disclaimer, variation generation is off."
remediation = "In the AI agent builder, turn off \"Generate variations\" on every bot message that "
  .. "carries a required disclaimer, and keep a listing of those messages."
question = "In AI agents > (each agent) > Answers and flows, list every bot message that carries a"
  .. " required disclaimer and confirm \"Generate variations\" is off on each. Keep the list with"
  .. " screenshots or an export, dated."
