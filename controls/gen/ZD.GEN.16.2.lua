-- SPDX-License-Identifier: MIT
-- ZD.GEN.16.2: Make required breach notifications.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.16.2"
title = "Make required breach notifications"
seed_ref = "SRM VI.1.b"
product = "Subscriber incident response"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber makes the notifications the law requires, to government, law enforcement "
  .. "or end users, for breaches caused by its own actions or by third parties it integrated. "
  .. "The same applies to breach notices about Service Data that it receives from Zendesk."
evidence = "Notification procedure (HIPAA breach notification; HDS / GDPR equivalents) with "
  .. "contacts."
remediation = "Write a breach-notification procedure (HIPAA breach notification, HDS and GDPR "
  .. "equivalents) naming who notifies whom and when, including notices received from Zendesk."
question = "Confirm a breach-notification procedure says who notifies regulators, law enforcement "
  .. "and affected individuals, and within which deadlines (HIPAA breach notification; HDS and "
  .. "GDPR equivalents), for breaches the subscriber or its integrations cause and for breach "
  .. "notices received from Zendesk. Keep the approved, dated procedure with its contacts."
