-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.2: Handle data according to policy and law.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.13.2"
title = "Handle data according to policy and law"
seed_ref = "SRM III.1.b"
product = "Subscriber governance"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber handles the data according to: its own data-classification and privacy "
  .. "policies; the laws that apply to that data; the people supplying it, its industry, and "
  .. "the jurisdictions involved."
evidence = "Policies that map Zendesk data handling to applicable law (HIPAA or HDS)."
remediation = "Map Zendesk data handling to the subscriber's classification and privacy policies and to"
  .. " HIPAA or HDS, and keep that mapping with the compliance records."
question = "Confirm the subscriber's data-classification and privacy policies map how Zendesk data "
  .. "is handled (access, retention, redaction, deletion) to HIPAA or HDS and to any other law "
  .. "that applies to the people and jurisdictions involved. Keep the mapping and the policies it "
  .. "cites."
