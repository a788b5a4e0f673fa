-- SPDX-License-Identifier: MIT
-- ZD.MSG.8: Conversations handled only by an AI agent are still stored; the subscriber must delete them.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.8"
title = "Conversations handled only by an AI agent are still stored; the subscriber must delete "
  .. "them"
seed_ref = "III.8 (added 2023-04-13; renamed 2024-12-16)"
product = "Messaging (AI agents), Sunshine Conversations API"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber acknowledges two facts: conversations between end users and an AI agent "
  .. "that are never handed to a human agent, and so never become tickets, are still stored; "
  .. "the subscriber must delete them as its obligations require. One way to do this is a "
  .. "webhook that alerts the subscriber when such a conversation is stored and triggers "
  .. "deletion through the Sunshine Conversations API."
evidence = "A retention rule for AI-agent-only conversations. The webhook or integration "
  .. "configuration. Deletion job logs."
remediation = "Set a deletion rule for conversations handled only by an AI agent (Sunshine "
  .. "Conversations API or retention settings) and keep deletion logs."
question = "Confirm that this holds for the account: Conversations handled only by an AI agent are "
  .. "still stored; the subscriber must delete them. Keep as evidence: A retention rule for "
  .. "AI-agent-only conversations. The webhook or integration configuration. Deletion job "
  .. "logs."
