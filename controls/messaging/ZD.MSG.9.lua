-- SPDX-License-Identifier: MIT
-- ZD.MSG.9: AI-agent conversations that became tickets cannot be redacted.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.9"
title = "AI-agent conversations that became tickets cannot be redacted"
seed_ref = "III.9 (added 2023-04-13)"
product = "Messaging (AI agents) / Support"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that a conversation between an end user and an AI agent that"
  .. " has been turned into a ticket cannot currently be redacted. It can be removed only by "
  .. "deleting the ticket."
evidence = "Recorded acknowledgement, plus a procedure to delete tickets when removal is required."
remediation = "Record the acknowledgement and write a procedure to delete tickets made from AI-agent "
  .. "conversations when content must be removed."
question = "Record, signed and dated, that AI-agent conversations turned into tickets cannot be"
  .. " redacted, and show the procedure that deletes such tickets (Support > ticket > Delete, then"
  .. " permanent deletion) when content must be removed. Keep both."
