-- SPDX-License-Identifier: MIT
-- ZD.GEN.1: A Healthcare Agreement is in force before PHI enters the service.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.1"
title = "A Healthcare Agreement is in force before PHI enters the service"
seed_ref = "D, preamble (definitions paragraph and the \"enter into the Healthcare Agreement … "
  .. "before introducing PHI\" paragraph)"
product = "Account / contract"
kind = "process"
responsible = "shared"
exception = "global-only"
automation = "manual"
description = "Each healthcare-enabled account must be covered by a \"Healthcare Agreement\" before any"
  .. " PHI is put into the service: HIPAA-enabled account: Zendesk's Business Associate "
  .. "Agreement (BAA); HDS-enabled account: the HDS Terms Exhibit to Zendesk's Master "
  .. "Subscription Agreement. Capitalised terms in the baseline take their meaning from that "
  .. "agreement. \"PHI\" means Protected Health Information for HIPAA and Personal Health "
  .. "Information for HDS. Responsibility (shared): Both parties sign."
evidence = "Executed BAA or HDS Exhibit and its date. PHI go-live date later than the signature "
  .. "date. Zendesk's confirmation that the account is healthcare-enabled."
remediation = "Sign Zendesk's Business Associate Agreement (HIPAA) or the HDS Terms Exhibit (HDS) "
  .. "through the Zendesk account team before any PHI enters the account, and keep the "
  .. "executed copy with its date next to the PHI go-live date."
question = "Confirm that this holds for the account: A Healthcare Agreement is in force before PHI "
  .. "enters the service. Keep as evidence: Executed BAA or HDS Exhibit and its date. PHI "
  .. "go-live date later than the signature date. Zendesk's confirmation that the account is "
  .. "healthcare-enabled."
